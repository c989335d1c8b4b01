import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { accounts } from './support/accounts';
import { seriousViolations } from './support/axe';
import { deleteAllPostsOf } from './support/posts';
import { signIn } from './support/session';
import { pasteHtml } from './support/editor';

// What an author does in the editor, and what a signed-out reader then sees on the blog.

const author = accounts.author;

async function newPost(page: Page, title: string) {
  await page.goto('/admin/posts/new');
  const body = page.getByRole('textbox', { name: 'Post body' });
  await expect(body).toBeVisible();
  if (title) await page.getByLabel('Title', { exact: true }).fill(title);
  return body;
}

const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Unsaved changes|Not saved)/ });

async function waitUntilSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
}

async function publish(page: Page, button = 'Publish') {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

async function readerPage(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(path);
  return { page, response, close: () => context.close() };
}

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

test.beforeEach(async ({ page }) => {
  await signIn(page, author);
});

// Reader specs count the blog's posts: leave none of ours behind.
test.afterAll(async ({ browser }) => {
  await deleteAllPostsOf(browser, author);
});

test('an author writes a post with a heading, link, list, sourced quote and image, and a signed-out reader sees each', async ({
  page,
  browser,
}) => {
  const title = `A walk by the river ${Date.now()}`;
  const body = await newPost(page, title);
  await body.click();
  await page.keyboard.type('We walked along the water at dawn.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('## Along the bank');
  await page.keyboard.press('Enter');

  // A link through the toolbar's URL dialog, which refuses what is not a web, mail or local link.
  await page.keyboard.type('The map is ');
  await page.getByRole('button', { name: 'Link' }).click();
  const linkDialog = page.getByRole('dialog', { name: 'Add a link' });
  await linkDialog.getByLabel('URL').fill('javascript:alert(1)');
  await linkDialog.getByRole('button', { name: 'Apply link' }).click();
  await expect(linkDialog.getByText(/Use a web address/)).toBeVisible();
  await linkDialog.getByLabel('URL').fill('maps.example/river');
  await linkDialog.getByRole('button', { name: 'Apply link' }).click();
  await expect(linkDialog).toBeHidden();
  await page.keyboard.type(' online.');
  await page.keyboard.press('Enter');

  await page.keyboard.type('- herons');
  await page.keyboard.press('Enter');
  await page.keyboard.type('kingfishers');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  await page.keyboard.type('> No man ever steps in the same river twice.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('For it is not the same river.');
  await page.getByRole('button', { name: 'Quote source' }).click();
  const sourceDialog = page.getByRole('dialog', { name: 'Quote source' });
  await sourceDialog.getByLabel('Source name').fill('Heraclitus');
  await sourceDialog.getByLabel('Source URL (optional)').fill('https://quotes.example/heraclitus');
  await sourceDialog.getByRole('button', { name: 'Save source' }).click();
  await expect(sourceDialog).toBeHidden();
  await expect(body.locator('figcaption')).toContainText('— Heraclitus');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the quote.');

  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6' } })
    .png()
    .toBuffer();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Image', exact: true }).click();
  await (await chooser).setFiles({ name: 'heron.png', mimeType: 'image/png', buffer: png });
  const imageDialog = page.getByRole('dialog', { name: 'Insert image' });
  await imageDialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(imageDialog.getByText(/Describe the image/)).toBeVisible();
  await imageDialog.getByLabel('Alt text').fill('A heron standing in shallow water');
  await imageDialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(imageDialog).toBeHidden({ timeout: 20_000 });
  await expect(body.getByRole('img', { name: 'A heron standing in shallow water' })).toBeVisible();

  await expect(page.getByText(/\d+ words · 1 min read/)).toBeVisible();
  await page.getByPlaceholder('Add a label').fill('Rivers');
  await page.getByRole('button', { name: 'Add label' }).click();

  await publish(page);
  await expect(page.getByText('Published.')).toBeVisible();
  // Publishing a new post moves to its own page; the previous page stays hidden in the DOM.
  await expect(page.getByLabel('Status: Published').filter({ visible: true })).toBeVisible();

  const reader = await readerPage(browser, `/posts/${slugOf(title)}`);
  expect(reader.response?.status()).toBe(200);
  const article = reader.page.locator('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(article.getByRole('heading', { level: 2, name: 'Along the bank' })).toBeVisible();
  await expect(article.getByRole('link', { name: 'https://maps.example/river' })).toHaveAttribute(
    'href',
    'https://maps.example/river',
  );
  await expect(article.locator('#post-body ul > li')).toHaveText(['herons', 'kingfishers']);
  const figure = article.locator('figure', { has: reader.page.locator('blockquote') });
  await expect(figure.locator('blockquote')).toHaveAttribute('cite', 'https://quotes.example/heraclitus');
  await expect(figure.locator('blockquote p')).toHaveText([
    'No man ever steps in the same river twice.',
    'For it is not the same river.',
  ]);
  await expect(figure.locator('figcaption')).toHaveText('— Heraclitus');
  await expect(figure.locator('figcaption cite')).toHaveText('Heraclitus');
  const image = article.getByRole('img', { name: 'A heron standing in shallow water' });
  await expect(image).toHaveAttribute('srcset', /480w.*960w.*1200w/);
  await expect(image).toHaveAttribute('width', '1200');
  const src = await image.getAttribute('src');
  expect(src).toMatch(/^\/media\/[0-9a-f]{64}\/960\.webp$/);
  const imageResponse = await reader.page.request.get(src!);
  expect(imageResponse.status()).toBe(200);
  expect(imageResponse.headers()['content-type']).toBe('image/webp');
  expect(imageResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  await expect(article.getByRole('list', { name: 'Labels' }).getByRole('link', { name: 'Rivers' })).toBeVisible();

  // A published edit is what the next reader request shows.
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('An edit made after publishing.');
  await waitUntilSaved(page);
  await reader.page.reload();
  await expect(reader.page.getByText('An edit made after publishing.')).toHaveCount(0);
  await publish(page, 'Update');
  await expect(page.getByText('Your changes are published.')).toBeVisible();
  await reader.page.reload();
  await expect(reader.page.getByText('An edit made after publishing.')).toBeVisible();
  await reader.close();
});

test('a post scheduled a minute ahead appears on time, with nobody visiting it', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const title = `Scheduled note ${Date.now()}`;
  const body = await newPost(page, title);
  await body.click();
  await page.keyboard.type('This post publishes itself.');
  // 45 seconds ahead, in the browser's own time zone (datetime-local takes seconds too).
  const at = await page.evaluate(() => {
    const d = new Date(Date.now() + 45_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  });
  await page.getByLabel('Publish date').fill(at);
  await publish(page, 'Schedule');
  await expect(page.getByLabel('Status: Scheduled').filter({ visible: true })).toBeVisible();
  const scheduledAt = Date.now();

  const reader = await readerPage(browser, `/posts/${slugOf(title)}`);
  expect(reader.response?.status()).toBe(404);
  // Nobody visits until the time has passed; then the post is simply there.
  await page.waitForTimeout(Math.max(0, 45_000 - (Date.now() - scheduledAt) + 5_000));
  await expect
    .poll(async () => (await reader.page.goto(`/posts/${slugOf(title)}`))?.status(), { timeout: 30_000, intervals: [2000] })
    .toBe(200);
  await expect(reader.page.getByRole('heading', { level: 1 })).toHaveText(title);
  await reader.page.goto('/');
  await expect(reader.page.getByRole('link', { name: title })).toBeVisible();
  await reader.close();
});

test('autosave keeps the text through a reload, and retries while offline', async ({ page, context }) => {
  const body = await newPost(page, 'Autosaved thoughts');
  await body.click();
  await page.keyboard.type('Every word here is kept.');
  await waitUntilSaved(page);
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);

  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Autosaved thoughts');
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText('Every word here is kept.');

  await context.setOffline(true);
  await page.getByRole('textbox', { name: 'Post body' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Written offline.');
  await expect(saveStatus(page)).toHaveText('Not saved — retrying', { timeout: 15_000 });
  await context.setOffline(false);
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText('Every word here is kept. Written offline.');
});

test('two tabs editing one post: the second save is refused with a clear message, and both versions are kept', async ({
  page,
  context,
}) => {
  const body = await newPost(page, 'Two tabs');
  await body.click();
  await page.keyboard.type('First words.');
  await waitUntilSaved(page);
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('textbox', { name: 'Post body' })).toHaveText('First words.');

  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' From tab one.');
  await waitUntilSaved(page);

  const otherBody = other.getByRole('textbox', { name: 'Post body' });
  await otherBody.click();
  await other.keyboard.press('Control+End');
  await other.keyboard.type(' From tab two.');
  const conflict = other.getByRole('alert').filter({ hasText: 'This post was changed in another tab or by someone else' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText('First words. From tab one.');
  await expect(conflict).toContainText('First words. From tab two.');
  await expect(otherBody).toHaveText('First words. From tab two.');

  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await waitUntilSaved(other);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Post body' })).toHaveText('First words. From tab two.');
  await page.getByText(/^Revisions/).click();
  await expect(page.getByRole('list', { name: 'Revisions' }).getByRole('listitem')).not.toHaveCount(0);
});

test('hostile HTML pasted into the editor is gone from the published page', async ({ page, browser }) => {
  const title = `Pasted from the web ${Date.now()}`;
  const body = await newPost(page, title);
  await body.click();
  await pasteHtml(
    page,
    '<p style="color:red" onclick="window.__pwned=1">A paragraph <a href="javascript:window.__pwned=1">with a bad link</a> and ' +
      '<a href="https://news.example/story?utm_source=x" data-track="1">a good one</a>.</p>' +
      '<script>window.__pwned = 1</script><iframe src="https://evil.example"></iframe>' +
      '<img src="x" onerror="window.__pwned=1"><style>body{display:none}</style>' +
      '<blockquote class="pull" onmouseover="window.__pwned=1"><p>A quoted line.</p></blockquote>',
  );
  await expect(body.getByRole('link', { name: 'a good one' })).toBeVisible();
  await publish(page);
  await expect(page.getByText('Published.')).toBeVisible();

  const reader = await readerPage(browser, `/posts/${slugOf(title)}`);
  const postBody = reader.page.locator('#post-body');
  await expect(postBody.locator('p').first()).toHaveText('A paragraph with a bad link and a good one.');
  await expect(postBody.getByRole('link', { name: 'a good one' })).toHaveAttribute('href', 'https://news.example/story');
  await expect(postBody.getByRole('link', { name: 'with a bad link' })).toHaveCount(0);
  await expect(postBody.locator('blockquote p')).toHaveText('A quoted line.');
  // The body as the server sent it (the page's own script adds "link to this quote" buttons later).
  const afterBodyTag = (await reader.response!.text()).split('id="post-body"')[1];
  const served = afterBodyTag.slice(afterBodyTag.indexOf('>') + 1).split('</div>')[0];
  expect(served).toContain('A quoted line.');
  expect(served).not.toMatch(/<script|<iframe|<style|<img|\son\w+=|style=|javascript:|data-track|class=/i);
  await postBody.locator('blockquote').hover();
  expect(await reader.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await reader.close();
});

test('an author cannot publish without a title: a clear message, and the text stays', async ({ page }) => {
  const body = await newPost(page, '');
  await body.click();
  await page.keyboard.type('Words without a title.');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveAccessibleDescription('Please give your post a title.');
  await expect(title).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(body).toHaveText('Words without a title.');
  // The draft itself is still saved, untitled: nothing typed is lost.
  await waitUntilSaved(page);
});

test('the editor page has no serious accessibility problems, light and dark', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await signIn(page, author);
    const body = await newPost(page, 'Accessible editing');
    await body.click();
    await page.keyboard.type('> A quote to check.');
    await page.getByRole('button', { name: 'Quote source' }).click();
    await expect(page.getByRole('dialog', { name: 'Quote source' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }
});

test('preview shows a draft as readers will see it, in a new tab, to signed-in people only', async ({
  page,
  context,
  browser,
}) => {
  const title = `Preview me ${Date.now()}`;
  const body = await newPost(page, title);
  await body.click();
  await page.keyboard.type('> Quoted in a draft.');
  await waitUntilSaved(page);

  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Preview (opens in a new tab)' }).click();
  const preview = await opened;
  await expect(preview).toHaveURL(/\/admin\/posts\/\d+\/preview$/);
  await expect(preview.getByText(/Preview — not published yet/)).toBeVisible();
  await expect(preview.locator('article h1')).toHaveText(title);
  await expect(preview.locator('#post-body blockquote')).toHaveText('Quoted in a draft.');

  const stranger = await browser.newContext();
  const signedOut = await stranger.newPage();
  await signedOut.goto(preview.url());
  await expect(signedOut).toHaveURL(/\/login/);
  await stranger.close();
});

test('a revision can be restored from the revisions panel', async ({ page }) => {
  const body = await newPost(page, 'Revisions at work');
  await body.click();
  await page.keyboard.type('The first version.');
  await waitUntilSaved(page);
  await publish(page);
  await expect(page.getByText('Published.')).toBeVisible();
  await body.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('A rewrite that went wrong.');
  await waitUntilSaved(page);

  // Publishing a new post re-renders its page under its new address; the first rendering stays hidden.
  await page
    .getByText(/^Revisions \(/)
    .filter({ visible: true })
    .click();
  const revisions = page.getByRole('list', { name: 'Revisions' });
  const published = revisions.getByRole('listitem').filter({ hasText: 'Published by Alice Author' }).first();
  await published.getByRole('button', { name: /^Restore the revision from/ }).click();
  await expect(body).toHaveText('The first version.');
  await waitUntilSaved(page);
  await expect(revisions.getByRole('listitem').filter({ hasText: 'Saved before a restore' })).not.toHaveCount(0);
});

test('images arrive by paste and drag-and-drop too, and are judged by their content, not their name', async ({
  page,
  browser,
}) => {
  const body = await newPost(page, 'Images every way');
  await body.click();
  const jpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#27c' } })
    .jpeg()
    .toBuffer();
  const bytes = [...jpeg];

  await body.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'pasted.jpg', { type: 'image/jpeg' }));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  const dialog = page.getByRole('dialog', { name: 'Insert image' });
  await dialog.getByLabel('Alt text').fill('A pasted picture');
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(body.getByRole('img', { name: 'A pasted picture' })).toBeVisible({ timeout: 20_000 });

  await body.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'dropped.jpg', { type: 'image/jpeg' }));
    const box = element.getBoundingClientRect();
    element.dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: transfer,
        bubbles: true,
        cancelable: true,
        clientX: box.left + 10,
        clientY: box.top + 10,
      }),
    );
  }, bytes);
  await dialog.getByLabel('The image is decorative (no description)').check();
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(body.locator('img[alt=""]')).toHaveCount(1, { timeout: 20_000 });

  // A script saved with an image's name and type is refused by the server.
  const refused = await page.request.post('/api/media', {
    multipart: {
      file: { name: 'cat.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') },
      alt: 'x',
    },
  });
  expect(refused.status()).toBe(415);
  expect((await refused.json()).error).toBe('Only PNG, JPEG, WebP, GIF and AVIF images can be uploaded.');

  // A reader's browser fetches the first image at once, the second only as it scrolls near (lib/content/lazy-images.ts).
  await publish(page);
  await expect(page.getByText('Published.')).toBeVisible();
  const reader = await readerPage(browser, `/posts/${slugOf('Images every way')}`);
  const images = reader.page.locator('#post-body img');
  await expect(images).toHaveCount(2);
  expect(await images.evaluateAll((els) => els.map((el) => el.getAttribute('loading')))).toEqual([null, 'lazy']);
  await reader.close();
});

test('a title typed while the editor page is still loading is the title that is saved', async ({ page }) => {
  // Hold the page's scripts so the title field exists before React has hydrated it, as on a slow
  // connection or a busy machine, where a person starts typing as soon as they see the field.
  const held: Array<() => void> = [];
  let holding = true;
  await page.route('**/_next/static/chunks/*.js', (route) => {
    if (!holding) return route.continue();
    held.push(() => void route.continue());
  });
  await page.goto('/admin/posts/new', { waitUntil: 'commit' });
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toBeVisible();

  const typing = title.fill('Written before the page was ready');
  holding = false;
  for (const release of held.splice(0)) release();
  await typing;

  await page.getByRole('textbox', { name: 'Post body' }).click();
  await page.keyboard.type('And a body.');
  await waitUntilSaved(page);
  await expect(page).toHaveURL(/\/admin\/posts\/\d+$/);
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Written before the page was ready');
});
