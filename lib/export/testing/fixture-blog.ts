import sharp from 'sharp';
import { createUser } from '@/db/queries/users';
import { insertComment } from '@/db/queries/comments';
import { insertMediaRenditions } from '@/db/queries/media';
import { insertPost } from '@/db/queries/posts';
import { writeSettings } from '@/db/queries/settings';
import { addSubscription, findOrCreateSubscriber } from '@/db/queries/subscriptions';
import { sqlite } from '@/db/client';
import { renderCommentText } from '@/lib/content/comment-text';
import { preparePostContent } from '@/lib/content/prepare';

// A small blog with every case the exports must carry: a quote figure with its source, labels
// with odd characters, `]]>` in a body, a draft, a scheduled and a trashed post, a page with a
// comment, a comment thread three deep, a spam, a pending and a trashed comment, a redirect and
// an image. For the export tests against a real SQLite file (migrated by the test first).

export const ODD_TITLE = 'Quotes & “curly” <tags> — naïve café ]]> done';
export const CDATA_BODY = '<p>Code: <code>a[b[0]]&gt;c</code> and the text ]]&gt; inside.</p>';

export const QUOTE_HTML =
  '<figure><blockquote cite="https://example.org/review"><p>A quotation is a loan.</p><p>Pay it back.</p></blockquote>' +
  '<figcaption>— <cite>Marian Achterberg, “On Borrowed Light”</cite></figcaption></figure>';

export interface FixtureBlog {
  ownerId: number;
  authorId: number;
  posts: { quoted: number; odd: number; draft: number; scheduled: number; trashed: number };
  pageId: number;
  imageHash: string;
  comments: { top: number; reply: number; replyToReply: number; spam: number; pending: number; trashed: number; onPage: number };
}

export async function buildFixtureBlog(): Promise<FixtureBlog> {
  await writeSettings({ title: 'Field Notes: “Quotes”', description: 'Kept & argued with', timeZone: 'Europe/Paris' });
  const owner = await createUser({
    email: 'Owner@Example.com',
    name: 'Olive Owner',
    passwordHash: 'argon2-secret-hash-owner',
    role: 'admin',
  });
  const author = await createUser({
    email: 'ann@example.com',
    name: 'Ann “Quill” Author',
    passwordHash: 'argon2-secret-hash-ann',
    role: 'author',
  });

  const image = await sharp({ create: { width: 40, height: 20, channels: 3, background: { r: 10, g: 120, b: 200 } } })
    .webp()
    .toBuffer();
  const imageHash = 'a'.repeat(64);
  const small = await sharp(image).resize(20).webp().toBuffer();
  await insertMediaRenditions([
    { hash: imageHash, width: 40, height: 20, mimeType: 'image/webp', bytes: image, alt: 'A blue band', uploadedBy: owner.id },
    { hash: imageHash, width: 20, height: 10, mimeType: 'image/webp', bytes: small, alt: 'A blue band', uploadedBy: owner.id },
  ]);

  const at = (iso: string) => new Date(iso);
  const post = async (
    slug: string,
    title: string,
    html: string,
    status: 'draft' | 'scheduled' | 'published',
    publishedAt: Date | null,
    labels: { name: string; slug: string }[],
    authorId = owner.id,
  ) => (await insertPost({ slug, title, ...preparePostContent(html), authorId, status, publishedAt, labels })).id;

  const quoted = await post(
    'on-borrowed-light',
    'On borrowed light',
    `<p>Before the quote.</p>${QUOTE_HTML}<p>After, with <a href="https://example.org/x">a link</a> and <img src="/media/${imageHash}/40.webp" alt="A blue band" width="40" height="20">.</p>`,
    'published',
    at('2024-05-01T08:30:00.000Z'),
    [
      { name: 'Quotes', slug: 'quotes' },
      { name: 'Rock & Roll', slug: 'rock-roll' },
    ],
  );
  const odd = await post('odd-characters', ODD_TITLE, CDATA_BODY, 'published', at('2024-06-15T23:45:00.000Z'), [
    { name: 'Ça & “là” <b>', slug: 'ca-la-b' },
  ]);
  const draft = await post(
    'a-draft',
    'A draft',
    '<p>Not yet.</p>',
    'draft',
    null,
    [{ name: 'Quotes', slug: 'quotes' }],
    author.id,
  );
  const scheduled = await post('coming-soon', 'Coming soon', '<p>Later.</p>', 'scheduled', at('2030-01-01T09:00:00.000Z'), []);
  const trashed = await post('thrown-away', 'Thrown away', '<p>Gone.</p>', 'published', at('2023-01-01T00:00:00.000Z'), []);
  await sqlite.execute({ sql: "update posts set status = 'trashed', trashed_at = ? where id = ?", args: [Date.now(), trashed] });
  const pageId = await post(
    'about',
    'About this blog',
    '<h2>Who</h2><p>Me, mostly.</p>',
    'published',
    at('2024-01-01T12:00:00.000Z'),
    [],
  );
  await sqlite.execute({ sql: "update posts set kind = 'page' where id = ?", args: [pageId] });
  await sqlite.execute({
    sql: 'insert into legacy_redirects (from_path, post_id) values (?, ?), (?, ?)',
    args: ['/2024/05/on-borrowed-light.html', quoted, '/posts/borrowed-light', quoted],
  });

  const comment = async (
    postId: number,
    body: string,
    status: 'approved' | 'pending' | 'spam' | 'trash',
    createdAt: string,
    parentId: number | null = null,
    extra: { authorEmail?: string; authorUrl?: string; userId?: number } = {},
  ) =>
    (
      await insertComment({
        postId,
        parentId,
        authorName: extra.userId ? 'Olive Owner' : 'Rea Der',
        bodySource: body,
        bodyHtml: renderCommentText(body),
        status,
        createdAt: at(createdAt),
        approvedAt: status === 'approved' ? at(createdAt) : null,
        ...extra,
      })
    ).id;

  const top = await comment(
    quoted,
    'First!\n\n> A quotation is a loan.\n\nAgreed, see https://example.net/a?b=1&c=2',
    'approved',
    '2024-05-01T09:00:00.000Z',
    null,
    {
      authorEmail: 'rea@example.net',
      authorUrl: 'https://rea.example.net/',
    },
  );
  const reply = await comment(quoted, 'A reply with <b>tags</b> & ]]> in it', 'approved', '2024-05-01T10:00:00.000Z', top, {
    userId: owner.id,
  });
  const replyToReply = await comment(quoted, 'Deeper still.', 'approved', '2024-05-01T11:00:00.000Z', reply);
  const spam = await comment(quoted, 'Buy cheap pills https://spam.example', 'spam', '2024-05-02T00:00:00.000Z');
  const pending = await comment(odd, 'Waiting for a nod.', 'pending', '2024-06-16T08:00:00.000Z');
  const trashedComment = await comment(odd, 'Thrown out.', 'trash', '2024-06-16T09:00:00.000Z');
  const onPage = await comment(pageId, 'Nice page.', 'approved', '2024-01-02T12:00:00.000Z');
  // A reader who asked to hear about replies to their comment (docs/email.md).
  const subscriber = await findOrCreateSubscriber('reader@example.com');
  await addSubscription({ subscriberId: subscriber.id, postId: quoted, commentId: top });

  return {
    ownerId: owner.id,
    authorId: author.id,
    posts: { quoted, odd, draft, scheduled, trashed },
    pageId,
    imageHash,
    comments: { top, reply, replyToReply, spam, pending, trashed: trashedComment, onPage },
  };
}
