import 'server-only';
import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { db } from '../client';
import { posts, users, type PostKind, type PostStatus } from '../schema';
import { commentCount, listDate, viewCount } from './fragments';
import { labelsByPost } from './labels';

// The back office's posts list: every post an admin (or an author, their own) can manage, filtered,
// searched, sorted and paged, with the figures each row shows.

export const ADMIN_STATUS_FILTERS = ['all', 'draft', 'scheduled', 'published', 'trashed'] as const;
export type AdminStatusFilter = (typeof ADMIN_STATUS_FILTERS)[number];

export interface AdminPostRow {
  id: number;
  slug: string;
  title: string;
  status: PostStatus;
  authorId: number;
  authorName: string;
  publishedAt: Date | null;
  updatedAt: Date;
  approvedComments: number;
  pendingComments: number;
  views: number;
  labels: string[];
}

export interface AdminPostQuery {
  /** Posts (/admin/posts) or pages (/admin/pages); posts when not given. */
  kind?: PostKind;
  status: AdminStatusFilter;
  authorId?: number;
  /** Part of the title, any case. */
  search?: string;
  sort: 'newest' | 'oldest';
  limit: number;
  offset: number;
}

function adminWhere({
  kind = 'post',
  status,
  authorId,
  search,
}: Pick<AdminPostQuery, 'kind' | 'status' | 'authorId' | 'search'>): SQL | undefined {
  const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    eq(posts.kind, kind),
    // "All" is every post not in the trash; the trash has its own view.
    status === 'all' ? ne(posts.status, 'trashed') : eq(posts.status, status),
    authorId === undefined ? undefined : eq(posts.authorId, authorId),
    pattern ? sql`${posts.title} like ${pattern} escape '\\'` : undefined,
  );
}

export async function listPostsForAdmin(query: AdminPostQuery): Promise<{ rows: AdminPostRow[]; total: number }> {
  const where = adminWhere(query);
  const rows = await db
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      status: posts.status,
      authorId: posts.authorId,
      authorName: users.name,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      approvedComments: commentCount('approved'),
      pendingComments: commentCount('pending'),
      views: viewCount(),
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(where)
    .orderBy(query.sort === 'oldest' ? asc(listDate) : desc(listDate), query.sort === 'oldest' ? asc(posts.id) : desc(posts.id))
    .limit(query.limit)
    .offset(query.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(posts)
    .where(where);
  const labels = await labelsByPost(rows.map((r) => r.id));
  return {
    rows: rows.map((row) => ({ ...row, labels: (labels.get(row.id) ?? []).map((l) => l.name) })),
    total: count?.n ?? 0,
  };
}

/** People who have written posts, for the author filter. */
export async function listPostAuthors(): Promise<{ id: number; name: string }[]> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(posts, and(eq(posts.authorId, users.id), eq(posts.kind, 'post')))
    .orderBy(asc(users.name));
}
