import { beforeAll, describe, expect, it } from 'vitest';
import type { PostDraftInput } from './input';
import { at, ctx, input, newDraft as draftBy, editingDatabase } from '@/lib/testing/post-editing';

const people = editingDatabase('editing');
let author: number;
let other: number;
let editing: typeof import('./editing');
let queries: typeof import('@/db/queries/post-editing');
let revisions: typeof import('@/db/queries/revisions');
let search: typeof import('@/db/queries/search');

beforeAll(async () => {
  ({ author, other } = people);
  editing = await import('./editing');
  queries = await import('@/db/queries/post-editing');
  revisions = await import('@/db/queries/revisions');
  search = await import('@/db/queries/search');
});

const newDraft = (overrides: Partial<PostDraftInput> = {}, user = author) => draftBy(user, overrides);

describe('saving drafts', () => {
  it('creates a draft with a slug from its title, sanitized text, and a first revision; readers are untouched', async () => {
    const saved = await newDraft();
    expect(saved).toMatchObject({ status: 'draft', slug: 'a-post-about-quotes', version: 1, revision: 'autosave', tags: [] });
    const post = await queries.getPostForEditing(saved.postId);
    expect(post?.contentHtml).toBe('<p>Hello world</p><blockquote id="quote-1"><p>Quoted</p></blockquote>');
    expect(post?.excerpt).toBe('Hello world Quoted');
  });

  it('makes slugs unique with -2, -3 and refuses a typed slug that is taken', async () => {
    const second = await newDraft();
    const third = await newDraft();
    expect(second.slug).toBe('a-post-about-quotes-2');
    expect(third.slug).toBe('a-post-about-quotes-3');
    const typed = await editing.savePost(
      ctx(author),
      third.postId,
      input({ baseVersion: third.version, slug: 'a-post-about-quotes', slugAuto: false }),
      'autosave',
    );
    expect(typed).toMatchObject({
      ok: false,
      reason: 'invalid',
      fieldErrors: { slug: ['Another post already uses this slug. Try “a-post-about-quotes-3”.'] },
    });
  });

  it('keeps an autosave revision at most once per 10 minutes', async () => {
    const draft = await newDraft({ title: 'Revisions' });
    const ctxAt = (m: number) => ({ ...ctx(author), now: at(m) });
    const second = await editing.savePost(
      ctxAt(5),
      draft.postId,
      input({ title: 'Revisions', baseVersion: draft.version, contentHtml: '<p>two</p>' }),
      'autosave',
    );
    expect(second).toMatchObject({ ok: true, revision: null, version: 2 });
    const third = await editing.savePost(
      ctxAt(11),
      draft.postId,
      input({ title: 'Revisions', baseVersion: 2, contentHtml: '<p>three</p>' }),
      'autosave',
    );
    expect(third).toMatchObject({ ok: true, revision: 'autosave', version: 3 });
    expect((await revisions.listRevisions(draft.postId)).map((r) => r.reason)).toEqual(['autosave', 'autosave']);
  });

  it('replaces labels, creating new ones', async () => {
    const draft = await newDraft({ title: 'Labelled', labels: ['Quotes', 'Brand new'] });
    expect((await queries.getPostForEditing(draft.postId))?.labels).toEqual(['Brand new', 'Quotes']);
    await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Labelled', baseVersion: draft.version, labels: ['Writing'] }),
      'autosave',
    );
    expect((await queries.getPostForEditing(draft.postId))?.labels).toEqual(['Writing']);
  });

  it("refuses to change someone else's post", async () => {
    const draft = await newDraft({ title: 'Mine' });
    const result = await editing.savePost(ctx(other), draft.postId, input({ baseVersion: draft.version }), 'autosave');
    expect(result).toMatchObject({ ok: false, reason: 'forbidden' });
  });
});

describe('optimistic concurrency', () => {
  it('refuses a save from an older version, reports both versions and keeps the refused one', async () => {
    const draft = await newDraft({ title: 'Two tabs' });
    const tabA = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Two tabs', baseVersion: 1, contentHtml: '<p>from tab A</p>' }),
      'autosave',
    );
    expect(tabA).toMatchObject({ ok: true, version: 2 });
    const tabB = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Two tabs', baseVersion: 1, contentHtml: '<p>from tab B</p>' }),
      'autosave',
    );
    expect(tabB.ok).toBe(false);
    if (tabB.ok || tabB.reason !== 'conflict') throw new Error('expected a conflict');
    expect(tabB.conflict.theirs).toMatchObject({ version: 2, contentHtml: '<p>from tab A</p>' });
    expect(tabB.conflict.yours).toMatchObject({ contentHtml: '<p>from tab B</p>', baseVersion: 1 });
    expect((await queries.getPostForEditing(draft.postId))?.contentHtml).toBe('<p>from tab A</p>');
    const kept = await revisions.getLastRevision(draft.postId);
    expect(kept?.contentHtml).toBe('<p>from tab B</p>');
  });

  it('applies the version check in the UPDATE itself', async () => {
    const draft = await newDraft({ title: 'Race' });
    const prepared = {
      title: 'Race',
      contentHtml: '<p>x</p>',
      contentText: 'x',
      wordCount: 1,
      excerpt: 'x',
      slug: draft.slug,
      commentsOpen: true,
      publishedAt: null,
      coverMediaId: null,
      labels: [],
    };
    expect((await queries.updatePostIfVersion(draft.postId, 1, prepared)).ok).toBe(true);
    expect((await queries.updatePostIfVersion(draft.postId, 1, prepared)).ok).toBe(false);
  });
});

describe('publishing', () => {
  it('needs a title', async () => {
    const draft = await newDraft({ title: '' });
    expect(draft.slug).toMatch(/^untitled/);
    const result = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: '  '.trim(), baseVersion: draft.version }),
      'publish',
    );
    expect(result).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { title: ['Please give your post a title.'] } });
  });

  it('publishes now, invalidates the post and the lists, keeps a revision and updates the search index', async () => {
    const draft = await newDraft({ title: 'Zebra crossings explained' });
    const result = await editing.savePost(
      ctx(author, 1),
      draft.postId,
      input({ title: 'Zebra crossings explained', baseVersion: draft.version }),
      'publish',
    );
    expect(result).toMatchObject({
      ok: true,
      status: 'published',
      publishedAt: at(1),
      revision: 'publish',
      tags: ['post:zebra-crossings-explained', 'posts'],
    });
    expect(await search.countPublishedPostMatches('zebra')).toBe(1);
  });

  it('keeps unpublished edits of a published post as a revision until published again', async () => {
    const draft = await newDraft({ title: 'Live post' });
    const live = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Live post', baseVersion: draft.version, contentHtml: '<p>published text</p>' }),
      'publish',
    );
    if (!live.ok) throw new Error(live.error);
    const edit = (html: string, minutes: number) =>
      editing.savePost(
        ctx(author, minutes),
        draft.postId,
        input({ title: 'Live post', baseVersion: live.version, contentHtml: html }),
        'autosave',
      );
    expect(await edit('<p>half-typed</p>', 2)).toMatchObject({ ok: true, pendingChanges: true, tags: [], version: live.version });
    await edit('<p>half-typed, more</p>', 3);
    expect((await queries.getPostForEditing(draft.postId))?.contentHtml).toBe('<p>published text</p>');
    const list = await revisions.listRevisions(draft.postId);
    expect(list[0].reason).toBe('autosave');
    expect((await revisions.getRevision(list[0].id))?.contentHtml).toBe('<p>half-typed, more</p>');
    expect(list.filter((r) => r.reason === 'autosave' && r.createdAt > at(0))).toHaveLength(1);
  });
});

describe('cover images', () => {
  let media: typeof import('@/db/queries/media');
  const image = async (hash: string, uploadedBy: number) => {
    await media.insertMediaRenditions([
      { hash, width: 800, height: 600, mimeType: 'image/webp', bytes: Buffer.from(hash), alt: '', uploadedBy },
    ]);
    return (await media.listMediaRenditions(hash))[0].id;
  };
  const admin = (userId: number) => ({ ...ctx(userId), mayEdit: () => true, mayUseImage: () => true });

  beforeAll(async () => {
    media = await import('@/db/queries/media');
  });

  it('lets an author use an image they uploaded as a cover', async () => {
    const mine = await image('cover-mine', author);
    const draft = await newDraft({ title: 'Covered', coverMediaId: mine });
    expect((await queries.getPostForEditing(draft.postId))?.coverMediaId).toBe(mine);
  });

  it("refuses another author's image, with a message for the cover field, and stores nothing", async () => {
    const theirs = await image('cover-theirs', other);
    const draft = await newDraft({ title: 'Not my cover' });
    const taken = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Not my cover', baseVersion: draft.version, coverMediaId: theirs }),
      'publish',
    );
    expect(taken).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { coverMediaId: [editing.COVER_NOT_YOURS] } });
    const stored = await queries.getPostForEditing(draft.postId);
    expect(stored).toMatchObject({ coverMediaId: null, status: 'draft', version: draft.version });
    const created = await editing.savePost(
      ctx(author),
      null,
      input({ title: 'New with their cover', coverMediaId: theirs }),
      'autosave',
    );
    expect(created).toMatchObject({ ok: false, error: editing.COVER_NOT_YOURS });
    const missing = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ baseVersion: draft.version, coverMediaId: 999_999 }),
      'autosave',
    );
    expect(missing).toMatchObject({ ok: false, fieldErrors: { coverMediaId: [editing.COVER_MISSING] } });
  });

  it("lets an admin use anyone's image, and the author keep that cover when they edit the post", async () => {
    const theirs = await image('cover-by-admin', other);
    const draft = await newDraft({ title: 'Admin sets the cover' });
    const set = await editing.savePost(
      admin(other),
      draft.postId,
      input({ title: 'Admin sets the cover', baseVersion: draft.version, coverMediaId: theirs }),
      'autosave',
    );
    if (!set.ok) throw new Error(set.error);
    const kept = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Admin sets the cover, edited', baseVersion: set.version, coverMediaId: theirs }),
      'autosave',
    );
    expect(kept).toMatchObject({ ok: true });
  });
});
