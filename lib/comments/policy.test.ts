import { describe, expect, it } from 'vitest';
import { commentsClosed, containsDisallowed, decideCommentStatus, type CommentFacts } from './policy';

const facts = (over: Partial<CommentFacts> = {}): CommentFacts => ({
  policy: 'holdFirstTime',
  isReturningCommenter: false,
  linkCount: 0,
  hasDisallowedContent: false,
  missingFormToken: false,
  isBlocked: false,
  ...over,
});

describe('decideCommentStatus', () => {
  it('holds a first-time commenter and publishes a returning one under the default policy', () => {
    expect(decideCommentStatus(facts())).toBe('pending');
    expect(decideCommentStatus(facts({ isReturningCommenter: true }))).toBe('approved');
  });
  it('follows hold-all and publish-all', () => {
    expect(decideCommentStatus(facts({ policy: 'holdAll', isReturningCommenter: true }))).toBe('pending');
    expect(decideCommentStatus(facts({ policy: 'publishAll' }))).toBe('approved');
  });
  it('holds more than three links and comments posted without the form token, whatever the policy', () => {
    expect(decideCommentStatus(facts({ policy: 'publishAll', linkCount: 4 }))).toBe('pending');
    expect(decideCommentStatus(facts({ policy: 'publishAll', linkCount: 3 }))).toBe('approved');
    expect(decideCommentStatus(facts({ policy: 'publishAll', missingFormToken: true }))).toBe('pending');
  });
  it('sends a blocked commenter to spam whatever the policy', () => {
    expect(decideCommentStatus(facts({ isBlocked: true, policy: 'publishAll', isReturningCommenter: true }))).toBe('spam');
  });
  it('sends disallowed content to spam, even from a returning commenter', () => {
    expect(decideCommentStatus(facts({ hasDisallowedContent: true, isReturningCommenter: true, policy: 'publishAll' }))).toBe(
      'spam',
    );
  });
});

describe('containsDisallowed', () => {
  it('matches any entry case-insensitively in any field and ignores blank entries', () => {
    expect(containsDisallowed(['Great post', 'http://CHEAP-pills.example'], ['cheap-pills.example'])).toBe(true);
    expect(containsDisallowed(['Great post', null], ['casino', ' '])).toBe(false);
  });
});

describe('commentsClosed', () => {
  const now = new Date('2026-06-30T00:00:00Z');
  const post = { commentsOpen: true, publishedAt: new Date('2026-06-01T00:00:00Z') };
  it('is closed when the author closed it', () => {
    expect(commentsClosed({ ...post, commentsOpen: false }, null, now)).toBe(true);
  });
  it('closes automatically after the configured number of days, and never when the setting is off', () => {
    expect(commentsClosed(post, 30, now)).toBe(false);
    expect(commentsClosed(post, 28, now)).toBe(true);
    expect(commentsClosed(post, null, now)).toBe(false);
  });
});
