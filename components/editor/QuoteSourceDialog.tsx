'use client';

import { useId, useState } from 'react';
import { isWebUrl } from '@/lib/content/links';
import type { QuoteSource } from './quote';
import { EditorDialog, errorTextClass, fieldClass, primaryButtonClass, secondaryButtonClass } from './EditorDialog';

/** Edits who or what a quote is from: a name shown under it, and an optional address of the original. */
export function QuoteSourceDialog({
  open,
  initial,
  onSave,
  onClose,
}: {
  open: boolean;
  initial: QuoteSource | null;
  onSave: (source: QuoteSource | null) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [errors, setErrors] = useState<{ name?: string; url?: string }>({});
  const nameError = useId();
  const urlError = useId();

  const save = () => {
    const next: typeof errors = {};
    if (!name.trim()) next.name = 'Give the source a name, such as the author or publication.';
    if (url.trim() && !isWebUrl(url)) next.url = 'Use a full web address starting with https:// or http://.';
    setErrors(next);
    if (next.name || next.url) return;
    onSave({ name: name.trim(), url: url.trim() || null });
  };

  return (
    <EditorDialog
      open={open}
      title="Quote source"
      onClose={onClose}
      onSubmit={save}
      actions={
        <>
          {initial && (
            <button type="button" className={secondaryButtonClass} onClick={() => onSave(null)}>
              Remove source
            </button>
          )}
          <button type="button" className={secondaryButtonClass} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={primaryButtonClass}>
            Save source
          </button>
        </>
      }
    >
      <label className="block text-sm font-medium">
        Source name
        <input
          type="text"
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={!!errors.name}
          aria-describedby={errors.name ? nameError : undefined}
          placeholder="The Guardian, Mary Beard…"
          className={fieldClass}
        />
      </label>
      {errors.name && (
        <p id={nameError} className={errorTextClass}>
          {errors.name}
        </p>
      )}
      <label className="block text-sm font-medium">
        Source URL (optional)
        <input
          type="text"
          inputMode="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={!!errors.url}
          aria-describedby={errors.url ? urlError : undefined}
          placeholder="https://…"
          className={fieldClass}
        />
      </label>
      {errors.url && (
        <p id={urlError} className={errorTextClass}>
          {errors.url}
        </p>
      )}
    </EditorDialog>
  );
}
