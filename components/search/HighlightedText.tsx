import { Fragment } from 'react';
import { splitHighlights } from '@/lib/search/highlight';

/**
 * Text from the search index with its matches in <mark>. Every run is rendered as a React text
 * node (escaped), so markup in a post or a query shows as text and never becomes HTML.
 */
export function HighlightedText({ marked }: { marked: string }) {
  return splitHighlights(marked).map(({ text, highlighted }, i) =>
    highlighted ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-300 dark:text-stone-950">
        {text}
      </mark>
    ) : (
      <Fragment key={i}>{text}</Fragment>
    ),
  );
}
