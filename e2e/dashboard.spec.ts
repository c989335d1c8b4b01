import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { e2eDatabase } from './support/db';
import { signIn } from './support/session';

/** What the dashboard should say, read from the run's database (other specs add posts and comments; pages are not posts). */
async function countsInDatabase() {
  const db = e2eDatabase();
  const count = async (sql: string) => Number((await db.execute(sql)).rows[0].n);
  const counts = {
    published: await count("select count(*) as n from posts where kind = 'post' and status = 'published'"),
    drafts: await count("select count(*) as n from posts where kind = 'post' and status = 'draft'"),
    scheduled: await count("select count(*) as n from posts where kind = 'post' and status = 'scheduled'"),
    pending: await count("select count(*) as n from comments where status = 'pending'"),
  };
  db.close();
  return counts;
}

test('an admin’s dashboard counts the blog’s posts and charts the last 30 days', async ({ page }) => {
  await signIn(page, accounts.owner);
  const counts = await countsInDatabase();
  expect(counts.published).toBeGreaterThanOrEqual(4);
  await page.goto('/admin');
  const glance = page.getByRole('list', { name: 'At a glance' });
  await expect(glance.getByRole('listitem').filter({ hasText: 'Published' })).toHaveText(
    new RegExp(`^${counts.published}\\s*Published$`),
  );
  await expect(glance.getByRole('listitem').filter({ hasText: 'Drafts' })).toHaveText(new RegExp(`^${counts.drafts}\\s*Drafts$`));
  await expect(glance.getByRole('listitem').filter({ hasText: 'Scheduled' })).toHaveText(
    new RegExp(`^${counts.scheduled}\\s*Scheduled$`),
  );
  await expect(glance.getByRole('listitem').filter({ hasText: 'Pending comments' })).toHaveText(
    new RegExp(`^${counts.pending}\\s*Pending comments$`),
  );
  if (counts.drafts === 0) await expect(page.getByText('No drafts.')).toBeVisible();

  // The chart is SVG drawn on the server, with a text alternative and the numbers in a table.
  const comments = page.getByRole('img', { name: /comments in the last 30 days/ });
  await expect(comments).toBeVisible();
  await page.getByText('Daily numbers').click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(31);
  const perDay = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => Number(tr.querySelectorAll('td')[1].textContent)));
  const total = perDay.reduce((a, b) => a + b, 0);
  // The welcome posts' comments are within the month; the chart's summary agrees with the table.
  expect(total).toBeGreaterThan(0);
  await expect(comments).toHaveAccessibleName(new RegExp(`^${total} comments in the last 30 days`));
});

test('an author’s dashboard counts only their own posts', async ({ page }) => {
  await signIn(page, accounts.author);
  await page.goto('/admin');
  await expect(page.getByText('Your posts at a glance.')).toBeVisible();
  const glance = page.getByRole('list', { name: 'At a glance' });
  await expect(glance.getByRole('listitem').filter({ hasText: 'Published' })).toHaveText(/^0\s*Published$/);
  await expect(glance.getByRole('listitem').filter({ hasText: 'Pending comments' })).toHaveCount(0);
});
