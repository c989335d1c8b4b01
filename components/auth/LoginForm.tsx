'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { fieldError, fieldValue, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

interface LoginFormProps {
  action: FormAction;
  /** Where to go after signing in; already checked to be a path on this site. */
  callbackUrl: string;
}

export function LoginForm({ action, callbackUrl }: LoginFormProps) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
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
        autoComplete="current-password"
        required
        error={fieldError(state, 'password')}
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
