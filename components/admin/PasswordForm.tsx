'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '@/lib/auth/password-policy';
import { fieldError, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

export function PasswordForm({
  action,
  email,
  submitLabel = 'Change password',
}: {
  action: FormAction;
  email: string;
  submitLabel?: string;
}) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5">
      {/* Lets password managers tie the new password to the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormMessage state={state} />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, 'currentPassword')}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={PASSWORD_HINT}
        error={fieldError(state, 'newPassword')}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
