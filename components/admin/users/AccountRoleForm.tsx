'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SelectField } from '@/components/ui/SelectField';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';
import { ROLE_OPTIONS } from './role-options';

export function AccountRoleForm({ action, userId, role }: { action: FormAction; userId: number; role: string }) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} />
      <SelectField label="Role" name="role" options={ROLE_OPTIONS} defaultValue={role} />
      <SubmitButton variant="secondary">Change role</SubmitButton>
    </form>
  );
}
