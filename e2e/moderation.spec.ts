import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts } from './support/accounts';
import { newReader, readerAddress } from './support/readers';
import { deleteAllPostsOf } from './support/posts';
import { signedInPage } from './support/session';

const POST = { slug: 'comments-that-add-something', title: 'Comments that add something' };
const unique = (what: string) => `${what} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

type CommentFields = { name: string; email?: string; comment: string; slug?: string };

/** Posts a comment on a post from this page's browser; returns what the form says. */
async function commentFrom(page: Page, fields: CommentFields) {
  await page.goto(`/posts/${fields.slug ?? POST.slug}`);
  const form = page.getByRole('form', { name: 'Leave a comment' });
  await form.getByLabel('Name').fill(fields.name);
  if (fields.email) await form.getByRole('textbox', { name: /^Email/ }).fill(fields.email);
  await form.getByLabel('Comment').fill(fields.comment);
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByRole('status')).toContainText('Thank you!');
  return (await form.getByRole('status').textContent()) ?? '';
}

/** A reader (in a browser of their own, from an address of their own) posts a comment and sees what the form says. */
async function readerComments(browser: Browser, fields: CommentFields) {
  const reader = await newReader(browser);
  return { ...reader, outcome: await commentFrom(reader.page, fields) };
}

async function queue(page: Page, tab: 'pending' | 'approved' | 'spam' | 'trash' = 'pending') {
  await page.goto(`/admin/comments?status=${tab}`);
}

const commentBy = (page: Page, name: string, title = POST.title) =>
  page.getByRole('article', { name: `Comment by ${name} on “${title}”` });

async function publicPageShows(browser: Browser, text: string, slug = POST.slug) {
  const reader = await newReader(browser);
  await reader.page.goto(`/posts/${slug}`);
  const shown = reader.page.getByRole('region', { name: /comments?$/ }).getByText(text);
  return { shown, page: reader.page, close: () => reader.context.close() };
}

test('a reader comments, the admin approves it, and every reader sees it', async ({ browser }) => {
  const name = unique('Ana');
  const text = unique('A comment worth approving');
  const author = await readerComments(browser, { name, comment: text });
  expect(author.outcome).toContain('awaiting moderation');

  const other = await publicPageShows(browser, text);
  await expect(other.shown).toHaveCount(0);
  await other.close();

  const admin = await signedInPage(browser, accounts.owner);
  await queue(admin);
  await expect(admin.getByRole('link', { name: /^Pending \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
  await commentBy(admin, name).getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '1 comment approved.' })).toBeVisible();
  await expect(commentBy(admin, name)).toHaveCount(0);

  const after = await publicPageShows(browser, text);
  await expect(after.shown).toBeVisible();
  await after.close();
  await author.context.close();
});

test('a reply is threaded under the comment it answers', async ({ browser }) => {
  const reader = await newReader(browser);
  await reader.page.goto(`/posts/${POST.slug}`);
  const parent = reader.page
    .locator('li[id^="comment-"]')
    .filter({ has: reader.page.getByRole('article', { name: 'Comment by Jonah Whitcombe' }) })
    .first();
  const parentId = await parent.getAttribute('id');
  await parent.getByRole('button', { name: 'Reply to Jonah Whitcombe' }).first().click();
  const replyForm = reader.page.getByRole('form', { name: 'Reply to Jonah Whitcombe' });
  const name = unique('Rory');
  const text = unique('A reply to Jonah');
  await replyForm.getByLabel('Name').fill(name);
  await replyForm.getByLabel('Comment').fill(text);
  await replyForm.getByRole('button', { name: 'Post comment' }).click();
  await expect(reader.page.getByRole('status').filter({ hasText: 'Your reply is awaiting moderation.' })).toBeVisible();

  const admin = await signedInPage(browser, accounts.owner);
  await queue(admin);
  await expect(commentBy(admin, name)).toContainText('in reply to Jonah Whitcombe');
  await commentBy(admin, name).getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'approved' })).toBeVisible();

  await reader.page.reload();
  await expect(reader.page.locator(`#${parentId} li`).getByText(text)).toBeVisible();
  await reader.context.close();
});

test('a returning commenter is published at once in their own browser; a stranger typing their name and email is held', async ({
  browser,
}) => {
  const email = `${Date.now()}@returning.test`;
  const name = unique('Rita');
  const rita = await readerComments(browser, { name, email, comment: unique('My first comment here') });
  expect(rita.outcome).toContain('awaiting moderation');

  const admin = await signedInPage(browser, accounts.owner);
  await queue(admin);
  await commentBy(admin, name).getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '1 comment approved.' })).toBeVisible();

  // Someone else types Rita's name and email into a fresh browser: nothing they can type earns trust.
  const forgedText = unique('Pretending to be Rita');
  const stranger = await readerComments(browser, { name, email, comment: forgedText });
  expect(stranger.outcome).toContain('awaiting moderation');
  const forged = await publicPageShows(browser, forgedText);
  await expect(forged.shown).toHaveCount(0);
  await forged.close();
  await stranger.context.close();

  // Rita comes back another day from another address, in her own browser: published at once.
  await rita.context.setExtraHTTPHeaders({ 'x-forwarded-for': readerAddress() });
  const secondText = unique('Back again');
  expect(await commentFrom(rita.page, { name, email, comment: secondText })).toContain('Your comment is published.');
  const other = await publicPageShows(browser, secondText);
  await expect(other.shown).toBeVisible();
  await other.close();
  await rita.context.close();
});

test('spam and bulk actions, undo, not spam and delete permanently', async ({ browser }) => {
  const names = [unique('Bulk A'), unique('Bulk B'), unique('Bulk C')];
  for (const name of names) await readerComments(browser, { name, comment: unique(`Text from ${name}`) });

  const admin = await signedInPage(browser, accounts.owner);
  await queue(admin);
  for (const name of names.slice(0, 2)) await commentBy(admin, name).getByRole('checkbox').check();
  await expect(admin.getByText('2 selected')).toBeVisible();
  await admin.getByRole('button', { name: 'Spam selected' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '2 comments marked as spam.' })).toBeVisible();
  await expect(commentBy(admin, names[0])).toHaveCount(0);

  // Undo puts both back where they were.
  await admin.getByRole('button', { name: 'Undo' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Undone.' })).toBeVisible();
  await expect(commentBy(admin, names[0])).toBeVisible();
  await expect(commentBy(admin, names[1])).toBeVisible();

  for (const name of names.slice(0, 2)) await commentBy(admin, name).getByRole('checkbox').check();
  await admin.getByRole('button', { name: 'Spam selected' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '2 comments marked as spam.' })).toBeVisible();

  await queue(admin, 'spam');
  await commentBy(admin, names[0]).getByRole('button', { name: 'Not spam' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '1 comment approved.' })).toBeVisible();
  admin.once('dialog', (dialog) => void dialog.accept());
  await commentBy(admin, names[1]).getByRole('button', { name: 'Delete permanently' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '1 comment deleted permanently.' })).toBeVisible();
  await expect(commentBy(admin, names[1])).toHaveCount(0);

  await queue(admin, 'approved');
  await expect(commentBy(admin, names[0])).toBeVisible();
  await queue(admin, 'pending');
  await commentBy(admin, names[2]).getByRole('button', { name: 'Trash' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '1 comment moved to the trash.' })).toBeVisible();
  await queue(admin, 'trash');
  await commentBy(admin, names[2]).getByRole('button', { name: 'Restore' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '1 comment restored to Pending.' })).toBeVisible();
});

test('the queue works from the keyboard: j and k move, a approves, s marks spam', async ({ browser }) => {
  const names = [unique('Key A'), unique('Key B')];
  for (const name of names) await readerComments(browser, { name, comment: unique(`Keyboard text from ${name}`) });

  const admin = await signedInPage(browser, accounts.owner);
  await queue(admin);
  // Newest first: Key B, then Key A.
  await commentBy(admin, names[1]).focus();
  await admin.keyboard.press('j');
  await expect(commentBy(admin, names[0])).toBeFocused();
  await admin.keyboard.press('k');
  await expect(commentBy(admin, names[1])).toBeFocused();
  await admin.keyboard.press('s');
  await expect(admin.getByRole('status').filter({ hasText: '1 comment marked as spam.' })).toBeVisible();
  await commentBy(admin, names[0]).focus();
  await admin.keyboard.press('a');
  await expect(admin.getByRole('status').filter({ hasText: '1 comment approved.' })).toBeVisible();
  await queue(admin, 'spam');
  await expect(commentBy(admin, names[1])).toBeVisible();
});

test('the admin replies (published at once), edits a comment, and blocks a commenter', async ({ browser }) => {
  const name = unique('Edith');
  const original = unique('Original words');
  const reader = await readerComments(browser, { name, comment: original });

  const admin = await signedInPage(browser, accounts.owner);
  await queue(admin);
  const row = commentBy(admin, name);
  await row.getByRole('button', { name: 'Edit' }).click();
  const edited = unique('Edited words');
  await row.getByLabel('Comment text').fill(edited);
  await row.getByRole('button', { name: 'Save comment' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Comment saved.' })).toBeVisible();

  const reply = unique('Thanks for writing');
  await row.getByRole('button', { name: 'Reply' }).click();
  await row.getByLabel(`Reply to ${name}`).fill(reply);
  await row.getByRole('button', { name: 'Publish reply' }).click();
  await expect(
    admin.getByRole('status').filter({ hasText: 'Reply published; the comment you answered is approved too.' }),
  ).toBeVisible();

  const shownEdit = await publicPageShows(browser, edited);
  await expect(shownEdit.shown).toBeVisible();
  await shownEdit.close();
  const shownReply = await publicPageShows(browser, reply);
  await expect(shownReply.shown).toBeVisible();
  await shownReply.close();

  // Block: this commenter's next comment goes straight to spam.
  await queue(admin, 'approved');
  await commentBy(admin, name).getByRole('button', { name: 'Block commenter' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Commenter blocked' })).toBeVisible();
  const form = reader.page.getByRole('form', { name: 'Leave a comment' });
  const blockedText = unique('Blocked but trying');
  await form.getByLabel('Comment').fill(blockedText);
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(form.getByRole('status')).toContainText('awaiting moderation');
  await queue(admin, 'spam');
  await expect(admin.getByText(blockedText)).toBeVisible();
  await reader.context.close();
});

test('comments close automatically after the configured number of days', async ({ browser }) => {
  const reader = await newReader(browser);
  await reader.page.goto(`/posts/${POST.slug}`);
  const form = reader.page.getByRole('form', { name: 'Leave a comment' });
  await expect(form).toBeVisible();

  const admin = await signedInPage(browser, accounts.owner);
  const setClosing = async (days: string) => {
    await admin.goto('/admin/settings');
    await admin.getByLabel('Close comments after (days)').fill(days);
    await admin.getByRole('button', { name: /^Save/ }).click();
    await expect(admin.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
  };
  // The welcome posts are days old; one day closes them.
  await setClosing('1');
  try {
    await form.getByLabel('Name').fill('Late');
    await form.getByLabel('Comment').fill(unique('Too late'));
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(form.getByRole('alert')).toContainText('Comments are closed on this post.');
    await expect(form.getByLabel('Comment')).toHaveValue(/Too late/);

    await reader.page.reload();
    await expect(reader.page.getByText('Comments are closed on this post.')).toBeVisible();
    await expect(reader.page.getByRole('form', { name: 'Leave a comment' })).toHaveCount(0);
  } finally {
    await setClosing('');
  }
  await reader.page.reload();
  await expect(reader.page.getByRole('form', { name: 'Leave a comment' })).toBeVisible();
  await reader.context.close();
});

test('the post’s author replying from the queue gets an “Author” badge', async ({ browser }) => {
  const admin = await signedInPage(browser, accounts.owner);
  const title = unique('Owner writes');
  await admin.goto('/admin/posts/new');
  await admin.getByLabel('Title', { exact: true }).fill(title);
  await admin.getByRole('textbox', { name: 'Post body' }).fill('A post by the blog’s owner, for the author badge.');
  await admin.getByRole('button', { name: 'Publish', exact: true }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(admin.getByRole('dialog')).toBeHidden();
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

  try {
    const name = unique('Curious');
    await readerComments(browser, { name, comment: unique('A question for the author'), slug });
    await queue(admin);
    const row = commentBy(admin, name, title);
    await row.getByRole('button', { name: 'Reply' }).click();
    const reply = unique('An answer from the author');
    await row.getByLabel(`Reply to ${name}`).fill(reply);
    await row.getByRole('button', { name: 'Publish reply' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Reply published' })).toBeVisible();

    const reader = await newReader(browser);
    await reader.page.goto(`/posts/${slug}`);
    const answer = reader.page.getByRole('article', { name: `Comment by ${accounts.owner.name}` });
    await expect(answer).toContainText(reply);
    await expect(answer.getByText('Author', { exact: true })).toBeVisible();
    await expect(
      reader.page.getByRole('article', { name: `Comment by ${name}` }).getByText('Author', { exact: true }),
    ).toHaveCount(0);
    await reader.context.close();
  } finally {
    await deleteAllPostsOf(browser, accounts.owner, title);
  }
});
