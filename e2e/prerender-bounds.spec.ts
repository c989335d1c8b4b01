import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { deleteAllPostsOf } from './support/posts';
import { signIn } from './support/session';

// The build prerenders a bounded set of each reader route (lib/reader/prerender.ts, docs/scale.md):
// every other page is rendered on its first request and must then be served from Next's cache like
// a prerendered one, not rendered again for every reader.

const author = accounts.author;
const title = `Written after the build ${Date.now()}`;

test.afterAll(async ({ browser }) => {
  await deleteAllPostsOf(browser, author, title);
});

test('a post published after the build is rendered once for its first reader, then served from the cache', async ({
  page,
  browser,
}) => {
  await signIn(page, author);
  await page.goto('/admin/posts/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  const body = page.getByRole('textbox', { name: 'Post body' });
  await body.click();
  await page.keyboard.type('Not in the build: this page exists only once someone asks for it.');
  await expect(page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes|Not saved)/ })).toHaveText('Saved', {
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.goto('about:blank');

  const reader = await browser.newContext();
  try {
    const readerPage = await reader.newPage();
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const first = await readerPage.goto(`/posts/${slug}`);
    expect(first?.status()).toBe(200);
    await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(title);

    // Every later reader gets the stored page: Next's cache answers, React does not render.
    for (let visit = 0; visit < 2; visit++) {
      const again = await readerPage.goto(`/posts/${slug}`);
      expect(again?.status()).toBe(200);
      expect(again?.headers()['x-nextjs-cache']).toBe('HIT');
      await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(title);
    }
  } finally {
    await reader.close();
  }
});
