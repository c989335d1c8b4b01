import type { UserRole } from '@/db/schema';

// What each role may do. Pages, route handlers and server actions ask these questions on the
// server; the admin navigation asks the same ones only to hide links a person cannot use.

export const PERMISSIONS = [
  /** Write posts of one's own and edit one's own profile: every signed-in person. */
  'writePosts',
  /** Edit, publish and trash anyone's posts. */
  'manageAllPosts',
  'moderateComments',
  'manageUsers',
  'manageSettings',
  /** Bring a whole blog in from an export file, and take everything out (/admin/import). */
  'importExport',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<UserRole, ReadonlySet<Permission>> = {
  admin: new Set(PERMISSIONS),
  author: new Set(['writePosts']),
};

export interface Actor {
  id: number;
  role: UserRole;
}

export function can(actor: Actor, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role]?.has(permission) ?? false;
}

/** Admins may use any uploaded image (as a post's cover); authors only the ones they uploaded. */
export function canUseImage(actor: Actor, image: { uploadedBy: number | null }): boolean {
  if (can(actor, 'manageAllPosts')) return true;
  return can(actor, 'writePosts') && image.uploadedBy === actor.id;
}

/** Admins edit every post; authors only their own. */
export function canEditPost(actor: Actor, post: { authorId: number }): boolean {
  if (can(actor, 'manageAllPosts')) return true;
  return can(actor, 'writePosts') && post.authorId === actor.id;
}
