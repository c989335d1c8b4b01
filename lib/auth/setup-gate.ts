import 'server-only';
import { countAdmins } from '@/db/queries/users';
import { authSecret } from './secret';
import { isSetupToken } from './setup-token';

/** open: show the setup form; refused: wrong or missing token; done: an admin exists, /setup is gone. */
export type SetupAccess = 'open' | 'refused' | 'done';

/** The one rule for /setup, asked by proxy.ts (for a real 404 status) and by the page and its action. */
export async function setupAccess(token: unknown): Promise<SetupAccess> {
  if ((await countAdmins()) > 0) return 'done';
  return isSetupToken(authSecret(), token) ? 'open' : 'refused';
}
