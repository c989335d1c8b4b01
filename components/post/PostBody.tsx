import { lazyLoadImages } from '@/lib/content/lazy-images';

/** The post's HTML, sanitized against lib/content's allowlist when it was stored; images after the first load lazily. */
export function PostBody({ html, id }: { html: string; id?: string }) {
  return (
    <div
      id={id}
      // Readers may select a passage and quote it in a comment (components/comments/QuoteButton).
      data-quotable=""
      className="post-body prose prose-stone prose-lg max-w-none font-serif dark:prose-invert prose-headings:font-sans prose-headings:tracking-tight prose-a:text-accent-600 dark:prose-a:text-accent-400"
      dangerouslySetInnerHTML={{ __html: lazyLoadImages(html) }}
    />
  );
}
