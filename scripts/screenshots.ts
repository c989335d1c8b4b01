// Screenshots of reader pages for the README and docs, light and dark, desktop and phone.
// Usage: npm run screenshots -- [base URL, default http://localhost:3000]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium';

const baseUrl = process.argv[2] ?? 'http://localhost:3000';
const pages = [
  { name: 'home', path: '/' },
  { name: 'post', path: '/posts/the-art-of-the-quoted-passage' },
];
const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({ colorScheme, viewport, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        await page.goto(new URL(path, baseUrl).toString());
        // Show the first quote on a post: it is what Inkwell is about.
        if (name === 'post') await page.locator('figure').first().scrollIntoViewIfNeeded();
        const file = `docs/screenshots/${name}-${colorScheme}-${device}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
