import 'server-only';
import { randomBytes } from 'node:crypto';
import {
  consumeTokenForSubject,
  deleteTokensAbout,
  liveTokenSubject,
  storeSingleUseToken,
  storeSingleUseTokens,
} from '@/db/queries/tokens';
import { hashSetupToken } from '@/lib/auth/setup-token';
import { keyedHash, safeEqual } from '@/lib/auth/keyed-hash';
import { authSecret } from '@/lib/auth/secret';
import { absoluteUrl } from '@/lib/site-url';
import { DAY_MS } from '@/lib/time';
import type { ModerationLinks } from './templates';

/**
 * The links in emails. Approve / Spam / Trash and the confirmation are single-use tokens (random,
 * stored only as a hash in single_use_tokens like the setup link, 7 days): a guessed or forwarded
 * old link opens nothing. Unsubscribing is a signature over the subscriber's id instead: it must
 * keep working for as long as mails are received, and it only ever turns mail off.
 */

export const MAIL_LINK_LIFETIME_MS = 7 * DAY_MS;
export const EMAIL_MODERATION_ACTIONS = ['approve', 'spam', 'trash'] as const;
export type EmailModerationAction = (typeof EMAIL_MODERATION_ACTIONS)[number];

const newToken = () => randomBytes(32).toString('base64url');

export const MODERATE_PATH = '/mail/moderate';
export const CONFIRM_PATH = '/mail/confirm';
export const UNSUBSCRIBE_PATH = '/mail/unsubscribe';
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/api/mail/unsubscribe';

const withToken = (base: string, path: string, token: string) => `${absoluteUrl(base, path)}?token=${encodeURIComponent(token)}`;

/** Three links for a held comment, one per action; using one spends all three. Stored together: one commit, not three. */
export async function issueModerationLinks(base: string, commentId: number, now: Date): Promise<ModerationLinks> {
  const expiresAt = new Date(now.getTime() + MAIL_LINK_LIFETIME_MS);
  const issued = EMAIL_MODERATION_ACTIONS.map((action) => ({ action, token: newToken() }));
  await storeSingleUseTokens(
    issued.map(({ action, token }) => ({
      tokenHash: hashSetupToken(token),
      purpose: 'mail-moderate' as const,
      expiresAt,
      subject: { commentId, action },
    })),
  );
  const links = {} as ModerationLinks;
  for (const { action, token } of issued) links[action] = withToken(base, MODERATE_PATH, token);
  return links;
}

function asModeration(subject: Record<string, unknown> | null): { commentId: number; action: EmailModerationAction } | null {
  if (!subject || typeof subject.commentId !== 'number') return null;
  const action = EMAIL_MODERATION_ACTIONS.find((a) => a === subject.action);
  return action ? { commentId: subject.commentId, action } : null;
}

/** What a moderation link would do, without using it (the confirming page). */
export async function peekModerationLink(token: string, now: Date) {
  return asModeration(await liveTokenSubject(hashSetupToken(token), 'mail-moderate', now));
}

/** Spends a moderation link, and the comment's other links with it. Null when it was not live. */
export async function spendModerationLink(token: string, now: Date) {
  const subject = asModeration(await consumeTokenForSubject(hashSetupToken(token), 'mail-moderate', now));
  if (subject) await deleteTokensAbout('mail-moderate', 'commentId', subject.commentId);
  return subject;
}

export async function issueConfirmationLink(base: string, subscriberId: number, now: Date): Promise<string> {
  const token = newToken();
  await storeSingleUseToken({
    tokenHash: hashSetupToken(token),
    purpose: 'mail-confirm',
    expiresAt: new Date(now.getTime() + MAIL_LINK_LIFETIME_MS),
    subject: { subscriberId },
  });
  return withToken(base, CONFIRM_PATH, token);
}

const asSubscriber = (subject: Record<string, unknown> | null) =>
  subject && typeof subject.subscriberId === 'number' ? subject.subscriberId : null;

export async function peekConfirmationLink(token: string, now: Date): Promise<number | null> {
  return asSubscriber(await liveTokenSubject(hashSetupToken(token), 'mail-confirm', now));
}

export async function spendConfirmationLink(token: string, now: Date): Promise<number | null> {
  return asSubscriber(await consumeTokenForSubject(hashSetupToken(token), 'mail-confirm', now));
}

const unsubscribeSignature = (subscriberId: number) => keyedHash(authSecret(), `mail-unsubscribe:${subscriberId}`);

export function unsubscribeToken(subscriberId: number): string {
  return `${subscriberId}.${unsubscribeSignature(subscriberId)}`;
}

/** The subscriber an unsubscribe token names, if its signature holds. */
export function subscriberOfUnsubscribeToken(token: string | undefined | null): number | null {
  const match = /^(\d{1,12})\.([\w-]{20,100})$/.exec(token ?? '');
  if (!match) return null;
  const id = Number(match[1]);
  return safeEqual(match[2], unsubscribeSignature(id)) ? id : null;
}

export function unsubscribeLinks(base: string, subscriberId: number) {
  const token = unsubscribeToken(subscriberId);
  return { page: withToken(base, UNSUBSCRIBE_PATH, token), oneClick: withToken(base, ONE_CLICK_UNSUBSCRIBE_PATH, token) };
}
