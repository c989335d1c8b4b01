import { beforeAll, describe, expect, it } from 'vitest';
import { ctx, input, newDraft as draftBy, editingDatabase } from '@/lib/testing/post-editing';

const people = editingDatabase('revision-history');
let author: number;
let editing: typeof import('./editing');
let history: typeof import('./revision-history');
let revisions: typeof import('@/db/queries/revisions');

beforeAll(async () => {
  ({ author } = people);
  editing = await import('./editing');
  history = await import('./revision-history');
  revisions = await import('@/db/queries/revisions');
});

const newDraft = (overrides: Parameters<typeof draftBy>[1] = {}) => draftBy(author, overrides);

describe('revisions', () => {
  it('restores a revision, keeping the current text as a revision first', async () => {
    const draft = await newDraft({ title: 'Restorable', contentHtml: '<p>first</p>' });
    await editing.savePost(
      ctx(author, 20),
      draft.postId,
      input({ title: 'Restorable', baseVersion: draft.version, contentHtml: '<p>second</p>' }),
      'autosave',
    );
    const [, oldest] = await revisions.listRevisions(draft.postId);
    const restored = await history.restoreRevision(ctx(author, 21), draft.postId, oldest.id);
    expect(restored).toMatchObject({ ok: true, contentHtml: '<p>first</p>' });
    expect((await revisions.listRevisions(draft.postId))[0]).toMatchObject({ reason: 'restore', authorName: 'Ada Author' });
  });
});
