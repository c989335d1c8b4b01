'use client';

import { useEffect, useId, useState } from 'react';
import { IMAGE_LIMITS } from '@/lib/media/limits';
import { EditorDialog, errorTextClass, fieldClass, primaryButtonClass, secondaryButtonClass } from './EditorDialog';

/**
 * Shows the chosen image and asks for its alt text before it is uploaded and inserted: a description
 * for people who cannot see it, or an explicit "decorative" choice.
 */
export function ImageDialog({
  file,
  onInsert,
  onClose,
}: {
  file: File | null;
  onInsert: (file: File, alt: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const [alt, setAlt] = useState('');
  const [decorative, setDecorative] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  // The dialog is mounted once per file (keyed), so the preview address is made once and freed on unmount.
  const [preview] = useState(() => (file ? URL.createObjectURL(file) : null));
  const errorId = useId();
  const hintId = useId();

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  const tooLarge = !!file && file.size > IMAGE_LIMITS.maxBytes;

  const insert = async () => {
    if (!file || uploading) return;
    if (!decorative && !alt.trim()) {
      setError('Describe the image for people who cannot see it, or mark it as decorative.');
      return;
    }
    setUploading(true);
    setError(null);
    const failure = await onInsert(file, decorative ? '' : alt.trim());
    setUploading(false);
    if (failure) setError(failure);
  };

  return (
    <EditorDialog
      open={!!file}
      title="Insert image"
      onClose={onClose}
      onSubmit={insert}
      actions={
        <>
          <button type="button" className={secondaryButtonClass} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={primaryButtonClass} disabled={uploading || tooLarge}>
            {uploading ? 'Uploading…' : 'Insert image'}
          </button>
        </>
      }
    >
      {preview && (
        // A local preview of a file not uploaded yet: next/image cannot optimise a blob: URL.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={preview} alt="" className="max-h-48 rounded border border-stone-200 object-contain dark:border-stone-700" />
      )}
      {tooLarge && <p className={errorTextClass}>This image is larger than 10 MB. Choose a smaller one.</p>}
      <label className="block text-sm font-medium">
        Alt text
        <textarea
          autoFocus
          rows={2}
          value={alt}
          disabled={decorative}
          onChange={(e) => {
            setAlt(e.target.value);
            setError(null);
          }}
          aria-invalid={!!error}
          aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
          className={fieldClass}
        />
      </label>
      <p id={hintId} className="text-sm text-stone-600 dark:text-stone-400">
        What the image shows, for people who cannot see it.
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={decorative} onChange={(e) => setDecorative(e.target.checked)} />
        The image is decorative (no description)
      </label>
      {error && (
        <p id={errorId} role="alert" className={errorTextClass}>
          {error}
        </p>
      )}
    </EditorDialog>
  );
}
