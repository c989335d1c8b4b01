import { z } from 'zod';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/** Blog settings stored in the settings table, with the defaults a new blog starts from. */
export const siteSettingsSchema = z.object({
  title: z.string().min(1).max(100).catch('Inkwell'),
  description: z.string().max(300).catch('A blog for people who write with quotes.'),
  postsPerPage: z.number().int().min(1).max(50).catch(10),
  // An unknown zone would make every date on the site throw; fall back to UTC instead.
  timeZone: z.string().refine(isTimeZone).catch('UTC'),
  siteUrl: z.url().nullable().catch(null),
  // Comment moderation defaults (see lib/comments/policy.ts).
  commentPolicy: z.enum(['holdAll', 'holdFirstTime', 'publishAll']).catch('holdFirstTime'),
  closeCommentsAfterDays: z.number().int().min(1).max(3650).nullable().catch(null),
  disallowedWords: z.array(z.string()).catch([]),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export function parseSiteSettings(raw: Record<string, unknown>): SiteSettings {
  return siteSettingsSchema.parse(raw);
}
