// The benchmark's database when the scale seed (npm run seed:scale) is not available: the
// welcome content, and 50 approved comments on one of its posts so the post scenario carries a
// comment section of that size. Prints what the scenarios need, in the seed's shape.
// Run with DATABASE_URL set: npx tsx --conditions=react-server bench/welcome-with-comments.ts
import { insertComment } from '@/db/queries/comments';
import { getPublishedPostBySlug } from '@/db/queries/posts';
import { renderCommentText } from '@/lib/content/comment-text';
import { prepareDatabase } from '../scripts/prepare-db';

const POST = 'the-art-of-the-quoted-passage';

async function main() {
  await prepareDatabase();
  const post = await getPublishedPostBySlug(POST);
  if (!post) throw new Error(`the welcome content has no post ${POST}`);
  const start = Date.now() - 50 * 3_600_000;
  for (let i = 0; i < 50; i++) {
    const body = `Comment ${i + 1}: the quoted passage reminded me of a letter I once kept. ${'A thought worth a line. '.repeat(4 + (i % 5))}`;
    const createdAt = new Date(start + i * 3_600_000);
    await insertComment({
      postId: post.id,
      authorName: `Reader ${i + 1}`,
      authorEmail: `reader${i + 1}@example.com`,
      bodySource: body,
      bodyHtml: renderCommentText(body),
      status: 'approved',
      createdAt,
      approvedAt: createdAt,
    });
  }
  const published = post.publishedAt ?? new Date();
  console.log(
    JSON.stringify({
      postWithComments: POST,
      label: 'quotes',
      searchTerm: 'quote',
      year: published.getUTCFullYear(),
      month: published.getUTCMonth() + 1,
    }),
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
