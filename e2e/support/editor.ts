import type { Page } from '@playwright/test';

/** Pastes HTML into the editor's body as a browser's clipboard would deliver it (HTML and plain text). */
export async function pasteHtml(page: Page, html: string) {
  await page.getByRole('textbox', { name: 'Post body' }).evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', pasted.replace(/<[^>]+>/g, ''));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}
