import type { LabelRef } from '@/db/queries/posts';

export function LabelList({ labels }: { labels: LabelRef[] }) {
  if (labels.length === 0) return null;
  return (
    <ul aria-label="Labels" className="flex flex-wrap gap-2">
      {labels.map((label) => (
        <li
          key={label.slug}
          className="rounded-full bg-stone-200 px-2.5 py-0.5 text-xs font-medium text-stone-700 dark:bg-stone-800 dark:text-stone-300"
        >
          {label.name}
        </li>
      ))}
    </ul>
  );
}
