import { describe, expect, it } from 'vitest';
import { buildThreads } from './threads';

const c = (id: number, parentId: number | null) => ({ id, parentId });

describe('buildThreads', () => {
  it('nests replies under their parents in order', () => {
    const threads = buildThreads([c(1, null), c(2, 1), c(3, null), c(4, 1)]);
    expect(threads.map((t) => t.comment.id)).toEqual([1, 3]);
    expect(threads[0].replies.map((t) => t.comment.id)).toEqual([2, 4]);
  });

  it('shows replies deeper than three levels at the third level, after their parent', () => {
    const threads = buildThreads([c(1, null), c(2, 1), c(3, 2), c(4, 3), c(5, 4)]);
    const second = threads[0].replies[0];
    expect(second.comment.id).toBe(2);
    expect(second.replies.map((t) => t.comment.id)).toEqual([3, 4, 5]);
    expect(second.replies.every((t) => t.replies.length === 0)).toBe(true);
  });

  it('shows a reply to a hidden comment at the top level', () => {
    expect(buildThreads([c(2, 1)]).map((t) => t.comment.id)).toEqual([2]);
  });
});
