'use client';

import type { Editor } from '@tiptap/core';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { PostEditor } from './PostEditor';
import type { PostStatus } from '@/db/schema';
import type { SaveConflict } from '@/lib/posts/concurrency';
import { TITLE_REQUIRED } from '@/lib/posts/messages';
import type { SavePostResponse } from '@/lib/posts/save-response';
import { slugFromTitle } from '@/lib/posts/slug';
import { PUBLISH_NOTICES, STATUS_LABELS } from '@/lib/posts/status';
import { statusText } from './autosave-state';
import { ConflictPanel } from './ConflictPanel';
import { localCopyDecision, readLocalCopy, type LocalCopy } from './local-copy';
import { PostSettings, type PostSettingsValue } from './PostSettings';
import { PublishDialog, type PublishPlan } from './PublishDialog';
import { RevisionsPanel, type RevisionView } from './RevisionsPanel';
import { useHydrated } from '@/components/ui/use-hydrated';
import { uploadImage } from './upload-image';
import { useAutosave, type SaveKind, type SaveOutcome } from './use-autosave';

export interface EditorPost {
  id: number | null;
  version: number;
  status: PostStatus;
  title: string;
  contentHtml: string;
  settings: PostSettingsValue;
  /** A published post opened with edits that are saved but not published yet. */
  pendingChanges: boolean;
}

type Action<R> = (previous: unknown, formData: FormData) => Promise<R>;
export type TransitionResponse = { ok: true; message: string; versions: Record<number, number> } | { ok: false; error: string };
export type RestoreResponse = { ok: true; message: string; title: string; contentHtml: string } | { ok: false; error: string };
export type RevisionsResponse = { ok: true; message: string; revisions: RevisionView[] } | { ok: false; error: string };

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};

// A save that could not reach the server may mean the session ended: ask next-auth, which answers signed-out requests too.
async function signedIn(): Promise<boolean> {
  const session = await fetch('/api/auth/session', { cache: 'no-store' }).then((r) => r.json()).catch(() => undefined);
  return session === undefined || !!session?.user;
}

// The Publish button says "Schedule" while the chosen date is ahead: a clock that ticks for it.
let clock = Date.now();
const subscribeClock = (onTick: () => void) => {
  const timer = setInterval(() => {
    clock = Date.now();
    onTick();
  }, 10_000);
  return () => clearInterval(timer);
};

/** The editor page: title, body, settings, autosave, publishing, revisions and conflicts. */
export function PostEditorPage({
  post,
  knownLabels,
  revisions,
  saveAction,
  transitionAction,
  restoreAction,
  revisionsAction,
  initialNotice = null,
}: {
  /** A message carried over from the new-post page after publishing from it. */
  initialNotice?: string | null;
  post: EditorPost;
  knownLabels: string[];
  revisions: RevisionView[];
  saveAction: Action<SavePostResponse>;
  transitionAction: Action<TransitionResponse>;
  restoreAction: Action<RestoreResponse>;
  revisionsAction: Action<RevisionsResponse>;
}) {
  const router = useRouter();
  const [title, setTitle] = useState(post.title);
  const hydrated = useHydrated();
  const [settings, setSettings] = useState(post.settings);
  const [status, setPostStatus] = useState(post.status);
  const [postId, setPostId] = useState(post.id);
  const [savedSlug, setSavedSlug] = useState(post.settings.slug);
  const [pending, setPending] = useState(post.pendingChanges);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [notice, setNotice] = useState<string | null>(
    initialNotice ?? (post.pendingChanges ? 'These edits are saved but not published yet. Press Update to publish them.' : null),
  );
  const [offer, setOffer] = useState<LocalCopy | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [plan, setPlan] = useState<PublishPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [revisionList, setRevisionList] = useState(revisions);
  const [coverError, setCoverError] = useState<string | null>(null);
  const editor = useRef<Editor | null>(null);
  const latest = useRef({ title: post.title, settings: post.settings, html: post.contentHtml });
  const titleId = useId();
  const titleErrorId = useId();

  const reloadRevisions = useCallback(
    async (id: number) => {
      const result = await revisionsAction(null, form({ postId: String(id) })).catch(() => null);
      if (result?.ok) setRevisionList(result.revisions);
    },
    [revisionsAction],
  );

  const snapshot = useCallback(() => ({ title: latest.current.title, contentHtml: latest.current.html, settings: latest.current.settings }), []);

  const save = useCallback(
    async (snap: ReturnType<typeof snapshot>, baseVersion: number, id: number | null, kind: SaveKind): Promise<SaveOutcome> => {
      const { cover, ...rest } = snap.settings;
      const payload = { baseVersion, title: snap.title, contentHtml: snap.contentHtml, ...rest, coverMediaId: cover?.mediaId ?? null };
      let result: SavePostResponse;
      try {
        result = await saveAction(null, form({ postId: id === null ? '' : String(id), kind, payload: JSON.stringify(payload) }));
      } catch (error) {
        if (!(await signedIn())) return { ok: false, reason: 'unauthenticated' };
        throw error;
      }
      if (result.ok) {
        setErrors({});
        setPostStatus(result.status);
        setSavedSlug(result.slug);
        setPending(result.pendingChanges);
        if (id === null) {
          setPostId(result.postId);
          // The new post has an address now: put it in the address bar so a reload or a bookmark opens
          // it. The router is deliberately not told (History.prototype, not Next's patched method):
          // it would render /admin/posts/[id], a new editor in place of the one being typed in. After
          // publishing, the page moves there for real (confirmPublish).
          History.prototype.replaceState.call(window.history, window.history.state, '', `/admin/posts/${result.postId}`);
        }
        if (result.revision) void reloadRevisions(result.postId);
        return { ok: true, postId: result.postId, version: result.version };
      }
      const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v?.[0]]));
      setErrors({ ...fieldErrors, form: result.error });
      if (result.reason === 'conflict' && result.conflict) {
        setConflict(result.conflict);
        return { ok: false, reason: 'conflict' };
      }
      if (result.reason === 'unauthenticated') return { ok: false, reason: 'unauthenticated' };
      const reason = result.reason === 'notFound' || result.reason === 'forbidden' || result.reason === 'notAllowed' ? result.reason : 'invalid';
      return { ok: false, reason, error: result.error };
    },
    [saveAction, reloadRevisions],
  );

  const autosave = useAutosave({ postId: post.id, version: post.version, snapshot, save });
  const { changed } = autosave;

  const setTitleValue = (value: string) => {
    latest.current.title = value;
    setTitle(value);
    changed();
  };
  const updateSettings = (next: Partial<PostSettingsValue>) => {
    latest.current.settings = { ...latest.current.settings, ...next };
    setSettings(latest.current.settings);
    changed();
  };
  const loadText = (text: { title: string; contentHtml: string }, emitChange: boolean) => {
    latest.current.title = text.title;
    setTitle(text.title);
    editor.current?.commands.setContent(text.contentHtml, { emitUpdate: false });
    latest.current.html = editor.current?.getHTML() ?? text.contentHtml;
    if (emitChange) changed();
  };

  // A copy left in this browser by a save that never reached the server: restore it, or offer it.
  const checkedLocalCopy = useRef(false);
  const onEditor = useCallback(
    (instance: Editor | null) => {
      editor.current = instance;
      // Once per page: later calls come from re-renders with newer props, after this page's own saves.
      if (!instance || checkedLocalCopy.current) return;
      checkedLocalCopy.current = true;
      const copy = readLocalCopy(localStorage, post.id);
      const decision = localCopyDecision(copy, { title: post.title, contentHtml: instance.getHTML(), version: post.version });
      if (decision === 'restore' && copy) {
        latest.current.title = copy.title;
        setTitle(copy.title);
        instance.commands.setContent(copy.contentHtml, { emitUpdate: false });
        latest.current.html = instance.getHTML();
        setNotice('Restored changes that were kept in this browser; saving them now.');
        changed();
      } else if (decision === 'offer') {
        setOffer(copy);
      }
    },
    [post.id, post.title, post.version, changed],
  );

  useEffect(() => {
    if (errors.title) document.getElementById(titleId)?.focus();
  }, [errors.title, titleId]);

  const now = useSyncExternalStore(subscribeClock, () => clock, () => 0);
  const publishPlan = (at: number): PublishPlan => {
    if (status === 'published') return { kind: 'update' };
    const date = settings.publishedAt ? new Date(settings.publishedAt) : null;
    return date && date.getTime() > at ? { kind: 'schedule', at: date } : { kind: 'publish' };
  };

  const askToPublish = () => {
    if (!title.trim()) {
      setErrors({ title: TITLE_REQUIRED });
      return;
    }
    setPlan(publishPlan(Date.now()));
  };

  const confirmPublish = async () => {
    setBusy(true);
    const outcome = await autosave.saveNow('publish');
    setBusy(false);
    setPlan(null);
    if (!outcome?.ok) return;
    const done = plan?.kind === 'schedule' ? 'scheduled' : plan?.kind === 'update' ? 'updated' : 'published';
    // Published from /admin/posts/new: move to the post's own page (nothing is unsaved at this moment).
    if (post.id === null) return router.replace(`/admin/posts/${outcome.postId}?done=${done}`);
    setNotice(PUBLISH_NOTICES[done]);
  };

  const transition = async (name: 'unpublish' | 'trash') => {
    if (postId === null) return;
    setBusy(true);
    const result = await transitionAction(null, form({ ids: String(postId), transition: name }));
    setBusy(false);
    if (!result.ok) return setErrors({ form: result.error });
    if (name === 'trash') return router.push('/admin/posts?status=trashed');
    autosave.setVersion(result.versions[postId] ?? autosave.current().version);
    setPostStatus('draft');
    setNotice('Unpublished: the post is a draft again and no longer on the blog.');
  };

  const restore = async (revisionId: number) => {
    if (postId === null) return;
    setRestoring(revisionId);
    const result = await restoreAction(null, form({ postId: String(postId), revisionId: String(revisionId) }));
    setRestoring(null);
    if (!result.ok) return setErrors({ form: result.error });
    loadText(result, true);
    setNotice(status === 'published' ? 'Revision restored into the editor. Press Update to publish it.' : 'Revision restored.');
    void reloadRevisions(postId);
  };

  const chooseCover = async (file: File) => {
    setCoverError(null);
    try {
      const image = await uploadImage(file, '');
      updateSettings({ cover: { mediaId: image.mediaId, src: image.src } });
    } catch (error) {
      setCoverError(error instanceof Error ? error.message : 'The image could not be uploaded.');
    }
  };

  const openPreview = async () => {
    // Opened at once (a later window.open would be blocked), pointed at the preview once the text is saved.
    const tab = window.open('about:blank', '_blank');
    await autosave.saveNow();
    const id = autosave.current().postId;
    if (tab && id !== null) tab.location.href = `/admin/posts/${id}/preview`;
  };

  const primaryLabel = status === 'published' ? 'Update' : publishPlan(now).kind === 'schedule' ? 'Schedule' : 'Publish';
  const slugPreview = savedSlug && savedSlug.startsWith(slugFromTitle(title)) ? savedSlug : slugFromTitle(title);
  const saveState = autosave.status;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 border-b border-stone-200 pb-3 dark:border-stone-800">
        <span className="rounded-full bg-stone-200 px-2.5 py-0.5 text-xs font-medium dark:bg-stone-800" aria-label={`Status: ${STATUS_LABELS[status]}`}>
          {STATUS_LABELS[status]}
          {pending ? ' · unpublished changes' : ''}
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
            <button type="button" onClick={openPreview} className="rounded border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600">
              Preview<span className="sr-only"> (opens in a new tab)</span>
            </button>
          )}
          {(status === 'published' || status === 'scheduled') && (
            <button type="button" disabled={busy} onClick={() => transition('unpublish')} className="rounded border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600">
              Unpublish
            </button>
          )}
          {postId !== null && (
            <button type="button" disabled={busy} onClick={() => transition('trash')} className="rounded border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600">
              Move to trash
            </button>
          )}
          <button type="button" disabled={busy || !!conflict} onClick={askToPublish} className="rounded bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900">
            {primaryLabel}
          </button>
        </div>
      </div>

      {notice && <p className="rounded border border-stone-300 bg-white px-3 py-2 text-sm dark:border-stone-700 dark:bg-stone-900">{notice}</p>}
      {errors.form && !errors.title && !errors.slug && !conflict && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {errors.form}
        </p>
      )}
      {offer && (
        <div role="alert" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          This browser kept changes from {new Date(offer.savedAt).toLocaleString()} that were never saved, made before the post changed elsewhere.{' '}
          <button type="button" className="underline" onClick={() => { loadText(offer, true); setOffer(null); }}>
            Restore them
          </button>{' '}
          <button type="button" className="underline" onClick={() => setOffer(null)}>
            Keep the saved post
          </button>
        </div>
      )}
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          onKeepMine={() => {
            setConflict(null);
            setErrors({});
            autosave.rebase(conflict.theirs.version, true);
          }}
          onUseTheirs={() => {
            setConflict(null);
            setErrors({});
            loadText(conflict.theirs, false);
            autosave.rebase(conflict.theirs.version, false);
          }}
        />
      )}

      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="min-w-0 space-y-3">
          <div>
            <label htmlFor={titleId} className="block text-sm font-medium">
              Title
            </label>
            <input
              id={titleId}
              value={title}
              onChange={(e) => setTitleValue(e.target.value)}
              // Text typed into the server's HTML before hydration would show in the field but never
              // reach React's state, so the first save would store an empty title.
              disabled={!hydrated}
              aria-invalid={!!errors.title}
              aria-describedby={errors.title ? titleErrorId : undefined}
              placeholder="A title for your post"
              className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 font-serif text-2xl font-semibold dark:border-stone-600 dark:bg-stone-900"
            />
            {errors.title && (
              <p id={titleErrorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
                {errors.title}
              </p>
            )}
          </div>
          <PostEditor
            initialHtml={post.contentHtml}
            onChange={(html) => {
              latest.current.html = html;
              changed();
            }}
            uploadImage={uploadImage}
            onEditor={onEditor}
          />
        </div>
        <aside aria-label="Post settings" className="space-y-6">
          <PostSettings
            value={settings}
            onChange={updateSettings}
            knownLabels={knownLabels}
            slugError={errors.slug}
            publishedAtError={errors.publishedAt}
            slugPreview={slugPreview}
            onChooseCover={chooseCover}
            coverError={coverError ?? errors.coverMediaId}
          />
          {postId !== null && <RevisionsPanel revisions={revisionList} onRestore={restore} busyId={restoring} />}
        </aside>
      </div>

      <PublishDialog plan={plan} title={title} slug={settings.slugAuto ? slugPreview : settings.slug} onConfirm={confirmPublish} onClose={() => setPlan(null)} busy={busy} />
    </div>
  );
}
