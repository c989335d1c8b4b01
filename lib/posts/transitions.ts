import 'server-only';
import { deleteTrashedPosts, setPostsStatus, type ReaderChange } from '@/db/queries/post-editing';
import type { PostStatus } from '@/db/schema';
import { tagsForPostChange } from './cache-tags';
import { editablePosts, FORBIDDEN, notAllowed, type EditContext, type EditResult } from './edit-context';
import { canTransition } from './status';

const tagsOf = (changes: { change: ReaderChange }[]) => [
  ...new Set(changes.flatMap(({ change }) => tagsForPostChange(change.before, change.after))),
];

/** Moves posts between statuses from the posts list or the editor; posts the person may not edit are skipped. */
export async function transitionPosts(
  ctx: EditContext,
  ids: number[],
  transition: 'unpublish' | 'trash' | 'restore',
): Promise<EditResult<{ changed: number[]; versions: Record<number, number> }>> {
  const mine = await editablePosts(ctx, ids);
  if (mine.length === 0) return ids.length === 1 ? FORBIDDEN : { ok: true, tags: [], changed: [], versions: {} };
  const target: Record<typeof transition, { status: PostStatus; from: PostStatus[] }> = {
    unpublish: { status: 'draft', from: ['published', 'scheduled'] },
    trash: { status: 'trashed', from: ['draft', 'scheduled', 'published'] },
    restore: { status: 'draft', from: ['trashed'] },
  };
  const allowed = mine.filter((post) => canTransition(post.status, transition)).map((post) => post.id);
  if (allowed.length === 0 && mine.length === 1) return notAllowed(mine[0].status, transition);
  const changes = await setPostsStatus(allowed, target[transition], ctx.now);
  return {
    ok: true,
    tags: tagsOf(changes),
    changed: changes.map((c) => c.id),
    versions: Object.fromEntries(changes.map((c) => [c.id, c.version])),
  };
}

/** "Delete permanently" in the trash. Only trashed posts, which readers cannot see: no tags. */
export async function deletePostsPermanently(ctx: EditContext, ids: number[]): Promise<EditResult<{ deleted: number[] }>> {
  const mine = (await editablePosts(ctx, ids)).filter((post) => canTransition(post.status, 'deletePermanently'));
  const deleted = await deleteTrashedPosts(mine.map((post) => post.id));
  return { ok: true, tags: [], deleted: deleted.map((post) => post.id) };
}
