import { createClient } from '@libsql/client';
import { expect, test } from '@playwright/test';
import { freePort, serverEnv, startServer } from './support/server';

// A write made while the server is down (an import, a restore, a scheduled publish) must show
// after a restart, even on pages that were prerendered at build time.
test('a restarted server never serves a page older than the database', async ({ page }) => {
  const dataDir = process.env.INKWELL_E2E_DATA_DIR!;
  const slug = 'a-reading-list-for-writers';

  // The running server has this page cached.
  await page.goto(`/posts/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A reading list for writers');

  const port = await freePort();
  const db = createClient({ url: serverEnv(dataDir, port).DATABASE_URL! });
  await db.execute({ sql: 'update posts set title = ? where slug = ?', args: ['A reading list, revised', slug] });

  const restarted = await startServer(dataDir, port);
  try {
    await page.goto(`${restarted.url}/posts/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A reading list, revised');
  } finally {
    restarted.process.kill('SIGTERM');
    await db.execute({ sql: 'update posts set title = ? where slug = ?', args: ['A reading list for writers', slug] });
    db.close();
  }
});
