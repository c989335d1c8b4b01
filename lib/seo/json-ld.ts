import type { PostDetail, PostSummary } from '@/db/queries/posts';
import type { SiteSettings } from '@/lib/settings/schema';
import { absoluteUrl } from '@/lib/site-url';

type JsonLd = Record<string, unknown>;

export function blogPostingJsonLd(post: PostDetail, base: string, settings: SiteSettings): JsonLd {
  const url = absoluteUrl(base, `/posts/${post.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    url,
    mainEntityOfPage: url,
    datePublished: post.publishedAt.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    author: { '@type': 'Person', name: post.authorName },
    publisher: { '@type': 'Organization', name: settings.title, url: absoluteUrl(base, '/') },
    image: absoluteUrl(base, `/posts/${post.slug}/opengraph-image`),
    keywords: post.labels.map((l) => l.name).join(', ') || undefined,
    wordCount: post.wordCount,
    inLanguage: 'en',
  };
}

export function blogJsonLd(settings: SiteSettings, base: string, posts: PostSummary[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Blog',
    name: settings.title,
    description: settings.description,
    url: absoluteUrl(base, '/'),
    blogPost: posts.map((p) => ({
      '@type': 'BlogPosting',
      headline: p.title,
      url: absoluteUrl(base, `/posts/${p.slug}`),
      datePublished: p.publishedAt.toISOString(),
      author: { '@type': 'Person', name: p.authorName },
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped so text from a post
 * (a title containing "</script>") cannot end the element early.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
