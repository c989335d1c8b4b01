import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ARCHIVE_TEST_MONTH } from './support/seed-archive-posts';
import { root } from './support/server';

// The W3C Nu HTML checker (vnu-jar, the checker behind validator.w3.org/nu) on the HTML each reader
// page is served with, before any script runs. Errors fail; warnings and info are printed only.

const readerPages = [
  { name: 'home', path: '/' },
  { name: 'second page of posts', path: '/page/2' },
  { name: 'post with comments and a reply', path: '/posts/comments-that-add-something' },
  { name: 'label', path: '/labels/quotes' },
  { name: 'archive', path: '/archive' },
  { name: 'archive year', path: `/archive/${ARCHIVE_TEST_MONTH.year}` },
  { name: 'archive month', path: `/archive/${ARCHIVE_TEST_MONTH.year}/${ARCHIVE_TEST_MONTH.month}` },
  { name: 'search with results', path: '/search?q=quote' },
  { name: 'search without results', path: '/search?q=zzzzqqq' },
  { name: 'search without a query', path: '/search' },
  { name: 'standalone page', path: '/about' },
  { name: '404', path: '/posts/no-such-post', status: 404 },
  { name: 'sign-in', path: '/login' },
];

const vnuJar = path.join(root, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal';
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

// No Java means no checker: say how to get one rather than pass without checking (.ci/run installs it).
function requireJava() {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      [
        'The W3C HTML checker (vnu-jar) needs Java 11 or newer, and `java` is not on PATH. Install it:',
        '  sudo apt-get install default-jre-headless     (Debian/Ubuntu)',
        '  brew install openjdk                          (macOS)',
      ].join('\n'),
    );
  }
}

/** Runs one checker on all the files (it takes many) and returns its messages by file name. */
function validate(files: string[]): Map<string, VnuMessage[]> {
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`vnu exited with ${result.status}: ${result.stderr}`);
  // vnu writes its JSON report to stderr.
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  const byFile = new Map<string, VnuMessage[]>(files.map((f) => [path.basename(f), []]));
  for (const m of messages) byFile.get(path.basename(new URL(m.url).pathname))?.push(m);
  return byFile;
}

const describe = (m: VnuMessage) =>
  `${m.subType ?? m.type} at line ${m.lastLine ?? '?'}, column ${m.firstColumn ?? '?'}: ${m.message}` +
  (m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '');

test('every reader page is valid HTML for the W3C Nu checker', async ({ request }) => {
  requireJava();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-vnu-'));
  try {
    const files: string[] = [];
    for (const [i, page] of readerPages.entries()) {
      const response = await request.get(page.path);
      expect(response.status(), page.path).toBe(page.status ?? 200);
      const file = path.join(dir, `${i}.html`);
      fs.writeFileSync(file, await response.body());
      files.push(file);
    }

    const messages = validate(files);
    const errors: string[] = [];
    const notes = new Map<string, number>();
    for (const [i, page] of readerPages.entries()) {
      for (const m of messages.get(`${i}.html`) ?? []) {
        const line = `${page.name} (${page.path}): ${describe(m)}`;
        if (m.type !== 'info') errors.push(line);
        else if (m.subType === 'warning') console.log(`warning: ${line}`);
        // Plain info (e.g. React's `<meta … />` self-closing slashes, which HTML allows): counted once.
        else notes.set(m.message, (notes.get(m.message) ?? 0) + 1);
      }
    }
    for (const [message, count] of notes) console.log(`info (${count}×): ${message}`);
    expect(errors, errors.join('\n')).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
