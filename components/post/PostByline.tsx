import { PublishedDate } from '@/components/ui/PublishedDate';
import { readingMinutes } from '@/lib/content/text';

export function PostByline({
  authorName,
  publishedAt,
  wordCount,
  timeZone,
}: {
  authorName: string;
  publishedAt: Date;
  wordCount: number;
  timeZone: string;
}) {
  return (
    <p className="text-sm text-stone-600 dark:text-stone-400">
      <PublishedDate date={publishedAt} timeZone={timeZone} />
      <span aria-hidden="true"> · </span>
      <span>by {authorName}</span>
      <span aria-hidden="true"> · </span>
      <span>{readingMinutes(wordCount)} min read</span>
    </p>
  );
}
