import 'server-only';
import { forbidden } from 'next/navigation';
import { requirePermission, type SessionUser } from '@/lib/auth/session';
import { loadSiteSettings } from '@/lib/settings/site-settings';
import { canWritePages } from './access';

/** For the pages' admin routes: a signed-in person who may write pages (else the forbidden page). */
export async function requirePageWriter(returnTo: string): Promise<SessionUser> {
  const user = await requirePermission('writePosts', returnTo);
  if (!canWritePages(user, await loadSiteSettings())) forbidden();
  return user;
}
