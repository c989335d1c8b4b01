'use client';

import { FormMessage } from '@/components/ui/FormMessage';
import { SubmitButton } from '@/components/ui/SubmitButton';
import type { FormAction } from '@/lib/forms/form-state';
import { useFormAction } from '@/lib/forms/use-form-action';

/**
 * The button of a page opened from an email link: it does what the link is for, once pressed.
 * `problem` is set when the link cannot be used (spent, expired). The page renders this component
 * in the same place either way, so when the action's answer re-renders the page — now with the
 * link spent — the confirmation stays on screen instead of turning into "already used".
 */
export function LinkActionForm({
  action,
  token,
  button,
  problem,
}: {
  action: FormAction;
  token: string;
  button: string;
  problem?: string;
}) {
  const [state, formAction] = useFormAction(action);
  if (!state && problem) return <p role="alert">{problem}</p>;
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {!state?.ok && !problem && <SubmitButton>{button}</SubmitButton>}
    </form>
  );
}
