'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { AUTOSAVE_DELAY_MS, retryDelay, SIGNED_OUT_RETRY_MS, type SaveStatus } from './autosave-state';
import { clearLocalCopy, writeLocalCopy } from './local-copy';

/** What a save answered; the server action's result, or a failure to reach it. */
export type SaveOutcome =
  | { ok: true; postId: number; version: number }
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'unauthenticated' }
  | { ok: false; reason: 'invalid' | 'notFound' | 'forbidden' | 'notAllowed'; error: string };

/** An autosave keeps the post's status; a publish publishes (or schedules) it. */
export type SaveKind = 'autosave' | 'publish';

export interface AutosaveOptions<Snapshot extends { title: string; contentHtml: string }> {
  postId: number | null;
  version: number;
  /** The form's current contents, read when a save starts (so it is always the latest). */
  snapshot: () => Snapshot;
  /** Sends a snapshot based on `version`; rejects when the server cannot be reached. */
  save: (snapshot: Snapshot, baseVersion: number, postId: number | null, kind: SaveKind) => Promise<SaveOutcome>;
  /** Told about every accepted save (new id and version, slug…), and about conflicts. */
  onSaved?: (outcome: Extract<SaveOutcome, { ok: true }>) => void;
  onConflict?: () => void;
}

/**
 * Autosave: a few seconds after typing stops, on leaving the page, and again (with backoff) until the
 * server has the text. Every change is also copied to localStorage first, and the copy is removed only
 * once the server holds exactly that text. A signed-out author keeps everything on screen; saving
 * resumes by itself once they sign in again in another tab.
 */
export function useAutosave<Snapshot extends { title: string; contentHtml: string }>(options: AutosaveOptions<Snapshot>) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: null });
  const opts = useRef(options);
  const state = useRef({
    postId: options.postId,
    version: options.version,
    changes: 0,
    savedChanges: 0,
    attempt: 0,
    inFlight: false,
    stopped: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Retries are scheduled from inside saveNow; they call it through this ref.
  const again = useRef<() => void>(() => {});

  useEffect(() => {
    opts.current = options;
  });

  const schedule = useCallback((delay: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, delay);
  }, []);

  const saveNow = useCallback(
    async (kind: SaveKind = 'autosave'): Promise<SaveOutcome | null> => {
      const s = state.current;
      if (kind === 'publish') {
        // A publish waits for an autosave under way, then goes even when nothing changed.
        while (s.inFlight) await new Promise((resolve) => setTimeout(resolve, 50));
      } else if (s.inFlight || s.stopped || s.changes === s.savedChanges) {
        return null;
      }
      if (timer.current) clearTimeout(timer.current);
      s.inFlight = true;
      const sending = s.changes;
      setStatus({ kind: 'saving' });
      let outcome: SaveOutcome | null = null;
      try {
        outcome = await opts.current.save(opts.current.snapshot(), s.version, s.postId, kind);
      } catch {
        outcome = null;
      }
      s.inFlight = false;

      if (outcome === null) {
        s.attempt += 1;
        setStatus({ kind: 'retrying', attempt: s.attempt });
        schedule(retryDelay(s.attempt), () => again.current());
        return null;
      }
      if (outcome.ok) {
        s.attempt = 0;
        const firstSave = s.postId === null;
        s.postId = outcome.postId;
        s.version = outcome.version;
        s.savedChanges = sending;
        opts.current.onSaved?.(outcome);
        if (firstSave) clearLocalCopy(localStorage, null);
        if (s.changes === sending) {
          clearLocalCopy(localStorage, s.postId);
          setStatus({ kind: 'saved', at: new Date() });
        } else {
          setStatus({ kind: 'unsaved' });
          schedule(AUTOSAVE_DELAY_MS, () => again.current());
        }
        return outcome;
      }
      if (outcome.reason === 'unauthenticated') {
        setStatus({ kind: 'signedOut' });
        schedule(SIGNED_OUT_RETRY_MS, () => again.current());
        return outcome;
      }
      if (outcome.reason === 'conflict') {
        s.stopped = true;
        setStatus({ kind: 'conflict' });
        opts.current.onConflict?.();
        return outcome;
      }
      // A refused publish (no title…) leaves the text itself unsaved only if it changed since the last save.
      setStatus(
        kind === 'publish' && s.changes === s.savedChanges
          ? { kind: 'saved', at: null }
          : { kind: 'invalid', message: outcome.error },
      );
      return outcome;
    },
    [schedule],
  );

  useEffect(() => {
    again.current = () => void saveNow();
  }, [saveNow]);

  /** Call after every change: copies it to the browser and schedules a save. */
  const changed = useCallback(() => {
    const s = state.current;
    s.changes += 1;
    const { title, contentHtml } = opts.current.snapshot();
    writeLocalCopy(localStorage, s.postId, { title, contentHtml, baseVersion: s.version, savedAt: Date.now() });
    if (s.stopped) return;
    setStatus((current) => (current.kind === 'signedOut' || current.kind === 'retrying' ? current : { kind: 'unsaved' }));
    schedule(AUTOSAVE_DELAY_MS, () => void saveNow());
  }, [saveNow, schedule]);

  /** Resumes saving from another version (after a conflict is resolved), optionally saving at once. */
  const rebase = useCallback(
    (version: number, saveAfter: boolean) => {
      const s = state.current;
      s.version = version;
      s.stopped = false;
      if (saveAfter) {
        s.changes += 1;
        void saveNow();
      } else {
        s.savedChanges = s.changes;
        clearLocalCopy(localStorage, s.postId);
        setStatus({ kind: 'saved', at: new Date() });
      }
    },
    [saveNow],
  );

  // Leaving the page or the tab: save what is pending now (the browser copy covers a save that cannot finish).
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') void saveNow();
    };
    const retryOnReturn = () => {
      const s = state.current;
      if (s.changes !== s.savedChanges && !s.inFlight) void saveNow();
    };
    const warn = (event: BeforeUnloadEvent) => {
      const s = state.current;
      if (s.changes !== s.savedChanges) event.preventDefault();
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('focus', retryOnReturn);
    window.addEventListener('beforeunload', warn);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('focus', retryOnReturn);
      window.removeEventListener('beforeunload', warn);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [saveNow]);

  /** The post moved to another version without a text change (unpublished, restored from the list…). */
  const setVersion = useCallback((version: number) => {
    state.current.version = version;
  }, []);

  const current = useCallback(() => ({ postId: state.current.postId, version: state.current.version }), []);
  return { status, changed, saveNow, rebase, setVersion, current };
}
