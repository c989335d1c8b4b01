import { randomBytes } from 'node:crypto';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { hashPassword } from '@/lib/auth/password';
import { slugify } from '@/lib/content/slug';
import { countWords, makeExcerpt } from '@/lib/content/text';
import { DAY_MS } from '@/lib/time';
import {
  SEARCH_TERM,
  commentHtml,
  commentSource,
  createRandom,
  personName,
  postBody,
  title,
  zipfIndex,
  type Random,
} from './scale-text';

// `npm run seed:scale`: fills a migrated database (scripts/prepare-db.ts) with a big, realistic
// blog for benchmarks and the growth checks (docs/scale.md). It writes through the real schema,
// so the FTS triggers of migration 0001 (and any maintained count) run for every row, but with
// node:sqlite's synchronous prepared statements in large transactions instead of the app's libsql
// client: one await per row would take many minutes for a million comments.
//
// Never run it while this process holds the same file open through libsql (db/client.ts): two
// SQLite libraries in one process do not see each other's POSIX locks, so closing one releases the
// other's, and the WAL can be checkpointed away under it (reads then fail as "malformed"). Close
// that connection first, as scripts/seed-scale.ts does, or seed from another process.

export interface ScaleSeedOptions {
  /** Path of the SQLite file, already migrated. */
  databaseFile: string;
  posts: number;
  comments: number;
  /** The same seed writes the same rows; 1 when not given. */
  seed?: number;
  /** Dates are laid out back from here (default: the start of the current UTC day). */
  now?: Date;
}

/** What a benchmark needs to find in the seeded blog. */
export interface ScaleSeedSummary {
  /** Slug of a published post with exactly 50 approved comments (and no others). */
  postWithComments: string;
  /** Slug of the most used label. */
  label: string;
  /** A word that matches many published posts. */
  searchTerm: string;
  /** An archive period with posts. */
  year: number;
  month: number;
}

const LABEL_COUNT = 200;
const FEATURED_COMMENTS = 50;
const YEARS = 10;
const POSTS_PER_TRANSACTION = 2_000;
const COMMENTS_PER_TRANSACTION = 50_000;
// The busiest threads stop here: a post page renders all its approved comments.
const MAX_COMMENTS_PER_POST = 400;
const COMMENT_POOL = 4_000;

interface SeededPost {
  id: number;
  publishedAt: number;
}

export async function seedScale({ databaseFile, posts, comments, seed = 1, now }: ScaleSeedOptions): Promise<ScaleSeedSummary> {
  if (posts < 1) throw new Error('seedScale: at least one post');
  if (comments < FEATURED_COMMENTS) throw new Error(`seedScale: at least ${FEATURED_COMMENTS} comments`);
  const anchor = now?.getTime() ?? Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const random = createRandom(seed);
  // Hashed once for every made-up author: they are disabled and can never sign in.
  const passwordHash = await hashPassword(randomBytes(32).toString('hex'));

  const database = new DatabaseSync(databaseFile);
  try {
    database.exec(`PRAGMA busy_timeout = 5000; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY`);
    const transaction = (work: () => void) => {
      database.exec('BEGIN IMMEDIATE');
      try {
        work();
        database.exec('COMMIT');
      } catch (error) {
        database.exec('ROLLBACK');
        throw error;
      }
    };

    const authorIds: number[] = [];
    const labelIds: { id: number; slug: string }[] = [];
    transaction(() => {
      const insertUser = database.prepare(
        `INSERT INTO users (email, name, password_hash, role, disabled_at, created_at) VALUES (?, ?, ?, 'author', ?, ?)
         ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`,
      );
      for (let i = 1; i <= 5; i++) {
        const row = insertUser.get(`scale-author-${i}@inkwell.invalid`, personName(random), passwordHash, anchor, anchor) as {
          id: number;
        };
        authorIds.push(row.id);
      }
      labelIds.push(...seedLabels(database, random));
    });

    const { published, featured } = seedPosts(database, transaction, random, { count: posts, anchor, authorIds, labelIds });
    seedComments(database, transaction, random, { count: comments, published, featured, anchor });
    database.exec('PRAGMA wal_checkpoint(TRUNCATE)');

    const featuredRow = database.prepare('SELECT slug, published_at FROM posts WHERE id = ?').get(featured.id) as {
      slug: string;
      published_at: number;
    };
    const period = new Date(featuredRow.published_at);
    return {
      postWithComments: featuredRow.slug,
      label: labelIds[0].slug,
      searchTerm: SEARCH_TERM,
      year: period.getUTCFullYear(),
      month: period.getUTCMonth() + 1,
    };
  } finally {
    database.close();
  }
}

/** About 200 labels, the first the most used (labels are then picked with Zipf-like weights). */
function seedLabels(database: DatabaseSync, random: Random) {
  const insertLabel = database.prepare('INSERT INTO labels (name, slug) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING id');
  const findLabel = database.prepare('SELECT id FROM labels WHERE slug = ?');
  const labels: { id: number; slug: string }[] = [];
  const seen = new Set<string>();
  while (labels.length < LABEL_COUNT) {
    const name = title(random).split(' ').slice(0, random.int(1, 2)).join(' ');
    const slug = slugify(name);
    if (seen.has(slug) || name.length < 3) continue;
    seen.add(slug);
    const row = (insertLabel.get(name, slug) ?? findLabel.get(slug)) as { id: number } | undefined;
    if (row) labels.push({ id: row.id, slug });
  }
  return labels;
}

function seedPosts(
  database: DatabaseSync,
  transaction: (work: () => void) => void,
  random: Random,
  { count, anchor, authorIds, labelIds }: { count: number; anchor: number; authorIds: number[]; labelIds: { id: number }[] },
) {
  const insertPost = database.prepare(
    `INSERT INTO posts (slug, kind, title, content_html, content_text, word_count, excerpt, status, author_id,
       published_at, version, comments_open, created_at, updated_at)
     VALUES (?, 'post', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const insertPostLabel = database.prepare('INSERT INTO post_labels (post_id, label_id) VALUES (?, ?)');
  const span = YEARS * 365 * DAY_MS;
  const newest = anchor - 3_600_000;
  const published: SeededPost[] = [];
  let previousAt = newest - span;

  for (let start = 0; start < count; start += POSTS_PER_TRANSACTION) {
    transaction(() => {
      for (let n = start; n < Math.min(count, start + POSTS_PER_TRANSACTION); n++) {
        // Oldest first, as a blog is written; every few hundred posts two share a publication time
        // (imports do that), which keyset pagination has to get right.
        const evenAt = newest - span + Math.floor((span * (n + 1)) / count);
        const jitter = Math.floor(random.next() * Math.min(span / count, DAY_MS) * 0.8);
        const at = n > 0 && n % 397 === 0 ? previousAt : Math.max(previousAt, evenAt - jitter);
        previousAt = at;
        const roll = random.next();
        const status = n === count - 1 || roll < 0.95 ? 'published' : roll < 0.98 ? 'draft' : 'scheduled';
        const publishedAt = status === 'published' ? at : status === 'scheduled' ? anchor + random.int(1, 60) * DAY_MS : null;
        const withTerm = random.chance(0.1);
        const postTitle = title(random, withTerm && random.chance(0.2) ? SEARCH_TERM : undefined);
        const body = postBody(random, random.int(2_000, 8_000), withTerm ? SEARCH_TERM : undefined);
        const slug = `${slugify(postTitle, 60)}-${n + 1}`;
        const { lastInsertRowid } = insertPost.run(
          slug,
          postTitle,
          body.html,
          body.text,
          countWords(body.text),
          makeExcerpt(body.text),
          status,
          authorIds[zipfIndex(random, authorIds.length)],
          publishedAt,
          random.chance(0.9) ? 1 : 0,
          at,
          at,
        );
        const id = Number(lastInsertRowid);
        const chosen = new Set<number>();
        for (let k = random.int(1, 3); k > 0; k--) chosen.add(labelIds[zipfIndex(random, labelIds.length)].id);
        for (const labelId of chosen) insertPostLabel.run(id, labelId);
        if (status === 'published') published.push({ id, publishedAt: at });
      }
    });
  }
  // The newest post is the one with exactly 50 comments: on the home page and in the newest archive month.
  const featured = published[published.length - 1];
  database.prepare('UPDATE posts SET comments_open = 1 WHERE id = ?').run(featured.id);
  return { published, featured };
}

function seedComments(
  database: DatabaseSync,
  transaction: (work: () => void) => void,
  random: Random,
  { count, published, featured, anchor }: { count: number; published: SeededPost[]; featured: SeededPost; anchor: number },
) {
  const insertComment = database.prepare(
    `INSERT INTO comments (post_id, parent_id, author_name, author_email, body_source, body_html, status, created_at,
       approved_at, status_changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // A pool of bodies: the text of comments is not searched, so variety matters less than speed.
  const pool = Array.from({ length: COMMENT_POOL }, () => {
    const source = commentSource(random);
    return { source, html: commentHtml(source) };
  });

  const perPost = commentsPerPost(random, published, count);
  let postIndex = 0;
  let written = 0;
  while (written < count) {
    transaction(() => {
      let inBatch = 0;
      while (inBatch < COMMENTS_PER_TRANSACTION && postIndex < published.length) {
        const post = published[postIndex];
        const howMany = perPost[postIndex++];
        if (howMany === 0) continue;
        writeThread(insertComment, random, pool, { post, howMany, allApproved: post === featured, anchor });
        inBatch += howMany;
        written += howMany;
      }
    });
  }
}

/** How many comments each published post gets: log-normal-ish, capped, summing to `count`. */
function commentsPerPost(random: Random, published: SeededPost[], count: number): number[] {
  const others = published.length - 1;
  const rest = count - FEATURED_COMMENTS;
  const perPost = new Array<number>(published.length).fill(0);
  perPost[published.length - 1] = FEATURED_COMMENTS;
  if (others === 0) {
    if (rest > 0) throw new Error('seedScale: more comments than one post can take');
    return perPost;
  }
  if (rest > others * MAX_COMMENTS_PER_POST) throw new Error('seedScale: too many comments for the posts');
  const weights = Array.from({ length: others }, () => Math.exp(1.2 * gaussian(random)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let assigned = 0;
  for (let i = 0; i < others; i++) {
    const share = Math.min(MAX_COMMENTS_PER_POST, Math.floor((weights[i] / total) * rest));
    perPost[i] = share;
    assigned += share;
  }
  // What rounding and the cap left over goes one by one to random posts with room.
  while (assigned < rest) {
    const i = Math.floor(random.next() * others);
    if (perPost[i] < MAX_COMMENTS_PER_POST) {
      perPost[i]++;
      assigned++;
    }
  }
  return perPost;
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

function writeThread(
  insertComment: StatementSync,
  random: Random,
  pool: { source: string; html: string }[],
  { post, howMany, allApproved, anchor }: { post: SeededPost; howMany: number; allApproved: boolean; anchor: number },
) {
  const ids: number[] = [];
  // A thread runs over the weeks after publication, and never past the seed's "now".
  const window = Math.min(60 * DAY_MS, anchor - post.publishedAt);
  const meanStep = window / (howMany + 1);
  let at = post.publishedAt;
  for (let i = 0; i < howMany; i++) {
    at = Math.min(anchor, at + Math.max(1_000, Math.floor(random.next() * 2 * meanStep)));
    const roll = random.next();
    const status = allApproved || roll < 0.92 ? 'approved' : roll < 0.97 ? 'pending' : roll < 0.99 ? 'spam' : 'trash';
    // About one comment in five answers an earlier one on the same post.
    const parentId = ids.length > 0 && random.chance(0.2) ? ids[Math.floor(random.next() * ids.length)] : null;
    const body = pool[Math.floor(random.next() * pool.length)];
    const name = personName(random);
    const { lastInsertRowid } = insertComment.run(
      post.id,
      parentId,
      name,
      random.chance(0.6) ? `${slugify(name)}@example.com` : null,
      body.source,
      body.html,
      status,
      at,
      status === 'approved' ? at : null,
      status === 'spam' || status === 'trash' ? at : null,
    );
    if (status === 'approved') ids.push(Number(lastInsertRowid));
  }
}
