import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parseXml } from '../lib/testing/parse-xml';
import { accounts } from './support/accounts';
import { addLegacyRedirect, firstApprovedComment, removeLegacyRedirects } from './support/legacy-redirects';
import { deleteAllPostsOf } from './support/posts';
import { newReader } from './support/readers';
import { signIn } from './support/session';

// Old links keep working: every address a Blogger or WordPress blog had answers 301 with where the
// post, label or feed lives on Inkwell now (docs/redirects.md), and a post whose slug is changed in
// the editor keeps its old address. The posts, comments and labels are the seeded welcome content;
// the legacy_redirects rows an import writes are put in by e2e/support/legacy-redirects.ts.

const QUOTE_POST = 'the-art-of-the-quoted-passage';
const COMMENTS_POST = 'comments-that-add-something';
const WELCOME_POST = 'welcome-to-inkwell';

const ROWS: [string, string][] = [
  ['/2024/05/the-art-of-quoting.html', QUOTE_POST],
  ['/2024/06/comments.html', COMMENTS_POST],
  ['/p/about-this-blog.html', WELCOME_POST],
  ['/2013/01/11/quoted-passages/', QUOTE_POST],
  ['/?p=42', COMMENTS_POST],
];

test.beforeAll(async () => {
  for (const [from, slug] of ROWS) await addLegacyRedirect(from, slug);
});

test.afterAll(async () => {
  await removeLegacyRedirects(ROWS.map(([from]) => from));
});

/** Every hop a client sees for `url`, up to the first answer that is not a redirect. */
async function hops(request: APIRequestContext, url: string) {
  const seen: { status: number; location: string }[] = [];
  let next = url;
  for (let i = 0; i < 5; i++) {
    const response = await request.get(next, { maxRedirects: 0 });
    const location = response.headers().location ?? '';
    seen.push({ status: response.status(), location });
    if (response.status() < 300 || response.status() >= 400) break;
    next = new URL(location, new URL(next, process.env.INKWELL_E2E_URL)).href;
  }
  return seen;
}

/** The one permanent redirect an old address gets, as a path (Next sends a same-host Location relative). */
async function expectMovedTo(request: APIRequestContext, url: string, to: string) {
  const [first, ...rest] = await hops(request, url);
  expect(first.status, url).toBe(301);
  expect(new URL(first.location, process.env.INKWELL_E2E_URL).href.replace(process.env.INKWELL_E2E_URL!, ''), url).toBe(to);
  expect(rest.at(-1)?.status, `${url} ends on a page`).toBe(200);
}

test('every Blogger address answers 301 with the post, page, comment, label or feed it was', async ({ request }) => {
  await expectMovedTo(request, '/2024/05/the-art-of-quoting.html', `/posts/${QUOTE_POST}`);
  await expectMovedTo(request, '/2024/05/the-art-of-quoting.html?m=1', `/posts/${QUOTE_POST}`);
  await expectMovedTo(request, '/p/about-this-blog.html', `/posts/${WELCOME_POST}`);
  await expectMovedTo(request, '/search/label/Getting%20started', '/labels/getting-started');
  await expectMovedTo(request, '/feeds/posts/default', '/atom.xml');
  await expectMovedTo(request, '/feeds/posts/default?alt=rss', '/feed.xml');
  await expectMovedTo(request, '/feeds/posts/summary', '/atom.xml');
  await expectMovedTo(request, '/feeds/posts/default/-/Quotes', '/labels/quotes/feed.xml');
  await expectMovedTo(request, '/rss.xml', '/feed.xml');
  // A month with posts (e2e/support/seed-archive-posts.ts); an empty one would be the archive's 404.
  await expectMovedTo(request, '/2021/03', '/archive/2021/03');

  const comment = await firstApprovedComment(COMMENTS_POST);
  await expectMovedTo(
    request,
    `/2024/06/comments.html?showComment=${comment.createdAt}`,
    `/posts/${COMMENTS_POST}#comment-${comment.id}`,
  );
  // A time no comment has: the post itself.
  await expectMovedTo(request, '/2024/06/comments.html?showComment=1', `/posts/${COMMENTS_POST}`);

  // Comment feeds have no Inkwell equivalent: 410 tells a feed reader to stop asking.
  expect((await request.get('/feeds/comments/default', { maxRedirects: 0 })).status()).toBe(410);
  // An old address nothing was imported for is a plain 404, not a page rendered for it.
  expect((await request.get('/2024/05/never-imported.html', { maxRedirects: 0 })).status()).toBe(404);
});

test('every WordPress address answers 301 with the post, label or feed it was', async ({ request }) => {
  // One hop, trailing slash and all: the server answers old addresses before Next would drop the
  // slash with a 308 of its own (lib/reader/front-door.ts).
  expect(await hops(request, '/2013/01/11/quoted-passages/')).toEqual([
    { status: 301, location: `/posts/${QUOTE_POST}` },
    { status: 200, location: '' },
  ]);
  await expectMovedTo(request, '/?p=42', `/posts/${COMMENTS_POST}`);
  await expectMovedTo(request, '/category/writing', '/labels/writing');
  await expectMovedTo(request, '/tag/quotes', '/labels/quotes');
  await expectMovedTo(request, '/category/writing/feed', '/labels/writing/feed.xml');
  await expectMovedTo(request, '/feed', '/feed.xml');
  await expectMovedTo(request, '/feed/atom', '/atom.xml');
  expect((await request.get('/comments/feed', { maxRedirects: 0 })).status()).toBe(410);

  // The home page is not an old address: no redirect, with or without a query.
  expect((await request.get('/', { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get('/?p=not-a-number', { maxRedirects: 0 })).status()).toBe(200);
});

test("a reader following an old comment link lands on that comment, and the anchor's fragment is not lost", async ({
  browser,
}) => {
  const comment = await firstApprovedComment(COMMENTS_POST);
  const reader = await newReader(browser);
  await reader.page.goto(`/2024/06/comments.html?showComment=${comment.createdAt}#c7777`);
  await expect(reader.page).toHaveURL(new RegExp(`/posts/${COMMENTS_POST}#comment-${comment.id}$`));
  await expect(reader.page.locator(`#comment-${comment.id}`)).toBeInViewport();
  await reader.context.close();
});

async function expectFeed(request: APIRequestContext, oldUrl: string, root: 'feed' | 'rss') {
  const response = await request.get(oldUrl);
  expect(response.status(), oldUrl).toBe(200);
  const xml = parseXml(await response.text());
  if (root === 'feed') {
    expect(xml.feed.entry.length, `${oldUrl} has entries`).toBeGreaterThan(0);
  } else {
    expect(xml.rss.channel.item.length, `${oldUrl} has items`).toBeGreaterThan(0);
  }
  return xml;
}

test('a feed subscriber of the old blog keeps following: each old feed address gives a valid feed', async ({ request }) => {
  await expectFeed(request, '/feeds/posts/default', 'feed');
  await expectFeed(request, '/feeds/posts/default?alt=rss', 'rss');
  await expectFeed(request, '/feed/', 'rss');
  const label = await expectFeed(request, '/feeds/posts/default/-/Quotes', 'rss');
  expect(JSON.stringify(label.rss.channel.item)).toContain(QUOTE_POST);
});

async function publishNew(page: Page, title: string) {
  await page.goto('/admin/posts/new');
  await expect(page.getByRole('textbox', { name: 'Post body' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Post body' }).click();
  await page.keyboard.type('A post that will move house.');
  await publishThrough(page, 'Publish');
}

async function publishThrough(page: Page, button: 'Publish' | 'Update') {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.describe('a slug changed in the editor', () => {
  const titled = `Moving house ${Date.now()}`;
  test.afterAll(async ({ browser }) => deleteAllPostsOf(browser, accounts.author, titled));

  test('keeps the old address, which lands on the new one; twice over, in one hop', async ({ page, browser }) => {
    await signIn(page, accounts.author);
    await publishNew(page, titled);
    await expect(page.getByLabel('Status: Published').filter({ visible: true })).toBeVisible();
    // Publishing moved to the post's own editor page; the new-post page stays hidden in the DOM.
    await expect(page).toHaveURL(/\/admin\/posts\/\d+/);
    await page.goto(new URL(page.url()).pathname);
    const first = titled.toLowerCase().replace(/[^a-z0-9]+/g, '-');

    const slug = page.getByRole('textbox', { name: 'Slug' });
    await slug.fill(`${first}-new-home`);
    await publishThrough(page, 'Update');
    await expect(page.getByText('Your changes are published.')).toBeVisible();

    const reader = await newReader(browser);
    await reader.page.goto(`/posts/${first}`);
    await expect(reader.page).toHaveURL(`/posts/${first}-new-home`);
    await expect(reader.page.getByRole('heading', { level: 1 })).toHaveText(titled);

    // Moved again: both old addresses go straight to the newest.
    await slug.fill(`${first}-final`);
    await publishThrough(page, 'Update');
    await expect(page.getByText('Your changes are published.')).toBeVisible();
    for (const old of [first, `${first}-new-home`]) {
      expect(await hops(reader.page.request, `/posts/${old}`)).toEqual([
        { status: 301, location: `/posts/${first}-final` },
        { status: 200, location: '' },
      ]);
    }
    await reader.context.close();
  });
});
