'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { fieldProps, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

interface LoginFormProps {
  action: FormAction;
  /** Where to go after signing in; already checked to be a path on this site. */
  callbackUrl: string;
}

export function LoginForm({ action, callbackUrl }: LoginFormProps) {
  // Posted to /login without JavaScript; the return address travels in the hidden field.
  const [state, formAction] = useFormAction(action, '/login');
  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <TextField label="Email" {...fieldProps(state, 'email')} type="email" autoComplete="username" required />
      <TextField label="Password" {...fieldProps(state, 'password')} type="password" autoComplete="current-password" required />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  );
}
