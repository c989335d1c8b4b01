import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  CLOSE_EVERYTHING,
  corpusHtml,
  HOSTILE_VECTORS,
  unsafeMarkup,
  urlVectors,
  vectorsUpTo,
  type HostileVector,
} from '../lib/testing/hostile-corpus';
import { accounts } from './support/accounts';
import { createAccount } from './support/admin';
import { e2eDatabase } from './support/db';
import { parseXml } from '../lib/testing/parse-xml';
import { deleteAllPostsOf } from './support/posts';
import { newReader } from './support/readers';
import { builtServerActions, callServerAction } from './support/server-actions';
import { signedInPage } from './support/session';
import { armXssTrap } from './support/xss-trap';
import { pasteHtml } from './support/editor';

// The hostile corpus (lib/testing/hostile-corpus.ts) typed into every place a person can type —
// post title, body (pasted into the editor, and sent raw to the editor's action as a hostile
// client would), slug, excerpt, labels, comment name, website and text, search, blog title and
// description, account names — then every page that shows it visited in Chromium with a sentinel
// and a dialog listener armed. Nothing may run, and plain text must show as the characters typed.
// Vectors are batched into two posts and a handful of comments to keep the run short.

test.describe.configure({ mode: 'serial' });

const MARK = `Hostile ${Date.now()}`;
const writer = accounts.hostileWriter;

const vector = (startsWith: string): HostileVector => {
  const found = HOSTILE_VECTORS.find((v) => v.payload.startsWith(startsWith));
  if (!found) throw new Error(`No vector starts with ${startsWith}`);
  return found;
};

// Plain-text fields, each with a vector that attacks it (and a <b> that must stay characters).
const TEXT = {
  pastedTitle: `${MARK} pasted <b>not bold</b> ${vector('</title>').payload}`,
  rawTitle: `${MARK} raw ${vector('"><script>').payload}`,
  excerpt: `${MARK} excerpt <b>not bold</b> ${vector('<img src=x onerror="').payload} ${vector(']]></description>').payload}`,
  // One per category, of those a one-line field keeps as typed.
  labels: [
    ...new Map(
      vectorsUpTo(40)
        .filter((v) => !/[\n\t\r\u2028]/.test(v.payload))
        .map((v) => [v.category, v]),
    ).values(),
  ]
    .slice(0, 4)
    .map((v) => v.payload),
  writerName: `Hana ${vector("'><img").payload}`,
  accountName: `${MARK} ${vector('<svg onload').payload}`,
  blogTitle: `Blog <b>not bold</b> ${vector('</title>').payload}`.slice(0, 100),
  blogDescription: `${vector('<img src=x onerror="').payload} ${vector('</style>').payload}`,
  slug: vector('"><script>').payload,
  typedBody: `${MARK} typed ${vector('<img src=x onerror="').payload}`,
};

interface Fixture {
  posts: { id: number; slug: string; title: string }[];
  labelSlugs: string[];
  commentMarks: string[];
  originalSettings: { title: string; description: string };
}
const fx: Fixture = { posts: [], labelSlugs: [], commentMarks: [], originalSettings: { title: '', description: '' } };

async function rows(sql: string, args: (string | number)[] = []) {
  const db = e2eDatabase();
  try {
    return (await db.execute({ sql, args })).rows;
  } finally {
    db.close();
  }
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Status: Published').filter({ visible: true })).toBeVisible();
}

/** Opens `path` in a fresh signed-out browser with the trap armed, and checks it. */
async function readerVisits(browser: Browser, paths: string[], also?: (page: Page, path: string) => Promise<void>) {
  const reader = await newReader(browser);
  const trap = await armXssTrap(reader.page);
  try {
    for (const path of paths) {
      const response = await reader.page.goto(path);
      expect(response?.status(), path).toBe(200);
      await also?.(reader.page, path);
      await trap.check(path);
    }
  } finally {
    await reader.context.close();
  }
}

test.afterAll(async ({ browser }) => {
  await deleteAllPostsOf(browser, writer);
  if (fx.originalSettings.title) {
    const admin = await signedInPage(browser, accounts.owner);
    await admin.goto('/admin/settings');
    await admin.getByLabel('Blog title').fill(fx.originalSettings.title);
    await admin.getByLabel('Description').fill(fx.originalSettings.description);
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await expect(admin.getByRole('status')).toContainText('Settings saved.');
    await admin.context().close();
  }
});

test('a writer’s hostile name, title, pasted body, slug, excerpt and labels run nothing in the back office', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await signedInPage(browser, writer);
  const trap = await armXssTrap(page);

  await page.goto('/admin/profile');
  await page.getByLabel('Name').fill(TEXT.writerName);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
  await trap.check('profile');

  await page.goto('/admin/posts/new');
  await page.getByLabel('Title', { exact: true }).fill(TEXT.pastedTitle);
  await page.getByRole('textbox', { name: 'Post body' }).click();
  // Typed into the body, markup is text.
  await page.keyboard.type(TEXT.typedBody);
  await page.keyboard.press('Enter');
  // One paste per vector, as a person pasting from many pages would.
  for (const v of HOSTILE_VECTORS) await pasteHtml(page, `<p>${MARK} vector ${v.id}</p>${v.payload}${CLOSE_EVERYTHING}`);
  await expect(page.getByRole('textbox', { name: 'Post body' })).toContainText(`${MARK} vector ${HOSTILE_VECTORS.at(-1)!.id}`);

  // A hostile slug is refused next to the field and kept there as the characters typed.
  const slug = page.getByLabel('Slug');
  await slug.fill(TEXT.slug);
  await expect(slug).toHaveAccessibleDescription(/lower-case letters/, { timeout: 15_000 });
  await expect(slug).toHaveValue(TEXT.slug);
  await page.getByRole('button', { name: 'Make the slug from the title' }).click();

  await page.getByLabel('Excerpt').fill(TEXT.excerpt);
  for (const label of TEXT.labels) {
    await page.getByPlaceholder('Add a label').fill(label);
    await page.getByRole('button', { name: 'Add label' }).click();
    await expect(page.getByRole('list', { name: 'Chosen labels' })).toContainText(label);
  }
  await trap.check('editor with the pasted corpus');
  await publish(page);
  await trap.check('editor after publishing');

  // The same corpus sent raw to the editor's action, as a hostile client would: the server sanitizes.
  const save = builtServerActions().find((a) => a.key === 'app/admin/posts/actions.ts#savePostAction')!;
  const raw = await callServerAction(page.request, save, '/admin/posts/new', {
    postId: '',
    kind: 'publish',
    payload: JSON.stringify({
      baseVersion: 0,
      title: TEXT.rawTitle,
      contentHtml: corpusHtml(MARK),
      excerpt: TEXT.excerpt,
      labels: TEXT.labels,
      slugAuto: true,
    }),
  });
  expect(raw.body).toContain('Published.');

  for (const title of [TEXT.pastedTitle, TEXT.rawTitle]) {
    const [post] = await rows('select id, slug, content_html from posts where title = ?', [title]);
    expect(post, title).toBeDefined();
    // What is stored is what every reader page renders as is.
    expect(unsafeMarkup(String(post.content_html)), `stored body of “${title}”`).toEqual([]);
    fx.posts.push({ id: Number(post.id), slug: String(post.slug), title });
  }
  fx.labelSlugs = (
    await rows(`select slug from labels where name in (${TEXT.labels.map(() => '?').join(',')})`, TEXT.labels)
  ).map((r) => String(r.slug));
  expect(fx.labelSlugs).toHaveLength(TEXT.labels.length);

  for (const post of fx.posts) {
    await page.goto(`/admin/posts/${post.id}`);
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(post.title);
    await trap.check(`editor reopening ${post.slug}`);
    await page.goto(`/admin/posts/${post.id}/preview`);
    await trap.check(`preview of ${post.slug}`);
  }
  await page.goto('/admin/posts');
  await expect(page.getByRole('link', { name: TEXT.pastedTitle })).toBeVisible();
  await trap.check('posts list (writer)');
  await page.goto('/admin');
  await trap.check('dashboard (writer)');
  await page.context().close();
});

test('readers’ hostile names, websites and comments run nothing in the queue or on the post', async ({ browser }) => {
  test.setTimeout(120_000);
  const post = fx.posts[0];
  // The corpus in comments of at most 4,500 characters; the very long vectors are for posts.
  const chunks: HostileVector[][] = [[]];
  for (const v of HOSTILE_VECTORS.filter((v) => v.payload.length < 4000)) {
    const current = chunks.at(-1)!;
    if (current.reduce((n, c) => n + c.payload.length + 2, 0) + v.payload.length > 4400) chunks.push([v]);
    else current.push(v);
  }
  const names = vectorsUpTo(80);
  const websites = urlVectors();
  // A handful of comments is enough for the names; spread the corpus over them.
  const commentCount = Math.max(chunks.length, 8);
  const perComment = Math.ceil(chunks.flat().length / commentCount);
  const bodies = Array.from({ length: commentCount }, (_, i) => chunks.flat().slice(i * perComment, (i + 1) * perComment));

  for (const [i, body] of bodies.entries()) {
    const mark = `[${MARK} comment ${i}]`;
    fx.commentMarks.push(mark);
    const reader = await newReader(browser);
    const trap = await armXssTrap(reader.page);
    await reader.page.goto(`/posts/${post.slug}`);
    const form = reader.page.getByRole('form', { name: 'Leave a comment' });
    await form.getByLabel('Name').fill(names[(i * 7) % names.length].payload);
    if (websites[i]) await form.getByLabel('Website').fill(websites[i].payload);
    await form.getByLabel('Comment').fill(`${mark}\n\n${body.map((v) => v.payload).join('\n\n')}`);
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(form.getByRole('status')).toContainText('Thank you!');
    // The writer sees their own held comment on the page straight away.
    await expect(reader.page.getByRole('region', { name: 'Your comments awaiting moderation' })).toContainText(mark);
    await trap.check(`post page after commenting ${i}`);
    await reader.context.close();
  }

  const admin = await signedInPage(browser, accounts.owner);
  const trap = await armXssTrap(admin);
  await admin.goto('/admin/comments?status=pending');
  for (const mark of fx.commentMarks) await admin.getByRole('article').filter({ hasText: mark }).getByRole('checkbox').check();
  await trap.check('moderation queue');
  await admin.getByRole('button', { name: 'Approve selected' }).click();
  await expect(admin.getByRole('status').filter({ hasText: `${fx.commentMarks.length} comments approved.` })).toBeVisible();
  await admin.goto('/admin/comments?status=approved');
  await expect(admin.getByRole('article').filter({ hasText: fx.commentMarks[0] })).toBeVisible();
  await trap.check('approved comments');
  await admin.goto('/admin');
  await trap.check('dashboard (admin)');
  await admin.context().close();

  await readerVisits(browser, [`/posts/${post.slug}`], async (page) => {
    const region = page.getByRole('region', { name: /comments$/ });
    for (const [i, mark] of fx.commentMarks.entries()) {
      const comment = region.getByRole('article').filter({ hasText: mark });
      // The name and a plain line of the comment show as the characters typed.
      await expect(comment).toContainText(names[(i * 7) % names.length].payload.trim());
      const plain = bodies[i].find((v) => !/[\n>]|^\s|\s$|https?:/.test(v.payload));
      if (plain) await expect(comment).toContainText(plain.payload);
    }
  });
});

test('a hostile blog title and description run nothing on any reader page', async ({ browser }) => {
  const admin = await signedInPage(browser, accounts.owner);
  await admin.goto('/admin/settings');
  fx.originalSettings = {
    title: await admin.getByLabel('Blog title').inputValue(),
    description: await admin.getByLabel('Description').inputValue(),
  };
  await admin.getByLabel('Blog title').fill(TEXT.blogTitle);
  await admin.getByLabel('Description').fill(TEXT.blogDescription);
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await expect(admin.getByRole('status')).toContainText('Settings saved.');
  await admin.context().close();

  await readerVisits(
    browser,
    ['/', `/posts/${fx.posts[0].slug}`, '/archive', `/search?q=${encodeURIComponent(MARK)}`],
    async (page) => {
      await expect(page.getByRole('banner')).toContainText(TEXT.blogTitle);
    },
  );
});

test('every reader page that shows the hostile posts runs nothing and shows plain text as text', async ({ browser }) => {
  const [pasted, raw] = fx.posts;
  await readerVisits(
    browser,
    [
      `/posts/${pasted.slug}`,
      `/posts/${raw.slug}`,
      '/',
      ...fx.labelSlugs.map((slug) => `/labels/${slug}`),
      `/search?q=${encodeURIComponent(MARK)}`,
      `/search?q=${encodeURIComponent('vector script')}`,
    ],
    async (page, path) => {
      if (path.startsWith('/posts/')) {
        const title = path.endsWith(pasted.slug) ? pasted.title : raw.title;
        await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title);
        if (title === pasted.title) await expect(page.locator('#post-body')).toContainText(TEXT.typedBody);
        for (const label of TEXT.labels)
          await expect(page.getByRole('list', { name: 'Labels' }).getByRole('link', { name: label, exact: true })).toBeVisible();
      }
      if (path === '/') {
        await expect(page.getByRole('link', { name: pasted.title, exact: true })).toBeVisible();
        await expect(page.getByRole('main')).toContainText(TEXT.excerpt);
      }
      if (path.startsWith('/search?q=Hostile'))
        await expect(page.getByRole('link', { name: raw.title, exact: true })).toBeVisible();
    },
  );
});

test('hostile search queries run nothing and are shown as typed', async ({ browser }) => {
  const queries = [...new Map(vectorsUpTo(100).map((v) => [v.category, v])).values()].map((v) => v.payload);
  expect(queries.length).toBeGreaterThanOrEqual(8);
  await readerVisits(
    browser,
    queries.map((q) => `/search?q=${encodeURIComponent(q)}`),
    async (page, path) => {
      const query = new URL(path, 'http://x').searchParams.get('q')!;
      // The form trims what it shows (a leading BOM or space goes).
      await expect(page.getByRole('searchbox')).toHaveValue(query.trim());
    },
  );
});

test('feeds carry no executable markup, and their HTML runs nothing when a reader renders it', async ({ page, request }) => {
  const html: { where: string; html: string }[] = [];
  const textOf = (value: unknown) => String((value as { '#text'?: string })?.['#text'] ?? value ?? '');

  const rss = parseXml(await (await request.get('/feed.xml')).text());
  for (const item of rss.rss.channel.item.filter((i: { title: string }) => textOf(i.title).includes(MARK))) {
    html.push({ where: `RSS description of ${textOf(item.title)}`, html: textOf(item.description) });
    html.push({ where: `RSS content of ${textOf(item.title)}`, html: textOf(item['content:encoded']) });
  }
  const atom = parseXml(await (await request.get('/atom.xml')).text());
  for (const entry of atom.feed.entry) {
    // Atom declares these HTML (type="html"): each must be safe HTML that reads as the text typed.
    if (!textOf(entry.title).includes(MARK)) continue;
    for (const field of ['title', 'summary', 'content'])
      html.push({ where: `Atom ${field} of ${textOf(entry.title)}`, html: textOf(entry[field]) });
  }
  const json = (await (await request.get('/feed.json')).json()) as { items: { title: string; content_html: string }[] };
  for (const item of json.items.filter((i) => i.title.includes(MARK)))
    html.push({ where: `JSON content_html of ${item.title}`, html: item.content_html });
  for (const slug of fx.labelSlugs) {
    const label = parseXml(await (await request.get(`/labels/${slug}/feed.xml`)).text());
    for (const item of label.rss.channel.item)
      html.push({ where: `label ${slug} RSS content`, html: textOf(item['content:encoded']) });
  }
  expect(html.filter((h) => h.where.startsWith('RSS content')).length).toBe(2);
  expect(html.filter((h) => h.where.startsWith('Atom')).length).toBe(6);
  expect(html.filter((h) => h.where.startsWith('JSON')).length).toBe(2);

  for (const { where, html: fragment } of html) expect(unsafeMarkup(fragment), where).toEqual([]);

  // A feed reader that renders the HTML as it is.
  const trap = await armXssTrap(page);
  await page.route('http://feed-reader.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body>${html.map((h) => `<section>${h.html}</section>`).join('\n')}</body></html>`,
    }),
  );
  await page.goto('http://feed-reader.test/');
  await trap.check('feed content rendered as HTML');
  // The Atom title is HTML: rendered, it reads as the title typed (a <b> stays characters).
  await expect(page.locator('section').filter({ hasText: 'pasted' }).first()).toContainText(fx.posts[0].title);
});

test('hostile account names run nothing in the users list or on an account’s page', async ({ browser }) => {
  const admin = await signedInPage(browser, accounts.owner);
  const trap = await armXssTrap(admin);
  await createAccount(admin, { name: TEXT.accountName, email: `hostile-${Date.now()}@e2e.test` });
  await admin.goto('/admin/users');
  await expect(admin.getByRole('row', { name: TEXT.accountName })).toBeVisible();
  await expect(admin.getByRole('row', { name: TEXT.writerName })).toBeVisible();
  await trap.check('users list');
  await admin.getByRole('link', { name: TEXT.accountName, exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1, name: TEXT.accountName })).toBeVisible();
  await trap.check('account page');
  await admin.goto('/admin/posts');
  await expect(admin.getByRole('row', { name: new RegExp(MARK) }).first()).toContainText(TEXT.writerName.trim());
  await trap.check('posts list (admin)');
  await admin.context().close();
});
