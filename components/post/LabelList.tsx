import Link from '@/components/site/IntentLink';
import type { LabelRef } from '@/db/queries/labels';

export function LabelList({ labels }: { labels: LabelRef[] }) {
  if (labels.length === 0) return null;
  return (
    <ul aria-label="Labels" className="flex flex-wrap gap-2">
      {labels.map((label) => (
        <li key={label.slug}>
          <Link
            href={`/labels/${label.slug}`}
            className="inline-block rounded-full bg-stone-200 px-2.5 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-300 hover:text-stone-900 dark:bg-stone-800 dark:text-stone-300 dark:hover:bg-stone-700 dark:hover:text-stone-100"
          >
            {label.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
