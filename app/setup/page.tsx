import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AuthCard } from '@/components/auth/AuthCard';
import { SetupForm } from '@/components/auth/SetupForm';
import { setupAccess } from '@/lib/auth/setup-gate';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { createOwnerAccount } from './actions';

export const metadata: Metadata = { title: 'Set up your blog', robots: { index: false } };

// Nothing here can be prerendered: the page depends on the database and the link's token.
export const instant = false;

export default async function SetupPage({ searchParams }: PageProps<'/setup'>) {
  const { token } = await searchParams;
  // The token's expiry is judged against the clock of this request, never a prerender's.
  await connection();
  // proxy.ts answers "done" with a real 404 first; this check is the one that holds.
  const access = await setupAccess(token);
  if (access === 'done') notFound();
  if (access === 'refused') forbidden();
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
