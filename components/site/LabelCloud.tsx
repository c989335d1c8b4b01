import Link from '@/components/site/IntentLink';
import { getLabelCounts } from '@/lib/reader/labels';

/** Every label with published posts and how many; shown in the site footer. */
export async function LabelCloud() {
  const labels = await getLabelCounts();
  if (labels.length === 0) return null;
  return (
    <nav aria-labelledby="footer-labels-heading">
      <h2 id="footer-labels-heading" className="font-semibold text-stone-800 dark:text-stone-200">
        Labels
      </h2>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
        {labels.map(({ name, slug, postCount }) => (
          <li key={slug}>
            <Link href={`/labels/${slug}`} className="underline-offset-4 hover:underline">
              {name} <span className="text-stone-600 dark:text-stone-400">({postCount})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
