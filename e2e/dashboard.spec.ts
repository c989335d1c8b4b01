import { expect, test } from '@playwright/test';
import { accounts } from './support/accounts';
import { signIn } from './support/session';

test('an admin’s dashboard counts the blog’s posts and charts the last 30 days', async ({ page }) => {
  await signIn(page, accounts.owner);
  await page.goto('/admin');
  const glance = page.getByRole('list', { name: 'At a glance' });
  await expect(glance.getByRole('listitem').filter({ hasText: 'Published' })).toHaveText(/^4\s*Published$/);
  await expect(glance.getByRole('listitem').filter({ hasText: 'Drafts' })).toHaveText(/^0\s*Drafts$/);
  await expect(glance.getByRole('listitem').filter({ hasText: 'Scheduled' })).toHaveText(/^0\s*Scheduled$/);
  await expect(glance.getByRole('listitem').filter({ hasText: 'Pending comments' })).toHaveText(/^0\s*Pending comments$/);
  await expect(page.getByText('No drafts.')).toBeVisible();

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
