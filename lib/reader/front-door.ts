import 'server-only';
import { legacyRequestOf, isLegacyCandidate, movedReaderRequest } from '@/lib/redirects/patterns';
import { resolveLegacyRequest, type LegacyAnswer } from '@/lib/redirects/resolve';
import { isKnownReaderPath } from './known-paths';
import { isPageCandidatePath, READER_PATH_PREFIXES } from './path-subject';

/**
 * What the server does with a request before Next sees it (scripts/serve.ts):
 * - `next`: hand it to Next as it is (almost every request: a known reader URL, an asset, the back office);
 * - `not-found`: Next's prebuilt 404 page, so nothing is rendered and cached per made-up URL
 *   (docs/caching.md, "Unknown URLs");
 * - `redirect`: a 301 to where an old address (the old blog's, or a post's before its slug
 *   changed) lives now (docs/redirects.md);
 * - `gone`: a 410 for what Inkwell does not have (comment feeds).
 *
 * Decided here rather than in proxy.ts because Next's proxy costs about half a millisecond of CPU
 * on every request it matches, as much as serving the cached page itself (docs/performance.md).
 */
export type FrontDoorAnswer =
  { kind: 'next' } | { kind: 'not-found' } | { kind: 'redirect'; location: string } | { kind: 'gone'; message: string };

const NEXT = { kind: 'next' } as const;
const NOT_FOUND = { kind: 'not-found' } as const;

function fromLegacy(answer: LegacyAnswer): FrontDoorAnswer {
  if (answer.status === 301) return { kind: 'redirect', location: answer.location };
  if (answer.status === 410) return { kind: 'gone', message: answer.message };
  return NOT_FOUND;
}

/** Whether the gate looks this path up (cheap: no database). */
export function isGatedReaderPath(pathname: string): boolean {
  return READER_PATH_PREFIXES.some((prefix) => pathname.startsWith(prefix)) || isPageCandidatePath(pathname);
}

export async function frontDoorAnswer(pathname: string, search: URLSearchParams): Promise<FrontDoorAnswer> {
  if (isLegacyCandidate(pathname, search)) {
    const legacy = legacyRequestOf(pathname, search);
    // A request that only looks like an old address (`/?p=abc`) goes on untouched.
    return legacy ? fromLegacy(await resolveLegacyRequest(legacy)) : NEXT;
  }
  if (!isGatedReaderPath(pathname) || (await isKnownReaderPath(pathname))) return NEXT;
  // An unknown reader URL may be a post's or page's address before its slug changed: a live post
  // always wins, so this is asked only once the gate found nothing.
  const moved = movedReaderRequest(pathname);
  if (!moved) return NOT_FOUND;
  const answer = await resolveLegacyRequest(moved);
  return answer.status === 404 ? NOT_FOUND : fromLegacy(answer);
}
