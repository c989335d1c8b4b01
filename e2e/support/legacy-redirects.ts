import { e2eDatabase } from './db';

// Until the importer (lib/import/run.ts) writes legacy_redirects rows in the e2e run, specs put the
// rows an import would write straight into the table: an old path → a post made by the app. Only
// the rows: the posts, comments and labels they lead to come from the app and its seed.

/** Records that `fromPath` on the old blog was the post now at `slug`. Returns the post's id. */
export async function addLegacyRedirect(fromPath: string, slug: string): Promise<number> {
  const db = e2eDatabase();
  try {
    const { rows } = await db.execute({ sql: 'select id from posts where slug = ?', args: [slug] });
    if (rows.length === 0) throw new Error(`No post at ${slug}`);
    const postId = Number(rows[0].id);
    await db.execute({
      sql: 'insert into legacy_redirects (from_path, post_id) values (?, ?) on conflict (from_path) do update set post_id = excluded.post_id',
      args: [fromPath, postId],
    });
    return postId;
  } finally {
    db.close();
  }
}

export async function removeLegacyRedirects(fromPaths: string[]) {
  const db = e2eDatabase();
  try {
    for (const fromPath of fromPaths)
      await db.execute({ sql: 'delete from legacy_redirects where from_path = ?', args: [fromPath] });
  } finally {
    db.close();
  }
}

/** A post's first approved comment: its id and the time Blogger's `?showComment=` names it by. */
export async function firstApprovedComment(slug: string): Promise<{ id: number; createdAt: number }> {
  const db = e2eDatabase();
  try {
    const { rows } = await db.execute({
      sql: `select c.id, c.created_at from comments c join posts p on p.id = c.post_id
            where p.slug = ? and c.status = 'approved' order by c.id limit 1`,
      args: [slug],
    });
    if (rows.length === 0) throw new Error(`No approved comment on ${slug}`);
    return { id: Number(rows[0].id), createdAt: Number(rows[0].created_at) };
  } finally {
    db.close();
  }
}
