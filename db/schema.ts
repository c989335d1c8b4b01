import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

// Timestamps are stored as integer milliseconds since the epoch.
const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const USER_ROLES = ['admin', 'author'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const POST_STATUSES = ['draft', 'scheduled', 'published', 'trashed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

// A page (About, Contact) is stored as a post of kind 'page': same editor, revisions and sanitizer,
// but outside the stream (no date in lists, no labels, no feeds). Reader lists filter kind = 'post'.
export const POST_KINDS = ['post', 'page'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // Stored lower-cased so sign-in and uniqueness ignore case.
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  bio: text('bio').notNull().default(''),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: USER_ROLES }).notNull().default('author'),
  disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  // Set by "create user" and "reset password": the temporary password must be replaced at the next sign-in.
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

// Sessions ended by "Sign out" before their token expired: a copied token is refused too.
// Rows are kept until the token would have expired anyway, then purged.
export const revokedSessions = sqliteTable(
  'revoked_sessions',
  {
    // The random session id the token carries (never the token itself).
    sessionId: text('session_id').primaryKey(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('revoked_sessions_expires_idx').on(t.expiresAt)],
);

// Links that work once and expire (first-run setup, later mail confirmations): only a hash is kept.
export const singleUseTokens = sqliteTable(
  'single_use_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: text('purpose').notNull(),
    // What the token acts on, when it names something (a user, a comment); JSON.
    subject: text('subject').notNull().default('{}'),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('single_use_tokens_purpose_idx').on(t.purpose, t.expiresAt)],
);

export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Content address: sha256 of the stored bytes, so the same image is stored once.
    hash: text('hash').notNull(),
    // One row per rendition, by its real width; the widest is the full-size image (lib/media).
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    mimeType: text('mime_type').notNull(),
    bytes: blob('bytes', { mode: 'buffer' }).notNull(),
    alt: text('alt').notNull().default(''),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('media_hash_width_idx').on(t.hash, t.width)],
);

export const posts = sqliteTable(
  'posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    kind: text('kind', { enum: POST_KINDS }).notNull().default('post'),
    title: text('title').notNull(),
    // Sanitized HTML, rendered as is on the post page.
    contentHtml: text('content_html').notNull().default(''),
    // Plain text of the body, kept for the search index and reading time.
    contentText: text('content_text').notNull().default(''),
    // Counted when the post is saved, so lists show reading time without loading bodies.
    wordCount: integer('word_count').notNull().default(0),
    excerpt: text('excerpt').notNull().default(''),
    status: text('status', { enum: POST_STATUSES }).notNull().default('draft'),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    coverMediaId: integer('cover_media_id').references(() => media.id, { onDelete: 'set null' }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    trashedAt: integer('trashed_at', { mode: 'timestamp_ms' }),
    // Optimistic concurrency: a save names the version it started from.
    version: integer('version').notNull().default(1),
    commentsOpen: integer('comments_open', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index('posts_status_published_idx').on(t.status, t.publishedAt),
    index('posts_kind_status_published_idx').on(t.kind, t.status, t.publishedAt),
    index('posts_author_idx').on(t.authorId),
    // What search ranks and filters by, so thousands of matches are ranked without reading a post
    // row (its status sits after the body, in overflow pages): db/queries/search.ts.
    index('posts_search_idx').on(t.id, t.status, t.kind, t.publishedAt, t.slug),
  ],
);

export const postRevisions = sqliteTable(
  'post_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    contentHtml: text('content_html').notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason', { enum: ['autosave', 'publish', 'restore'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('post_revisions_post_idx').on(t.postId, t.createdAt)],
);

export const labels = sqliteTable('labels', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  slug: text('slug').notNull().unique(),
  // Published posts (kind 'post') with this label, kept by the triggers of migration 0006 so the
  // label cloud and the path gate never count post_labels (docs/scale.md).
  publishedPostCount: integer('published_post_count').notNull().default(0),
});

// Counts kept by triggers (migration 0006) instead of counted per request: 'published_posts' is
// the number of published posts of kind 'post' (home's page count, the path gate's /page/N check).
export const readerCounts = sqliteTable('reader_counts', {
  name: text('name').primaryKey(),
  n: integer('n').notNull().default(0),
});

export const postLabels = sqliteTable(
  'post_labels',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    labelId: integer('label_id')
      .notNull()
      .references(() => labels.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.labelId] }), index('post_labels_label_idx').on(t.labelId)],
);

export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => comments.id, {
      onDelete: 'set null',
    }),
    // Set when a signed-in user wrote it (the post's author gets a badge).
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    authorEmail: text('author_email'),
    authorUrl: text('author_url'),
    // What the reader typed, and the escaped HTML rendered from it at write time.
    bodySource: text('body_source').notNull(),
    bodyHtml: text('body_html').notNull(),
    status: text('status', { enum: COMMENT_STATUSES }).notNull().default('pending'),
    // Salted hash: raw IP addresses are never stored.
    ipHash: text('ip_hash'),
    // Keyed hash of the commenter key the writer's browser holds: what makes a returning commenter
    // trusted (an email address can be typed by anyone). Null for signed-in writers and old comments.
    commenterKeyHash: text('commenter_key_hash'),
    createdAt: createdAt(),
    approvedAt: integer('approved_at', { mode: 'timestamp_ms' }),
    // When the status last changed: spam and trash are emptied 30 days after it.
    statusChangedAt: integer('status_changed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('comments_post_status_idx').on(t.postId, t.status, t.createdAt),
    index('comments_status_created_idx').on(t.status, t.createdAt),
    index('comments_commenter_key_idx').on(t.commenterKeyHash, t.status),
  ],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  // JSON-encoded value; lib/settings parses it with a schema.
  value: text('value').notNull(),
});

export const postViews = sqliteTable(
  'post_views',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    // UTC day, YYYY-MM-DD.
    day: text('day').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.day] }), index('post_views_day_idx').on(t.day)],
);

// Who has been counted today, so one reader adds at most one view per post per day. `visitor` is a
// keyed hash of address and user agent under a key that changes every day: never stored raw, and
// not linkable from one day to the next. Rows older than yesterday are purged.
export const postViewVisitors = sqliteTable(
  'post_view_visitors',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    visitor: text('visitor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.day, t.visitor] }), index('post_view_visitors_day_idx').on(t.day)],
);

export const legacyRedirects = sqliteTable('legacy_redirects', {
  // Path on the old blog, e.g. /2024/05/my-post.html
  fromPath: text('from_path').primaryKey(),
  postId: integer('post_id')
    .notNull()
    .references(() => posts.id, { onDelete: 'cascade' }),
});

// What an import brought in, by its id in the source file, so importing the same file again
// creates nothing new (and old comment anchors and `?p=ID` links can be mapped to new rows).
export const IMPORTED_ENTITIES = ['post', 'page', 'comment', 'label', 'user', 'media'] as const;
export const importedItems = sqliteTable(
  'imported_items',
  {
    // '<format>:<id in the file>', e.g. 'blogger:tag:blogger.com,1999:blog-1.post-2' or 'wxr:https://example.com:post:42'.
    externalId: text('external_id').primaryKey(),
    entity: text('entity', { enum: IMPORTED_ENTITIES }).notNull(),
    entityId: integer('entity_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('imported_items_entity_idx').on(t.entity, t.entityId)],
);

// Every email Inkwell sends, queued here and sent off the request path by the in-process worker
// (lib/mail/worker.ts). Without SMTP_URL a mail is written as 'kept' and never leaves: the outbox
// (/admin/outbox) shows it. A row is never deleted by the worker, so the outbox is also the log.
export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'kept', 'skipped'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export const mailQueue = sqliteTable(
  'mail_queue',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Fixed when queued: a retry after a crash carries the same Message-ID, so receivers can tell.
    messageId: text('message_id').notNull().unique(),
    // Lower-cased; what the per-address limits count.
    toAddress: text('to_address').notNull(),
    // What it is for (lib/mail/templates.ts): 'confirm', 'new-comment', 'reply', 'digest'…
    kind: text('kind').notNull(),
    // The comment a notification is about: a comment approved twice is still announced once.
    aboutCommentId: integer('about_comment_id'),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    // Extra headers (List-Unsubscribe…), JSON.
    headers: text('headers').notNull().default('{}'),
    status: text('status', { enum: MAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    // While 'sending': who holds it, and until when; an expired lease is taken back by a later claim.
    leaseId: text('lease_id'),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('mail_queue_due_idx').on(t.status, t.nextAttemptAt), index('mail_queue_to_idx').on(t.toAddress, t.createdAt)],
);

// An address a reader gave with "Email me when someone replies": confirmed by the link mailed to it
// (double opt-in), unsubscribed by the link in every mail. Deleting the row forgets the address.
export const mailSubscribers = sqliteTable('mail_subscribers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  // Lower-cased.
  email: text('email').notNull().unique(),
  confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
  unsubscribedAt: integer('unsubscribed_at', { mode: 'timestamp_ms' }),
  // At most one confirmation mail per address per hour.
  confirmationSentAt: integer('confirmation_sent_at', { mode: 'timestamp_ms' }),
  createdAt: createdAt(),
});

// What a subscriber asked to hear about: replies to one comment, or (commentId null) every new
// approved comment on a post.
export const mailSubscriptions = sqliteTable(
  'mail_subscriptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subscriberId: integer('subscriber_id')
      .notNull()
      .references(() => mailSubscribers.id, { onDelete: 'cascade' }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    commentId: integer('comment_id').references(() => comments.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_subscriptions_comment_idx').on(t.commentId),
    index('mail_subscriptions_post_idx').on(t.postId, t.commentId),
    index('mail_subscriptions_subscriber_idx').on(t.subscriberId),
  ],
);

export type User = typeof users.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type Label = typeof labels.$inferSelect;
export type Comment = typeof comments.$inferSelect;
