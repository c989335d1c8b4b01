import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/PageHeader';
import { CreateAccountForm } from '@/components/admin/users/CreateAccountForm';
import { UserTable } from '@/components/admin/users/UserTable';
import { listUsers } from '@/db/queries/users';
import { requirePermission } from '@/lib/auth/session';
import { createAccount } from './actions';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requirePermission('manageUsers', '/admin/users');
  const users = await listUsers();

  return (
    <>
      <PageHeader title="Users">
        <p>Authors write and manage their own posts. Admins manage everything, including this page.</p>
      </PageHeader>
      <UserTable users={users} currentUserId={admin.id} />
      <section aria-labelledby="add-account" className="mt-12">
        <h2 id="add-account" className="font-serif text-xl font-semibold">
          Add an account
        </h2>
        <p className="mt-1 mb-5 text-stone-700 dark:text-stone-300">
          Inkwell makes a temporary password for the new account and shows it once.
        </p>
        <CreateAccountForm action={createAccount} />
      </section>
    </>
  );
}
