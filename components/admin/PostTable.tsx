import Link from 'next/link';
import type { EditablePost } from '@/db/queries/posts';

const updated = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

const STATUS_LABELS: Record<EditablePost['status'], string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
  trashed: 'In the trash',
};

export function PostTable({ posts, showAuthor }: { posts: EditablePost[]; showAuthor: boolean }) {
  if (posts.length === 0) {
    return <p className="text-stone-600 dark:text-stone-400">No posts yet.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 dark:border-stone-800">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Title</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            {showAuthor && <th scope="col" className="px-4 py-2 font-medium">Author</th>}
            <th scope="col" className="px-4 py-2 font-medium">Last edited</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
          {posts.map((post) => (
            <tr key={post.id}>
              <th scope="row" className="px-4 py-2 font-medium">
                {post.status === 'published' ? (
                  <Link href={`/posts/${post.slug}`} className="underline-offset-4 hover:underline">
                    {post.title}
                  </Link>
                ) : (
                  post.title
                )}
              </th>
              <td className="px-4 py-2">{STATUS_LABELS[post.status]}</td>
              {showAuthor && <td className="px-4 py-2">{post.authorName}</td>}
              <td className="px-4 py-2">
                <time dateTime={post.updatedAt.toISOString()}>{updated.format(post.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
