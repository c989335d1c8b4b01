import { beforeAll } from 'vitest';
import type { EditContext } from '@/lib/posts/edit-context';
import type { PostDraftInput } from '@/lib/posts/input';
import { testDatabase } from './test-database';

// The post-editing tests (lib/posts/*.test.ts) run against a real, migrated SQLite file: the
// version check, slugs, revisions, the scheduler's work and the search index are the database's
// job as much as ours.

export const T0 = new Date('2026-03-10T12:00:00Z');
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** What the editor sends, with a title and some text to sanitize. */
export function input(overrides: Partial<PostDraftInput> = {}): PostDraftInput {
  return {
    baseVersion: 0,
    title: 'A post about quotes',
    contentHtml: '<p>Hello <script>alert(1)</script>world</p><blockquote><p>Quoted</p></blockquote>',
    slug: '',
    slugAuto: true,
    excerpt: '',
    labels: [],
    commentsOpen: true,
    publishedAt: null,
    coverMediaId: null,
    ...overrides,
  };
}

/** An author editing `minutes` after T0: their own posts and images only. */
export const ctx = (userId: number, minutes = 0): EditContext => ({
  userId,
  mayEdit: (authorId: number) => authorId === userId,
  mayUseImage: (uploadedBy: number | null) => uploadedBy === userId,
  now: at(minutes),
});

/**
 * A migrated database of its own with two authors, Ada and Bo, for one test file. Call it at the
 * top of the file, before anything that opens the database is imported (import those in beforeAll).
 */
export function editingDatabase(name: string) {
  testDatabase(name);
  const people = { author: 0, other: 0 };
  beforeAll(async () => {
    const users = await import('@/db/queries/users');
    people.author = (
      await users.createUser({ email: 'a@example.com', name: 'Ada Author', passwordHash: 'x', role: 'author' })
    ).id;
    people.other = (await users.createUser({ email: 'b@example.com', name: 'Bo Other', passwordHash: 'x', role: 'author' })).id;
  });
  return people;
}

/** A new draft saved by `user`, as the editor's first autosave makes it. */
export async function newDraft(user: number, overrides: Partial<PostDraftInput> = {}) {
  const { savePost } = await import('@/lib/posts/editing');
  const saved = await savePost(ctx(user), null, input(overrides), 'autosave');
  if (!saved.ok) throw new Error(saved.error);
  return saved;
}
