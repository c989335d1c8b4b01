import 'server-only';
import { isLiveToken, storeSingleUseToken } from '@/db/queries/tokens';
import { countAdmins } from '@/db/queries/users';
import { hashSetupToken, newSetupToken, SETUP_TOKEN_LIFETIME_MS } from './setup-token';

/** open: show the setup form; refused: wrong, expired, used or missing token; done: an admin exists, /setup is gone. */
export type SetupAccess = 'open' | 'refused' | 'done';

/**
 * The one rule for /setup, asked by proxy.ts (for a real 404 status) and by the page and its
 * action. The action then spends the token in the transaction that creates the owner
 * (createFirstAdmin), so a link works once.
 */
export async function setupAccess(token: unknown, now = new Date()): Promise<SetupAccess> {
  if ((await countAdmins()) > 0) return 'done';
  if (typeof token !== 'string' || !token || token.length > 200) return 'refused';
  return (await isLiveToken(hashSetupToken(token), 'setup', now)) ? 'open' : 'refused';
}

/** A new setup link's token, valid for 24 hours. Earlier links keep working until they expire or setup is done. */
export async function issueSetupToken(now = new Date()): Promise<string> {
  const token = newSetupToken();
  await storeSingleUseToken({
    tokenHash: hashSetupToken(token),
    purpose: 'setup',
    expiresAt: new Date(now.getTime() + SETUP_TOKEN_LIFETIME_MS),
  });
  return token;
}
