import { z } from 'zod';
import { TITLE_REQUIRED } from './messages';
import { SLUG_MAX_LENGTH } from '@/lib/content/slug';
import { slugProblem } from './slug';

export { TITLE_REQUIRED };
export const MAX_TITLE_LENGTH = 200;
export const MAX_EXCERPT_LENGTH = 300;
export const MAX_LABELS = 20;
export const MAX_LABEL_LENGTH = 40;
// Far beyond any real post; stops a runaway paste (or a hostile client) from filling the database.
export const MAX_CONTENT_LENGTH = 2_000_000;

const labelList = z
  .array(z.string().trim().max(MAX_LABEL_LENGTH, `Keep each label to ${MAX_LABEL_LENGTH} characters or fewer.`))
  .transform((names) => {
    // The same label typed twice, or in another case, is one label.
    const seen = new Set<string>();
    return names.filter((name) => {
      const key = name.toLowerCase();
      if (!name || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .pipe(z.array(z.string()).max(MAX_LABELS, `A post can have up to ${MAX_LABELS} labels.`));

const optionalDate = z
  .union([z.literal(''), z.null(), z.iso.datetime({ offset: true, message: 'Choose a valid date and time.' })])
  .transform((value) => (value ? new Date(value) : null));

/**
 * A save of a post from the editor: text and settings, plus the version it started from. Drafts may be
 * untitled (autosave must never refuse to keep what someone wrote); publishing needs a title.
 */
export const postDraftSchema = z
  .object({
    baseVersion: z.number().int().min(0),
    title: z.string().trim().max(MAX_TITLE_LENGTH, `Keep the title to ${MAX_TITLE_LENGTH} characters or fewer.`),
    contentHtml: z.string().max(MAX_CONTENT_LENGTH, 'This post is too long to save.'),
    /** Empty, or when `slugAuto` is set, the slug is made from the title (and made unique). */
    slug: z
      .string()
      .trim()
      .max(SLUG_MAX_LENGTH + 20)
      .default(''),
    slugAuto: z.boolean().default(true),
    excerpt: z
      .string()
      .trim()
      .max(MAX_EXCERPT_LENGTH, `Keep the excerpt to ${MAX_EXCERPT_LENGTH} characters or fewer.`)
      .default(''),
    labels: labelList.default([]),
    commentsOpen: z.boolean().default(true),
    publishedAt: optionalDate.default(null),
    coverMediaId: z.number().int().positive().nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if (input.slugAuto || input.slug === '') return;
    const problem = slugProblem(input.slug);
    if (problem) ctx.addIssue({ code: 'custom', path: ['slug'], message: problem });
  });

export const postPublishSchema = postDraftSchema.superRefine((input, ctx) => {
  if (!input.title) ctx.addIssue({ code: 'custom', path: ['title'], message: TITLE_REQUIRED });
});

export type PostDraftInput = z.infer<typeof postDraftSchema>;
