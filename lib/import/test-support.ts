import fs from 'node:fs';
import path from 'node:path';
import { testDatabase } from '@/lib/testing/test-database';

/**
 * For importer tests: the test file's own migrated SQLite file (lib/testing/test-database.ts), no
 * server to refresh (port 9 refuses at once), the blog's owner as user 1, and the fixtures.
 */
export function importTestDatabase(name: string) {
  const { dir } = testDatabase(`import-${name}`);
  process.env.PORT = '9';
  return {
    dir,
    async setUp() {
      await (
        await import('@/db/queries/users')
      ).createUser({ email: 'owner@example.com', name: 'Owner', passwordHash: 'x', role: 'admin' });
    },
    async rows<T = Record<string, unknown>>(sql: string, args: (string | number)[] = []): Promise<T[]> {
      const { sqlite } = await import('@/db/client');
      return (await sqlite.execute({ sql, args })).rows as unknown as T[];
    },
    /** A fixture of lib/import/fixtures with the old blog's host filled in, written to the test folder. */
    fixture(file: string, oldHost = 'marginalia.example', edit: (text: string) => string = (t) => t) {
      const text = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', file), 'utf8').replaceAll('OLDHOST', oldHost);
      const out = path.join(dir, `${Math.random().toString(36).slice(2)}-${file}`);
      fs.writeFileSync(out, edit(text));
      return out;
    },
  };
}

/** A row of `posts` as the importer's tests read it back (snake_case, straight from SQLite). */
export type PostRow = {
  id: number;
  slug: string;
  kind: string;
  status: string;
  title: string;
  excerpt: string;
  content_html: string;
  published_at: number | null;
  updated_at: number;
  author_id: number;
};

/** A row of `comments` as the importer's tests read it back. */
export type CommentRow = {
  id: number;
  post_id: number;
  parent_id: number | null;
  author_name: string;
  author_email: string | null;
  author_url: string | null;
  status: string;
  created_at: number;
  body_source: string;
  body_html: string;
  approved_at: number | null;
};
