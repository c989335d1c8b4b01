import type { PostStatus } from '@/db/schema';

/** What pressing the primary button will do, as the publish dialog spells it out. */
export type PublishPlan = { kind: 'publish' } | { kind: 'schedule'; at: Date } | { kind: 'update' };

/** A published post is updated; any other is scheduled while its chosen date is ahead of `at`, else published now. */
export function publishPlan(status: PostStatus, publishedAt: string | null, at: number): PublishPlan {
  if (status === 'published') return { kind: 'update' };
  const date = publishedAt ? new Date(publishedAt) : null;
  return date && date.getTime() > at ? { kind: 'schedule', at: date } : { kind: 'publish' };
}

/** The primary button's label: "Update", "Schedule" or "Publish". */
export function publishButtonLabel(plan: PublishPlan): string {
  return { publish: 'Publish', schedule: 'Schedule', update: 'Update' }[plan.kind];
}
