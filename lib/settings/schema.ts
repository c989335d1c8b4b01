import { z } from 'zod';
import { isTimeZone } from '@/lib/date-format';

export const COMMENT_POLICIES = ['holdAll', 'holdFirstTime', 'publishAll'] as const;
export type CommentPolicy = (typeof COMMENT_POLICIES)[number];

const commentDefaults = {
  /** holdAll: every comment waits for approval; holdFirstTime: until a commenter has one approved; publishAll: none wait. */
  policy: 'holdFirstTime' as CommentPolicy,
  /** Comments close this many days after a post is published; null keeps them open. */
  closeAfterDays: null as number | null,
  /** Comments containing any of these words or addresses go to spam. */
  disallowedWords: [] as string[],
};

/** The most pages the site header links to. */
export const MAX_NAVIGATION_LINKS = 12;

/** Which mails admins get about comments on others' posts (a post's author always hears of their own). */
export const ADMIN_NOTIFICATIONS = ['each', 'digest', 'none'] as const;
export type AdminNotifications = (typeof ADMIN_NOTIFICATIONS)[number];

/** Blog settings stored in the settings table, with the defaults a new blog starts from. */
export const siteSettingsSchema = z.object({
  title: z.string().min(1).max(100).catch('Inkwell'),
  description: z.string().max(300).catch('A blog for people who write with quotes.'),
  postsPerPage: z.number().int().min(1).max(50).catch(10),
  // An unknown zone would make every date on the site throw; fall back to UTC instead.
  timeZone: z.string().refine(isTimeZone).catch('UTC'),
  siteUrl: z.url().nullable().catch(null),
  /** Pages linked from the site header, by id, in order; pages not published are left out when it is drawn. */
  navigation: z.array(z.number().int().positive()).max(MAX_NAVIGATION_LINKS).catch([]),
  /** Whether authors may write pages; admins always may (lib/pages/access.ts). */
  authorsMayWritePages: z.boolean().catch(false),
  comments: z
    .object({
      policy: z.enum(COMMENT_POLICIES).catch(commentDefaults.policy),
      closeAfterDays: z.number().int().min(1).max(3650).nullable().catch(commentDefaults.closeAfterDays),
      disallowedWords: z.array(z.string().min(1).max(100)).max(1000).catch(commentDefaults.disallowedWords),
    })
    .catch(commentDefaults),
  mail: z.object({ adminNotifications: z.enum(ADMIN_NOTIFICATIONS).catch('each') }).catch({ adminNotifications: 'each' }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export function parseSiteSettings(raw: Record<string, unknown>): SiteSettings {
  // A missing nested object is filled field by field, like a missing top-level key.
  return siteSettingsSchema.parse({ ...raw, comments: raw.comments ?? {}, mail: raw.mail ?? {} });
}
