import { describe, expect, it } from 'vitest';
import { sitemapEntries } from './sitemap';

describe('sitemapEntries', () => {
  it('lists home, archive, labels and posts with absolute URLs and their last change', () => {
    const posts = [
      { slug: 'newer', updatedAt: new Date('2025-02-01T00:00:00Z') },
      { slug: 'older', updatedAt: new Date('2025-03-01T00:00:00Z') },
    ];
    const labels = [{ slug: 'quotes', lastUpdatedAt: new Date('2025-02-01T00:00:00Z') }];
    expect(sitemapEntries('https://blog.example', posts, labels)).toEqual([
      { url: 'https://blog.example/', lastModified: new Date('2025-03-01T00:00:00Z') },
      { url: 'https://blog.example/archive', lastModified: new Date('2025-03-01T00:00:00Z') },
      { url: 'https://blog.example/labels/quotes', lastModified: new Date('2025-02-01T00:00:00Z') },
      { url: 'https://blog.example/posts/newer', lastModified: new Date('2025-02-01T00:00:00Z') },
      { url: 'https://blog.example/posts/older', lastModified: new Date('2025-03-01T00:00:00Z') },
    ]);
  });

  it('lists the home page of a blog with nothing published, undated', () => {
    expect(sitemapEntries('https://blog.example', [], [])[0]).toEqual({ url: 'https://blog.example/', lastModified: undefined });
  });
});
