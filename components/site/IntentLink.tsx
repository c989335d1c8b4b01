'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * next/link for reader pages, prefetching on intent instead of on sight. By default every link that
 * scrolls into view prefetches its route: a post page's header, labels, neighbours and lists made
 * twelve requests (~39 KB, a fifth of a first visit) for pages the reader mostly never opens.
 * Here the prefetch starts when the pointer rests on the link, a finger touches it or the keyboard
 * focuses it — Next's documented "hover-triggered prefetch" (docs/page-weight.md). Navigation is
 * the same client-side navigation; with JavaScript off it is a plain link.
 */
export default function IntentLink({ onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof Link>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null: Next's default prefetch (the route's App Shell under Partial Prefetching).
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
