import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { deleteAllPostsOf, deletePageTitled } from './support/posts';
import { signedInPage } from './support/session';
import { root, serverEnv } from './support/server';

// An operator imports a WordPress export with the CLI while the blog is running: readers see the
// imported post at once, with its quote as a quote figure and its comments in their threads.
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

// The fixture's posts, and its page under a title of its own (the welcome content has an About too).
const IMPORTED_POSTS = ['On quoting & being quoted', 'Grüße', 'A draft about drafts', 'Coming soon'];
const IMPORTED_PAGE = 'About (imported)';

// Reader specs count the blog's posts, and the pages spec its pages: remove what the import made.
test.afterAll(async ({ browser }) => {
  for (const title of IMPORTED_POSTS) await deleteAllPostsOf(browser, accounts.owner, title);
  const owner = await signedInPage(browser, accounts.owner);
  await deletePageTitled(owner, IMPORTED_PAGE);
  await owner.context().close();
});

function importFile(file: string) {
  const port = Number(new URL(process.env.INKWELL_E2E_URL!).port);
  const result = spawnSync(tsx, ['--conditions=react-server', 'scripts/import.ts', file], {
    cwd: root,
    env: serverEnv(process.env.INKWELL_E2E_DATA_DIR!, port),
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

test('an imported post shows at once on the running blog, with its quote and threaded comments', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-e2e-import-'));
  const file = path.join(dir, 'export.xml');
  // Dated an hour ago, so it is the newest post on the home page the server has cached.
  const anHourAgo = new Date(Date.now() - 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
  fs.writeFileSync(
    file,
    fs
      .readFileSync(path.join(root, 'lib/import/fixtures/wordpress.xml'), 'utf8')
      .replaceAll('OLDHOST', 'old-blog.example')
      .replace('<title><![CDATA[About]]></title>', `<title><![CDATA[${IMPORTED_PAGE}]]></title>`)
      .replace(
        '<wp:post_date_gmt><![CDATA[2013-01-11 20:22:19]]></wp:post_date_gmt>',
        `<wp:post_date_gmt><![CDATA[${anHourAgo}]]></wp:post_date_gmt>`,
      ),
  );
  try {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'On quoting & being quoted' })).toHaveCount(0);

    const output = importFile(file);
    expect(output).toContain('Created: 4 posts, 1 page, 6 comments');
    expect(output).toMatch(/The running server on port \d+ refreshed/);

    // No restart, no wait: the cached home page was refreshed by the import.
    await page.goto('/');
    await page.getByRole('link', { name: 'On quoting & being quoted' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('On quoting & being quoted');

    const quote = page
      .locator('figure')
      .filter({ has: page.locator('blockquote') })
      .filter({ hasText: 'Albert Camus' });
    await expect(quote.locator('blockquote')).toContainText('become so absolutely free');
    await expect(quote.locator('figcaption')).toHaveText('— Albert Camus');

    // Ann's comment holds Rosa's reply, which holds Ann's answer; spam and held comments are not shown.
    const annThread = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('article', { name: 'Comment by Rosa Luxe' }) })
      .first();
    await expect(annThread.getByRole('article', { name: 'Comment by Ann Reader' }).first()).toContainText(
      'Lovely. See this essay',
    );
    await expect(annThread.getByRole('link', { name: 'https://camus.example.org/rebel' })).toBeVisible();
    const rosaThread = annThread
      .getByRole('listitem')
      .filter({ has: page.getByRole('article', { name: 'Comment by Rosa Luxe' }) });
    await expect(rosaThread.getByRole('article', { name: 'Comment by Ann Reader' })).toContainText('A reply to the reply');
    await expect(page.getByRole('article', { name: 'Comment by Cheap Pills' })).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Comment by Moderated Max' })).toHaveCount(0);

    // The same file again: nothing new, and the command says so.
    expect(importFile(file)).toContain('Nothing new: already imported: 4 posts, 1 page, 6 comments.');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
