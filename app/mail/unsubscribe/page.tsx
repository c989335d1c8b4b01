import type { Metadata } from 'next';
import { connection } from 'next/server';
import { AuthCard } from '@/components/auth/AuthCard';
import { LinkActionForm } from '@/components/mail/LinkActionForm';
import { subscriberOfUnsubscribeToken } from '@/lib/mail/links';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { unsubscribe } from '../actions';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

export const instant = false;

export default async function UnsubscribePage({ searchParams }: PageProps<'/mail/unsubscribe'>) {
  const { token } = await searchParams;
  await connection();
  const { title } = await getSiteSettings();
  const valid = typeof token === 'string' && subscriberOfUnsubscribeToken(token) !== null;
  return (
    <AuthCard
      blogTitle={title}
      heading="Unsubscribe"
      intro={valid && <p>Stop all emails about replies and comments from {title} to this address.</p>}
    >
      <LinkActionForm
        action={unsubscribe}
        token={typeof token === 'string' ? token : ''}
        button="Unsubscribe"
        problem={valid ? undefined : 'This unsubscribe link is not valid.'}
      />
    </AuthCard>
  );
}
