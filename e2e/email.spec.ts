import { createClient } from '@libsql/client';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type Browser, type Page } from '@playwright/test';
import type { Account } from './support/accounts';
import { startFreshServer, type FreshServer } from './support/fresh-server';
import { seriousViolations } from './support/axe';
import { newReader } from './support/readers';
import { signedInPage } from './support/session';
import { linkIn, startSmtpServer, type ReceivedMail, type TestSmtpServer } from './support/smtp';

// The mail journeys against a real SMTP server on loopback (e2e/support/smtp.ts): a server of its
// own with SMTP_URL pointing there, a worker that looks for mail every second and retries after one.
test.describe.configure({ mode: 'serial' });

const owner: Account = {
  email: 'olive@mail.e2e.test',
  password: 'owner passphrase for mail',
  name: 'Olive Owner',
  role: 'admin',
};
const writer: Account = {
  email: 'wanda@mail.e2e.test',
  password: 'writer passphrase for mail',
  name: 'Wanda Writer',
  role: 'author',
};
const POST = { slug: 'comments-that-add-something', title: 'Comments that add something' };
const unique = (what: string) => `${what} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

let smtp: TestSmtpServer;
let server: FreshServer;

function database() {
  return createClient({ url: `file:${path.join(server.dataDir, 'blog.db')}` });
}

async function sql(statement: string, args: (string | number)[] = []) {
  const db = database();
  try {
    return (await db.execute({ sql: statement, args })).rows;
  } finally {
    db.close();
  }
}

test.beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startFreshServer(
    { SMTP_URL: smtp.url, MAIL_FROM: 'Inkwell e2e <blog@mail.e2e.test>', MAIL_INTERVAL_SECONDS: '1', MAIL_RETRY_SECONDS: '1' },
    [owner, writer],
  );
  // The welcome post is the writer's here (there is no screen for giving a post to someone else).
  const [{ id }] = await sql('select id from users where email = ?', [writer.email]);
  await sql('update posts set author_id = ? where slug = ?', [Number(id), POST.slug]);
});
test.afterAll(async () => {
  server?.stop();
  await smtp?.stop();
});

/** Waits for the mail to `to` whose subject matches, and returns it. */
async function mailFor(to: string, subject: string | RegExp, count = 1): Promise<ReceivedMail> {
  await expect.poll(() => smtp.mailsTo(to, subject).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(count);
  return smtp.mailsTo(to, subject)[count - 1];
}

async function comment(page: Page, fields: { name: string; email?: string; text: string; notify?: boolean }) {
  await page.goto(`${server.url}/posts/${POST.slug}`);
  const form = page.getByRole('form', { name: 'Leave a comment' });
  await form.getByLabel('Name').fill(fields.name);
  if (fields.email) await form.getByRole('textbox', { name: /^Email/ }).fill(fields.email);
  await form.getByLabel('Comment').fill(fields.text);
  if (fields.notify) await form.getByLabel('Email me when someone replies').check();
  await form.getByRole('button', { name: 'Post comment' }).click();
  return form;
}

async function readerComments(browser: Browser, fields: Parameters<typeof comment>[1]) {
  const reader = await newReader(browser);
  const form = await comment(reader.page, fields);
  await expect(form.getByRole('status')).toContainText('Thank you!');
  return reader;
}

async function signedInOwner(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password', { exact: true }).fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

async function replyFromQueue(admin: Page, to: string, text: string, tab: 'pending' | 'approved' = 'pending') {
  await admin.goto(`/admin/comments?status=${tab}`);
  const row = admin.getByRole('article', { name: `Comment by ${to} on “${POST.title}”` });
  await row.getByRole('button', { name: 'Reply' }).click();
  await row.getByLabel(`Reply to ${to}`).fill(text);
  await row.getByRole('button', { name: 'Publish reply' }).click();
  await expect(admin.getByRole('status').filter({ hasText: /^Reply published/ })).toBeVisible();
}

test('the subscribe box needs an email, and says so next to the field', async ({ browser }) => {
  const reader = await newReader(browser);
  const text = unique('Tell me about replies');
  const form = await comment(reader.page, { name: 'No Address', text, notify: true });
  await expect(form.getByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription(
    /Enter your email to be told about replies/,
  );
  await expect(form.getByLabel('Comment')).toHaveValue(text);
  await expect(form.getByLabel('Email me when someone replies')).toBeChecked();
  await reader.context.close();
});

test('a reader subscribes, confirms, gets the author’s reply, unsubscribes, and hears nothing more', async ({ browser }) => {
  test.slow();
  const email = `reader-${Date.now()}@example.test`;
  const name = unique('Rhea');
  const reader = await newReader(browser);
  const form = await comment(reader.page, { name, email, text: unique('Will someone answer me?'), notify: true });
  await expect(form.getByRole('status')).toContainText('Please check your inbox');

  // Double opt-in: the link confirms on a page, with a button (mail scanners open links too).
  const confirmation = await mailFor(email, 'Confirm your email');
  expect(confirmation.html).toContain('Confirm my email');
  await reader.page.goto(linkIn(confirmation.text, '/mail/confirm?token='));
  expect(await seriousViolations(reader.page)).toEqual([]);
  await reader.page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(reader.page.getByRole('status')).toContainText('Your email is confirmed');

  // The author answers from the moderation queue; that publishes the comment and the reply.
  const admin = await signedInOwner(browser);
  const replyText = unique('Thanks for asking, here is my answer');
  await replyFromQueue(admin, name, replyText);

  const reply = await mailFor(email, `Olive Owner replied to your comment`);
  expect(reply.text).toContain(replyText);
  expect(reply.html).toContain(replyText);
  expect(reply.subject).toContain('[Inkwell]');
  const oneClick = String(reply.rawHeader('List-Unsubscribe')).replace(/^<|>$/g, '');
  expect(oneClick).toMatch(/\/api\/mail\/unsubscribe\?token=/);
  expect(reply.rawHeader('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

  // RFC 8058: the mail provider's POST, with no session and no form token.
  const provider = await playwrightRequest.newContext();
  const answer = await provider.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(answer.status()).toBe(200);
  await provider.dispose();
  // And the link in the mail, in the reader's browser.
  await reader.page.goto(linkIn(reply.text, '/mail/unsubscribe?token='));
  expect(await seriousViolations(reader.page)).toEqual([]);
  await reader.page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(reader.page.getByRole('status')).toContainText('You are unsubscribed');

  // Another reply: nothing for the reader. Mail goes out in order, so once the writer's mail about
  // a later comment has arrived, a reply mail queued before it would have too.
  await replyFromQueue(admin, name, unique('A second answer nobody is told about'), 'approved');
  const marker = unique('A later comment');
  await readerComments(browser, { name: unique('Marker'), text: marker });
  await expect.poll(() => smtp.mailsTo(writer.email).some((m) => m.text.includes(marker)), { timeout: 15_000 }).toBe(true);
  expect(smtp.mailsTo(email, 'replied to your comment')).toHaveLength(1);

  // The admin sees the subscriber, and can delete them.
  await admin.goto('/admin/subscribers');
  expect(await seriousViolations(admin)).toEqual([]);
  const row = admin.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: email }) });
  await expect(row).toContainText(/Unsubscribed/);
  await row.getByRole('button', { name: `Delete ${email}` }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Subscriber deleted' })).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole('rowheader', { name: email })).toHaveCount(0);
  await reader.context.close();
});

test('the author approves a held comment from the email, signed out; the link works once and expires', async ({ browser }) => {
  const name = unique('Held');
  const text = unique('A comment the author approves from her inbox');
  const reader = await readerComments(browser, { name, text });
  const mail = smtp.mailsTo(writer.email).find((m) => m.text.includes(text)) ?? (await mailForText(writer.email, text));
  expect(mail.subject).toBe(`[Inkwell] Comment awaiting approval on "${POST.title}"`);
  expect(mail.html).toContain(text);
  const approve = linkIn(mail.text.split('Approve:')[1], '/mail/moderate?token=');
  const spam = linkIn(mail.text.split('Spam:')[1], '/mail/moderate?token=');

  const signedOut = await browser.newContext();
  const page = await signedOut.newPage();
  await page.goto(approve);
  await expect(page.getByText(text)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Approve comment' }).click();
  await expect(page.getByRole('status')).toContainText('Comment approved');

  await reader.page.goto(`${server.url}/posts/${POST.slug}`);
  await expect(reader.page.getByRole('region', { name: /comments?$/ }).getByText(text)).toBeVisible();

  // Used: this link, and the others of the same mail, open nothing now.
  for (const link of [approve, spam]) {
    await page.goto(link);
    await expect(page.getByRole('alert').filter({ hasText: 'expired or was already used' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Approve comment|Mark as spam/ })).toHaveCount(0);
  }

  // A link past its seven days opens nothing either.
  const late = unique('A comment whose link is left too long');
  await readerComments(browser, { name: unique('Late'), text: late });
  const lateMail = await mailForText(writer.email, late);
  await sql(`update single_use_tokens set expires_at = ? where purpose = 'mail-moderate'`, [Date.now() - 1000]);
  await page.goto(linkIn(lateMail.text.split('Approve:')[1], '/mail/moderate?token='));
  await expect(page.getByRole('alert').filter({ hasText: 'expired or was already used' })).toBeVisible();
  await signedOut.close();
  await reader.context.close();
});

async function mailForText(to: string, text: string): Promise<ReceivedMail> {
  await expect.poll(() => smtp.mailsTo(to).some((m) => m.text.includes(text)), { timeout: 15_000 }).toBe(true);
  return smtp.mailsTo(to).find((m) => m.text.includes(text))!;
}

test('with the SMTP server down, the queue retries and delivers once it is back, once', async ({ browser }) => {
  smtp.setDown(true);
  const text = unique('A comment sent while the mail server is down');
  const reader = await readerComments(browser, { name: unique('Patient'), text });
  // The outbox shows the failure and that the mail waits.
  const admin = await signedInOwner(browser);
  await expect
    .poll(
      async () => {
        await admin.goto('/admin/outbox');
        return admin
          .getByRole('listitem')
          .filter({ hasText: writer.email })
          .filter({ hasText: 'Waiting to be sent · the last attempt failed' })
          .count();
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  const [{ attempts }] = await sql(`select max(attempts) as attempts from mail_queue where status = 'queued'`);
  expect(Number(attempts)).toBeGreaterThanOrEqual(1);

  smtp.setDown(false);
  const mail = await mailForText(writer.email, text);
  // Another mail after it: had the first been sent twice, the copy would be here by now.
  const marker = unique('Marker after the outage');
  await readerComments(browser, { name: unique('Marker'), text: marker });
  await mailForText(writer.email, marker);
  expect(smtp.inbox.filter((m) => m.messageId === mail.messageId)).toHaveLength(1);
  await admin.goto('/admin/outbox');
  await admin.getByRole('listitem').filter({ hasText: writer.email }).first().getByText(/^Sent/).isVisible();
  await reader.context.close();
});

// Without SMTP (the main e2e server): the same mails are kept and shown to admins.
test.describe('with no SMTP server', () => {
  test('the mails appear in /admin/outbox instead', async ({ browser }) => {
    const { accounts } = await import('./support/accounts');
    const email = `outbox-${Date.now()}@example.test`;
    const name = unique('Otis');
    const reader = await newReader(browser);
    await reader.page.goto(`/posts/${POST.slug}`);
    const form = reader.page.getByRole('form', { name: 'Leave a comment' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('textbox', { name: /^Email/ }).fill(email);
    await form.getByLabel('Comment').fill(unique('Kept, not sent'));
    await form.getByLabel('Email me when someone replies').check();
    await form.getByRole('button', { name: 'Post comment' }).click();
    await expect(form.getByRole('status')).toContainText('Please check your inbox');

    const admin = await signedInPage(browser, accounts.owner);
    await admin.goto('/admin/outbox');
    await expect(admin.getByText('No SMTP server is set')).toBeVisible();
    const confirmation = admin
      .getByRole('listitem')
      .filter({ hasText: `To ${email}` })
      .filter({ hasText: 'Confirm your email' });
    await expect(confirmation).toContainText('Kept (no SMTP)');
    expect(await seriousViolations(admin)).toEqual([]);
    await confirmation.getByText('Confirm your email').click();
    const confirmText = (await confirmation.locator('pre').textContent()) ?? '';
    await reader.page.goto(linkIn(confirmText, '/mail/confirm?token='));
    await reader.page.getByRole('button', { name: 'Confirm my email' }).click();
    await expect(reader.page.getByRole('status')).toContainText('Your email is confirmed');

    const held = admin
      .getByRole('listitem')
      .filter({ hasText: `Comment awaiting approval on "${POST.title}"` })
      .first();
    await expect(held).toBeVisible();

    await admin.goto('/admin/comments');
    const row = admin.getByRole('article', { name: `Comment by ${name} on “${POST.title}”` });
    await row.getByRole('button', { name: 'Reply' }).click();
    await row.getByLabel(`Reply to ${name}`).fill(unique('An answer kept in the outbox'));
    await row.getByRole('button', { name: 'Publish reply' }).click();
    await expect(admin.getByRole('status').filter({ hasText: /^Reply published/ })).toBeVisible();
    await admin.goto('/admin/outbox');
    await expect(
      admin
        .getByRole('listitem')
        .filter({ hasText: `To ${email}` })
        .filter({ hasText: 'replied to your comment' }),
    ).toBeVisible();
    await reader.context.close();
  });
});
