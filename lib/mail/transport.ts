import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import type { QueuedMail } from '@/db/queries/mail-queue';
import { env } from '@/lib/env';
import { loadSiteSettings } from '@/lib/settings/site-settings';
import { siteUrl } from '@/lib/site-url';
import type { Deliver, Sender } from './queue';

/** Whether mail leaves this server (SMTP_URL is set) or stays in the outbox. */
export const smtpConfigured = () => env.SMTP_URL !== undefined;

/** The host mail is from (MAIL_FROM's, else the site's): the right-hand side of Message-IDs. */
function mailDomain(base: string): string {
  const fromHost = /@([^>\s]+)>?\s*$/.exec(env.MAIL_FROM ?? '')?.[1];
  return fromHost ?? new URL(base).hostname;
}

export async function currentSender(): Promise<Sender & { base: string; blogName: string }> {
  const settings = await loadSiteSettings();
  const base = siteUrl(settings);
  return { smtp: smtpConfigured(), domain: mailDomain(base), base, blogName: settings.title };
}

let transporter: Transporter | undefined;

/** Sends a queued mail over SMTP_URL (nodemailer); resolves once the server accepted it. */
export const smtpDeliver: Deliver = async (mail: QueuedMail) => {
  if (!env.SMTP_URL) throw new Error('SMTP_URL is not set');
  // No pool: one connection per tick's mails is plenty for a blog, and a dead server is noticed at once.
  transporter ??= nodemailer.createTransport(env.SMTP_URL);
  const { blogName, domain } = await currentSender();
  const from = env.MAIL_FROM ?? { name: blogName, address: `inkwell@${domain}` };
  await transporter.sendMail({
    from,
    to: mail.toAddress,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: JSON.parse(mail.headers) as Record<string, string>,
  });
};
