import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/PageHeader';
import { PostTable } from '@/components/admin/PostTable';
import { listEditablePosts } from '@/db/queries/posts';
import { can, canEditPost } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Posts' };

// A plain list until the editor arrives (issue 5 replaces this page).
export default async function PostsPage() {
  const user = await requirePermission('writePosts', '/admin/posts');
  const allPosts = can(user, 'manageAllPosts');
  const posts = await listEditablePosts({ authorId: allPosts ? undefined : user.id });

  return (
    <>
      <PageHeader title="Posts">
        <p>{allPosts ? 'Every post on the blog.' : 'Your posts.'}</p>
      </PageHeader>
      {/* The query already narrows the list; the rule is applied again so the two cannot drift apart. */}
      <PostTable posts={posts.filter((post) => canEditPost(user, post))} showAuthor={allPosts} />
    </>
  );
}
