'use client';

import { useEffect } from 'react';

/**
 * Adds a "Copy link to this quote" button under each quote of the post body, so a reader can
 * share the exact passage (quotes carry ids from lib/content/anchors). Without JavaScript the
 * anchors still work; only the buttons are missing.
 */
export function QuoteLinks({ containerId }: { containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const added: HTMLElement[] = [];
    for (const quote of container.querySelectorAll<HTMLElement>('blockquote[id]')) {
      const anchor = quote.closest('figure') ?? quote;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'quote-link';
      button.textContent = 'Copy link to this quote';
      button.addEventListener('click', async () => {
        const url = `${location.origin}${location.pathname}#${quote.id}`;
        try {
          await navigator.clipboard.writeText(url);
          button.textContent = 'Link copied';
        } catch {
          history.replaceState(null, '', `#${quote.id}`);
          button.textContent = 'Link is in the address bar';
        }
        setTimeout(() => (button.textContent = 'Copy link to this quote'), 2500);
      });
      anchor.after(button);
      added.push(button);
    }
    return () => added.forEach((b) => b.remove());
  }, [containerId]);
  return null;
}
