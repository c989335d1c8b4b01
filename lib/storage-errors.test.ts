import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { makeReadOnly } from '@/lib/testing/read-only-file';
import { storageProblem } from './storage-errors';

describe('storageProblem', () => {
  it('recognises a write to a read-only SQLite file, as the driver reports it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-readonly-'));
    const file = path.join(dir, 'blog.db');
    const setup = createClient({ url: `file:${file}` });
    await setup.execute('CREATE TABLE t (x)');
    setup.close();
    const undo = makeReadOnly(file);
    const client = createClient({ url: `file:${file}` });
    try {
      expect((await client.execute('SELECT count(*) AS n FROM t')).rows[0].n).toBe(0);
      const error = await client.execute('INSERT INTO t VALUES (1)').catch((e: unknown) => e);
      // Wrapped the way drizzle wraps it: the code is on the cause.
      const problem = storageProblem(new Error('Failed query: insert …', { cause: error }));
      expect(problem).toMatchObject({ kind: 'readOnly' });
      expect(problem!.code).toMatch(/^SQLITE_READONLY/);
      expect(problem!.message).toContain('Nothing was saved');
    } finally {
      client.close();
      undo();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('maps a full disk, and leaves other errors alone', () => {
    expect(storageProblem(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))?.kind).toBe('diskFull');
    expect(storageProblem(Object.assign(new Error('no space'), { code: 'ENOSPC' }))?.kind).toBe('diskFull');
    expect(storageProblem(new Error('NEXT_REDIRECT'))).toBeNull();
    expect(storageProblem(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBeNull();
  });
});
