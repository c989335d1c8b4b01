import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/admin/PageHeader';
import { AccountAccessForm } from '@/components/admin/users/AccountAccessForm';
import { AccountRoleForm } from '@/components/admin/users/AccountRoleForm';
import { ResetPasswordForm } from '@/components/admin/users/ResetPasswordForm';
import { findUserListItem } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/session';
import { changeRole, resetPassword, setAccountDisabled } from '../actions';

export const metadata: Metadata = { title: 'Account' };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id={id} className="mb-4 font-serif text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AccountPage({ params }: PageProps<'/admin/users/[id]'>) {
  const { id } = await params;
  const admin = await requirePermission('manageUsers', `/admin/users/${id}`);
  const account = /^\d+$/.test(id) ? await findUserListItem(Number(id)) : null;
  if (!account) notFound();
  const isSelf = account.id === admin.id;

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/users" className="underline-offset-4 hover:underline">
          ← All users
        </Link>
      </p>
      <PageHeader title={account.name}>
        <p>
          {account.email} · {account.role === 'admin' ? 'Admin' : 'Author'} · {account.disabledAt ? 'Disabled' : 'Active'}
        </p>
      </PageHeader>
      <div className="grid gap-6">
        <Section id="role-heading" title="Role">
          <AccountRoleForm action={changeRole} userId={account.id} role={account.role} />
        </Section>
        <Section id="access-heading" title="Access">
          <p className="mb-4 text-stone-700 dark:text-stone-300">
            {account.disabledAt
              ? 'This account is disabled: it cannot sign in.'
              : 'A disabled account cannot sign in, and its open sessions end on their next request.'}
          </p>
          <AccountAccessForm action={setAccountDisabled} userId={account.id} disabled={account.disabledAt !== null} />
        </Section>
        <Section id="password-heading" title="Password">
          {isSelf ? (
            <p className="text-stone-700 dark:text-stone-300">
              Change your own password on{' '}
              <Link href="/admin/profile" className="underline underline-offset-4">
                your profile
              </Link>
              .
            </p>
          ) : (
            <>
              <p className="mb-4 text-stone-700 dark:text-stone-300">
                Resetting makes a new temporary password and ends every session of this account.
              </p>
              <ResetPasswordForm action={resetPassword} userId={account.id} />
            </>
          )}
        </Section>
      </div>
    </>
  );
}
