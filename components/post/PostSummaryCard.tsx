import Link from '@/components/site/IntentLink';
import type { PostSummary } from '@/db/queries/posts';
import { LabelList } from './LabelList';
import { PostByline } from './PostByline';

export function PostSummaryCard({ post, timeZone }: { post: PostSummary; timeZone: string }) {
  return (
    <article className="border-b border-stone-200 py-8 first:pt-0 last:border-0 dark:border-stone-800">
      <h2 className="font-serif text-2xl font-semibold leading-snug tracking-tight">
        <Link href={`/posts/${post.slug}`} className="hover:text-accent-600 dark:hover:text-accent-400">
          {post.title}
        </Link>
      </h2>
      <div className="mt-2">
        <PostByline {...post} timeZone={timeZone} />
      </div>
      <p className="mt-3 font-serif text-lg leading-relaxed text-stone-700 dark:text-stone-300">{post.excerpt}</p>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <LabelList labels={post.labels} />
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {post.commentCount === 1 ? '1 comment' : `${post.commentCount} comments`}
        </p>
      </div>
    </article>
  );
}
