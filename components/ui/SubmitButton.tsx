'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

const variants = {
  primary: 'bg-accent-600 text-white hover:bg-accent-600/90 dark:bg-accent-400 dark:text-stone-950 dark:hover:bg-accent-400/90',
  secondary:
    'border border-stone-300 bg-white text-stone-900 hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800',
  danger: 'bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-stone-950 dark:hover:bg-red-300',
};

/** A form's submit button: its name says what it does, and it is disabled while the form is being sent. */
export function SubmitButton({ children, variant = 'primary' }: { children: ReactNode; variant?: keyof typeof variants }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:cursor-wait disabled:opacity-70 ${variants[variant]}`}
    >
      {children}
    </button>
  );
}
