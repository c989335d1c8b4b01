'use client';

import { useId, useState } from 'react';
import { normalizeLinkInput } from '@/lib/content/links';
import { EditorDialog, errorTextClass, fieldClass, primaryButtonClass, secondaryButtonClass } from './EditorDialog';

/** Asks for a link's address; only web, e-mail and same-site links are accepted. */
export function LinkDialog({
  open,
  initialHref,
  onApply,
  onRemove,
  onClose,
}: {
  open: boolean;
  initialHref: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState(initialHref);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const apply = () => {
    const href = normalizeLinkInput(value);
    if (!href) {
      setError('Use a web address (https://…), an e-mail address, or a link on this blog (/…).');
      return;
    }
    onApply(href);
  };

  return (
    <EditorDialog
      open={open}
      title={initialHref ? 'Edit link' : 'Add a link'}
      onClose={onClose}
      onSubmit={apply}
      actions={
        <>
          {initialHref && (
            <button type="button" className={secondaryButtonClass} onClick={onRemove}>
              Remove link
            </button>
          )}
          <button type="button" className={secondaryButtonClass} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={primaryButtonClass}>
            Apply link
          </button>
        </>
      }
    >
      <label className="block text-sm font-medium">
        URL
        <input
          type="text"
          inputMode="url"
          autoComplete="url"
          autoFocus
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          aria-invalid={!!error}
          aria-describedby={error ? errorId : undefined}
          placeholder="https://example.com/page"
          className={fieldClass}
        />
      </label>
      {error && (
        <p id={errorId} className={errorTextClass}>
          {error}
        </p>
      )}
    </EditorDialog>
  );
}
