import type { Metadata } from 'next';
import { connection } from 'next/server';
import { AuthCard } from '@/components/auth/AuthCard';
import { LinkActionForm } from '@/components/mail/LinkActionForm';
import { getCommentForMail } from '@/db/queries/mail-comments';
import { EMAIL_ACTION_LABELS, LINK_SPENT } from '@/lib/mail/link-actions';
import { peekModerationLink } from '@/lib/mail/links';
import { getSiteSettings } from '@/lib/settings/site-settings';
import { moderateFromEmail } from '../actions';

export const metadata: Metadata = { title: 'Moderate a comment', robots: { index: false } };

// Opened from an email: the token decides what it shows, judged by this request's clock.
export const instant = false;

export default async function ModerateFromEmailPage({ searchParams }: PageProps<'/mail/moderate'>) {
  const { token } = await searchParams;
  await connection();
  const { title } = await getSiteSettings();
  const link = typeof token === 'string' ? await peekModerationLink(token, new Date()) : null;
  const comment = link ? await getCommentForMail(link.commentId) : null;
  return (
    <AuthCard
      blogTitle={title}
      heading="Moderate a comment"
      intro={comment && <p>{`${comment.authorName} on “${comment.postTitle}”:`}</p>}
    >
      {comment && (
        <blockquote className="mb-6 border-l-4 border-stone-300 pl-4 whitespace-pre-line text-stone-800 dark:border-stone-700 dark:text-stone-200">
          {comment.bodySource}
        </blockquote>
      )}
      <LinkActionForm
        action={moderateFromEmail}
        token={typeof token === 'string' ? token : ''}
        button={link ? EMAIL_ACTION_LABELS[link.action].button : ''}
        problem={link && comment ? undefined : LINK_SPENT}
      />
    </AuthCard>
  );
}
