import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { seriousViolations } from './support/axe';
import { deleteAllPostsOf, deletePageTitled } from './support/posts';
import { root } from './support/server';
import { signIn, signedInPage } from './support/session';

// The admin's import journey on /admin/import: upload an export file, follow the progress bar to
// 100%, read the summary, download the redirects as CSV; and the answers for a file that is too
// large or is not an export. The importer is lib/import/run.ts (`runImport`).

const FIXTURE = path.join(root, 'e2e/fixtures/import/blogger-backup.xml');
// e2e/support/server.ts sets IMPORT_MAX_MB=5 for the suite.
const LIMIT_MB = 5;

test.beforeEach(async ({ page }) => {
  await signIn(page, accounts.owner);
});

// Reader specs count the blog's posts, and the pages spec its pages: remove the imported ones.
test.afterAll(async ({ browser }) => {
  await deleteAllPostsOf(browser, accounts.owner, 'upload');
  const owner = await signedInPage(browser, accounts.owner);
  await deletePageTitled(owner, 'About the upload journey');
  await owner.context().close();
});

test('an admin imports a Blogger backup: progress reaches 100%, the summary lists what was done, the redirects download', async ({
  page,
}) => {
  await page.goto('/admin/import');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Export file').setInputFiles(FIXTURE);
  await expect(page.getByLabel('Download images from the old blog')).not.toBeChecked();
  await page.getByRole('button', { name: 'Import' }).click();

  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('heading', { name: /Import finished/ })).toBeVisible({ timeout: 30_000 });
  await expect(progress).toHaveAttribute('value', '100');
  await expect(page.getByText(/100% · Finished/)).toBeVisible();

  const created = page.getByRole('table', { name: 'Created' });
  await expect(created.getByRole('row', { name: /Posts/ })).toContainText('2');
  await expect(created.getByRole('row', { name: /Comments/ })).toContainText('1');
  // The removed comment is skipped, with its reason.
  await expect(page.getByRole('heading', { name: /Skipped: \d+ item/ })).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /comment/ })
      .first(),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The old address is listed and answers with the post's new one.
  await expect(
    page.getByRole('listitem').filter({ hasText: '/2024/05/an-uploaded-first-post.html → /posts/an-uploaded-first-post' }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download redirects (CSV)' }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('from,to');
  expect(csv).toContain('"/2024/05/an-uploaded-first-post.html","/posts/an-uploaded-first-post"');

  const moved = await page.request.get('/2024/05/an-uploaded-first-post.html', { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toBe('/posts/an-uploaded-first-post');

  // Coming back to the page shows the last import's summary.
  await page.reload();
  await expect(page.getByRole('heading', { name: /Import finished/ })).toBeVisible();

  // The same file again creates nothing and says so.
  await page.getByLabel('Export file').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('table', { name: 'Already here, unchanged' }).getByRole('row', { name: /Posts/ })).toContainText(
    '2',
    {
      timeout: 30_000,
    },
  );
  await expect(page.getByRole('table', { name: 'Created' }).getByRole('row', { name: /Posts/ })).toContainText('0');
});

test('a file that is not an export is refused with what the importer says, and a file over the limit before it uploads', async ({
  page,
}) => {
  await page.goto('/admin/import');
  await page
    .getByLabel('Export file')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just some notes.') });
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: /Import stopped/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert').filter({ hasText: /./ }).last()).not.toBeEmpty();

  const large = Buffer.alloc((LIMIT_MB + 1) * 1024 * 1024, 'a');
  await page.getByLabel('Export file').setInputFiles({ name: 'huge.xml', mimeType: 'text/xml', buffer: large });
  await page.getByRole('button', { name: 'Import' }).click();
  const field = page.getByLabel('Export file');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(new RegExp(`larger than ${LIMIT_MB} MB`));

  // The server holds the same limit whatever the page does.
  const response = await page.request.post('/api/admin/import', {
    headers: { origin: new URL(page.url()).origin },
    multipart: { file: { name: 'huge.xml', mimeType: 'text/xml', buffer: large } },
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error).toMatch(new RegExp(`larger than ${LIMIT_MB} MB`));
});
