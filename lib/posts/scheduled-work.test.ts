import { beforeAll, describe, expect, it } from 'vitest';
import { at, ctx, input, newDraft as draftBy, editingDatabase } from '@/lib/testing/post-editing';

const people = editingDatabase('scheduled-work');
let author: number;
let editing: typeof import('./editing');
let scheduler: typeof import('./scheduled-work');
let queries: typeof import('@/db/queries/post-editing');
let transitions: typeof import('./transitions');

beforeAll(async () => {
  ({ author } = people);
  editing = await import('./editing');
  scheduler = await import('./scheduled-work');
  queries = await import('@/db/queries/post-editing');
  transitions = await import('./transitions');
});

const newDraft = (overrides: Parameters<typeof draftBy>[1] = {}) => draftBy(author, overrides);

describe('scheduling', () => {
  it('schedules a post whose date is ahead and publishes it when the time comes', async () => {
    const draft = await newDraft({ title: 'Scheduled for later' });
    const scheduled = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Scheduled for later', baseVersion: draft.version, publishedAt: at(1) }),
      'publish',
    );
    expect(scheduled).toMatchObject({ ok: true, status: 'scheduled', tags: [] });

    expect((await scheduler.runScheduledWork(at(0.5))).published).not.toContain('scheduled-for-later');
    const due = await scheduler.runScheduledWork(at(1));
    expect(due.published).toEqual(['scheduled-for-later']);
    expect(due.tags).toEqual(['post:scheduled-for-later', 'posts']);
    expect((await queries.getPostForEditing(draft.postId))?.status).toBe('published');
    expect((await scheduler.runScheduledWork(at(2))).published).toEqual([]);
  });

  it("forgets the view beacon's visitors from before yesterday, and keeps yesterday's and today's", async () => {
    const views = await import('@/db/queries/views');
    const draft = await newDraft({ title: 'Much read' });
    const published = await editing.savePost(
      ctx(author),
      draft.postId,
      input({ title: 'Much read', baseVersion: draft.version }),
      'publish',
    );
    if (!published.ok) throw new Error(published.error);
    // T0 is 2026-03-10.
    for (const day of ['2026-03-08', '2026-03-09', '2026-03-10']) await views.recordPostView(published.slug, day, 'a-visitor');
    await scheduler.runScheduledWork(at(0));
    expect(await views.hasViewVisitorsBefore('2026-03-09')).toBe(false);
    expect(await views.recordPostView(published.slug, '2026-03-09', 'a-visitor')).toBe('alreadyCounted');
    expect(await views.recordPostView(published.slug, '2026-03-10', 'a-visitor')).toBe('alreadyCounted');
  });

  it('deletes posts trashed more than 30 days ago', async () => {
    const draft = await newDraft({ title: 'Old trash' });
    await transitions.transitionPosts({ ...ctx(author), now: at(0) }, [draft.postId], 'trash');
    await scheduler.runScheduledWork(at(29 * 24 * 60));
    expect(await queries.getPostForEditing(draft.postId)).not.toBeNull();
    expect((await scheduler.runScheduledWork(at(30 * 24 * 60))).purged).toBeGreaterThanOrEqual(1);
    expect(await queries.getPostForEditing(draft.postId)).toBeNull();
  });
});
