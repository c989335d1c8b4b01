'use client';

import { useId, useSyncExternalStore } from 'react';
import { EDITOR_KINDS, type EditorKind } from './editor-kind';
import { LabelPicker } from './LabelPicker';

export interface PostSettingsValue {
  slug: string;
  slugAuto: boolean;
  excerpt: string;
  labels: string[];
  commentsOpen: boolean;
  /** ISO instant, or null for "when published". */
  publishedAt: string | null;
  cover: { mediaId: number; src: string } | null;
}

const fieldClass =
  'mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-950';

// datetime-local works in the browser's time zone; the server stores instants.
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);
const noSubscribe = () => () => {};

/**
 * The post's settings beside the editor: slug, excerpt, labels, cover image, comments, publish date.
 * A page has only its slug, excerpt and comments: it stands outside the stream.
 */
export function PostSettings({
  kind = EDITOR_KINDS.post,
  value,
  onChange,
  knownLabels,
  slugError,
  publishedAtError,
  slugPreview,
  onChooseCover,
  coverError,
}: {
  kind?: EditorKind;
  value: PostSettingsValue;
  onChange: (next: Partial<PostSettingsValue>) => void;
  knownLabels: string[];
  slugError?: string;
  publishedAtError?: string;
  /** The slug made from the title, shown while the slug follows it. */
  slugPreview: string;
  onChooseCover: (file: File) => void;
  coverError?: string | null;
}) {
  const ids = { slugError: useId(), slugHint: useId(), dateHint: useId(), dateError: useId(), excerptHint: useId() };
  // The date is shown in the browser's time zone, which the server does not know: render it in the browser only.
  const inBrowser = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );

  return (
    <div className="space-y-5">
      <div>
        <label className="block text-sm font-medium">
          Slug
          <input
            value={value.slugAuto ? slugPreview : value.slug}
            onChange={(e) => onChange({ slug: e.target.value, slugAuto: false })}
            aria-invalid={!!slugError}
            aria-describedby={[ids.slugHint, slugError ? ids.slugError : ''].filter(Boolean).join(' ')}
            className={`${fieldClass} font-mono`}
            spellCheck={false}
          />
        </label>
        <p id={ids.slugHint} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          The {kind.noun}’s address: {kind.address(value.slugAuto ? slugPreview : value.slug || '…')}
          {value.slugAuto ? ' (follows the title)' : ''}
        </p>
        {!value.slugAuto && (
          <button type="button" onClick={() => onChange({ slugAuto: true })} className="mt-1 text-xs underline">
            Make the slug from the title
          </button>
        )}
        {slugError && (
          <p id={ids.slugError} className="mt-1 text-sm text-red-700 dark:text-red-400">
            {slugError}
          </p>
        )}
      </div>

      <div>
        <label className="block text-sm font-medium">
          Excerpt
          <textarea
            rows={3}
            value={value.excerpt}
            onChange={(e) => onChange({ excerpt: e.target.value })}
            aria-describedby={ids.excerptHint}
            className={fieldClass}
          />
        </label>
        <p id={ids.excerptHint} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          {kind.inStream ? 'Shown in lists and feeds.' : 'Shown in search results and link previews.'} Left empty, it is made from
          the first lines of the {kind.noun}.
        </p>
      </div>

      {kind.inStream && <LabelPicker labels={value.labels} known={knownLabels} onChange={(labels) => onChange({ labels })} />}

      {kind.inStream && (
        <div>
          <p className="text-sm font-medium">Cover image</p>
          {value.cover ? (
            <div className="mt-2 space-y-2">
              {/* A stored rendition with a fixed address; next/image would add nothing here. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={value.cover.src}
                alt="Cover image"
                className="max-h-32 rounded border border-stone-200 dark:border-stone-700"
              />
              <button type="button" onClick={() => onChange({ cover: null })} className="text-sm underline">
                Remove cover image
              </button>
            </div>
          ) : (
            <label className="mt-2 inline-block cursor-pointer rounded border border-stone-300 px-2 py-1 text-sm focus-within:outline-2 dark:border-stone-600">
              Choose cover image
              <input
                type="file"
                accept="image/png,image/jpeg,image/webp,image/gif,image/avif"
                className="sr-only"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) onChooseCover(file);
                  e.target.value = '';
                }}
              />
            </label>
          )}
          {coverError && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{coverError}</p>}
        </div>
      )}

      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" checked={value.commentsOpen} onChange={(e) => onChange({ commentsOpen: e.target.checked })} />
        Allow comments
      </label>

      {kind.inStream && (
        <div>
          <label className="block text-sm font-medium">
            Publish date
            {inBrowser ? (
              <input
                type="datetime-local"
                value={toLocalInput(value.publishedAt)}
                onChange={(e) => onChange({ publishedAt: fromLocalInput(e.target.value) })}
                aria-invalid={!!publishedAtError}
                aria-describedby={[ids.dateHint, publishedAtError ? ids.dateError : ''].filter(Boolean).join(' ')}
                className={fieldClass}
              />
            ) : (
              <input type="text" disabled value="" className={fieldClass} aria-describedby={ids.dateHint} />
            )}
          </label>
          <p id={ids.dateHint} className="mt-1 text-xs text-stone-600 dark:text-stone-400">
            Empty: published when you press Publish. A date ahead schedules the post; a past date back-dates it.
          </p>
          {publishedAtError && (
            <p id={ids.dateError} className="mt-1 text-sm text-red-700 dark:text-red-400">
              {publishedAtError}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
