'use client';

import { useEffect } from 'react';

/**
 * Counts a view for Popular posts: one small beacon after the page is shown. No cookies, no
 * identifiers; the cached page stays cached because counting happens in a separate request.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    const body = JSON.stringify({ slug });
    if (!navigator.sendBeacon?.('/api/views', new Blob([body], { type: 'application/json' }))) {
      void fetch('/api/views', { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } });
    }
  }, [slug]);
  return null;
}
