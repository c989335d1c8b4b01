'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SelectField } from '@/components/ui/SelectField';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { fieldError, fieldValue, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { ROLE_OPTIONS } from './role-options';
import { TemporaryPassword } from './TemporaryPassword';

export function CreateAccountForm({ action }: { action: FormAction<{ temporaryPassword: string }> }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5">
      <FormMessage state={state}>{state?.ok && <TemporaryPassword password={state.temporaryPassword} />}</FormMessage>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          required
          defaultValue={fieldValue(state, 'name')}
          error={fieldError(state, 'name')}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={fieldValue(state, 'email')}
          error={fieldError(state, 'email')}
        />
      </div>
      <SelectField
        label="Role"
        name="role"
        options={ROLE_OPTIONS}
        defaultValue={fieldValue(state, 'role', 'author')}
        error={fieldError(state, 'role')}
      />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
