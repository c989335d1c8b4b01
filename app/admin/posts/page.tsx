import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/PageHeader';
import { PostsBulkList } from '@/components/admin/PostsBulkList';
import { ADMIN_STATUS_FILTERS, listPostAuthors, listPostsForAdmin, type AdminStatusFilter } from '@/db/queries/admin-posts';
import { can } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';
import { bulkPostsAction } from './actions';

export const metadata: Metadata = { title: 'Posts' };

const PER_PAGE = 50;
const TABS: Record<AdminStatusFilter, string> = {
  all: 'All',
  draft: 'Drafts',
  scheduled: 'Scheduled',
  published: 'Published',
  trashed: 'Trash',
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function PostsPage({ searchParams }: PageProps<'/admin/posts'>) {
  const user = await requirePermission('writePosts', '/admin/posts');
  const params = await searchParams;
  const allPosts = can(user, 'manageAllPosts');
  const status = (ADMIN_STATUS_FILTERS as readonly string[]).includes(one(params.status))
    ? (one(params.status) as AdminStatusFilter)
    : 'all';
  const search = one(params.q).trim().slice(0, 200);
  const sort = one(params.sort) === 'oldest' ? 'oldest' : 'newest';
  const authorParam = Number(one(params.author));
  // Authors see their own posts only; the query is narrowed here and every action checks again.
  const authorId = allPosts ? (Number.isInteger(authorParam) && authorParam > 0 ? authorParam : undefined) : user.id;

  const [{ rows, total }, authors] = await Promise.all([
    listPostsForAdmin({ status, authorId, search, sort, limit: PER_PAGE, offset: 0 }),
    allPosts ? listPostAuthors() : Promise.resolve([]),
  ]);
  const link = (next: Partial<Record<'status' | 'q' | 'sort' | 'author', string>>) => {
    const query = new URLSearchParams(
      Object.entries({ status, q: search, sort, author: authorId && allPosts ? String(authorId) : '', ...next }).filter(
        ([, v]) => v && v !== 'all' && v !== 'newest',
      ),
    );
    return `/admin/posts${query.size ? `?${query}` : ''}`;
  };
  const field = 'rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900';

  return (
    <>
      <PageHeader title="Posts">
        <p>{allPosts ? 'Every post on the blog.' : 'Your posts.'}</p>
      </PageHeader>
      <p className="mb-4">
        <Link
          href="/admin/posts/new"
          className="inline-block rounded-md bg-accent-600 px-4 py-2 text-sm font-semibold text-white dark:bg-accent-400 dark:text-stone-950"
        >
          New post
        </Link>
      </p>
      <nav aria-label="Filter by status" className="mb-4">
        <ul className="flex flex-wrap gap-1 text-sm">
          {ADMIN_STATUS_FILTERS.map((tab) => (
            <li key={tab}>
              <Link
                href={link({ status: tab })}
                aria-current={tab === status ? 'page' : undefined}
                className="inline-block rounded px-3 py-1 hover:bg-stone-200 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:hover:bg-stone-800 dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900"
              >
                {TABS[tab]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/admin/posts" role="search" aria-label="Posts" className="mb-4 flex flex-wrap items-end gap-3">
        {status !== 'all' && <input type="hidden" name="status" value={status} />}
        <label className="text-sm font-medium">
          Search by title
          <input type="search" name="q" defaultValue={search} className={`ml-2 ${field}`} />
        </label>
        {allPosts && (
          <label className="text-sm font-medium">
            Author
            <select name="author" defaultValue={authorId ? String(authorId) : ''} className={`ml-2 ${field}`}>
              <option value="">Everyone</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-sm font-medium">
          Sort
          <select name="sort" defaultValue={sort} className={`ml-2 ${field}`}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-stone-300 px-3 py-1.5 text-sm font-medium dark:border-stone-700">
          Filter
        </button>
      </form>
      {status === 'trashed' && rows.length > 0 && (
        <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
          Posts in the trash are deleted for good 30 days after they were trashed.
        </p>
      )}
      <PostsBulkList
        posts={rows}
        showAuthor={allPosts}
        inTrash={status === 'trashed'}
        action={bulkPostsAction}
        emptyText={
          status === 'all' && !search
            ? 'No posts yet.'
            : status === 'trashed' && !search
              ? 'The trash is empty.'
              : 'No posts match.'
        }
      />
      {total > rows.length && (
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          Showing the {rows.length} {sort === 'newest' ? 'newest' : 'oldest'} of {total}. Search or filter to find others.
        </p>
      )}
    </>
  );
}
