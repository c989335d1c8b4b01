import 'server-only';
import {
  createDraftPost,
  deleteTrashedPosts,
  getPostForEditing,
  getPostOwners,
  isSlugTaken,
  setPostsStatus,
  updatePostIfVersion,
  type EditablePost,
  type ReaderChange,
} from '@/db/queries/post-editing';
import { publishDueScheduledPosts, purgeTrashedPostsBefore } from '@/db/queries/scheduling';
import { getMediaUploader } from '@/db/queries/media';
import {
  getLastRevision,
  getRevision,
  insertRevision,
  listRevisions,
  updateRevisionText,
  type RevisionSummary,
} from '@/db/queries/revisions';
import { purgeViewVisitorsBefore } from '@/db/queries/views';
import type { PostKind, PostStatus } from '@/db/schema';
import { preparePostContent } from '@/lib/content/prepare';
import { slugify } from '@/lib/content/slug';
import { isReservedTopLevelName } from '@/lib/pages/reserved-slugs';
import { tagsForPostChange } from './cache-tags';
import { CONFLICT_MESSAGE, type SaveConflict } from './concurrency';
import { TITLE_REQUIRED, type PostDraftInput, type PostFieldErrors } from './input';
import { AUTOSAVE_REVISION_INTERVAL_MS, revisionToKeep, type RevisionReason } from './revisions';
import { slugFromTitle, slugProblem, uniqueSlug } from './slug';
import { canTransition, publication, publicationDateFor, trashPurgeCutoff, type PostTransition } from './status';
import { viewVisitorsPurgeDay } from '@/lib/views/visitor';

/**
 * The editor's operations on posts: validation beyond the schema (slugs, transitions), sanitizing,
 * revisions, optimistic concurrency, and the cache tags each write touches. Server actions call
 * these after authorising the person; `mayEdit` says whose posts they may change.
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

type Failure =
  | { ok: false; reason: 'invalid'; error: string; fieldErrors: PostFieldErrors }
  | { ok: false; reason: 'conflict'; error: string; conflict: SaveConflict }
  | { ok: false; reason: 'notFound' | 'forbidden' | 'notAllowed'; error: string };

export type EditResult<T> = ({ ok: true; tags: string[] } & T) | Failure;

export interface SavedPost {
  postId: number;
  version: number;
  slug: string;
  status: PostStatus;
  publishedAt: Date | null;
  revision: RevisionReason | null;
  /** A published post's autosave: kept on the server as a revision, not yet on the blog. */
  pendingChanges: boolean;
}

const NOT_FOUND = { ok: false, reason: 'notFound', error: 'This post no longer exists.' } as const;
export const COVER_NOT_YOURS = 'You can only use an image you uploaded yourself as the cover.';
export const COVER_MISSING = 'This cover image no longer exists. Choose another.';
const FORBIDDEN = { ok: false, reason: 'forbidden', error: 'You can only change your own posts.' } as const;

function notAllowed(status: PostStatus, transition: PostTransition): Failure {
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

const labelRefs = (names: string[]) => names.map((name) => ({ name, slug: slugify(name, 60) }));

const kindOf = (ctx: EditContext): PostKind => ctx.kind ?? 'post';
const isOfKind = (ctx: EditContext, post: { kind: PostKind } | null) => post !== null && post.kind === kindOf(ctx);

/**
 * The slug a save stores. Made from the title while `slugAuto` (unique, -2, -3…) — but a published
 * post's address never moves unless the author types a new one; a typed slug must be free.
 */
async function resolveSlug(
  input: PostDraftInput,
  current: EditablePost | null,
  kind: PostKind,
): Promise<{ slug: string } | { error: string }> {
  // A page lives at /<slug>: a name the app's own routes use is taken, whoever typed or made it.
  const isTaken = async (s: string) => (kind === 'page' && isReservedTopLevelName(s)) || isSlugTaken(s, current?.id);
  const auto = input.slugAuto || !input.slug;
  if (auto && current?.status === 'published') return { slug: current.slug };
  if (auto) {
    const base = slugFromTitle(input.title);
    if (current && (current.slug === base || new RegExp(`^${base}-\\d+$`).test(current.slug))) return { slug: current.slug };
    return { slug: await uniqueSlug(base, isTaken) };
  }
  const problem = slugProblem(input.slug, kind);
  if (problem) return { error: problem };
  if (await isSlugTaken(input.slug, current?.id)) {
    const free = await uniqueSlug(input.slug, isTaken);
    return { error: `Another ${kind === 'page' ? 'page or post' : 'post'} already uses this slug. Try “${free}”.` };
  }
  return { slug: input.slug };
}

/**
 * Media ids are sequential, so a cover id could point at anyone's image (and show it in the editor).
 * A new cover must be an image the person may use; the post's current cover may stay as it is (an
 * admin may have set it on an author's post).
 */
async function coverProblem(ctx: EditContext, coverMediaId: number | null, current: EditablePost | null): Promise<string | null> {
  if (coverMediaId === null || coverMediaId === current?.coverMediaId) return null;
  const image = await getMediaUploader(coverMediaId);
  if (!image) return COVER_MISSING;
  return ctx.mayUseImage(image.uploadedBy) ? null : COVER_NOT_YOURS;
}

function conflictOf(current: EditablePost, input: PostDraftInput): Failure {
  return {
    ok: false,
    reason: 'conflict',
    error: CONFLICT_MESSAGE,
    conflict: {
      theirs: { version: current.version, title: current.title, contentHtml: current.contentHtml, updatedAt: current.updatedAt },
      yours: { title: input.title, contentHtml: input.contentHtml, baseVersion: input.baseVersion },
    },
  };
}

/** A refused save is kept as a revision too: both versions survive, whatever the browser does next. */
async function keepRefusedVersion(ctx: EditContext, current: EditablePost, input: PostDraftInput) {
  const contentHtml = preparePostContent(input.contentHtml).contentHtml;
  if (contentHtml === current.contentHtml && input.title === current.title) return;
  await insertRevision({
    postId: current.id,
    title: input.title,
    contentHtml,
    authorId: ctx.userId,
    reason: 'autosave',
    createdAt: ctx.now,
  });
}

async function keepRevision(
  ctx: EditContext,
  postId: number,
  kind: 'autosave' | 'publish',
  text: { title: string; contentHtml: string },
) {
  const now = ctx.now ?? new Date();
  const reason = revisionToKeep({ kind, last: await getLastRevision(postId), now, ...text });
  if (reason) await insertRevision({ postId, ...text, authorId: ctx.userId, reason, createdAt: now });
  return reason;
}

/**
 * Unpublished edits to a published post: the blog keeps showing the published text, and the edits are
 * kept as an autosave revision — grown in place, with a new one at most every ten minutes.
 */
async function keepPendingChanges(ctx: EditContext, current: EditablePost, text: { title: string; contentHtml: string }) {
  const now = ctx.now ?? new Date();
  const last = await getLastRevision(current.id);
  const growable =
    last?.reason === 'autosave' &&
    last.authorId === ctx.userId &&
    last.createdAt.getTime() > current.updatedAt.getTime() &&
    now.getTime() - last.createdAt.getTime() < AUTOSAVE_REVISION_INTERVAL_MS;
  if (growable) await updateRevisionText(last.id, text);
  else await insertRevision({ postId: current.id, ...text, authorId: ctx.userId, reason: 'autosave', createdAt: now });
}

/**
 * Saves what the editor holds. `autosave` keeps the post's status; `publish` publishes it (or schedules
 * it, when its publish date is ahead). A new post (`postId` null) is created as a draft first.
 */
export async function savePost(
  ctx: EditContext,
  postId: number | null,
  input: PostDraftInput,
  kind: 'autosave' | 'publish',
): Promise<EditResult<SavedPost>> {
  const now = ctx.now ?? new Date();
  if (kind === 'publish' && !input.title) {
    return { ok: false, reason: 'invalid', error: TITLE_REQUIRED, fieldErrors: { title: TITLE_REQUIRED } };
  }

  const postKind = kindOf(ctx);
  let current = postId === null ? null : await getPostForEditing(postId);
  if (postId !== null && !isOfKind(ctx, current)) return NOT_FOUND;
  if (current && !ctx.mayEdit(current.authorId)) return FORBIDDEN;
  if (current?.status === 'trashed') {
    return { ok: false, reason: 'notAllowed', error: `This ${postKind} is in the trash. Restore it to edit it.` };
  }
  if (current && input.baseVersion !== current.version) {
    await keepRefusedVersion(ctx, current, input);
    return conflictOf(current, input);
  }

  const slug = await resolveSlug(input, current, postKind);
  if ('error' in slug) return { ok: false, reason: 'invalid', error: slug.error, fieldErrors: { slug: slug.error } };
  const cover = await coverProblem(ctx, input.coverMediaId, current);
  if (cover) return { ok: false, reason: 'invalid', error: cover, fieldErrors: { coverMediaId: cover } };

  const body = preparePostContent(input.contentHtml, input.excerpt);
  const settings = {
    slug: slug.slug,
    commentsOpen: input.commentsOpen,
    coverMediaId: input.coverMediaId,
    // Pages stand outside the stream: no labels, and no date to schedule or back-date them by.
    labels: postKind === 'page' ? [] : labelRefs(input.labels),
  };
  const chosenDate = postKind === 'page' ? null : input.publishedAt;

  if (kind === 'autosave' && current?.status === 'published') {
    await keepPendingChanges(ctx, current, { title: input.title, contentHtml: body.contentHtml });
    return {
      ok: true,
      tags: [],
      postId: current.id,
      version: current.version,
      slug: current.slug,
      status: current.status,
      publishedAt: current.publishedAt,
      revision: 'autosave',
      pendingChanges: true,
    };
  }

  if (!current) {
    const created = await createDraftPost(
      { authorId: ctx.userId, kind: postKind, title: input.title, ...body, ...settings, publishedAt: chosenDate },
      now,
    );
    if (kind === 'autosave') {
      const revision = await keepRevision(ctx, created.id, 'autosave', { title: input.title, contentHtml: body.contentHtml });
      return {
        ok: true,
        tags: [],
        postId: created.id,
        version: created.version,
        slug: created.slug,
        status: 'draft',
        publishedAt: chosenDate,
        revision,
        pendingChanges: false,
      };
    }
    current = await getPostForEditing(created.id);
    if (!current) return NOT_FOUND;
  }

  let status: PostStatus = current.status;
  // A scheduled post keeps its time on autosave; only Publish or Schedule moves it.
  let publishedAt = current.status === 'scheduled' ? current.publishedAt : chosenDate;
  if (kind === 'publish') {
    if (!canTransition(current.status, 'publish')) return notAllowed(current.status, 'publish');
    ({ status, publishedAt } = publication(now, publicationDateFor(current, chosenDate)));
  }

  const write = await updatePostIfVersion(
    current.id,
    current.version,
    { title: input.title, ...body, ...settings, status, publishedAt },
    now,
  );
  if (!write.ok) {
    if (write.current) {
      await keepRefusedVersion(ctx, write.current, input);
      return conflictOf(write.current, input);
    }
    return NOT_FOUND;
  }

  const revision = await keepRevision(ctx, current.id, kind === 'publish' && status === 'published' ? 'publish' : 'autosave', {
    title: input.title,
    contentHtml: body.contentHtml,
  });
  return {
    ok: true,
    tags: tagsForPostChange(write.change.before, write.change.after),
    postId: current.id,
    version: write.version,
    slug: write.slug,
    status: write.status,
    publishedAt,
    revision,
    pendingChanges: false,
  };
}

async function editablePosts(ctx: EditContext, ids: number[]) {
  const owners = await getPostOwners(ids);
  return owners.filter((post) => isOfKind(ctx, post) && ctx.mayEdit(post.authorId));
}

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

/**
 * Loads a revision back for the editor. What the post holds now is kept first as a "restore" revision,
 * so restoring can itself be undone; the editor then saves the restored text like any edit.
 */
export async function restoreRevision(
  ctx: EditContext,
  postId: number,
  revisionId: number,
): Promise<EditResult<{ title: string; contentHtml: string }>> {
  const [post, revision] = await Promise.all([getPostForEditing(postId), getRevision(revisionId)]);
  if (!post || !isOfKind(ctx, post) || !revision || revision.postId !== postId) return NOT_FOUND;
  if (!ctx.mayEdit(post.authorId)) return FORBIDDEN;
  await insertRevision({
    postId,
    title: post.title,
    contentHtml: post.contentHtml,
    authorId: ctx.userId,
    reason: 'restore',
    createdAt: ctx.now,
  });
  return { ok: true, tags: [], title: revision.title, contentHtml: revision.contentHtml };
}

/** A post's revisions, newest first, for someone who may edit it. */
export async function revisionsForEditor(
  ctx: EditContext,
  postId: number,
): Promise<EditResult<{ revisions: RevisionSummary[] }>> {
  const post = await getPostOwners([postId]);
  if (post.length === 0 || !isOfKind(ctx, post[0])) return NOT_FOUND;
  if (!ctx.mayEdit(post[0].authorId)) return FORBIDDEN;
  return { ok: true, tags: [], revisions: await listRevisions(postId) };
}

/**
 * The scheduler's work: publish what is due (keeping a revision of each), empty old trash, and forget
 * the view beacon's visitors from before yesterday (they only stop a reader being counted twice a day).
 */
export async function runScheduledWork(now = new Date()): Promise<{ published: string[]; purged: number; tags: string[] }> {
  const published = await publishDueScheduledPosts(now);
  for (const post of published) {
    await insertRevision({
      postId: post.id,
      title: post.title,
      contentHtml: post.contentHtml,
      authorId: post.authorId,
      reason: 'publish',
      createdAt: now,
    });
  }
  const purged = await purgeTrashedPostsBefore(trashPurgeCutoff(now));
  await purgeViewVisitorsBefore(viewVisitorsPurgeDay(now));
  const tags = published.flatMap((post) =>
    tagsForPostChange({ slug: post.slug, status: 'scheduled' }, { slug: post.slug, status: 'published' }),
  );
  return { published: published.map((p) => p.slug), purged: purged.length, tags: [...new Set(tags)] };
}
