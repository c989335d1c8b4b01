'use client';

import { useEffect, useId } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { STATUS_LABELS } from '@/lib/posts/status';
import { statusText } from './autosave-state';
import { ConflictPanel } from './ConflictPanel';
import { EDITOR_KINDS } from './editor-kind';
import { PostEditor } from './PostEditor';
import { PostSettings } from './PostSettings';
import { PublishDialog } from './PublishDialog';
import { RevisionsPanel } from './RevisionsPanel';
import { uploadImage } from './upload-image';
import { usePostSaving, type PostSavingOptions } from './use-post-saving';

/**
 * The editor page: title, body, settings, autosave, publishing, revisions and conflicts, laid out (the
 * work is usePostSaving's). The same editor writes posts and standalone pages (`kind`).
 */
export function PostEditorPage({ knownLabels, ...options }: PostSavingOptions & { knownLabels: string[] }) {
  const editing = usePostSaving(options);
  const kind = EDITOR_KINDS[options.kind ?? 'post'];
  const { title, settings, status, postId, errors, conflict, offer, busy, saveState } = editing;
  const hydrated = useHydrated();
  const titleId = useId();
  const titleErrorId = useId();

  useEffect(() => {
    if (errors.title) document.getElementById(titleId)?.focus();
  }, [errors.title, titleId]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 border-b border-stone-200 pb-3 dark:border-stone-800">
        <span
          className="rounded-full bg-stone-200 px-2.5 py-0.5 text-xs font-medium dark:bg-stone-800"
          aria-label={`Status: ${STATUS_LABELS[status]}`}
        >
          {STATUS_LABELS[status]}
          {editing.pending ? ' · unpublished changes' : ''}
        </span>
        <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
          {statusText(saveState)}
          {saveState.kind === 'signedOut' && (
            <>
              {' '}
              <a href="/login" target="_blank" rel="noopener" className="underline">
                Sign in (opens in a new tab)
              </a>
            </>
          )}
        </p>
        <div className="ml-auto flex flex-wrap gap-2">
          {postId !== null && (
            <button
              type="button"
              onClick={editing.openPreview}
              className="rounded border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600"
            >
              Preview<span className="sr-only"> (opens in a new tab)</span>
            </button>
          )}
          {(status === 'published' || status === 'scheduled') && (
            <button
              type="button"
              disabled={busy}
              onClick={() => editing.transition('unpublish')}
              className="rounded border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600"
            >
              Unpublish
            </button>
          )}
          {postId !== null && (
            <button
              type="button"
              disabled={busy}
              onClick={() => editing.transition('trash')}
              className="rounded border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600"
            >
              Move to trash
            </button>
          )}
          <button
            type="button"
            disabled={busy || !!conflict}
            onClick={editing.askToPublish}
            className="rounded bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900"
          >
            {editing.primaryLabel}
          </button>
        </div>
      </div>

      {editing.notice && (
        <p className="rounded border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900">
          {editing.notice}
        </p>
      )}
      {errors.form && !errors.title && !errors.slug && !conflict && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {errors.form}
        </p>
      )}
      {offer && (
        <div
          role="alert"
          className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          This browser kept changes from {new Date(offer.savedAt).toLocaleString()} that were never saved, made before the post
          changed elsewhere.{' '}
          <button type="button" className="underline" onClick={editing.restoreOffer}>
            Restore them
          </button>{' '}
          <button type="button" className="underline" onClick={editing.dismissOffer}>
            Keep the saved post
          </button>
        </div>
      )}
      {conflict && <ConflictPanel conflict={conflict} onKeepMine={editing.keepMine} onUseTheirs={editing.takeTheirs} />}

      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="min-w-0 space-y-3">
          <div>
            <label htmlFor={titleId} className="block text-sm font-medium">
              Title
            </label>
            <input
              id={titleId}
              value={title}
              onChange={(e) => editing.changeTitle(e.target.value)}
              // Text typed into the server's HTML before hydration would show in the field but never
              // reach React's state, so the first save would store an empty title.
              disabled={!hydrated}
              aria-invalid={!!errors.title}
              aria-describedby={errors.title ? titleErrorId : undefined}
              placeholder={`A title for your ${kind.noun}`}
              className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 font-serif text-2xl font-semibold dark:border-stone-600 dark:bg-stone-900"
            />
            {errors.title && (
              <p id={titleErrorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
                {errors.title}
              </p>
            )}
          </div>
          <PostEditor
            initialHtml={options.post.contentHtml}
            onChange={editing.changeBody}
            uploadImage={uploadImage}
            onEditor={editing.onEditor}
          />
        </div>
        <aside aria-label={kind.noun === 'page' ? 'Page settings' : 'Post settings'} className="space-y-6">
          <PostSettings
            kind={kind}
            value={settings}
            onChange={editing.updateSettings}
            knownLabels={knownLabels}
            slugError={errors.slug}
            publishedAtError={errors.publishedAt}
            slugPreview={editing.slugPreview}
            onChooseCover={editing.chooseCover}
            coverError={editing.coverError ?? errors.coverMediaId}
          />
          {postId !== null && (
            <RevisionsPanel revisions={editing.revisions} onRestore={editing.restore} busyId={editing.restoring} />
          )}
        </aside>
      </div>

      <PublishDialog
        kind={kind}
        plan={editing.plan}
        title={title}
        slug={settings.slugAuto ? editing.slugPreview : settings.slug}
        onConfirm={editing.confirmPublish}
        onClose={editing.cancelPublish}
        busy={busy}
      />
    </div>
  );
}
