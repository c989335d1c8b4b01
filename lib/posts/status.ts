import type { PostStatus } from '@/db/schema';
import { DAY_MS } from '@/lib/time';

/** What an author can do to a post, besides saving its text. */
export type PostTransition = 'publish' | 'schedule' | 'unpublish' | 'trash' | 'restore' | 'deletePermanently';

const ALLOWED: Record<PostStatus, readonly PostTransition[]> = {
  draft: ['publish', 'schedule', 'trash'],
  // A scheduled post can be published now, moved to another time, taken back to draft or trashed.
  scheduled: ['publish', 'schedule', 'unpublish', 'trash'],
  // "Publish" on a published post publishes the edits (and keeps a revision).
  published: ['publish', 'unpublish', 'trash'],
  // Restored posts come back as drafts: nothing reappears on the blog without the author deciding so.
  trashed: ['restore', 'deletePermanently'],
};

export function canTransition(from: PostStatus, transition: PostTransition): boolean {
  return ALLOWED[from].includes(transition);
}

/**
 * Where "Publish" leads: published now (or at a chosen past date, for back-dating), or scheduled when
 * the chosen date is still ahead.
 */
export function publication(now: Date, requestedAt: Date | null): { status: 'published' | 'scheduled'; publishedAt: Date } {
  if (requestedAt && requestedAt.getTime() > now.getTime()) return { status: 'scheduled', publishedAt: requestedAt };
  return { status: 'published', publishedAt: requestedAt ?? now };
}

/** A published post keeps its publication date when published again; a first publication takes now. */
export function publicationDateFor(
  current: { status: PostStatus; publishedAt: Date | null },
  requestedAt: Date | null,
): Date | null {
  if (requestedAt) return requestedAt;
  return current.status === 'published' ? current.publishedAt : null;
}

export const TRASH_RETENTION_DAYS = 30;

/** Trashed posts are deleted for good once they have been in the trash this long (db/queries/scheduling.ts). */
export function trashPurgeCutoff(now: Date): Date {
  return new Date(now.getTime() - TRASH_RETENTION_DAYS * DAY_MS);
}

/** Words for the status, as lists and the editor show it. */
export const STATUS_LABELS: Record<PostStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
  trashed: 'Trashed',
};

/** What the editor says after Publish, Schedule or Update. */
export const PUBLISH_NOTICES = {
  published: 'Published.',
  scheduled: 'Scheduled.',
  updated: 'Your changes are published.',
} as const;
