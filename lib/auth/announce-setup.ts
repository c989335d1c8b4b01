import 'server-only';
import { countAdmins } from '@/db/queries/users';
import { env } from '@/lib/env';
import { log } from '@/lib/logging/logger';
import { issueSetupToken } from './setup-gate';
import { setupUrl } from './setup-token';

/**
 * Prints a new setup link while the blog has no admin. Only someone who can read the server's log
 * can claim a fresh blog, even when the server is reachable by others; the link works once, for
 * 24 hours, and a restart prints a new one.
 */
export async function announceSetupIfNeeded() {
  let token: string;
  try {
    if ((await countAdmins()) > 0) return;
    token = await issueSetupToken();
  } catch (error) {
    log.error(
      { event: 'setup.check_failed', err: error },
      'could not prepare first-run setup (is the database migrated? `npm run db:migrate`)',
    );
    return;
  }
  // `next start` records the address it listens on before the app loads.
  const origin = env.SITE_URL ?? process.env.__NEXT_PRIVATE_ORIGIN ?? `http://localhost:${env.PORT}`;
  // Plain text on purpose, not a log field: it is the line the owner reads and opens (README).
  console.log(`\nOpen ${setupUrl(origin, token)} to create the owner account`);
  console.log('The link works once and expires in 24 hours; restarting the server prints a new one.\n');
}
