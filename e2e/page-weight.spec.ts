import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Request } from '@playwright/test';
import { READER_PAGES, WEIGHT_BUDGET } from '../bench/page-weight';

// Bytes, not time: what a first visit to each reader page downloads, as Chromium loads it. The
// budget is written once, in bench/page-weight.ts (WEIGHT_BUDGET); `npm run bench:weight` gives the
// full table and the framework's floor (bench/README.md, "Page weight").

/** Next's requests for a route's data (prefetches and client navigations): `?_rsc=` in the URL. */
const isRouteData = (request: Request) => new URL(request.url()).searchParams.has('_rsc');

/** What a page's first paint needs; beacons, favicons and route data are not counted. */
const PAGE_RESOURCES = new Set(['document', 'script', 'stylesheet', 'font', 'image']);

/** Loads a page and gzips (level 9, as the bench does) every resource it downloaded. */
async function firstVisit(page: Page, path: string) {
  const resources: Promise<{ type: string; url: string; gzipBytes: number }>[] = [];
  const routeData: string[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (isRouteData(request)) routeData.push(request.url());
    const type = request.resourceType();
    if (PAGE_RESOURCES.has(type)) {
      resources.push(
        response.body().then((body) => ({
          type,
          url: request.url(),
          // Images and fonts are compressed already: never counted above their own size.
          gzipBytes: Math.min(body.byteLength, gzipSync(body, { level: 9 }).byteLength),
        })),
      );
    }
  });
  await page.goto(path);
  // Hydrated (the theme toggle is enabled then), and the network quiet: any prefetch has been sent.
  await expect(page.getByRole('button', { name: 'Dark mode' })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  return { resources: await Promise.all(resources), routeData };
}

const kb = (bytes: number) => `${bytes / 1000} KB`;

for (const { name, path } of READER_PAGES) {
  test(`a first visit to ${path} (${name}) stays within ${kb(WEIGHT_BUDGET.jsGzipBytes)} of JavaScript and ${kb(WEIGHT_BUDGET.firstVisitGzipBytes)} in all, and prefetches nothing`, async ({
    page,
  }) => {
    const { resources, routeData } = await firstVisit(page, path);
    const listing = resources.map((r) => `${r.gzipBytes} ${r.type} ${r.url}`).join('\n');
    const sum = (list: typeof resources) => list.reduce((total, r) => total + r.gzipBytes, 0);
    const scripts = sum(resources.filter((r) => r.type === 'script'));
    expect.soft(scripts, `JavaScript on ${path}:\n${listing}`).toBeLessThanOrEqual(WEIGHT_BUDGET.jsGzipBytes);
    expect.soft(sum(resources), `everything on ${path}:\n${listing}`).toBeLessThanOrEqual(WEIGHT_BUDGET.firstVisitGzipBytes);
    // Links prefetch on intent (components/site/IntentLink.tsx), not when they come into view.
    expect(routeData, 'route data fetched on load').toEqual([]);
  });
}

test('a reader who points at a link gets it prefetched, and it opens without a full page load', async ({ page }) => {
  await firstVisit(page, '/posts/the-art-of-the-quoted-passage');
  const archive = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Archive' });
  const prefetch = page.waitForRequest((request) => isRouteData(request) && new URL(request.url()).pathname === '/archive');
  await archive.hover();
  await prefetch;

  // A client-side navigation: no new document is requested.
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
  });
  await archive.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  expect(documents).toEqual([]);
});

test('a reader who tabs to a link gets it prefetched, and Enter opens it', async ({ page }) => {
  await firstVisit(page, '/');
  const search = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' });
  const prefetch = page.waitForRequest((request) => isRouteData(request) && new URL(request.url()).pathname === '/search');
  // From the top of the page: the skip link, the blog's name, Home, Archive, then Search.
  for (let i = 0; i < 10 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(search).toBeFocused();
  await prefetch;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('searchbox')).toBeVisible();
});
