import 'server-only';
import { insertRevision } from '@/db/queries/revisions';
import { publishDueScheduledPosts, purgeTrashedPostsBefore } from '@/db/queries/scheduling';
import { inTransaction } from '@/db/queries/transaction';
import { purgeViewVisitorsBefore } from '@/db/queries/views';
import { viewVisitorsPurgeDay } from '@/lib/views/visitor';
import { tagsForPostChange } from './cache-tags';
import { trashPurgeCutoff } from './status';

/**
 * The scheduler's work: publish what is due (keeping a revision of each), empty old trash, and forget
 * the view beacon's visitors from before yesterday (they only stop a reader being counted twice a day).
 */
export async function runScheduledWork(now = new Date()): Promise<{ published: string[]; purged: number; tags: string[] }> {
  // Publishing and the publish revisions are one write: no post goes out without its revision.
  const published = await inTransaction(async (tx) => {
    const published = await publishDueScheduledPosts(now, tx);
    for (const post of published) {
      const { id: postId, title, contentHtml, authorId } = post;
      await insertRevision({ postId, title, contentHtml, authorId, reason: 'publish', createdAt: now }, tx);
    }
    return published;
  });
  const purged = await purgeTrashedPostsBefore(trashPurgeCutoff(now));
  await purgeViewVisitorsBefore(viewVisitorsPurgeDay(now));
  const tags = published.flatMap((post) =>
    tagsForPostChange({ slug: post.slug, status: 'scheduled' }, { slug: post.slug, status: 'published' }),
  );
  return { published: published.map((p) => p.slug), purged: purged.length, tags: [...new Set(tags)] };
}
