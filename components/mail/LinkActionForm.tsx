'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

/** The button of a page opened from an email link: it does what the link is for, once pressed. */
export function LinkActionForm({ action, token, button }: { action: FormAction; token: string; button: string }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {!state?.ok && <SubmitButton>{button}</SubmitButton>}
    </form>
  );
}
