import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/admin/PageHeader';
import { PostsBulkList } from '@/components/admin/PostsBulkList';
import { listPostsForAdmin } from '@/db/queries/admin-posts';
import { can } from '@/lib/auth/roles';
import { requirePageWriter } from '@/lib/pages/require';
import { bulkPagesAction } from './actions';

export const metadata: Metadata = { title: 'Pages' };

const TABS = { all: 'All', trashed: 'Trash' } as const;

/** Standalone pages (About, Contact): a short list, so no search or paging; the trash has its own tab. */
export default async function PagesPage({ searchParams }: PageProps<'/admin/pages'>) {
  const user = await requirePageWriter('/admin/pages');
  const status = (await searchParams).status === 'trashed' ? 'trashed' : 'all';
  const allPages = can(user, 'manageAllPosts');
  const { rows } = await listPostsForAdmin({
    kind: 'page',
    status,
    // Authors see and change their own pages only; every action checks again.
    authorId: allPages ? undefined : user.id,
    sort: 'newest',
    limit: 200,
    offset: 0,
  });

  return (
    <>
      <PageHeader title="Pages">
        <p>
          Standalone pages such as About or Contact: outside the stream of posts, at their own address (/about). Choose which ones
          the site header links to in{' '}
          {can(user, 'manageSettings') ? (
            <Link href="/admin/settings#navigation" className="underline">
              Settings
            </Link>
          ) : (
            'Settings'
          )}
          .
        </p>
      </PageHeader>
      <p className="mb-4">
        <Link
          href="/admin/pages/new"
          className="inline-block rounded-md bg-accent-600 px-4 py-2 text-sm font-semibold text-white dark:bg-accent-400 dark:text-stone-950"
        >
          New page
        </Link>
      </p>
      <nav aria-label="Filter by status" className="mb-4">
        <ul className="flex flex-wrap gap-1 text-sm">
          {(Object.keys(TABS) as (keyof typeof TABS)[]).map((tab) => (
            <li key={tab}>
              <Link
                href={tab === 'all' ? '/admin/pages' : '/admin/pages?status=trashed'}
                aria-current={tab === status ? 'page' : undefined}
                className="inline-block rounded px-3 py-1 hover:bg-stone-200 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:hover:bg-stone-800 dark:aria-[current=page]:bg-stone-100 dark:aria-[current=page]:text-stone-900"
              >
                {TABS[tab]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <PostsBulkList
        kind="page"
        posts={rows}
        showAuthor={allPages}
        inTrash={status === 'trashed'}
        action={bulkPagesAction}
        emptyText={status === 'trashed' ? 'The trash is empty.' : 'No pages yet.'}
      />
    </>
  );
}
