import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { legacyResponse, notFoundResponse } from '@/lib/redirects/answer';
import { movedReaderRequest } from '@/lib/redirects/patterns';
import { isKnownReaderPath } from './known-paths';
import { READER_PATH_PREFIXES } from './path-subject';

/** Whether proxy.ts should ask gateReaderPath about this request. */
export function isGatedReaderPath(pathname: string): boolean {
  return READER_PATH_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/**
 * A URL naming a post, label, page or period that does not exist is answered with the prebuilt
 * 404 page, so Next never renders (and caches) a not-found page per made-up slug. See
 * docs/caching.md, "Unknown URLs". Before that, an address a post or page had before its slug
 * changed gets a 301 to where it lives now (docs/redirects.md): a live post always wins.
 */
export async function gateReaderPath(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (await isKnownReaderPath(pathname)) return NextResponse.next();
  const moved = movedReaderRequest(pathname);
  return (moved && (await legacyResponse(request, moved))) ?? notFoundResponse(request);
}
