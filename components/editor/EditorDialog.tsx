'use client';

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A modal dialog (native <dialog>: focus moves in, Escape closes, the page behind is inert) holding
 * one small form. It is portalled to <body> so its form is never nested in the page's own form, and
 * its submit event is stopped so it never reaches one through React's tree either.
 */
export function EditorDialog({
  open,
  title,
  onClose,
  onSubmit,
  children,
  actions,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
  actions: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // onClose is for the person closing the dialog (Escape); closing it because `open` turned false is not reported back.
  const openRef = useRef(open);

  useEffect(() => {
    openRef.current = open;
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    onSubmit();
  };

  if (typeof document === 'undefined') return null;
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => {
        if (openRef.current) onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      {open && (
        <form onSubmit={submit} className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {children}
          <div className="flex flex-wrap justify-end gap-2">{actions}</div>
        </form>
      )}
    </dialog>,
    document.body,
  );
}

export const fieldClass =
  'mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-950';
export const primaryButtonClass =
  'rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-50 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300';
export const secondaryButtonClass =
  'rounded border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800';
export const errorTextClass = 'text-sm text-red-700 dark:text-red-400';
