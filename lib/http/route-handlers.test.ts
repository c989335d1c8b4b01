import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The rule of docs/security.md, checked over every route handler there is (and every one added
// later): a handler that changes state refuses cross-site requests, or is called by a server and
// checks a secret token instead. The exceptions are listed here with the reason.
const TOKEN_CHECKED: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': "next-auth's own double-submit CSRF token on every POST",
  'app/api/internal/scheduled-work/route.ts': "the scheduler's bearer token derived from the server secret",
  'app/api/internal/import-refresh/route.ts': "the importer's bearer token derived from the server secret",
  // RFC 8058: mail providers post from their servers, with no Origin to check.
  'app/api/mail/unsubscribe/route.ts': 'the signed unsubscribe token in the URL; it can only turn mail off',
};

function routeHandlers(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeHandlers(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

const root = path.resolve(__dirname, '../..');
const changesState = (source: string) => /export\s+(async\s+function\s+|const\s+\{[^}]*)(POST|PUT|PATCH|DELETE)\b/.test(source);

describe('state-changing route handlers', () => {
  const handlers = routeHandlers(path.join(root, 'app'))
    .map((file) => ({ file: path.relative(root, file).split(path.sep).join('/'), source: fs.readFileSync(file, 'utf8') }))
    .filter(({ source }) => changesState(source));

  it('are found (the scan works)', () => {
    expect(handlers.map((h) => h.file)).toEqual(expect.arrayContaining(['app/api/media/route.ts', 'app/api/views/route.ts']));
  });

  it.each(handlers.map((h) => [h.file, h.source]))('%s refuses cross-site requests or checks a token', (file, source) => {
    if (file in TOKEN_CHECKED) return;
    expect(source).toMatch(/refuseCrossSiteRequest\(request\)/);
  });
});
