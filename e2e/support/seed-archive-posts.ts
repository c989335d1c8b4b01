import { createClient } from '@libsql/client';

// Twelve extra published posts labelled "Archive test", all in March 2021, so that a label page
// and an archive month have more posts than one page holds (postsPerPage defaults to 10).
// They are written before the build (reader pages are prerendered from the database) and are
// older than the welcome posts, so the home page still starts with those.

export const ARCHIVE_TEST_LABEL = { name: 'Archive test', slug: 'archive-test' };
export const ARCHIVE_TEST_MONTH = { year: 2021, month: '03' };
export const ARCHIVE_TEST_POST_COUNT = 12;

export async function seedArchiveTestPosts(databaseUrl: string) {
  const db = createClient({ url: databaseUrl });
  try {
    const author = await db.execute("select id from users where email = 'welcome@inkwell.invalid'");
    const authorId = Number(author.rows[0].id);
    const label = await db.execute({
      sql: 'insert into labels (name, slug) values (?, ?) returning id',
      args: [ARCHIVE_TEST_LABEL.name, ARCHIVE_TEST_LABEL.slug],
    });
    const labelId = Number(label.rows[0].id);
    for (let i = 1; i <= ARCHIVE_TEST_POST_COUNT; i++) {
      const text = `Archive test post number ${i}, written to fill more than one page of a list.`;
      const publishedAt = Date.UTC(2021, 2, 1 + 2 * i, 12);
      const post = await db.execute({
        sql: `insert into posts (slug, title, content_html, content_text, word_count, excerpt, status, author_id, published_at, created_at, updated_at)
              values (?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?) returning id`,
        args: [
          `archive-test-${i}`,
          `Archive test ${i}`,
          `<p>${text}</p>`,
          text,
          text.split(' ').length,
          text,
          authorId,
          publishedAt,
          publishedAt,
          publishedAt,
        ],
      });
      // The FTS triggers index the post as it is inserted.
      await db.execute({ sql: 'insert into post_labels (post_id, label_id) values (?, ?)', args: [post.rows[0].id, labelId] });
    }
  } finally {
    db.close();
  }
}
