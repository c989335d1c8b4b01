import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// Every multi-row write is one transaction. Each test makes the second write of an operation fail
// inside SQLite itself (a trigger that RAISEs, on a real migrated file) and checks that nothing of
// the first write is left: what a crash or a full disk between the two statements would do.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-atomic-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'blog.db')}`;
process.env.DATA_DIR = dir;

let client: typeof import('../client');
let editing: typeof import('@/lib/posts/editing');
let scheduledWork: typeof import('@/lib/posts/scheduled-work');
let moderate: typeof import('@/lib/comments/moderate');
let postEditing: typeof import('./post-editing');
let author: number;

const FAIL = 'injected failure';
/** Makes every `event` on `table` (optionally only rows matching `when`) fail, until afterEach. */
async function failOn(event: 'INSERT' | 'UPDATE', table: string, when = '1') {
  await client.sqlite.execute(
    `CREATE TRIGGER fail_next BEFORE ${event} ON ${table} WHEN ${when} BEGIN SELECT RAISE(ABORT, '${FAIL}'); END`,
  );
}
/** Drizzle wraps the driver's error ("Failed query: …"); SQLite's message is its cause. */
async function expectInjectedFailure(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect(`${(error as Error).message} ${String((error as Error).cause)}`).toContain(FAIL);
}
const count = async (sql: string) => Number((await client.sqlite.execute(sql)).rows[0][0]);

const draftInput = (title: string, baseVersion: number) => ({
  baseVersion,
  title,
  contentHtml: `<p>${title}</p>`,
  slug: '',
  slugAuto: true,
  excerpt: '',
  labels: ['Quotes'],
  commentsOpen: true,
  publishedAt: null,
  coverMediaId: null,
});
const ctx = () => ({ userId: author, mayEdit: () => true, mayUseImage: () => true });

beforeAll(async () => {
  await (await import('../migrate')).migrateDatabase();
  client = await import('../client');
  editing = await import('@/lib/posts/editing');
  scheduledWork = await import('@/lib/posts/scheduled-work');
  moderate = await import('@/lib/comments/moderate');
  postEditing = await import('./post-editing');
  const users = await import('./users');
  author = (await users.createUser({ email: 'admin@example.com', name: 'Ada', passwordHash: 'x', role: 'admin' })).id;
});

afterEach(async () => {
  await client.sqlite.execute('DROP TRIGGER IF EXISTS fail_next');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a failure in the second write leaves nothing of the first', () => {
  it('publishing a post: no published post without its publish revision', async () => {
    const draft = await editing.savePost(ctx(), null, draftInput('Draft one', 0), 'autosave');
    if (!draft.ok) throw new Error(draft.error);
    await failOn('INSERT', 'post_revisions');

    await expectInjectedFailure(editing.savePost(ctx(), draft.postId, draftInput('Now public', draft.version), 'publish'));
    const stored = await postEditing.getPostForEditing(draft.postId);
    expect(stored).toMatchObject({ status: 'draft', title: 'Draft one', version: draft.version });
  });

  it('the first autosave of a new post: no post without its first revision', async () => {
    const before = await count('SELECT count(*) FROM posts');
    await failOn('INSERT', 'post_revisions');
    await expectInjectedFailure(editing.savePost(ctx(), null, draftInput('Never kept', 0), 'autosave'));
    expect(await count('SELECT count(*) FROM posts')).toBe(before);
    expect(await count(`SELECT count(*) FROM labels WHERE name = 'Quotes'`)).toBe(1);
  });

  it('scheduled publishing: due posts stay scheduled when their revisions cannot be written', async () => {
    const at = new Date(Date.now() + 60_000);
    const draft = await editing.savePost(ctx(), null, draftInput('Later', 0), 'autosave');
    if (!draft.ok) throw new Error(draft.error);
    const scheduled = await editing.savePost(
      ctx(),
      draft.postId,
      { ...draftInput('Later', draft.version), publishedAt: at },
      'publish',
    );
    expect(scheduled).toMatchObject({ ok: true, status: 'scheduled' });
    await failOn('INSERT', 'post_revisions');

    await expectInjectedFailure(scheduledWork.runScheduledWork(new Date(at.getTime() + 1000)));
    expect((await postEditing.getPostForEditing(draft.postId))!.status).toBe('scheduled');
    await client.sqlite.execute('DROP TRIGGER fail_next');
    expect((await scheduledWork.runScheduledWork(new Date(at.getTime() + 1000))).published).toEqual(['later']);
  });

  describe('moderation', () => {
    let postId: number;
    const admin = { id: 0, name: 'Ada', email: 'admin@example.com' };
    const pendingComment = async (body: string) => {
      const comments = await import('./comments');
      return (
        await comments.insertComment({
          postId,
          authorName: 'Reader',
          authorEmail: 'reader@example.com',
          ipHash: 'hash-of-an-address',
          bodySource: body,
          bodyHtml: `<p>${body}</p>`,
          status: 'pending',
        })
      ).id;
    };
    const statusOf = async (id: number) =>
      (await client.sqlite.execute({ sql: 'SELECT status FROM comments WHERE id = ?', args: [id] })).rows[0].status;

    beforeAll(async () => {
      admin.id = author;
      postId = (await postEditing.getPostForEditing(1))!.id;
    });

    it('approve + admin reply: the comment stays held when the reply cannot be written', async () => {
      const parent = await pendingComment('A question');
      await failOn('INSERT', 'comments');
      await expectInjectedFailure(moderate.replyAsModerator({ user: admin }, parent, 'An answer'));
      expect(await statusOf(parent)).toBe('pending');
      expect(await count(`SELECT count(*) FROM comments WHERE parent_id = ${parent}`)).toBe(0);
    });

    it('blocking a commenter: the blocklist is not written when the comment cannot go to spam', async () => {
      const id = await pendingComment('Buy things');
      await failOn('UPDATE', 'comments');
      await expectInjectedFailure(moderate.blockCommenterOf({ user: admin }, id));
      expect(await count(`SELECT count(*) FROM settings WHERE key = 'blockedCommenters'`)).toBe(0);
      expect(await statusOf(id)).toBe('pending');
    });
  });

  it('the welcome seed: no welcome post without the flag that says it was written', async () => {
    const posts = await count('SELECT count(*) FROM posts');
    const users = await count('SELECT count(*) FROM users');
    await failOn('INSERT', 'settings', `NEW.key = 'welcomeContentSeeded'`);
    const { seedWelcomeContent } = await import('../seed');
    await expectInjectedFailure(seedWelcomeContent());
    expect(await count('SELECT count(*) FROM posts')).toBe(posts);
    expect(await count('SELECT count(*) FROM users')).toBe(users);
    await client.sqlite.execute('DROP TRIGGER fail_next');
    expect(await seedWelcomeContent()).toBe(true);
    expect(await count('SELECT count(*) FROM posts')).toBeGreaterThan(posts);
  });
});
