import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { ExportPost } from '@/db/queries/export';
import type { ExportSource } from './source';
import type { FixtureBlog } from './testing/fixture-blog';

// The zip export of a real, migrated SQLite file, opened with yauzl as an unzip tool would.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-zip-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'blog.db')}`;
process.env.SITE_URL = 'https://blog.example';

let blog: FixtureBlog;
let entries: Map<string, Buffer>;

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const found = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) =>
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          collect(stream).then((bytes) => {
            found.set(entry.fileName, bytes);
            file.readEntry();
          }, reject);
        }),
      );
      file.on('end', () => resolve(found));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

const text = (name: string) => entries.get(name)!.toString('utf8');

beforeAll(async () => {
  await (await import('@/db/migrate')).migrateDatabase();
  blog = await (await import('./testing/fixture-blog')).buildFixtureBlog();
  const { openExportSource } = await import('./source');
  const { zipStream } = await import('./zip');
  entries = await unzip(await collect(zipStream(await openExportSource())));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the zip export', () => {
  it('holds a Markdown file per post and page, the full-size images and blog.json', () => {
    expect([...entries.keys()].sort()).toEqual(
      [
        'README.txt',
        'blog.json',
        `images/${blog.imageHash}.webp`,
        'pages/about.md',
        'posts/a-draft.md',
        'posts/coming-soon.md',
        'posts/odd-characters.md',
        'posts/on-borrowed-light.md',
        'posts/thrown-away.md',
      ].sort(),
    );
  });

  it('stores each image at full size, named by its hash', async () => {
    const { sqlite } = await import('@/db/client');
    const { rows } = await sqlite.execute({
      sql: 'select bytes from media where hash = ? and width = 40',
      args: [blog.imageHash],
    });
    expect(entries.get(`images/${blog.imageHash}.webp`)!.equals(Buffer.from(rows[0].bytes as ArrayBuffer))).toBe(true);
  });

  it('writes front matter and the body, with the quote and its source and the image from the zip', () => {
    const markdown = text('posts/on-borrowed-light.md');
    expect(markdown).toMatch(
      /^---\ntitle: "On borrowed light"\ndate: 2024-05-01T08:30:00\.000Z\nupdated: .+\nlabels: \["Quotes", "Rock & Roll"\]\nslug: "on-borrowed-light"\nstatus: "published"\nkind: "post"\nexcerpt: ".+"\n---\n\n/,
    );
    expect(markdown).toContain(
      '> A quotation is a loan.\n>\n> Pay it back.\n>\n> — [Marian Achterberg, “On Borrowed Light”](https://example.org/review)',
    );
    expect(markdown).toContain(`![A blue band](../images/${blog.imageHash}.webp)`);
    expect(text('pages/about.md')).toMatch(/\nkind: "page"\nexcerpt: "Who Me, mostly\."\n---\n\n## Who\n\nMe, mostly\.\n$/);
    expect(text('posts/thrown-away.md')).toContain('status: "trashed"');
    expect(text('posts/odd-characters.md')).toContain('title: "Quotes & “curly” <tags> — naïve café ]]> done"');
  });

  it('writes blog.json with everything, users without password hashes', () => {
    const backup = JSON.parse(text('blog.json'));
    expect(backup.format).toBe('inkwell-backup');
    expect(backup.settings.title).toBe('Field Notes: “Quotes”');
    expect(backup.users.map((u: Record<string, unknown>) => [u.name, u.email, u.role])).toEqual([
      ['Olive Owner', 'owner@example.com', 'admin'],
      ['Ann “Quill” Author', 'ann@example.com', 'author'],
    ]);
    expect(backup.users.every((u: Record<string, unknown>) => !('passwordHash' in u))).toBe(true);
    expect(text('blog.json')).not.toContain('argon2-secret-hash');
    expect(backup.labels.map((l: { slug: string }) => l.slug).sort()).toEqual(['ca-la-b', 'quotes', 'rock-roll']);
    expect(backup.subscriptions).toEqual([
      expect.objectContaining({
        email: 'reader@example.com',
        subscriptions: [expect.objectContaining({ postId: blog.posts.quoted, commentId: blog.comments.top })],
      }),
    ]);
    expect(backup.posts.map((p: { slug: string }) => p.slug)).toEqual([
      'on-borrowed-light',
      'odd-characters',
      'a-draft',
      'coming-soon',
      'thrown-away',
    ]);
    expect(backup.pages.map((p: { slug: string }) => p.slug)).toEqual(['about']);

    const quoted = backup.posts[0];
    expect(quoted.labels).toEqual(['quotes', 'rock-roll']);
    expect(quoted.redirectsFrom).toEqual(['/2024/05/on-borrowed-light.html', '/posts/borrowed-light']);
    expect(quoted.publishedAt).toBe('2024-05-01T08:30:00.000Z');
    const byId = new Map(quoted.comments.map((c: { id: number }) => [c.id, c]));
    expect(byId.get(blog.comments.reply)).toMatchObject({
      parentId: blog.comments.top,
      bodySource: 'A reply with <b>tags</b> & ]]> in it',
    });
    expect(byId.get(blog.comments.replyToReply)).toMatchObject({ parentId: blog.comments.reply, status: 'approved' });
    expect(byId.get(blog.comments.spam)).toMatchObject({ status: 'spam' });
    expect(backup.pages[0].comments).toHaveLength(1);
    expect(backup.images).toEqual([
      {
        hash: blog.imageHash,
        width: 40,
        height: 20,
        mimeType: 'image/webp',
        alt: 'A blue band',
        file: `images/${blog.imageHash}.webp`,
      },
    ]);
  });
});

describe('pacing', () => {
  it('reads posts only as fast as the zip is read', { timeout: 30_000 }, async () => {
    const { zipStream } = await import('./zip');
    const { openExportSource } = await import('./source');
    const real = await openExportSource();
    let yielded = 0;
    const many: ExportSource = {
      ...real,
      async *posts(kind) {
        if (kind === 'page') return;
        for (let id = 1; id <= 600; id++) {
          yielded += 1;
          // Text that does not compress, so each entry weighs what a real post does in the stream's buffers.
          yield { ...fakePost, id, slug: `post-${id}`, contentHtml: `<p>${randomBytes(3000).toString('base64')}</p>` };
        }
      },
    };
    const stream = zipStream(many);
    // Nobody reads: the writer must come to a stop, a bounded way in, instead of reading the whole
    // blog. How fast it gets there depends on the machine, so it is watched until it stops moving.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
    let stable = 0;
    let seen = -1;
    while (stable < 4) {
      await tick();
      stable = yielded === seen ? stable + 1 : 0;
      seen = yielded;
    }
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(100);
    const listing = await unzip(await collect(stream));
    // Two passes: the Markdown files, then blog.json's posts.
    expect(yielded).toBe(2 * 600);
    expect([...listing.keys()].filter((name) => name.startsWith('posts/'))).toHaveLength(600);
  });
});

const fakePost: ExportPost = {
  id: 0,
  slug: '',
  kind: 'post',
  title: 'A post',
  contentHtml: '',
  excerpt: '',
  status: 'published',
  authorId: 1,
  coverMediaId: null,
  publishedAt: new Date('2024-01-01T00:00:00.000Z'),
  trashedAt: null,
  commentsOpen: true,
  createdAt: new Date('2024-01-01T00:00:00.000Z'),
  updatedAt: new Date('2024-01-01T00:00:00.000Z'),
  labels: [],
  comments: [],
  redirectsFrom: [],
};
