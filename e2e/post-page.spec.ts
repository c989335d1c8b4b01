import { devices, expect, test } from '@playwright/test';
import { e2eDatabase } from './support/db';

const QUOTE_POST = '/posts/the-art-of-the-quoted-passage';

test('a long post has a table of contents that jumps to its sections', async ({ page }) => {
  await page.goto(QUOTE_POST);
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc.getByRole('link')).toHaveText([
    'Why quote at length',
    'An example',
    'What the passage teaches',
    'A short checklist',
  ]);
  await toc.getByRole('link', { name: 'A short checklist' }).click();
  await expect(page).toHaveURL(/#a-short-checklist$/);
  await expect(page.getByRole('heading', { name: 'A short checklist' })).toBeInViewport();
});

test('a short post has no table of contents', async ({ page }) => {
  await page.goto('/posts/a-reading-list-for-writers');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toHaveCount(0);
});

test('a reader copies a link to a quote, and the link leads to it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(QUOTE_POST);
  await page.getByRole('button', { name: 'Copy link to this quote' }).first().click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${QUOTE_POST}#quote-1`);

  await page.goto(copied);
  await expect(page.locator('blockquote#quote-1')).toBeInViewport();
});

test('a reader moves to the newer and older posts, and sees related and popular posts', async ({ page }) => {
  await page.goto(QUOTE_POST);
  const nav = page.getByRole('navigation', { name: 'Newer and older posts' });
  await expect(nav.getByRole('link', { name: /Newer post/ })).toContainText('Welcome to Inkwell');
  await nav.getByRole('link', { name: /Older post/ }).click();
  await expect(page.getByRole('heading', { level: 1 }).filter({ visible: true })).toHaveText('Comments that add something');

  await page.goto(QUOTE_POST);
  const more = page.getByRole('complementary', { name: 'More posts' });
  // Shares "Writing" with the reading list; shares nothing with the welcome post.
  const related = more.getByRole('region', { name: 'Related posts' });
  await expect(related.getByRole('link', { name: 'A reading list for writers' })).toBeVisible();
  await expect(related.getByRole('link', { name: 'Welcome to Inkwell' })).toHaveCount(0);
  const popular = more.getByRole('region', { name: 'Popular posts' });
  await expect(popular.getByRole('listitem').first()).toBeVisible();
  await expect(popular.getByRole('link', { name: 'The art of the quoted passage' })).toHaveCount(0);
});

test('share links carry the post address; copy link says it copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(QUOTE_POST);
  const share = page.getByRole('region', { name: 'Share this post' });
  // The public address (SITE_URL or the site URL setting), the same one the canonical link gives.
  const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  expect(url).toMatch(/\/posts\/the-art-of-the-quoted-passage$/);
  await expect(share.getByRole('link', { name: 'Email' })).toHaveAttribute(
    'href',
    new RegExp(`^mailto:.*${encodeURIComponent(url)}`),
  );
  await expect(share.getByRole('link', { name: /Bluesky/ })).toHaveAttribute('href', /^https:\/\/bsky\.app\//);
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test('opening a post counts one view for Popular posts; bots are not counted', async ({ browser, request }) => {
  // A reader seen for the first time today: a view is counted once per reader (address and browser) per day.
  const context = await browser.newContext({ userAgent: `${devices['Desktop Chrome'].userAgent} first-visit/${Date.now()}` });
  const page = await context.newPage();
  const db = e2eDatabase();
  const views = async () => {
    const { rows } = await db.execute(
      "select coalesce(sum(v.views), 0) as n from post_views v join posts p on p.id = v.post_id where p.slug = 'comments-that-add-something'",
    );
    return Number(rows[0].n);
  };
  const before = await views();
  const beacon = page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST');
  await page.goto('/posts/comments-that-add-something');
  await beacon;
  await expect.poll(views).toBe(before + 1);
  // Opening it again the same day counts nothing more.
  const again = page.waitForResponse((r) => r.url().endsWith('/api/views'));
  await page.reload();
  expect((await again).status()).toBe(204);
  expect(await views()).toBe(before + 1);
  await context.close();

  const bot = await request.post('/api/views', {
    data: { slug: 'comments-that-add-something' },
    headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
  });
  expect(bot.status()).toBe(204);
  expect(await views()).toBe(before + 1);
  expect((await request.post('/api/views', { data: { slug: 'no-such-post' } })).status()).toBe(404);
  expect((await request.post('/api/views', { data: 'nonsense' })).status()).toBe(400);
  db.close();
});

test('posts and the home page describe themselves to search engines and link previews', async ({ page, request, baseURL }) => {
  await page.goto(QUOTE_POST);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({
    '@type': 'BlogPosting',
    headline: 'The art of the quoted passage',
    author: { name: 'The Inkwell team' },
  });
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /^https?:\/\/.+\/posts\/the-art-of-the-quoted-passage$/,
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(/opengraph-image/);
  const image = await request.get(new URL(new URL(ogImage!).pathname + new URL(ogImage!).search, baseURL).toString());
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');

  await page.goto('/');
  const home = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(home['@type']).toBe('Blog');
  expect(home.blogPost.length).toBeGreaterThanOrEqual(4);
});

test('the dark mode toggle persists across visits without a flash of the light theme', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The saved theme is applied by the inline script before any paint: check at the first commit.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstTheme: string }).firstTheme = getComputedStyle(document.body).backgroundColor;
    });
  });
  await page.goto(QUOTE_POST);
  const firstBackground = await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme);
  expect(firstBackground).not.toBe('rgb(250, 250, 249)');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the home page paginates with stable addresses', async ({ page }) => {
  await page.goto('/');
  // 4 welcome posts and 12 older archive-test posts: two pages of 10.
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(10);
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toContainText('Page 1 of 2');
  await pagination.getByRole('link', { name: 'Older posts' }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.getByRole('main').getByRole('article').filter({ visible: true })).toHaveCount(6);
  await page
    .getByRole('navigation', { name: 'Pagination' })
    .filter({ visible: true })
    .getByRole('link', { name: 'Newer posts' })
    .click();
  await expect(page).toHaveURL(/\/$/);

  for (const missing of ['/page/1', '/page/3', '/page/02', '/page/two']) {
    expect((await page.goto(missing))?.status(), missing).toBe(404);
  }
});
