import { z } from 'zod';
import { ADMIN_NOTIFICATIONS, COMMENT_POLICIES, MAX_NAVIGATION_LINKS, type SiteSettings } from './schema';
import { isTimeZone } from '@/lib/date-format';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

const siteUrlField = z.preprocess(
  blankToNull,
  z
    .string()
    .nullable()
    .transform((value, ctx) => {
      if (value === null) return null;
      let url: URL;
      try {
        url = new URL(value.trim());
      } catch {
        url = new URL('invalid:');
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        ctx.addIssue({ code: 'custom', message: 'Enter the blog’s address, like https://blog.example.com.' });
        return z.NEVER;
      }
      if (url.pathname !== '/' || url.search || url.hash) {
        ctx.addIssue({ code: 'custom', message: 'Enter the address of the home page only, like https://blog.example.com.' });
        return z.NEVER;
      }
      return url.origin;
    }),
);

const closeAfterDaysField = z.preprocess(
  blankToNull,
  z.coerce
    .number({ message: 'Enter a number of days, or leave it empty to keep comments open.' })
    .int('Enter a whole number of days.')
    .min(1, 'Enter at least 1 day, or leave it empty to keep comments open.')
    .max(3650, 'Enter at most 3650 days.')
    .nullable(),
);

const disallowedWordsField = z
  .string()
  .max(20_000)
  .transform((text) => {
    const seen = new Set<string>();
    const words: string[] = [];
    for (const line of text.split(/\r?\n/)) {
      const word = line.trim();
      if (word && !seen.has(word.toLowerCase())) {
        seen.add(word.toLowerCase());
        words.push(word);
      }
    }
    return words;
  })
  .refine((words) => words.every((w) => w.length <= 100), 'Keep each word or phrase under 100 characters.')
  .refine((words) => words.length <= 1000, 'Use at most 1000 words or phrases.');

// The navigation's chosen pages, in order, as the reordering list keeps them: ids joined by commas.
const navigationField = z
  .string()
  .regex(/^(\d+(,\d+)*)?$/, 'Choose the pages again.')
  .default('')
  .transform((ids) => [...new Set(ids ? ids.split(',').map(Number) : [])])
  .refine((ids) => ids.length <= MAX_NAVIGATION_LINKS, `The header has room for ${MAX_NAVIGATION_LINKS} pages at most.`);

/** What the settings form sends, validated and turned into the stored settings. */
export const settingsFormSchema = z
  .object({
    title: z.string().trim().min(1, 'Enter a title.').max(100, 'Use at most 100 characters.'),
    description: z.string().trim().max(300, 'Use at most 300 characters.'),
    siteUrl: siteUrlField,
    postsPerPage: z.coerce
      .number({ message: 'Enter a number from 1 to 50.' })
      .int('Enter a whole number.')
      .min(1, 'Enter a number from 1 to 50.')
      .max(50, 'Enter a number from 1 to 50.'),
    timeZone: z.string().refine(isTimeZone, 'Choose a time zone from the list.'),
    commentPolicy: z.enum(COMMENT_POLICIES, { message: 'Choose how new comments are handled.' }),
    commentsCloseAfterDays: closeAfterDaysField,
    disallowedWords: disallowedWordsField,
    navigation: navigationField,
    // A checkbox: sent as "on" when ticked, absent when not.
    authorsMayWritePages: z
      .literal('on')
      .optional()
      .transform((value) => value === 'on'),
    adminNotifications: z.enum(ADMIN_NOTIFICATIONS, { message: 'Choose when admins are emailed.' }).default('each'),
  })
  .transform((form): SiteSettings => ({
    title: form.title,
    description: form.description,
    siteUrl: form.siteUrl,
    navigation: form.navigation,
    authorsMayWritePages: form.authorsMayWritePages,
    postsPerPage: form.postsPerPage,
    timeZone: form.timeZone,
    comments: {
      policy: form.commentPolicy,
      closeAfterDays: form.commentsCloseAfterDays,
      disallowedWords: form.disallowedWords,
    },
    mail: { adminNotifications: form.adminNotifications },
  }));
