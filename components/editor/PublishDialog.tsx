'use client';

import { EditorDialog, primaryButtonClass, secondaryButtonClass } from './EditorDialog';
import { publishButtonLabel, type PublishPlan } from './publish-plan';

/** The confirmation before anything reaches readers: it says exactly what will happen. */
export function PublishDialog({
  plan,
  title,
  slug,
  onConfirm,
  onClose,
  busy,
}: {
  plan: PublishPlan | null;
  title: string;
  slug: string;
  onConfirm: () => void;
  onClose: () => void;
  busy: boolean;
}) {
  if (!plan) return null;
  const name = `“${title || 'Untitled'}”`;
  const address = `/posts/${slug}`;
  const heading = { publish: 'Publish this post?', schedule: 'Schedule this post?', update: 'Publish your changes?' }[plan.kind];
  return (
    <EditorDialog
      open
      title={heading}
      onClose={onClose}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className={secondaryButtonClass} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={primaryButtonClass} disabled={busy}>
            {busy ? 'Working…' : publishButtonLabel(plan)}
          </button>
        </>
      }
    >
      <p>
        {plan.kind === 'publish' && (
          <>
            {name} will be published now at <code>{address}</code>. It will appear on the home page, in its labels and in the
            feeds, and anyone can read it.
          </>
        )}
        {plan.kind === 'schedule' && (
          <>
            {name} will be published automatically on{' '}
            <strong>{plan.at.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' })}</strong> at{' '}
            <code>{address}</code>. Until then only signed-in people can see it.
          </>
        )}
        {plan.kind === 'update' && (
          <>
            Readers of {name} at <code>{address}</code> will see your changes on their next visit.
          </>
        )}
      </p>
    </EditorDialog>
  );
}
