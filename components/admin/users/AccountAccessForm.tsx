'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

export function AccountAccessForm({ action, userId, disabled }: { action: FormAction; userId: number; disabled: boolean }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <FormMessage state={state} />
      {disabled ? (
        <SubmitButton variant="secondary">Enable account</SubmitButton>
      ) : (
        <SubmitButton variant="danger">Disable account</SubmitButton>
      )}
    </form>
  );
}
