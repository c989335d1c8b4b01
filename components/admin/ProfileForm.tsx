'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { fieldError, fieldValue, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

export function ProfileForm({ action, name, bio }: { action: FormAction; name: string; bio: string }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5">
      <FormMessage state={state} />
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={fieldValue(state, 'name', name)}
        error={fieldError(state, 'name')}
      />
      <TextField
        label="Bio"
        name="bio"
        rows={4}
        maxLength={1000}
        hint="A few lines about you, shown with your posts."
        defaultValue={fieldValue(state, 'bio', bio)}
        error={fieldError(state, 'bio')}
      />
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}
