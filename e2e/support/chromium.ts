import fs from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

// Flags for running as root in a container with no network but loopback.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Playwright's own Chromium when it is installed, else the system's. Returns undefined to let
 * Playwright use its own, or a path to a system browser.
 */
export function chromiumExecutable(): string | undefined {
  if (fs.existsSync(chromium.executablePath())) return undefined;
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  npx playwright install chromium          (downloads Playwright’s own browser)',
      '  sudo apt-get install chromium            (Debian/Ubuntu; used from /usr/bin/chromium)',
    ].join('\n'),
  );
}
