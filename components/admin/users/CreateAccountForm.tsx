'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SelectField } from '@/components/ui/SelectField';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { fieldProps, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { ROLE_OPTIONS } from './role-options';
import { TemporaryPassword } from './TemporaryPassword';

export function CreateAccountForm({ action }: { action: FormAction<{ temporaryPassword: string }> }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5">
      <FormMessage state={state}>{state?.ok && <TemporaryPassword password={state.temporaryPassword} />}</FormMessage>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField label="Name" {...fieldProps(state, 'name')} autoComplete="off" required />
        <TextField label="Email" {...fieldProps(state, 'email')} type="email" autoComplete="off" required />
      </div>
      <SelectField label="Role" {...fieldProps(state, 'role', 'author')} options={ROLE_OPTIONS} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
