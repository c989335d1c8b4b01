import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Creates an account on /admin/users as the signed-in admin; returns the temporary password shown once. */
export async function createAccount(
  page: Page,
  account: { name: string; email: string; role?: 'admin' | 'author' },
): Promise<string> {
  await page.goto('/admin/users');
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  if (account.role === 'admin') await page.getByLabel('Role').selectOption('admin');
  await page.getByRole('button', { name: 'Create account' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Account created' });
  await expect(status).toBeVisible();
  return temporaryPasswordIn(status.locator('code'));
}

export async function temporaryPasswordIn(code: ReturnType<Page['locator']>): Promise<string> {
  const password = (await code.textContent())?.trim() ?? '';
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  return password;
}

/** Opens an account's page from the users list. */
export async function openAccount(page: Page, name: string) {
  await page.goto('/admin/users');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Records the server action request a form submission sends — action id, router state and the
 * encoded form — and stops it before it reaches the server. Replaying it from another session is
 * what an attacker who read the page's HTML could do.
 */
export async function captureServerAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && request.headers()['next-action']) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute('**/*');
  return captured!;
}

/** Sends a captured action request with the cookies of `request` (a page's `page.request`, or none). */
export async function replayServerAction(
  request: APIRequestContext,
  action: CapturedAction,
): Promise<{ status: number; location?: string; body: string }> {
  // The replaying session's own cookies are sent instead of the captured ones.
  const headers = Object.fromEntries(
    Object.entries(action.headers).filter(([name]) => !['cookie', 'content-length'].includes(name)),
  );
  const response = await request.fetch(action.url, { method: 'POST', headers, data: action.body, maxRedirects: 0 });
  return { status: response.status(), location: response.headers().location, body: await response.text() };
}
