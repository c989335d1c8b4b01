import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { seriousViolations } from './support/axe';
import { deletePageTitled } from './support/posts';
import { signIn, signedInPage, submit } from './support/session';

// Standalone pages (docs/pages.md): an admin writes one in the post editor, links it from the site
// header in Settings, and readers reach it there — never in the stream of posts. The welcome content
// has an About page, already in the header.

test.describe.configure({ mode: 'serial' });

const admin = accounts.owner;
const stamp = Date.now();

const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes|Not saved)/ });
const siteNav = (page: Page) => page.getByRole('navigation', { name: 'Site' });

async function readerPage(browser: Browser) {
  const context = await browser.newContext();
  return { page: await context.newPage(), close: () => context.close() };
}

/** Writes and publishes a page through /admin/pages/new, as a person does; returns its editor's address. */
async function publishPage(page: Page, title: string, text: string) {
  await page.goto('/admin/pages');
  await page.getByRole('link', { name: 'New page' }).click();
  await expect(page).toHaveURL('/admin/pages/new');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await expect(body).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await body.click();
  await page.keyboard.type(text);
  // A page has no labels, cover image or publication date: it is not part of the stream.
  const settings = page.getByRole('complementary', { name: 'Page settings' });
  await expect(settings.getByLabel('Labels')).toHaveCount(0);
  await expect(settings.getByText('Publish date')).toBeHidden();
  await expect(settings.getByRole('checkbox', { name: 'Allow comments' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish this page?' });
  await expect(dialog).toContainText(`/${slugOf(title)}`);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+\?done=published$/);
  return page.url().replace(/\?.*$/, '');
}

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Ticks (or unticks) a page in Settings' navigation and saves. */
async function showInHeader(page: Page, title: string, shown: boolean) {
  await page.goto('/admin/settings');
  const box = page.getByRole('list', { name: 'Pages in the header' }).getByRole('checkbox', { name: title, exact: true });
  await box.setChecked(shown);
  await submit(page, 'Save settings');
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

/** Trashes a page from the pages list, then deletes it for good, so no other spec finds it. */

test('an admin writes a page, links it from the header, and a signed-out reader opens it there — never in the stream', async ({
  page,
  browser,
  request,
}) => {
  const title = `About the author ${stamp}`;
  const slug = slugOf(title);
  await signIn(page, admin);
  await publishPage(page, title, 'I write about rivers, and quote the people who lived by them.');
  await showInHeader(page, title, true);

  const reader = await readerPage(browser);
  try {
    await reader.page.goto('/');
    await siteNav(reader.page).getByRole('link', { name: title, exact: true }).click();
    await expect(reader.page).toHaveURL(`/${slug}`);
    await expect(reader.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // Client navigation keeps the previous page hidden in the DOM: only what is visible counts.
    await expect(reader.page.getByText('I write about rivers').filter({ visible: true })).toBeVisible();
    // The welcome About page is still linked, and opens the same way.
    await siteNav(reader.page).getByRole('link', { name: 'About', exact: true }).click();
    await expect(reader.page).toHaveURL('/about');
    await expect(reader.page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();

    // Not in the stream: home, archive, feeds.
    for (const path of ['/', '/archive']) {
      await reader.page.goto(path);
      await expect(reader.page.getByRole('main').getByText(title)).toHaveCount(0);
    }
    for (const feed of ['/feed.xml', '/atom.xml', '/feed.json']) {
      const text = await (await request.get(feed)).text();
      expect(text, feed).not.toContain(title);
      expect(text, feed).not.toContain(`/${slug}`);
    }
    // In the sitemap, and found by search, marked as a page.
    expect(await (await request.get('/sitemap.xml')).text()).toContain(`/${slug}</loc>`);
    await reader.page.goto(`/search?q=${encodeURIComponent(`rivers author ${stamp}`)}`);
    const hit = reader.page.getByRole('main').getByRole('article').filter({ hasText: title });
    await expect(hit.getByText('Page', { exact: true })).toBeVisible();
    await hit.getByRole('link', { name: title }).click();
    await expect(reader.page).toHaveURL(`/${slug}`);
    // And under /posts it is nothing at all.
    expect((await request.get(`/posts/${slug}`)).status()).toBe(404);
  } finally {
    await reader.close();
  }

  // The posts list is for posts.
  await page.goto('/admin/posts');
  await expect(page.getByRole('main').getByText(title)).toHaveCount(0);

  await showInHeader(page, title, false);
  await deletePageTitled(page, title);
  expect((await request.get(`/${slug}`)).status()).toBe(404);
});

test('a slug the blog itself uses is refused next to the field, and nothing typed is lost', async ({ page }) => {
  const title = `Our archive ${stamp}`;
  await signIn(page, admin);
  await page.goto('/admin/pages/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  const slug = page.getByLabel('Slug');
  await slug.fill('archive');
  const message = /“archive” is an address the blog itself uses \(\/archive\)\. Choose another slug for this page\./;
  await expect(slug).toHaveAccessibleDescription(message, { timeout: 15_000 });
  await expect(slug).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(slug).toHaveValue('archive');

  // A free slug is taken as typed, and the message goes.
  await slug.fill(`our-archive-${stamp}`);
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
  await expect(slug).not.toHaveAccessibleDescription(message);
  await deletePageTitled(page, title);
});

test('reordering the header’s pages works with the keyboard alone', async ({ page, browser }) => {
  const title = `Contact ${stamp}`;
  await signIn(page, admin);
  await publishPage(page, title, 'Write to me by post.');
  await page.goto('/admin/settings');

  const list = page.getByRole('list', { name: 'Pages in the header' });
  const contact = list.getByRole('listitem').filter({ hasText: title });
  // Contact comes after About (chosen pages first); tick it and move it up with keys only.
  await contact.getByRole('checkbox', { name: title, exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(contact.getByRole('checkbox', { name: title, exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  const moveUp = contact.getByRole('button', { name: `Move up “${title}”` });
  await expect(moveUp).toBeFocused();
  await page.keyboard.press('Enter');
  const announcement = page.getByText(`“${title}” moved to position 1 of`);
  await expect(announcement).toBeAttached();
  await expect(announcement).toHaveAttribute('aria-live', 'polite');
  // The item moved with the focus on it: another Enter would move it again, not something else.
  await expect(moveUp).toBeFocused();
  await expect(list.getByRole('listitem').first()).toContainText(title);
  // At the top, Move up stays focusable but does nothing.
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem').first()).toContainText(title);
  await expect(moveUp).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Tab');
  await expect(contact.getByRole('button', { name: `Move down “${title}”` })).toBeFocused();

  await page.getByRole('button', { name: 'Save settings' }).focus();
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && !!r.request().headers()['next-action']);
  await page.keyboard.press('Enter');
  await answered;
  await expect(page.getByText('Settings saved.')).toBeVisible();

  const reader = await readerPage(browser);
  try {
    await reader.page.goto('/');
    const links = siteNav(reader.page).getByRole('link');
    const names = await links.allInnerTexts();
    expect(names.indexOf(title)).toBeGreaterThan(-1);
    expect(names.indexOf(title)).toBeLessThan(names.indexOf('About'));
  } finally {
    await reader.close();
  }

  // As the welcome content left it: About alone.
  await showInHeader(page, title, false);
  await deletePageTitled(page, title);
});

test('axe finds nothing serious on the pages list, the navigation settings and a page', async ({ page, browser }) => {
  await signIn(page, admin);
  for (const path of ['/admin/pages', '/admin/settings', '/admin/pages/new']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  const reader = await readerPage(browser);
  try {
    await reader.page.goto('/about');
    await expect(reader.page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();
    expect(await seriousViolations(reader.page), '/about').toEqual([]);
  } finally {
    await reader.close();
  }
});

test('authors write pages only once an admin allows it', async ({ page, browser }) => {
  const author = await signedInPage(browser, accounts.author);
  try {
    await expect(author.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Pages' })).toHaveCount(0);
    await author.goto('/admin/pages/new');
    await expect(author.getByRole('heading', { level: 1 })).toHaveText(/have access to this page/);

    await signIn(page, admin);
    await page.goto('/admin/settings');
    await page.getByRole('checkbox', { name: 'Authors may write pages' }).check();
    await submit(page, 'Save settings');
    await expect(page.getByText('Settings saved.')).toBeVisible();

    await author.goto('/admin');
    await author.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Pages' }).click();
    await expect(author).toHaveURL('/admin/pages');
    await expect(author.getByRole('link', { name: 'New page' })).toBeVisible();
  } finally {
    await page.goto('/admin/settings');
    await page.getByRole('checkbox', { name: 'Authors may write pages' }).uncheck();
    await submit(page, 'Save settings');
    await author.context().close();
  }
});
