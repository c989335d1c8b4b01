import { expect, test, type Page } from '@playwright/test';
import { ARCHIVE_TEST_LABEL, ARCHIVE_TEST_MONTH, ARCHIVE_TEST_POST_COUNT } from './support/seed-archive-posts';

// Client navigation keeps the previous page hidden in the DOM: look only at what is shown.
const main = (page: Page) => page.getByRole('main').filter({ visible: true });
const articles = (page: Page) => main(page).getByRole('article');

test('a reader browses by label, by month, and by searching', async ({ page }) => {
  const title = 'The art of the quoted passage';

  await page.goto('/');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The post's labels are links to their pages.
  const postLabels = main(page).getByRole('list', { name: 'Labels' }).first();
  await postLabels.getByRole('link', { name: 'Quotes' }).click();
  await expect(page).toHaveURL(/\/labels\/quotes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Posts labelled “Quotes”' })).toBeVisible();

  // Only posts with that label, as many as the count says, and this post among them.
  const listed = articles(page);
  const count = await listed.count();
  await expect(main(page).getByText(count === 1 ? '1 post' : `${count} posts`, { exact: true })).toBeVisible();
  for (let i = 0; i < count; i++) {
    await expect(listed.nth(i).getByRole('list', { name: 'Labels' }).getByRole('link', { name: 'Quotes' })).toBeVisible();
  }
  await expect(main(page).getByRole('link', { name: title })).toBeVisible();
  await expect(main(page).getByRole('link', { name: 'Welcome to Inkwell' })).toHaveCount(0);

  // The archive lists the month the post was published in (the blog's time zone is UTC here).
  const published = new Date((await listed.filter({ hasText: title }).locator('time').getAttribute('datetime'))!);
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(published);
  const year = published.getUTCFullYear();
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Archive' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  await main(page)
    .getByRole('link', { name: `${monthName} ${year}`, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/archive/${year}/${String(published.getUTCMonth() + 1).padStart(2, '0')}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Posts from ${monthName} ${year}` })).toBeVisible();
  await expect(main(page).getByRole('link', { name: title })).toBeVisible();

  // A word that appears only in that post's body.
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
  const search = page.getByRole('search');
  await search.getByRole('searchbox', { name: 'Search' }).fill('seasoning');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=seasoning$/);
  await expect(page.getByRole('heading', { name: '1 result for “seasoning”' })).toBeVisible();
  const result = articles(page);
  await expect(result).toHaveCount(1);
  await expect(result.getByRole('link', { name: title })).toBeVisible();
  await expect(result.locator('mark')).toHaveText(['seasoning']);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('seasoning');
});

test('search ranks a title match first and matches the last word as a prefix', async ({ page }) => {
  await page.goto('/search?q=quot');
  const first = articles(page).first();
  await expect(first.getByRole('link', { name: 'The art of the quoted passage' })).toBeVisible();
  await expect(first.getByRole('heading').locator('mark')).toHaveText(['quoted']);
});

test('search results come ten to a page, with links between pages', async ({ page }) => {
  const query = ARCHIVE_TEST_LABEL.name.toLowerCase();
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  const summary = page.getByRole('heading', { name: new RegExp(`^\\d+ results for “${query}”`) });
  const total = Number((await summary.textContent())!.match(/^\d+/)![0]);
  expect(total).toBeGreaterThanOrEqual(ARCHIVE_TEST_POST_COUNT);
  await expect(articles(page)).toHaveCount(10);

  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination.getByRole('link', { name: 'Previous results' })).toHaveCount(0);
  const more = pagination.getByRole('link', { name: 'More results' });
  await expect(more).toHaveAttribute('rel', 'next');
  await more.click();
  await expect(page).toHaveURL(/\/search\?q=archive\+test&page=2$/);
  await expect(articles(page)).toHaveCount(Math.min(10, total - 10));
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(query);
  await expect(
    page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Previous results' }),
  ).toHaveAttribute('rel', 'prev');
});

test('junk queries get a friendly page, never an error or a script', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const junk of ['"', '*', 'AND OR', '<script>alert(1)</script>', '"unbalanced', 'x'.repeat(1000)]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(junk)}`);
    expect(response?.status(), junk).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(
      main(page)
        .getByText(/nothing to search for|No posts match|results? for/)
        .first(),
    ).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(junk.slice(0, 200));
  }
  // The query is shown back as text.
  await expect(page.locator('main script')).toHaveCount(0);
  await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  await expect(page.getByRole('heading', { name: '0 results for “<script>alert(1)</script>”' })).toBeVisible();
  await expect(page.locator('main script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('an empty search shows the form and a prompt, and is not marked noindex', async ({ page }) => {
  const response = await page.goto('/search');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Search · /);
  await expect(page.getByText('Type a word or two')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await page.goto('/search?q=quote');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('search still works: a plain form and results in the first HTML', async ({ page }) => {
    await page.goto('/search');
    await page.getByRole('searchbox', { name: 'Search' }).fill('seasoning');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=seasoning$/);
    await expect(page.getByRole('heading', { name: '1 result for “seasoning”' })).toBeVisible();
    await expect(page.getByRole('article').locator('mark')).toHaveText(['seasoning']);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('seasoning');
  });
});

async function collectPages(page: Page, firstPath: string) {
  await page.goto(firstPath);
  const seen: { title: string; datetime: string }[][] = [];
  for (;;) {
    const entries = articles(page);
    await expect(entries.first()).toBeVisible();
    seen.push(
      await entries.evaluateAll((els) =>
        els.map((el) => ({
          title: el.querySelector('h2')!.textContent!.trim(),
          datetime: el.querySelector('time')!.getAttribute('datetime')!,
        })),
      ),
    );
    const older = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Older posts' });
    if ((await older.count()) === 0) break;
    await expect(older).toHaveAttribute('rel', 'next');
    await older.click();
    await expect(page).toHaveURL(new RegExp(`${firstPath}/page/${seen.length + 1}$`));
    const newer = page
      .getByRole('navigation', { name: 'Pagination' })
      .filter({ visible: true })
      .getByRole('link', { name: 'Newer posts' });
    await expect(newer).toHaveAttribute('rel', 'prev');
  }
  return seen;
}

for (const { name, path } of [
  { name: 'a label page', path: `/labels/${ARCHIVE_TEST_LABEL.slug}` },
  { name: 'an archive month', path: `/archive/${ARCHIVE_TEST_MONTH.year}/${ARCHIVE_TEST_MONTH.month}` },
]) {
  test(`${name} paginates with Newer/Older links when it has more posts than a page`, async ({ page }) => {
    const pages = await collectPages(page, path);
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.flat();
    expect(all).toHaveLength(ARCHIVE_TEST_POST_COUNT);
    expect(new Set(all.map((p) => p.title)).size).toBe(ARCHIVE_TEST_POST_COUNT);
    const dates = all.map((p) => p.datetime);
    expect(dates).toEqual([...dates].sort().reverse());
    // Every page but the last is full.
    for (const entries of pages.slice(0, -1)) expect(entries).toHaveLength(pages[0].length);
    // Past the last page there is nothing: a real 404.
    const beyond = await page.goto(`${path}/page/${pages.length + 1}`);
    expect(beyond?.status()).toBe(404);
  });
}

test('the archive lists years and months with counts, newest first, and links them', async ({ page }) => {
  await page.goto('/archive');
  const yearHeadings = main(page).getByRole('heading', { level: 2 });
  const years = (await yearHeadings.getByRole('link').allTextContents()).map(Number);
  expect(years.length).toBeGreaterThan(0);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await expect(main(page).getByRole('link', { name: `March ${ARCHIVE_TEST_MONTH.year}`, exact: true })).toBeVisible();
  await expect(
    main(page).getByRole('heading', { name: `${ARCHIVE_TEST_MONTH.year} (${ARCHIVE_TEST_POST_COUNT} posts)` }),
  ).toBeVisible();
  await main(page)
    .getByRole('link', { name: String(ARCHIVE_TEST_MONTH.year), exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Posts from ${ARCHIVE_TEST_MONTH.year}` })).toBeVisible();
});

test('the footer lists every label with its count', async ({ page }) => {
  await page.goto('/');
  const cloud = page.getByRole('contentinfo').getByRole('navigation', { name: 'Labels' });
  await expect(cloud.getByRole('link', { name: `${ARCHIVE_TEST_LABEL.name} (${ARCHIVE_TEST_POST_COUNT})` })).toBeVisible();
  await cloud.getByRole('link', { name: /^Quotes \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/labels\/quotes$/);
});

test('unknown labels, bad periods and empty periods are real 404s', async ({ page }) => {
  for (const path of [
    '/labels/no-such-label',
    '/labels/no-such-label/page/2',
    `/labels/${ARCHIVE_TEST_LABEL.slug}/page/1`,
    '/archive/1999',
    '/archive/1999/01',
    `/archive/${ARCHIVE_TEST_MONTH.year}/13`,
    `/archive/${ARCHIVE_TEST_MONTH.year}/3`,
    '/archive/twenty',
    `/archive/${ARCHIVE_TEST_MONTH.year}/${ARCHIVE_TEST_MONTH.month}/page/02`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
