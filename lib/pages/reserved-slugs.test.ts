import { describe, expect, it } from 'vitest';
import { readerPathSubject } from '@/lib/reader/path-subject';
import { slugProblem } from '@/lib/posts/slug';
import { RESERVED_TOP_LEVEL_NAMES, reservedSlugProblem } from './reserved-slugs';

describe('reserved top-level names', () => {
  it.each(['admin', 'login', 'setup', 'api', 'posts', 'labels', 'page', 'archive', 'search', 'media', 'change-password'])(
    'a page may not be called %j, and is told why',
    (slug) => {
      expect(reservedSlugProblem(slug)).toMatch(new RegExp(`“${slug}” is an address the blog itself uses \\(/${slug}\\)`));
    },
  );

  it('keeps the old hosts’ paths for the redirects', () => {
    for (const name of ['feed', 'feeds', 'p', 'wp-admin', 'wp-login.php', 'tag', 'category', 'comments', 'rss.xml']) {
      expect(RESERVED_TOP_LEVEL_NAMES.has(name)).toBe(true);
    }
  });

  it('keeps four-digit years for the old hosts’ date addresses (/2024/05/…)', () => {
    expect(reservedSlugProblem('2024')).toMatch(/an address the blog itself uses/);
    expect(reservedSlugProblem('20245')).toBeNull();
  });

  it('lets every other slug through', () => {
    expect(reservedSlugProblem('about')).toBeNull();
    expect(reservedSlugProblem('admins')).toBeNull();
    expect(reservedSlugProblem('searching')).toBeNull();
  });

  it('holds every top-level route the app has (app/, its (site) group, public/)', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(import.meta.dirname, '../..');
    const topLevel = (dir: string) =>
      fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
        if (entry.isDirectory()) return /^[([]/.test(entry.name) ? [] : [entry.name];
        // Metadata files are routes of their own: sitemap.ts → /sitemap.xml, robots.ts → /robots.txt.
        const metadata: Record<string, string> = {
          'sitemap.ts': 'sitemap.xml',
          'robots.ts': 'robots.txt',
          'icon.svg': 'icon.svg',
        };
        return metadata[entry.name] ? [metadata[entry.name]] : [];
      });
    // Files in public/ are served as they are at /<name>.
    const publicFiles = fs.existsSync(path.join(root, 'public')) ? fs.readdirSync(path.join(root, 'public')) : [];
    for (const name of [...topLevel('app'), ...topLevel('app/(site)'), ...publicFiles]) {
      expect(RESERVED_TOP_LEVEL_NAMES.has(name), `app route /${name}`).toBe(true);
    }
  });

  it('is one rule for the editor and the path gate', () => {
    for (const name of RESERVED_TOP_LEVEL_NAMES) {
      // The gate lets the app's own routes through untouched…
      expect(readerPathSubject(`/${name}`), name).toBeNull();
    }
    // …and the editor's slug check refuses them for pages only.
    expect(slugProblem('archive', 'page')).toMatch(/address the blog itself uses/);
    expect(slugProblem('archive', 'post')).toBeNull();
  });
});
