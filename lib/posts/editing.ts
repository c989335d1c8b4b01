import 'server-only';
import {
  createDraftPost,
  getPostForEditing,
  isSlugTaken,
  updatePostIfVersion,
  type EditablePost,
} from '@/db/queries/post-editing';
import { getMediaUploader } from '@/db/queries/media';
import { getLastRevision, insertRevision, updateRevisionText } from '@/db/queries/revisions';
import { inTransaction } from '@/db/queries/transaction';
import type { Connection } from '@/db/client';
import type { PostStatus } from '@/db/schema';
import { preparePostContent } from '@/lib/content/prepare';
import { slugify } from '@/lib/content/slug';
import type { FormResult } from '@/lib/forms/form-state';
import { readerPath } from '@/lib/redirects/reader-path';
import { tagsForPostChange } from './cache-tags';
import { CONFLICT_MESSAGE, type SaveFailure } from './concurrency';
import { FORBIDDEN, NOT_FOUND, notAllowed, type EditContext, type EditFailure, type EditResult } from './edit-context';
import { TITLE_REQUIRED, type PostDraftInput } from './input';
import { AUTOSAVE_REVISION_INTERVAL_MS, revisionToKeep, type RevisionReason } from './revisions';
import { slugFromTitle, uniqueSlug } from './slug';
import { canTransition, publication, publicationDateFor } from './status';

/**
 * Saving what the editor holds: validation beyond the schema (slugs, cover, status), sanitizing,
 * revisions, optimistic concurrency, and the cache tags the write touches. Moving posts between
 * statuses is transitions.ts; revisions for the panel, revision-history.ts; the scheduler,
 * scheduled-work.ts. Who may edit what comes in the EditContext (edit-context.ts).
 */

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

/** What the editor's save action answers: the saved post, or why not (with the conflict, if that was why). */
export type SavePostResult = FormResult<SavedPost, SaveFailure>;

export const COVER_NOT_YOURS = 'You can only use an image you uploaded yourself as the cover.';
export const COVER_MISSING = 'This cover image no longer exists. Choose another.';
const labelRefs = (names: string[]) => names.map((name) => ({ name, slug: slugify(name, 60) }));

/**
 * The slug a save stores. Made from the title while `slugAuto` (unique, -2, -3…) — but a published
 * post's address never moves unless the author types a new one; a typed slug must be free.
 */
async function resolveSlug(input: PostDraftInput, current: EditablePost | null): Promise<{ slug: string } | { error: string }> {
  const auto = input.slugAuto || !input.slug;
  if (auto && current?.status === 'published') return { slug: current.slug };
  if (auto) {
    const base = slugFromTitle(input.title);
    if (current && (current.slug === base || new RegExp(`^${base}-\\d+$`).test(current.slug))) return { slug: current.slug };
    return { slug: await uniqueSlug(base, (s) => isSlugTaken(s, current?.id)) };
  }
  if (await isSlugTaken(input.slug, current?.id)) {
    const free = await uniqueSlug(input.slug, (s) => isSlugTaken(s, current?.id));
    return { error: `Another post already uses this slug. Try “${free}”.` };
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

function conflictOf(current: EditablePost, input: PostDraftInput): EditFailure {
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
  tx: Connection,
) {
  const now = ctx.now ?? new Date();
  const reason = revisionToKeep({ kind, last: await getLastRevision(postId, tx), now, ...text });
  if (reason) await insertRevision({ postId, ...text, authorId: ctx.userId, reason, createdAt: now }, tx);
  return reason;
}

/**
 * Unpublished edits to a published post: the blog keeps showing the published text, and the edits are
 * kept as an autosave revision — grown in place, with a new one at most every ten minutes.
 */
async function keepPendingChanges(ctx: EditContext, current: EditablePost, text: { title: string; contentHtml: string }) {
  const now = ctx.now ?? new Date();
  // The read and the write in one transaction: two autosaves at once grow one revision, not none.
  await inTransaction(async (tx) => {
    const last = await getLastRevision(current.id, tx);
    const growable =
      last?.reason === 'autosave' &&
      last.authorId === ctx.userId &&
      last.createdAt.getTime() > current.updatedAt.getTime() &&
      now.getTime() - last.createdAt.getTime() < AUTOSAVE_REVISION_INTERVAL_MS;
    if (growable) await updateRevisionText(last.id, text, tx);
    else await insertRevision({ postId: current.id, ...text, authorId: ctx.userId, reason: 'autosave', createdAt: now }, tx);
  });
}

/**
 * The address readers knew a post by, when this save moves it: it then 301s to the new one
 * (docs/redirects.md). Only a published post's: a draft's address was never public, and its slug
 * follows the title on every autosave.
 */
function oldAddressToKeep(current: EditablePost, slug: string): string | null {
  return current.status === 'published' && current.slug !== slug ? readerPath(current.kind, current.slug) : null;
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
    return { ok: false, reason: 'invalid', error: TITLE_REQUIRED, fieldErrors: { title: [TITLE_REQUIRED] } };
  }

  let current = postId === null ? null : await getPostForEditing(postId);
  if (postId !== null && !current) return NOT_FOUND;
  if (current && !ctx.mayEdit(current.authorId)) return FORBIDDEN;
  if (current?.status === 'trashed') {
    return { ok: false, reason: 'notAllowed', error: 'This post is in the trash. Restore it to edit it.' };
  }
  if (current && input.baseVersion !== current.version) {
    await keepRefusedVersion(ctx, current, input);
    return conflictOf(current, input);
  }

  const slug = await resolveSlug(input, current);
  if ('error' in slug) return { ok: false, reason: 'invalid', error: slug.error, fieldErrors: { slug: [slug.error] } };
  const cover = await coverProblem(ctx, input.coverMediaId, current);
  if (cover) return { ok: false, reason: 'invalid', error: cover, fieldErrors: { coverMediaId: [cover] } };

  const body = preparePostContent(input.contentHtml, input.excerpt);
  const settings = {
    slug: slug.slug,
    commentsOpen: input.commentsOpen,
    coverMediaId: input.coverMediaId,
    labels: labelRefs(input.labels),
  };

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

  if (!current && kind === 'autosave') {
    // The new draft and its first revision are one write: a crash between them keeps neither.
    const { created, revision } = await inTransaction(async (tx) => {
      const created = await createDraftPost(
        { authorId: ctx.userId, title: input.title, ...body, ...settings, publishedAt: input.publishedAt },
        now,
        tx,
      );
      const text = { title: input.title, contentHtml: body.contentHtml };
      return { created, revision: await keepRevision(ctx, created.id, 'autosave', text, tx) };
    });
    return {
      ok: true,
      tags: [],
      postId: created.id,
      version: created.version,
      slug: created.slug,
      status: 'draft',
      publishedAt: input.publishedAt,
      revision,
      pendingChanges: false,
    };
  }
  if (!current) {
    const created = await createDraftPost(
      { authorId: ctx.userId, title: input.title, ...body, ...settings, publishedAt: input.publishedAt },
      now,
    );
    current = await getPostForEditing(created.id);
    if (!current) return NOT_FOUND;
  }

  let status: PostStatus = current.status;
  // A scheduled post keeps its time on autosave; only Publish or Schedule moves it.
  let publishedAt = current.status === 'scheduled' ? current.publishedAt : input.publishedAt;
  if (kind === 'publish') {
    if (!canTransition(current.status, 'publish')) return notAllowed(current.status, 'publish');
    ({ status, publishedAt } = publication(now, publicationDateFor(current, input.publishedAt)));
  }

  // The post and its revision are one write: a published post never lacks its publish revision.
  const { write, revision } = await inTransaction(async (tx) => {
    const write = await updatePostIfVersion(
      current.id,
      current.version,
      { title: input.title, ...body, ...settings, status, publishedAt },
      now,
      oldAddressToKeep(current, settings.slug),
      tx,
    );
    if (!write.ok) return { write, revision: null };
    const revisionKind = kind === 'publish' && status === 'published' ? 'publish' : 'autosave';
    const text = { title: input.title, contentHtml: body.contentHtml };
    return { write, revision: await keepRevision(ctx, current.id, revisionKind, text, tx) };
  });
  if (!write.ok) {
    if (write.current) {
      await keepRefusedVersion(ctx, write.current, input);
      return conflictOf(write.current, input);
    }
    return NOT_FOUND;
  }

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
