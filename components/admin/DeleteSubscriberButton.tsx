'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import type { FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

/** Deletes one subscriber; the row's message says what happened. */
export function DeleteSubscriberButton({ action, id, email }: { action: FormAction; id: number; email: string }) {
  const [state, formAction, pending] = useFormAction(action);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Delete ${email}`}
        className="rounded-md border border-red-700 px-3 py-1 text-sm text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950"
      >
        Delete
      </button>
      <FormMessage state={state} />
    </form>
  );
}
