// `npm start`: prepare the database, build when there is no build yet, then serve.
// Works with no environment set: secrets are generated into DATA_DIR on first start.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { readOrCreateSecret } from '@/lib/secrets';
import { prepareDatabase } from './prepare-db';
import { SERVER_NODE_ARGS } from './server-command';

const nextBin = path.join(process.cwd(), 'node_modules', '.bin', 'next');
const distDir = process.env.NEXT_DIST_DIR || '.next';

function serverEnvironment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateSecret(env.DATA_DIR, 'auth-secret'),
    // next-auth refuses requests whose host it cannot trust; the app is served as is, behind no fixed URL.
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
    NODE_ENV: 'production',
  };
}

async function main() {
  await prepareDatabase();
  const childEnv = serverEnvironment();

  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log('No build found: running `next build` (a minute or two, once)…');
    const build = spawnSync(nextBin, ['build'], { stdio: 'inherit', env: childEnv });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  if (env.RATE_LIMIT === 'off') {
    console.warn('\n*** RATE_LIMIT=off: sign-in and comment rate limits are DISABLED. Never do this in production. ***\n');
  }

  // Not `next start`: scripts/serve.ts is Next's handler behind the step that fixes the client's address.
  // Node with tsx as a loader, not the tsx command: that one runs the script in a child process and,
  // when the child does not confirm a signal within 30 ms (a busy moment), kills it with SIGKILL —
  // no orderly stop. This way SIGTERM reaches the server itself (docs/operations.md, Shutdown).
  const server = spawn(process.execPath, SERVER_NODE_ARGS, {
    stdio: 'inherit',
    env: childEnv,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
