'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { TextField } from '@/components/ui/TextField';
import { fieldProps, type FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

export function ProfileForm({ action, name, bio }: { action: FormAction; name: string; bio: string }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-5">
      <FormMessage state={state} />
      <TextField label="Name" {...fieldProps(state, 'name', name)} autoComplete="name" required maxLength={100} />
      <TextField
        label="Bio"
        {...fieldProps(state, 'bio', bio)}
        rows={4}
        maxLength={1000}
        hint="A few lines about you, shown with your posts."
      />
      <SubmitButton>Save profile</SubmitButton>
    </form>
  );
}
