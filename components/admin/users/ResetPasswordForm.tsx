'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { TemporaryPassword } from './TemporaryPassword';

export function ResetPasswordForm({ action, userId }: { action: FormAction<{ temporaryPassword: string }>; userId: number }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state}>{state?.ok && <TemporaryPassword password={state.temporaryPassword} />}</FormMessage>
      <SubmitButton variant="secondary">Reset password</SubmitButton>
    </form>
  );
}
