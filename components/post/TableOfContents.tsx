import type { Heading } from '@/lib/content/anchors';

// Short posts read better without one.
const MIN_HEADINGS = 3;

export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length < MIN_HEADINGS) return null;
  return (
    <nav
      aria-label="Table of contents"
      className="mb-10 rounded-lg border border-stone-200 p-5 text-sm dark:border-stone-800 print:hidden"
    >
      <p className="font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">Contents</p>
      <ol className="mt-3 space-y-1.5">
        {headings.map((h) => (
          <li key={h.id} className={h.level === 3 ? 'ml-4' : undefined}>
            <a href={`#${h.id}`} className="hover:text-accent-600 hover:underline dark:hover:text-accent-400">
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
