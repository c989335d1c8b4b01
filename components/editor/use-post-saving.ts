'use client';

import type { Editor } from '@tiptap/core';
import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import type { PostKind } from '@/db/schema';
import type { SaveConflict } from '@/lib/posts/concurrency';
import { actionForm } from '@/lib/forms/form-state';
import type { SavePostResult } from '@/lib/posts/editing';
import { TITLE_REQUIRED } from '@/lib/posts/messages';
import { slugFromTitle } from '@/lib/posts/slug';
import { PUBLISH_NOTICES } from '@/lib/posts/status';
import { signedIn, type EditorActions, type EditorPost } from './editor-actions';
import { EDITOR_KINDS } from './editor-kind';
import { localCopyDecision, readLocalCopy, type LocalCopy } from './local-copy';
import type { PostSettingsValue } from './PostSettings';
import { publishButtonLabel, publishPlan, type PublishPlan } from './publish-plan';
import type { RevisionView } from './RevisionsPanel';
import { editorErrors, refusedSaveOutcome } from './save-outcome';
import { uploadImage } from './upload-image';
import { useClock } from './use-clock';
import { useAutosave, type SaveKind, type SaveOutcome } from './use-autosave';

/** The post the editor opens with, and the server actions it saves, publishes and restores through. */
export interface PostSavingOptions extends EditorActions {
  post: EditorPost;
  /** A post (the default) or a standalone page: where the editor lives and what it says. */
  kind?: PostKind;
  revisions: RevisionView[];
  /** A message carried over from the new-post page after publishing from it. */
  initialNotice?: string | null;
}

/**
 * Everything the editor page does with its post: the text and settings being typed, autosave, the
 * browser's leftover copy, publishing, unpublishing and trashing, revisions, conflicts, the cover image
 * and the preview. The page component only lays it out.
 */
export function usePostSaving({
  post,
  kind = 'post',
  revisions,
  initialNotice = null,
  saveAction,
  transitionAction,
  restoreAction,
  revisionsAction,
}: PostSavingOptions) {
  const router = useRouter();
  const { adminPath } = EDITOR_KINDS[kind];
  const [title, setTitle] = useState(post.title);
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

  const reloadRevisions = useCallback(
    async (id: number) => {
      const result = await revisionsAction(null, actionForm({ postId: String(id) })).catch(() => null);
      if (result?.ok) setRevisionList(result.revisions);
    },
    [revisionsAction],
  );

  const snapshot = useCallback(
    () => ({ title: latest.current.title, contentHtml: latest.current.html, settings: latest.current.settings }),
    [],
  );

  const save = useCallback(
    async (snap: ReturnType<typeof snapshot>, baseVersion: number, id: number | null, kind: SaveKind): Promise<SaveOutcome> => {
      const { cover, ...rest } = snap.settings;
      const payload = {
        baseVersion,
        title: snap.title,
        contentHtml: snap.contentHtml,
        ...rest,
        coverMediaId: cover?.mediaId ?? null,
      };
      let result: SavePostResult;
      try {
        result = await saveAction(
          null,
          actionForm({ postId: id === null ? '' : String(id), kind, payload: JSON.stringify(payload) }),
        );
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
          // it would render /admin/posts/[id] (or pages/[id]), a new editor in place of the one being typed in. After
          // publishing, the page moves there for real (confirmPublish).
          History.prototype.replaceState.call(window.history, window.history.state, '', `${adminPath}/${result.postId}`);
        }
        if (result.revision) void reloadRevisions(result.postId);
        return { ok: true, postId: result.postId, version: result.version };
      }
      setErrors(editorErrors(result));
      const outcome = refusedSaveOutcome(result);
      if (outcome.reason === 'conflict' && result.conflict) setConflict(result.conflict);
      return outcome;
    },
    [saveAction, reloadRevisions, adminPath],
  );

  const autosave = useAutosave({ postId: post.id, version: post.version, snapshot, save });
  const { changed } = autosave;

  const changeTitle = (value: string) => {
    latest.current.title = value;
    setTitle(value);
    changed();
  };
  const changeBody = (html: string) => {
    latest.current.html = html;
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

  const restoreOffer = () => {
    if (offer) loadText(offer, true);
    setOffer(null);
  };

  const keepMine = () => {
    if (!conflict) return;
    setConflict(null);
    setErrors({});
    autosave.rebase(conflict.theirs.version, true);
  };
  const takeTheirs = () => {
    if (!conflict) return;
    setConflict(null);
    setErrors({});
    loadText(conflict.theirs, false);
    autosave.rebase(conflict.theirs.version, false);
  };

  const now = useClock();

  const askToPublish = () => {
    if (!title.trim()) {
      setErrors({ title: TITLE_REQUIRED });
      return;
    }
    setPlan(publishPlan(status, settings.publishedAt, Date.now()));
  };

  const confirmPublish = async () => {
    setBusy(true);
    const outcome = await autosave.saveNow('publish');
    setBusy(false);
    setPlan(null);
    if (!outcome?.ok) return;
    const done = plan?.kind === 'schedule' ? 'scheduled' : plan?.kind === 'update' ? 'updated' : 'published';
    // Published from /admin/posts/new: move to the post's own page (nothing is unsaved at this moment).
    if (post.id === null) return router.replace(`${adminPath}/${outcome.postId}?done=${done}`);
    setNotice(PUBLISH_NOTICES[done]);
  };

  const transition = async (name: 'unpublish' | 'trash') => {
    if (postId === null) return;
    setBusy(true);
    const result = await transitionAction(null, actionForm({ ids: String(postId), transition: name }));
    setBusy(false);
    if (!result.ok) return setErrors({ form: result.error });
    if (name === 'trash') return router.push(`${adminPath}?status=trashed`);
    autosave.setVersion(result.versions[postId] ?? autosave.current().version);
    setPostStatus('draft');
    setNotice(`Unpublished: the ${EDITOR_KINDS[kind].noun} is a draft again and no longer on the blog.`);
  };

  const restore = async (revisionId: number) => {
    if (postId === null) return;
    setRestoring(revisionId);
    const result = await restoreAction(null, actionForm({ postId: String(postId), revisionId: String(revisionId) }));
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
    if (tab && id !== null) tab.location.href = `${adminPath}/${id}/preview`;
  };

  const slugPreview = savedSlug && savedSlug.startsWith(slugFromTitle(title)) ? savedSlug : slugFromTitle(title);

  return {
    title,
    settings,
    status,
    postId,
    pending,
    errors,
    notice,
    offer,
    conflict,
    plan,
    busy,
    restoring,
    revisions: revisionList,
    coverError,
    saveState: autosave.status,
    primaryLabel: publishButtonLabel(publishPlan(status, settings.publishedAt, now)),
    slugPreview,
    changeTitle,
    changeBody,
    updateSettings,
    onEditor,
    restoreOffer,
    dismissOffer: () => setOffer(null),
    keepMine,
    takeTheirs,
    askToPublish,
    confirmPublish,
    cancelPublish: () => setPlan(null),
    transition,
    restore,
    chooseCover,
    openPreview,
  };
}
