import 'server-only';
import { getPostOwners } from '@/db/queries/post-editing';
import type { PostKind, PostStatus } from '@/db/schema';
import type { FieldErrors } from '@/lib/forms/form-state';
import type { SaveConflict } from './concurrency';
import type { PostTransition } from './status';

/**
 * What every editing operation (editing.ts, transitions.ts, revision-history.ts) is given — who is
 * editing and whose posts they may change — and the answer each gives: its result and the cache
 * tags the write touched, or why not. Server actions call them after authorising the person.
 */

export interface EditContext {
  /** The signed-in person, who becomes the author of new posts and revisions. */
  userId: number;
  /**
   * What this editor edits: posts (the default) or standalone pages. Each operation acts only on
   * rows of its kind, so the pages' own access rule (lib/pages/access.ts) cannot be gone round
   * through the posts' actions, nor the other way.
   */
  kind?: PostKind;
  /** Whether this person may change a post by that author (authors: their own; admins: all). */
  mayEdit: (authorId: number) => boolean;
  /** Whether this person may use an image uploaded by that person as a cover (authors: their own; admins: all). */
  mayUseImage: (uploadedBy: number | null) => boolean;
  now?: Date;
}

export type EditFailure =
  | { ok: false; reason: 'invalid'; error: string; fieldErrors: FieldErrors }
  | { ok: false; reason: 'conflict'; error: string; conflict: SaveConflict }
  | { ok: false; reason: 'notFound' | 'forbidden' | 'notAllowed'; error: string };

export type EditResult<T> = ({ ok: true; tags: string[] } & T) | EditFailure;

export const NOT_FOUND = { ok: false, reason: 'notFound', error: 'This post no longer exists.' } as const;
export const FORBIDDEN = { ok: false, reason: 'forbidden', error: 'You can only change your own posts.' } as const;

export function notAllowed(status: PostStatus, transition: PostTransition): EditFailure {
  const what = {
    publish: 'published',
    schedule: 'scheduled',
    unpublish: 'unpublished',
    trash: 'trashed',
    restore: 'restored',
    deletePermanently: 'deleted',
  }[transition];
  return { ok: false, reason: 'notAllowed', error: `A ${status} post cannot be ${what}.` };
}

export const kindOf = (ctx: EditContext): PostKind => ctx.kind ?? 'post';

/** Whether a row is of the kind this context edits (a page is "not found" to the posts' editor). */
export const isOfKind = (ctx: EditContext, post: { kind: PostKind } | null): boolean =>
  post !== null && post.kind === kindOf(ctx);

/** The posts (or pages) among `ids` this person may change. */
export async function editablePosts(ctx: EditContext, ids: number[]) {
  const owners = await getPostOwners(ids);
  return owners.filter((post) => isOfKind(ctx, post) && ctx.mayEdit(post.authorId));
}
