import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PasswordForm } from '@/components/admin/PasswordForm';
import { AuthCard } from '@/components/auth/AuthCard';
import { CHANGE_PASSWORD_PATH, loginPath } from '@/lib/auth/callback-url';
import { getSession } from '@/lib/auth/session';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { replaceTemporaryPassword } from './actions';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

// Per person: nothing to prerender.
export const instant = false;

/** Where a person signed in with a temporary password is kept until they choose their own. */
export default async function ChangePasswordPage() {
  const session = await getSession();
  if (!session) redirect(loginPath(CHANGE_PASSWORD_PATH));
  // Nothing to replace: their own password is changed on the profile page.
  if (!session.mustChangePassword) redirect('/admin/profile');
  const { title } = await getSiteSettings();

  return (
    <AuthCard
      blogTitle={title}
      heading="Choose a new password"
      intro={<p>You signed in with a temporary password. Choose your own to continue; only you will know it.</p>}
    >
      <PasswordForm action={replaceTemporaryPassword} email={session.user.email} submitLabel="Save new password" />
    </AuthCard>
  );
}
