import type { Metadata } from 'next';
import { DeleteSubscriberButton } from '@/components/admin/DeleteSubscriberButton';
import { PageHeader } from '@/components/admin/PageHeader';
import { listSubscribers } from '@/db/queries/subscriptions';
import { requirePermission } from '@/lib/auth/session';
import { deleteSubscriberAction } from './actions';

export const metadata: Metadata = { title: 'Subscribers' };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Readers who asked to be emailed about replies: who confirmed, who left; deleting forgets them. */
export default async function SubscribersPage() {
  await requirePermission('manageSettings', '/admin/subscribers');
  const subscribers = await listSubscribers();
  return (
    <>
      <PageHeader title="Subscribers">
        <p>Readers who ticked “Email me when someone replies”. Deleting one forgets the address and its subscriptions.</p>
      </PageHeader>
      {subscribers.length === 0 ? (
        <p>No subscribers yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Subscribers</caption>
            <thead className="border-b border-stone-200 dark:border-stone-800">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Email
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Subscriptions
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {subscribers.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    {s.email}
                  </th>
                  <td className="px-4 py-2">
                    {s.unsubscribedAt
                      ? `Unsubscribed ${day(s.unsubscribedAt)}`
                      : s.confirmedAt
                        ? `Confirmed ${day(s.confirmedAt)}`
                        : 'Not confirmed'}
                  </td>
                  <td className="px-4 py-2">{s.subscriptions}</td>
                  <td className="px-4 py-2">
                    <DeleteSubscriberButton action={deleteSubscriberAction} id={s.id} email={s.email} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
