import type { Browser, BrowserContextOptions } from '@playwright/test';

let nextAddress = 1;

/**
 * A reader from an address of their own, so per-IP rate limits in one spec do not spill into
 * another (every e2e request really comes from 127.0.0.1; Next passes x-forwarded-for on).
 */
export function readerAddress(): string {
  const n = nextAddress++ + process.pid * 7;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export async function newReader(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': readerAddress() } });
  return { context, page: await context.newPage() };
}
