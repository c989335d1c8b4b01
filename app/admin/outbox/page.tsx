import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/PageHeader';
import { listOutbox } from '@/db/queries/mail-queue';
import type { MailStatus } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { smtpConfigured } from '@/lib/mail/transport';

export const metadata: Metadata = { title: 'Outbox' };

const STATUS_LABELS: Record<MailStatus, string> = {
  queued: 'Waiting to be sent',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  kept: 'Kept (no SMTP)',
  skipped: 'Not sent',
};

const when = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

/** Every mail Inkwell queued, newest first: what was sent, what waits, what failed and why. */
export default async function OutboxPage() {
  await requirePermission('manageSettings', '/admin/outbox');
  const mails = await listOutbox(200);
  return (
    <>
      <PageHeader title="Outbox">
        {smtpConfigured() ? (
          <p>Mail is sent through the SMTP server set in SMTP_URL. Failed mails are retried with growing delays.</p>
        ) : (
          <p>
            No SMTP server is set (SMTP_URL), so mail is kept here instead of being sent. Set SMTP_URL and MAIL_FROM to send it
            (docs/email.md).
          </p>
        )}
      </PageHeader>
      {mails.length === 0 ? (
        <p>No mail yet.</p>
      ) : (
        <ul className="space-y-3" aria-label="Mails">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{mail.subject}</span>
                  <span className="block text-sm text-stone-700 dark:text-stone-300">
                    To {mail.toAddress} · {when(mail.createdAt)} · {STATUS_LABELS[mail.status]}
                    {mail.attempts > 1 && ` after ${mail.attempts} attempts`}
                    {mail.status === 'queued' && mail.lastError && ' · the last attempt failed, it will be tried again'}
                  </span>
                </summary>
                {mail.lastError && <p className="mt-2 text-sm text-red-800 dark:text-red-300">{mail.lastError}</p>}
                <pre className="mt-3 overflow-x-auto text-sm whitespace-pre-wrap">{mail.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
