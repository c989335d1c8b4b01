import { describe, expect, it } from 'vitest';
import { canTransition, publication, publicationDateFor, trashPurgeCutoff } from './status';

const now = new Date('2026-03-10T12:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('status transitions', () => {
  it('lets a draft be published, scheduled or trashed, not restored', () => {
    expect(canTransition('draft', 'publish')).toBe(true);
    expect(canTransition('draft', 'schedule')).toBe(true);
    expect(canTransition('draft', 'trash')).toBe(true);
    expect(canTransition('draft', 'restore')).toBe(false);
    expect(canTransition('draft', 'deletePermanently')).toBe(false);
  });

  it('takes published and scheduled posts back to draft', () => {
    expect(canTransition('published', 'unpublish')).toBe(true);
    expect(canTransition('scheduled', 'unpublish')).toBe(true);
    expect(canTransition('draft', 'unpublish')).toBe(false);
  });

  it('deletes for good only from the trash', () => {
    expect(canTransition('trashed', 'deletePermanently')).toBe(true);
    expect(canTransition('trashed', 'restore')).toBe(true);
    expect(canTransition('published', 'deletePermanently')).toBe(false);
    expect(canTransition('trashed', 'publish')).toBe(false);
  });
});

describe('publication', () => {
  it('publishes now when no date is chosen', () => {
    expect(publication(now, null)).toEqual({ status: 'published', publishedAt: now });
  });

  it('publishes with a past date (back-dating)', () => {
    expect(publication(now, minutes(-60 * 24))).toEqual({ status: 'published', publishedAt: minutes(-60 * 24) });
  });

  it('schedules a date still ahead, even one minute ahead', () => {
    expect(publication(now, minutes(1))).toEqual({ status: 'scheduled', publishedAt: minutes(1) });
  });

  it('keeps the date of a post published before', () => {
    expect(publicationDateFor({ status: 'published', publishedAt: minutes(-5) }, null)).toEqual(minutes(-5));
    expect(publicationDateFor({ status: 'draft', publishedAt: minutes(-5) }, null)).toBeNull();
    expect(publicationDateFor({ status: 'published', publishedAt: minutes(-5) }, minutes(-10))).toEqual(minutes(-10));
  });
});

describe('trash', () => {
  it('keeps trashed posts for 30 days', () => {
    expect(trashPurgeCutoff(now)).toEqual(new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000));
  });
});
