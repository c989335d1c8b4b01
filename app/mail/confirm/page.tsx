import type { Metadata } from 'next';
import { connection } from 'next/server';
import { AuthCard } from '@/components/auth/AuthCard';
import { LinkActionForm } from '@/components/mail/LinkActionForm';
import { peekConfirmationLink } from '@/lib/mail/links';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { confirmSubscription } from '../actions';

export const metadata: Metadata = { title: 'Confirm your email', robots: { index: false } };

export const instant = false;

export default async function ConfirmEmailPage({ searchParams }: PageProps<'/mail/confirm'>) {
  const { token } = await searchParams;
  await connection();
  const { title } = await getSiteSettings();
  const live = typeof token === 'string' && (await peekConfirmationLink(token, new Date())) !== null;
  return (
    <AuthCard
      blogTitle={title}
      heading="Confirm your email"
      intro={live && <p>Confirm that this address is yours, and we will email you when someone replies to you.</p>}
    >
      <LinkActionForm
        action={confirmSubscription}
        token={typeof token === 'string' ? token : ''}
        button="Confirm my email"
        problem={live ? undefined : 'This confirmation link has expired or was already used.'}
      />
    </AuthCard>
  );
}
