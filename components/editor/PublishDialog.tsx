'use client';

import { EDITOR_KINDS, type EditorKind } from './editor-kind';
import { EditorDialog, primaryButtonClass, secondaryButtonClass } from './EditorDialog';
import { publishButtonLabel, type PublishPlan } from './publish-plan';

/** The confirmation before anything reaches readers: it says exactly what will happen. */
export function PublishDialog({
  kind = EDITOR_KINDS.post,
  plan,
  title,
  slug,
  onConfirm,
  onClose,
  busy,
}: {
  kind?: EditorKind;
  plan: PublishPlan | null;
  title: string;
  slug: string;
  onConfirm: () => void;
  onClose: () => void;
  busy: boolean;
}) {
  if (!plan) return null;
  const name = `“${title || 'Untitled'}”`;
  const address = kind.address(slug);
  const heading = {
    publish: `Publish this ${kind.noun}?`,
    schedule: `Schedule this ${kind.noun}?`,
    update: 'Publish your changes?',
  }[plan.kind];
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
            {name} will be published now at <code>{address}</code>.{' '}
            {kind.inStream
              ? 'It will appear on the home page, in its labels and in the feeds, and anyone can read it.'
              : 'Anyone can read it there, and find it in search; choose in Settings whether the site header links to it.'}
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
