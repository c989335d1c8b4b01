import 'server-only';
import { randomBytes } from 'node:crypto';
import { preparePostContent } from '@/lib/content/prepare';
import { renderCommentText } from '@/lib/content/comment-text';
import { slugify } from '@/lib/content/slug';
import { hashPassword } from '@/lib/auth/password';
import { DAY_MS } from '@/lib/time';
import { insertComment } from '../queries/comments';
import { inTransaction } from '../queries/transaction';
import { insertPost } from '../queries/posts';
import { readSetting, writeSetting } from '../queries/settings';
import { createUser, findUserByEmail } from '../queries/users';
import { WELCOME_POSTS } from './welcome-content';

const SEEDED_FLAG = 'welcomeContentSeeded';

// The welcome posts are signed by a built-in account that can never sign in
// (disabled, random password), so it neither claims ownership nor blocks first-run setup.
const WELCOME_AUTHOR = { email: 'welcome@inkwell.invalid', name: 'The Inkwell team' };

/**
 * Writes the welcome posts and comments on a new database, once. The flag stays set when the
 * owner deletes them, so they never come back.
 */
export async function seedWelcomeContent(now = new Date()): Promise<boolean> {
  if (await readSetting(SEEDED_FLAG)) return false;
  // Hashed before the transaction: argon2 takes a while, and a write transaction holds the lock.
  const passwordHash = await hashPassword(randomBytes(32).toString('hex'));

  // One transaction: a start interrupted half-way leaves no half-written welcome (the flag would
  // otherwise be missing and the next start would write the posts again, or fail on their slugs).
  return inTransaction(async (tx) => {
    if (await readSetting(SEEDED_FLAG, tx)) return false;
    const author =
      (await findUserByEmail(WELCOME_AUTHOR.email, tx)) ??
      (await createUser({ ...WELCOME_AUTHOR, role: 'author', disabled: true, passwordHash }, tx));

    for (const welcome of WELCOME_POSTS) {
      const publishedAt = new Date(now.getTime() - welcome.publishedDaysAgo * DAY_MS);
      const post = await insertPost(
        {
          slug: welcome.slug,
          title: welcome.title,
          ...preparePostContent(welcome.html),
          authorId: author.id,
          status: 'published',
          publishedAt,
          labels: welcome.labels.map((name) => ({ name, slug: slugify(name) })),
        },
        tx,
      );

      const idsByKey = new Map<string, number>();
      for (const comment of welcome.comments) {
        const createdAt = new Date(publishedAt.getTime() + comment.minutesAfter * 60_000);
        const { id } = await insertComment(
          {
            postId: post.id,
            parentId: comment.replyTo ? (idsByKey.get(comment.replyTo) ?? null) : null,
            authorName: comment.authorName,
            bodySource: comment.body,
            bodyHtml: renderCommentText(comment.body),
            status: 'approved',
            createdAt,
            approvedAt: createdAt,
          },
          tx,
        );
        idsByKey.set(comment.key, id);
      }
    }

    await writeSetting(SEEDED_FLAG, true, tx);
    return true;
  });
}
