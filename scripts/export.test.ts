import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Runs the real CLI against a fresh database file, as a person would from the shell.
const root = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-export-cli-'));

function exportCli(...args: string[]) {
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['--conditions=react-server', 'scripts/export.ts', ...args],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, 'blog.db')}`, DATA_DIR: dir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run export', () => {
  it('writes both exports into DATA_DIR/exports without arguments', () => {
    const { code, out } = exportCli();
    expect(code).toBe(0);
    const written = fs.readdirSync(path.join(dir, 'exports')).sort();
    expect(written).toEqual([
      expect.stringMatching(/^inkwell-export-\d{4}-\d{2}-\d{2}\.zip$/),
      expect.stringMatching(/^inkwell-wordpress-\d{4}-\d{2}-\d{2}\.xml$/),
    ]);
    expect(out).toMatch(/Wrote .*inkwell-wordpress-.*\.xml \(wxr, 0 items/);
    expect(out).toMatch(/Wrote .*inkwell-export-.*\.zip \(zip, 0 items/);
  });

  it('writes one format to the file named, knowing it from the extension', () => {
    const file = path.join(dir, 'out', 'blog.xml');
    expect(exportCli('--out', file).code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('<wp:wxr_version>1.2</wp:wxr_version>');
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  it('writes the format asked for to any file name', () => {
    const zip = path.join(dir, 'out', 'any-name.bin');
    expect(exportCli('--format', 'zip', '--out', zip).code).toBe(0);
    expect(fs.readFileSync(zip).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown format, saying what to type', () => {
    const unknown = exportCli('--format', 'pdf');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('--format must be one of: wxr, zip');
  });

  it('refuses an --out whose format it cannot tell', () => {
    const unclear = exportCli('--out', path.join(dir, 'backup.tar'));
    expect(unclear.code).toBe(1);
    expect(unclear.err).toContain('--format wxr or --format zip');
  });
});
