import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { isKnownReaderPath } from './known-paths';
import { isPageCandidatePath, READER_PATH_PREFIXES } from './path-subject';

/** Whether proxy.ts should ask gateReaderPath about this request. */
export function isGatedReaderPath(pathname: string): boolean {
  return READER_PATH_PREFIXES.some((prefix) => pathname.startsWith(prefix)) || isPageCandidatePath(pathname);
}

/**
 * A URL naming a post, label, page or period that does not exist is answered with the prebuilt
 * 404 page, so Next never renders (and caches) a not-found page per made-up slug. See
 * docs/caching.md, "Unknown URLs".
 */
export async function gateReaderPath(request: NextRequest): Promise<NextResponse> {
  if (await isKnownReaderPath(request.nextUrl.pathname)) return NextResponse.next();
  return NextResponse.rewrite(new URL('/_not-found', request.nextUrl.origin));
}
