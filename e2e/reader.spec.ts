import { expect, test } from '@playwright/test';

test('a reader opens the home page and sees the newest posts first', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Inkwell');
  const articles = page.getByRole('main').getByRole('article');
  await expect(articles.first()).toBeVisible();
  expect(await articles.count()).toBeGreaterThanOrEqual(3);

  const dates = await articles.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort().reverse());

  const first = articles.first();
  await expect(first.getByRole('link', { name: 'Welcome to Inkwell' })).toBeVisible();
  await expect(first.getByRole('list', { name: 'Labels' })).toBeVisible();
});

test('a reader opens the post with the long quote and sees it as a quote with its source', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'The art of the quoted passage' }).click();

  await expect(page).toHaveURL(/\/posts\/the-art-of-the-quoted-passage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'The art of the quoted passage' })).toBeVisible();
  await expect(page.locator('article time[datetime]').filter({ visible: true }).first()).toBeVisible();
  // Client navigation keeps the previous page hidden in the DOM; look only at what is shown.
  await expect(page.getByText('by The Inkwell team').filter({ visible: true })).toBeVisible();

  const quote = page.locator('figure blockquote').filter({ visible: true }).first();
  await expect(quote).toBeVisible();
  expect(await quote.locator('p').count()).toBeGreaterThanOrEqual(3);
  await expect(quote).toHaveAttribute('cite', /^https:\/\//);
  await expect(page.locator('figure figcaption cite').filter({ visible: true }).first()).toBeVisible();

  // The quote is styled as a quote: a visible left rule.
  const border = await quote.evaluate((el) => getComputedStyle(el).borderLeftWidth);
  expect(parseFloat(border)).toBeGreaterThanOrEqual(3);
});

test('the welcome comments are shown, with a reply nested under its parent', async ({ page }) => {
  await page.goto('/posts/the-art-of-the-quoted-passage');
  const comments = page.getByRole('region', { name: /comments/ });
  await expect(comments.getByRole('heading', { name: '3 comments' })).toBeVisible();
  const nestedReply = comments.locator('li li article');
  await expect(nestedReply).toHaveCount(1);
});

test('an unknown post gives a 404 page', async ({ page }) => {
  const response = await page.goto('/posts/no-such-post');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the latest posts' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a browser that already has a page revalidates it for nothing, and gets it compressed', async ({ request }) => {
  const post = '/posts/the-art-of-the-quoted-passage';
  const first = await request.get(post, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(first.status()).toBe(200);
  // Brotli, as browsers ask for it (lib/http/etag.ts, scripts/serve.ts); Playwright decodes the body.
  expect(first.headers()['content-encoding']).toBe('br');
  expect(await first.text()).toContain('The art of the quoted passage');
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^W\/"/);

  const again = await request.get(post, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  // Another page is another version: sent in full.
  expect((await request.get('/', { headers: { 'If-None-Match': etag } })).status()).toBe(200);
});
