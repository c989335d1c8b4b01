import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { accounts } from './support/accounts';
import { seriousViolations } from './support/axe';
import { signIn } from './support/session';

// The owner downloads both exports from the panel, as a person does: a real download in Chromium,
// then the files are opened as WordPress and an unzip tool would open them. An author is refused.

/** The text of every element with this name in a WXR file, read with a streaming XML parser. */
function textsOf(xml: string, name: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const found: string[] = [];
  let current: string | null = null;
  parser.on('opentag', (tag) => void (current = tag.name === name ? '' : current));
  parser.on('text', (text) => void (current !== null && (current += text)));
  parser.on('cdata', (text) => void (current !== null && (current += text)));
  parser.on('closetag', (tag) => {
    if (tag.name === name && current !== null) found.push(current);
    if (tag.name === name) current = null;
  });
  parser.write(xml).close();
  return found;
}

function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(parts));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('the owner downloads the WordPress file and the zip from the export panel', async ({ page }) => {
  await signIn(page, accounts.owner);
  await page.goto('/admin/import');
  const panel = page.getByRole('region', { name: 'Export' });
  await expect(panel.getByRole('link', { name: 'Download for WordPress (WXR)' })).toHaveAccessibleDescription(
    /categories, comments with their replies/,
  );
  expect(await seriousViolations(page)).toEqual([]);

  const [wxrDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'Download for WordPress (WXR)' }).click(),
  ]);
  expect(wxrDownload.suggestedFilename()).toMatch(/^[a-z0-9-]+-wordpress-\d{4}-\d{2}-\d{2}\.xml$/);
  const xml = fs.readFileSync(await wxrDownload.path(), 'utf8');
  expect(textsOf(xml, 'wp:wxr_version')).toEqual(['1.2']);
  expect(textsOf(xml, 'title')).toContain('Welcome to Inkwell');
  expect(textsOf(xml, 'wp:post_type')).toContain('post');
  expect(textsOf(xml, 'wp:cat_name')).toContain('Archive test');
  expect(textsOf(xml, 'wp:comment_content').length).toBeGreaterThan(0);
  expect(textsOf(xml, 'wp:author_email')).toContain(accounts.owner.email);

  const [zipDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'Download everything (zip)' }).click(),
  ]);
  expect(zipDownload.suggestedFilename()).toMatch(/^[a-z0-9-]+-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = await readZip(await zipDownload.path());
  expect([...entries.keys()]).toEqual(expect.arrayContaining(['README.txt', 'blog.json', 'posts/welcome-to-inkwell.md']));
  expect(entries.get('posts/welcome-to-inkwell.md')!.toString()).toMatch(/^---\ntitle: "Welcome to Inkwell"\n/);
  const backup = JSON.parse(entries.get('blog.json')!.toString());
  expect(backup.posts.map((p: { slug: string }) => p.slug)).toContain('welcome-to-inkwell');
  expect(backup.users.map((u: { email: string }) => u.email)).toContain(accounts.owner.email);
  expect(entries.get('blog.json')!.toString()).not.toMatch(/password_?hash|\$argon2/i);
});

test('an author cannot download an export, and a signed-out visitor is sent to sign in', async ({
  page,
  playwright,
  baseURL,
}) => {
  await signIn(page, accounts.author);
  for (const format of ['wxr', 'zip']) {
    const response = await page.request.get(`/admin/export/${format}`, { maxRedirects: 0 });
    expect(response.status()).toBe(403);
    expect(await response.text()).toBe('You do not have permission to do that.');
  }
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get('/admin/export/zip', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/login\?callbackUrl=%2Fadmin%2Fexport%2Fzip/);
  await anonymous.dispose();
});
