import { LabelList } from '@/components/post/LabelList';
import { PostBody } from '@/components/post/PostBody';
import { PostByline } from '@/components/post/PostByline';
import { TableOfContents } from '@/components/post/TableOfContents';
import type { LabelRef } from '@/db/queries/labels';
import { extractHeadings } from '@/lib/content/anchors';

export interface PreviewPost {
  title: string;
  /** Stored (sanitized, anchored) HTML, as the post page renders it. */
  contentHtml: string;
  authorName: string;
  wordCount: number;
  publishedAt: Date;
  labels: LabelRef[];
  status: string;
}

/**
 * A post exactly as a reader will see it — the same components as the post page — with a banner
 * saying it is a preview. Signed-in people only (mounted under /admin).
 */
export function PostPreview({ post, timeZone }: { post: PreviewPost; timeZone: string }) {
  return (
    <>
      <p
        role="status"
        className="mb-8 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        Preview — {post.status === 'published' ? 'the published post, with its stored text' : 'not published yet'}. This is how
        readers will see it.
      </p>
      <article>
        <header className="mb-8">
          <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight sm:text-5xl">
            {post.title || 'Untitled'}
          </h1>
          <div className="mt-4 space-y-3">
            <PostByline
              authorName={post.authorName}
              publishedAt={post.publishedAt}
              wordCount={post.wordCount}
              timeZone={timeZone}
            />
            <LabelList labels={post.labels} />
          </div>
        </header>
        <TableOfContents headings={extractHeadings(post.contentHtml)} />
        <PostBody html={post.contentHtml} id="post-body" />
      </article>
    </>
  );
}
