import 'server-only';
import { countAdmins } from '@/db/queries/users';
import { env } from '@/lib/env';
import { authSecret } from './secret';
import { deriveSetupToken, setupUrl } from './setup-token';
import { log } from '@/lib/logging/logger';

/**
 * Prints the one-time setup link while the blog has no admin. Only someone who can read the
 * server's log can claim a fresh blog, even when the server is reachable by others.
 */
export async function announceSetupIfNeeded() {
  try {
    if ((await countAdmins()) > 0) return;
  } catch (error) {
    log.error({ event: 'setup.check_failed', err: error }, 'could not check for an owner account (is the database migrated? `npm run db:migrate`)');
    return;
  }
  // `next start` records the address it listens on before the app loads.
  const origin = env.SITE_URL ?? process.env.__NEXT_PRIVATE_ORIGIN ?? `http://localhost:${env.PORT}`;
  console.log(`\nOpen ${setupUrl(origin, deriveSetupToken(authSecret()))} to create the owner account\n`);
}
