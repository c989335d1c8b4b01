import 'server-only';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { db, type Connection } from '../client';
import { comments, labels, legacyRedirects, posts, type PostKind } from '../schema';

// Old addresses of posts and pages (legacy_redirects): written by the importer for the old blog's
// URLs and by the editor when a published post's slug changes; read by proxy.ts through
// lib/redirects/resolve.ts. A row names the post by id, so it follows the post's current slug.

export interface RedirectTarget {
  slug: string;
  kind: PostKind;
  /** The approved comment of that post written at the asked time (Blogger's `?showComment=`), if any. */
  commentId: number | null;
}

/**
 * The published post or page one of `paths` used to be, in one indexed query (primary key on
 * from_path; the comment by comments_post_status_idx). Null when none is, or when it is not
 * published now: a redirect must not reveal a draft's address.
 */
export async function findRedirectTarget(paths: string[], commentAt: Date | null = null): Promise<RedirectTarget | null> {
  if (paths.length === 0) return null;
  const comment = commentAt
    ? and(eq(comments.postId, posts.id), eq(comments.status, 'approved'), eq(comments.createdAt, commentAt))
    : sql`0`;
  const [row] = await db
    .select({ slug: posts.slug, kind: posts.kind, commentId: comments.id })
    .from(legacyRedirects)
    .innerJoin(posts, eq(posts.id, legacyRedirects.postId))
    .leftJoin(comments, comment)
    .where(and(inArray(legacyRedirects.fromPath, paths), eq(posts.status, 'published')))
    .orderBy(asc(comments.id))
    .limit(1);
  return row ?? null;
}

/** A label's slug, found by its name (Blogger's `/search/label/Name`) or its slug (WordPress's `/tag/slug/`). */
export async function findLabelSlug(name: string, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: labels.slug })
    .from(labels)
    .where(or(eq(labels.name, name), eq(labels.slug, slug)))
    .limit(1);
  return row?.slug ?? null;
}

/**
 * Remembers that `fromPath` now belongs to this post (a slug change, an import). A path can have
 * only one owner: the latest to leave it, which is the one its links last meant.
 */
export async function keepOldAddress(conn: Connection, fromPath: string, postId: number): Promise<void> {
  await conn
    .insert(legacyRedirects)
    .values({ fromPath, postId })
    .onConflictDoUpdate({ target: legacyRedirects.fromPath, set: { postId } });
}
