import { expect, type Browser, type Page } from '@playwright/test';
import type { Account } from './accounts';

/** Signs in through the real form on /login, as a person would. */
export async function signIn(page: Page, account: Pick<Account, 'email' | 'password'>, path = '/login') {
  await page.goto(path);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A page in a browser context of its own (its own cookies), signed in as `account`. */
export async function signedInPage(browser: Browser, account: Pick<Account, 'email' | 'password'>): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/**
 * Clicks a form's submit button and waits for its server action to answer and for React to have
 * rendered that answer: a SubmitButton is disabled while its form is pending and enabled again only
 * then. Typing into the form before that is undone by React's form reset.
 */
export async function submit(page: Page, buttonName: string) {
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && !!response.request().headers()['next-action'],
  );
  await page.getByRole('button', { name: buttonName }).click();
  await answered;
  // Enabled again, or gone with the page the answer navigated away from.
  await expect(page.getByRole('button', { name: buttonName, disabled: true })).toHaveCount(0);
}

/** Where a person signed in with a temporary password is sent: they choose their own there, by its labels. */
export async function chooseOwnPassword(page: Page, temporary: string, ownPassword: string) {
  await expect(page).toHaveURL('/change-password');
  await page.getByLabel('Current password').fill(temporary);
  await page.getByLabel('New password').fill(ownPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL('/admin');
}

/** The password e2e accounts created by an admin choose after their first sign-in. */
export const OWN_PASSWORD = 'a passphrase of my own choosing';

/**
 * A page of its own for an account an admin just created: signed in with the temporary password,
 * own password chosen (`OWN_PASSWORD` unless given), on the dashboard.
 */
export async function newAccountPage(
  browser: Browser,
  email: string,
  temporary: string,
  ownPassword = OWN_PASSWORD,
): Promise<Page> {
  const page = await signedInPage(browser, { email, password: temporary });
  await chooseOwnPassword(page, temporary, ownPassword);
  return page;
}
