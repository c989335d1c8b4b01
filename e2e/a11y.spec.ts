import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  { name: 'home', path: '/' },
  { name: 'post with a quote', path: '/posts/the-art-of-the-quoted-passage' },
  { name: 'post with a list', path: '/posts/welcome-to-inkwell' },
  { name: '404', path: '/posts/no-such-post' },
  { name: 'search with results', path: '/search?q=quote' },
  { name: 'search without a query', path: '/search' },
  { name: 'search without results', path: '/search?q=zzzzqqq' },
  { name: 'label', path: '/labels/quotes' },
  { name: 'archive', path: '/archive' },
  { name: 'archive month', path: '/archive/2021/03' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const { name, path } of pages) {
      test(`${name} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious).toEqual([]);
      });
    }
  });
}

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
