import { beforeAll, describe, expect, it } from 'vitest';
import { ctx, input, newDraft as draftBy, editingDatabase } from '@/lib/testing/post-editing';

const people = editingDatabase('transitions');
let author: number;
let editing: typeof import('./editing');
let transitions: typeof import('./transitions');
let queries: typeof import('@/db/queries/post-editing');

beforeAll(async () => {
  ({ author } = people);
  editing = await import('./editing');
  transitions = await import('./transitions');
  queries = await import('@/db/queries/post-editing');
});

const newDraft = (overrides: Parameters<typeof draftBy>[1] = {}) => draftBy(author, overrides);

describe('trash', () => {
  it('trashes, restores as a draft, and deletes for good only from the trash', async () => {
    const draft = await newDraft({ title: 'Trash me' });
    const published = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Trash me', baseVersion: draft.version }),
      'publish',
    );
    expect(published.ok).toBe(true);
    expect(await transitions.deletePostsPermanently(ctx(author), [draft.postId])).toMatchObject({ deleted: [] });

    expect(await transitions.transitionPosts(ctx(author), [draft.postId], 'trash')).toMatchObject({
      ok: true,
      tags: ['post:trash-me', 'posts'],
      changed: [draft.postId],
    });
    expect(await transitions.transitionPosts(ctx(author), [draft.postId], 'restore')).toMatchObject({
      ok: true,
      tags: [],
      changed: [draft.postId],
    });
    expect((await queries.getPostForEditing(draft.postId))?.status).toBe('draft');

    await transitions.transitionPosts(ctx(author), [draft.postId], 'trash');
    expect(await transitions.deletePostsPermanently(ctx(author), [draft.postId])).toMatchObject({ deleted: [draft.postId] });
    expect(await queries.getPostForEditing(draft.postId)).toBeNull();
  });
});
