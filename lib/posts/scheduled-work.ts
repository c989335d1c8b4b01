import 'server-only';
import { insertRevision } from '@/db/queries/revisions';
import { publishDueScheduledPosts, purgeTrashedPostsBefore } from '@/db/queries/scheduling';
import { purgeViewVisitorsBefore } from '@/db/queries/views';
import { viewVisitorsPurgeDay } from '@/lib/views/visitor';
import { tagsForPostChange } from './cache-tags';
import { trashPurgeCutoff } from './status';

/**
 * The scheduler's work: publish what is due (keeping a revision of each), empty old trash, and forget
 * the view beacon's visitors from before yesterday (they only stop a reader being counted twice a day).
 */
export async function runScheduledWork(now = new Date()): Promise<{ published: string[]; purged: number; tags: string[] }> {
  const published = await publishDueScheduledPosts(now);
  for (const post of published) {
    await insertRevision({
      postId: post.id,
      title: post.title,
      contentHtml: post.contentHtml,
      authorId: post.authorId,
      reason: 'publish',
      createdAt: now,
    });
  }
  const purged = await purgeTrashedPostsBefore(trashPurgeCutoff(now));
  await purgeViewVisitorsBefore(viewVisitorsPurgeDay(now));
  const tags = published.flatMap((post) =>
    tagsForPostChange({ slug: post.slug, status: 'scheduled' }, { slug: post.slug, status: 'published' }),
  );
  return { published: published.map((p) => p.slug), purged: purged.length, tags: [...new Set(tags)] };
}
