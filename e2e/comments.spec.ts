import { expect, test, type Page } from '@playwright/test';
import { e2eDatabase } from './support/db';
import { newReader, readerAddress } from './support/readers';
import { freePort, serverEnv, startServer } from './support/server';

const POST = '/posts/comments-that-add-something';

async function fillComment(page: Page, fields: { name?: string; email?: string; website?: string; comment: string }) {
  const form = page.getByRole('form', { name: 'Leave a comment' });
  if (fields.name !== undefined) await form.getByLabel('Name').fill(fields.name);
  if (fields.email !== undefined) await form.getByRole('textbox', { name: /^Email/ }).fill(fields.email);
  if (fields.website !== undefined) await form.getByLabel('Website').fill(fields.website);
  await form.getByLabel('Comment').fill(fields.comment);
  return form;
}

test('a reader comments and is told it awaits moderation; another reader does not see it', async ({ browser }) => {
  const author = await newReader(browser);
  await author.page.goto(POST);
  const text = `A first comment, held for moderation ${Date.now()}`;
  const form = await fillComment(author.page, { name: 'Nadia Reader', email: 'nadia@example.com', comment: text });
  // The comment action's own answer (the page also POSTs its view count, as a beacon).
  const answer = author.page.waitForResponse((response) => response.request().headers()['next-action'] !== undefined);
  await form.getByRole('button', { name: 'Post comment' }).click();
  // The answer is the action's result alone, not the post page rendered again: Next marks an answer
  // that carries the page with x-action-revalidated, as it does when an action sets a cookie. The
  // commenter key comes with the form's token (app/api/comments/token), not from the action.
  expect((await answer).headers()['x-action-revalidated']).toBeUndefined();

  await expect(form.getByRole('status')).toContainText('Your comment is awaiting moderation');
  const pending = author.page.getByRole('region', { name: 'Your comments awaiting moderation' });
  await expect(pending.getByText(text)).toBeVisible();
  // The form is ready for another comment.
  await expect(form.getByLabel('Comment')).toHaveValue('');

  // It stays visible to its writer after a reload, and only to them.
  await author.page.reload();
  await expect(author.page.getByRole('region', { name: 'Your comments awaiting moderation' }).getByText(text)).toBeVisible();
  const other = await newReader(browser);
  await other.page.goto(POST);
  await expect(other.page.getByRole('heading', { name: '2 comments', level: 2 })).toBeVisible();
  await expect(other.page.getByText(text)).toHaveCount(0);
  await author.context.close();
  await other.context.close();
});

test('bad input gets a message next to each field and keeps what was typed', async ({ browser }) => {
  const { page, context } = await newReader(browser);
  await page.goto(POST);
  const form = await fillComment(page, {
    name: ' ',
    email: 'not-an-email',
    website: 'javascript:alert(1)',
    comment: 'Keep this text',
  });
  await form.getByRole('button', { name: 'Post comment' }).click();

  await expect(form.getByRole('alert').filter({ hasText: 'Please check the highlighted fields.' })).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription(/Please enter your name/);
  await expect(form.getByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription(/does not look like an email address/);
  await expect(form.getByLabel('Website')).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await expect(form.getByLabel('Comment')).toHaveValue('Keep this text');
  await expect(form.getByRole('textbox', { name: /^Email/ })).toHaveValue('not-an-email');

  // Too long: the counter warns while typing, the server refuses, the text stays.
  const long = 'x'.repeat(5001);
  await form.getByLabel('Name').fill('Ada');
  await form.getByRole('textbox', { name: /^Email/ }).fill('');
  await form.getByLabel('Website').fill('');
  await form.getByLabel('Comment').fill(long);
  await expect(form.getByText('5,001 / 5,000')).toBeVisible();
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByLabel('Comment')).toHaveAccessibleDescription(/up to 5,000 characters/);
  await expect(form.getByLabel('Comment')).toHaveValue(long);
  await context.close();
});

test('posting the same comment twice on a post is refused', async ({ browser }) => {
  const { page, context } = await newReader(browser);
  await page.goto(POST);
  const text = `Same words twice ${Date.now()}`;
  let form = await fillComment(page, { name: 'Echo', comment: text });
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByRole('status')).toContainText('awaiting moderation');
  form = await fillComment(page, { comment: text });
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByLabel('Comment')).toHaveAccessibleDescription(/already posted this comment/);
  await context.close();
});

test('text typed while a comment is still posting is kept when its answer arrives', async ({ browser }) => {
  const { page, context } = await newReader(browser);
  await page.goto(POST);
  // The answer to the first comment is held back until the reader has typed the next one.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${POST}`, async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  const first = `Posted first ${Date.now()}`;
  const form = await fillComment(page, { name: 'Quick Typist', comment: first });
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByRole('button', { name: 'Posting…' })).toBeVisible();
  const next = 'The next thought, typed while the first was posting';
  await form.getByLabel('Comment').fill(next);
  release();
  await expect(page.getByRole('region', { name: 'Your comments awaiting moderation' }).getByText(first)).toBeVisible();
  await expect(form.getByLabel('Comment')).toHaveValue(next);
  await context.close();
});

test('a reader selects a passage of the post and quotes it into a comment', async ({ browser }) => {
  const { page, context } = await newReader(browser);
  await page.goto('/posts/the-art-of-the-quoted-passage');
  const paragraph = page.locator('#post-body p').first();
  await paragraph.selectText();
  const selected = (await page.evaluate(() => document.getSelection()!.toString())).trim();
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  const comment = page.getByRole('form', { name: 'Leave a comment' }).getByLabel('Comment');
  await expect(comment).toBeFocused();
  const value = await comment.inputValue();
  expect(value.startsWith(`> ${selected.split('\n')[0]}`)).toBe(true);

  // Readers can quote each other the same way.
  await page.locator('.comment-body p').first().selectText();
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await expect(comment).toHaveValue(/\n\n> .+\n\n$/);
  await context.close();
});

test('the comment form works without JavaScript', async ({ browser }) => {
  const { page, context } = await newReader(browser, { javaScriptEnabled: false });
  await page.goto(POST);
  const text = `Posted without JavaScript ${Date.now()}`;
  const form = await fillComment(page, { name: 'No Script', comment: text });
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'awaiting moderation' })).toBeVisible();

  const db = e2eDatabase();
  const { rows } = await db.execute({ sql: 'select status from comments where body_source = ?', args: [text] });
  db.close();
  // Without the signed form time that JavaScript fetches, a comment always waits for a person.
  expect(rows.map((r) => r.status)).toEqual(['pending']);

  const invalid = await fillComment(page, { name: '', comment: 'Still here' });
  await invalid.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByText('Please enter your name.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Leave a comment' }).getByLabel('Comment')).toHaveValue('Still here');
  await context.close();
});

test('a bot that fills the hidden field is answered politely and nothing is stored', async ({ browser }) => {
  const { page, context } = await newReader(browser);
  await page.goto(POST);
  const text = `Bot text ${Date.now()}`;
  const form = await fillComment(page, { name: 'Bot', comment: text });
  await page.locator('input[name="company"]').fill('ACME', { force: true });
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByRole('status')).toContainText('awaiting moderation');
  const db = e2eDatabase();
  const { rows } = await db.execute({ sql: 'select count(*) as n from comments where body_source = ?', args: [text] });
  db.close();
  expect(Number(rows[0].n)).toBe(0);
  await context.close();
});

test('a reader who comments too often is asked to wait', async ({ browser }) => {
  const { page, context } = await newReader(browser);
  await page.goto(POST);
  for (let i = 1; i <= 5; i++) {
    const text = `Comment number ${i} at ${Date.now()}`;
    const form = await fillComment(page, { name: 'Hasty', comment: text });
    await form.getByRole('button', { name: 'Post comment' }).click();
    // The status reads the same after each comment: wait for this one to be answered, or the next
    // text would be typed while it is posting (and cleared when its answer arrives).
    await expect(page.getByRole('region', { name: 'Your comments awaiting moderation' }).getByText(text)).toBeVisible();
  }
  const form = await fillComment(page, { name: 'Hasty', comment: `One too many ${Date.now()}` });
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByRole('alert')).toContainText(/You are commenting too quickly\. Please wait \d+ seconds/);
  await expect(form.getByLabel('Comment')).toHaveValue(/One too many/);
  await context.close();
});

test('a comment posted faster than a person could write it is refused, with the text kept', async ({ browser }) => {
  // A server of its own with the default minimum time, on the same build and database.
  const dataDir = process.env.INKWELL_E2E_DATA_DIR!;
  const port = await freePort();
  const server = await startServer(dataDir, port, { ...serverEnv(dataDir, port), COMMENT_MIN_SECONDS: '30' });
  const context = await browser.newContext({ baseURL: server.url, extraHTTPHeaders: { 'x-forwarded-for': readerAddress() } });
  try {
    const page = await context.newPage();
    await page.goto(POST);
    const form = await fillComment(page, { name: 'Speedy', comment: 'Typed in no time' });
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(form.getByRole('alert')).toContainText('That was quick!');
    await expect(form.getByLabel('Comment')).toHaveValue('Typed in no time');
  } finally {
    await context.close();
    server.process.kill('SIGTERM');
  }
});
