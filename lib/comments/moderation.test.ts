import { describe, expect, it } from 'vitest';
import { ACTIONS_BY_STATUS, describeModeration, MODERATION_ACTIONS, postsShowingChange } from './moderation';

describe('postsShowingChange', () => {
  it('names the posts whose approved comments change, once each', () => {
    const changes = [
      { postId: 1, previousStatus: 'pending' as const },
      { postId: 1, previousStatus: 'pending' as const },
      { postId: 2, previousStatus: 'approved' as const },
      { postId: 3, previousStatus: 'spam' as const },
    ];
    expect(postsShowingChange(changes, 'approved')).toEqual([1, 3]);
    expect(postsShowingChange(changes, 'trash')).toEqual([2]);
  });
});

describe('moderation actions', () => {
  it('offers each tab the moves that make sense there', () => {
    for (const [status, actions] of Object.entries(ACTIONS_BY_STATUS)) {
      for (const action of actions) expect(MODERATION_ACTIONS[action].to).not.toBe(status);
    }
  });
  it('says what happened', () => {
    expect(describeModeration('spam', 2)).toBe('2 comments marked as spam.');
    expect(describeModeration('approve', 1)).toBe('1 comment approved.');
  });
});
