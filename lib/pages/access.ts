import { can, type Actor } from '@/lib/auth/roles';

export const PAGES_NOT_ALLOWED = 'Only admins may write pages on this blog.';

/**
 * Who may write pages: admins always; authors only while the setting "Authors may write pages" is
 * on (off on a new blog). Asked on the server by every pages route and action (app/admin/pages),
 * and by the admin navigation only to hide the link.
 */
export function canWritePages(actor: Actor, settings: { authorsMayWritePages: boolean }): boolean {
  if (can(actor, 'manageAllPosts')) return true;
  return settings.authorsMayWritePages && can(actor, 'writePosts');
}
