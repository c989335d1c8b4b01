import type { Metadata } from 'next';
import { PageHeader } from '@/components/admin/PageHeader';
import { PasswordForm } from '@/components/admin/PasswordForm';
import { ProfileForm } from '@/components/admin/ProfileForm';
import { findUserById } from '@/db/queries/users';
import { requireUser } from '@/lib/auth/session';
import { changePassword, saveProfile } from './actions';

export const metadata: Metadata = { title: 'Profile' };

export default async function ProfilePage({ searchParams }: PageProps<'/admin/profile'>) {
  const user = await requireUser('/admin/profile');
  const { password } = await searchParams;
  const account = await findUserById(user.id);
  const bio = account?.bio ?? '';

  return (
    <>
      <PageHeader title="Profile">
        <p>Signed in as {user.email}.</p>
      </PageHeader>
      <div className="grid gap-10">
        <section
          aria-labelledby="profile-heading"
          className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
        >
          <h2 id="profile-heading" className="mb-4 font-serif text-lg font-semibold">
            About you
          </h2>
          <ProfileForm action={saveProfile} name={user.name} bio={bio} />
        </section>
        <section
          aria-labelledby="password-heading"
          className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
        >
          <h2 id="password-heading" className="mb-4 font-serif text-lg font-semibold">
            Change password
          </h2>
          {password === 'changed' && (
            <p
              role="status"
              className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
            >
              Password changed. You are still signed in here; your other sessions have ended.
            </p>
          )}
          <PasswordForm action={changePassword} email={user.email} />
        </section>
      </div>
    </>
  );
}
