import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accounts } from './accounts';
import { chromiumExecutable } from './chromium';
import { seedArchiveTestPosts } from './seed-archive-posts';
import { freePort, nextBin, root, serverEnv, startServer } from './server';

// One production build and one server per run, on a fresh database in a temporary folder.
// The build goes to .next-e2e so it never replaces the build `npm start` serves.

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with ${result.status}`);
}

export default async function globalSetup() {
  chromiumExecutable(); // fail before building when there is no browser, with the install hint

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkwell-e2e-'));
  const port = await freePort();
  const env = serverEnv(dataDir, port);

  // The database is prepared before the build: Cache Components prerenders pages from it.
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  run(tsx, ['--conditions=react-server', 'scripts/prepare-db.ts'], env);
  // Accounts are made the way an operator makes them: with the CLI, not by writing rows.
  for (const { email, password, name, role } of Object.values(accounts)) {
    run(
      tsx,
      [
        '--conditions=react-server',
        'scripts/user-create.ts',
        '--email',
        email,
        '--password',
        password,
        '--name',
        name,
        '--role',
        role,
      ],
      env,
    );
  }
  await seedArchiveTestPosts(env.DATABASE_URL!);
  if (!process.env.E2E_SKIP_BUILD) run(nextBin, ['build'], env);

  const server = await startServer(dataDir, port);

  // Workers inherit these: the address to test, and the data folder for tests that inspect it.
  process.env.INKWELL_E2E_URL = server.url;
  process.env.INKWELL_E2E_DATA_DIR = dataDir;

  return async () => {
    server.process.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
