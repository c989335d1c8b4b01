import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { AuthCard } from '@/components/auth/AuthCard';
import { SetupForm } from '@/components/auth/SetupForm';
import { countAdmins } from '@/db/queries/users';
import { authSecret } from '@/lib/auth/secret';
import { isSetupToken } from '@/lib/auth/setup-token';
import { getSiteSettings } from '@/lib/reader/data';
import { createOwnerAccount } from './actions';

export const metadata: Metadata = { title: 'Set up your blog', robots: { index: false } };

// Decided per request before anything is sent, so "gone" is a real 404 and a bad token a real 403.
export const instant = false;

export default async function SetupPage({ searchParams }: PageProps<'/setup'>) {
  const { token } = await searchParams;
  if ((await countAdmins()) > 0) notFound();
  if (!isSetupToken(authSecret(), token)) forbidden();
  const { title } = await getSiteSettings();

  return (
    <AuthCard
      blogTitle={title}
      heading="Set up your blog"
      intro={<p>Create the owner’s account. The owner manages posts, comments, users and settings.</p>}
    >
      <SetupForm action={createOwnerAccount} token={token as string} />
    </AuthCard>
  );
}
