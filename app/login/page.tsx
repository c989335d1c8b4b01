import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/AuthCard';
import { LoginForm } from '@/components/auth/LoginForm';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { CHANGE_PASSWORD_PATH, getSession } from '@/lib/auth/session';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { signInWithPassword } from './actions';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

// Per request (the session, the return address): nothing to prerender, so no static shell is expected.
export const instant = false;

export default async function LoginPage({ searchParams }: PageProps<'/login'>) {
  const { callbackUrl } = await searchParams;
  const destination = safeCallbackPath(callbackUrl);
  // Checked against the database, not just the token: a disabled account sees the form again.
  const session = await getSession();
  if (session) redirect(session.mustChangePassword ? CHANGE_PASSWORD_PATH : destination);
  const { title } = await getSiteSettings();

  return (
    <AuthCard blogTitle={title} heading="Sign in">
      <LoginForm action={signInWithPassword} callbackUrl={destination} />
    </AuthCard>
  );
}
