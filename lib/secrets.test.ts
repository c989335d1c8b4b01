import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCreateSecret } from './secrets';

describe('readOrCreateSecret', () => {
  it('creates an owner-only secret once and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-secret-'));
    const first = readOrCreateSecret(path.join(dir, 'data'), 'auth-secret');
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(path.join(dir, 'data', 'auth-secret')).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecret(path.join(dir, 'data'), 'auth-secret')).toBe(first);
  });
});
