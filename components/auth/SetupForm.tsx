'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '@/lib/auth/password-policy';
import { fieldProps, type FormAction } from '@/lib/forms/form-state';
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
      <TextField label="Name" {...fieldProps(state, 'name')} autoComplete="name" required />
      <TextField label="Email" {...fieldProps(state, 'email')} type="email" autoComplete="username" required />
      <TextField
        label="Password"
        {...fieldProps(state, 'password')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={PASSWORD_HINT}
      />
      <SubmitButton>Create owner account</SubmitButton>
    </form>
  );
}
