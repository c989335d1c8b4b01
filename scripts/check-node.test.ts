import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The check runs as a real process, as npm runs it, with Node's reported version faked by a preload
// (process.versions is configurable), and under an old Node when this machine has one.
const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const minimum = String(pkg.engines.node).replace(/^>=/, '');

const fakeVersion = (version: string) =>
  `--import=data:text/javascript,Object.defineProperty(process.versions,'node',{value:'${version}'})`;

function checkNode(node: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(node, [...args, 'scripts/check-node.mjs'], { cwd: root, env, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// The first `node` on PATH whose version is below the minimum (e.g. Debian's Node 20 at /usr/bin/node).
function oldNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).concat('/usr/bin', '/usr/local/bin')) {
    const node = path.join(dir, 'node');
    if (!fs.existsSync(node)) continue;
    const version = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout?.trim();
    if (version && Number(version.split('.')[0]) < 22) return node;
  }
  return undefined;
}

describe('scripts/check-node.mjs', () => {
  it('reads a plain ">=x.y.z" engines range, the only form it understands', () => {
    expect(pkg.engines.node).toMatch(/^>=\d+\.\d+\.\d+$/);
    expect(Number(minimum.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it('passes silently on this Node', () => {
    expect(checkNode(process.execPath)).toEqual({ code: 0, out: '', err: '' });
  });

  it.each(['18.20.8', '20.20.2', '22.11.0'])('refuses Node %s in one line naming both versions', (version) => {
    const { code, out, err } = checkNode(process.execPath, [fakeVersion(version)]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(`Inkwell needs Node.js ${minimum} or newer (Node 24 LTS recommended); this is Node.js ${version}.`);
  });

  it.each([minimum, '22.23.5', '24.22.3', '26.0.0'])('accepts Node %s', (version) => {
    expect(checkNode(process.execPath, [fakeVersion(version)]).code).toBe(0);
  });

  it('runs before anything else in the npm scripts a person types', () => {
    for (const script of ['start', 'dev', 'build', 'test']) {
      expect(pkg.scripts[script]).toMatch(/^node scripts\/check-node\.mjs && /);
    }
  });

  it('`npm start` on an old Node prints the message and exits 1 before building or migrating', () => {
    const result = spawnSync('npm', ['start', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      // Every node npm starts (npm itself included) reports 20.20.2; npm 11 runs on it.
      env: { ...process.env, NODE_OPTIONS: fakeVersion('20.20.2'), DATABASE_URL: 'file:/nonexistent/never-created.db' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Inkwell needs Node.js');
    expect(result.stdout).not.toContain('Database');
  });

  const old = oldNode();
  it.skipIf(!old)(`a real old Node (${old ?? 'none found'}) can parse the check and is refused`, () => {
    const { code, err } = checkNode(old!);
    expect(code).toBe(1);
    expect(err).toContain('Inkwell needs Node.js');
    expect(err).not.toMatch(/SyntaxError|at .*:\d+:\d+/);
  });
});
