import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3917';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text().slice(0, 200)); });
await page.goto(base + '/admin/users');
console.log('url after goto', page.url());
await page.getByLabel('Email').fill('owner@example.com');
await page.getByLabel('Password').fill('wrong password here');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForTimeout(1500);
console.log('alert:', await page.getByRole('alert').filter({ hasText: /./ }).allInnerTexts());
await page.getByLabel('Password').fill('owner passphrase 1');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL('**/admin/users');
console.log('signed in, at', page.url());
await page.screenshot({ path: '/tmp/inkwell-auth-manual/users.png', fullPage: true });
for (const p of ['/admin', '/admin/settings', '/admin/profile', '/admin/posts', '/admin/comments']) {
  const r = await page.goto(base + p);
  console.log(p, r.status(), await page.locator('h1').first().innerText());
  await page.screenshot({ path: `/tmp/inkwell-auth-manual/${p.replaceAll('/', '_')}.png`, fullPage: true });
}
const cookies = await ctx.cookies();
console.log(cookies.map(c => `${c.name} httpOnly=${c.httpOnly} sameSite=${c.sameSite} secure=${c.secure}`));
await browser.close();
