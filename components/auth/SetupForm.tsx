'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '@/lib/auth/password-policy';
import { fieldError, fieldValue, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

interface SetupFormProps {
  action: FormAction;
  token: string;
}

export function SetupForm({ action, token }: SetupFormProps) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={fieldValue(state, 'name')}
        error={fieldError(state, 'name')}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={fieldValue(state, 'email')}
        error={fieldError(state, 'email')}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={PASSWORD_HINT}
        error={fieldError(state, 'password')}
      />
      <SubmitButton>Create owner account</SubmitButton>
    </form>
  );
}
