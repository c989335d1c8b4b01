import type { ReactNode } from 'react';
import type { FormState } from '@/lib/forms/form-state';

/**
 * The outcome of the last submit. Errors are an alert (read out at once); a success is a status.
 * The live regions are always in the page so screen readers notice when their text changes.
 * `children` adds detail to a success, such as a password shown once.
 */
export function FormMessage({ state, children }: { state: FormState; children?: ReactNode }) {
  return (
    <>
      <div role="alert">
        {state && !state.ok && (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
            {state.error}
          </p>
        )}
      </div>
      <div role="status">
        {state?.ok && (
          <div className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
            <p className="font-medium">{state.message}</p>
            {children}
          </div>
        )}
      </div>
    </>
  );
}
