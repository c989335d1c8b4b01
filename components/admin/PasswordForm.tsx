'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '@/lib/auth/password-policy';
import { fieldProps, type FormAction } from '@/lib/forms/form-state';
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
        {...fieldProps(state, 'currentPassword')}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        label="New password"
        {...fieldProps(state, 'newPassword')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={PASSWORD_HINT}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
