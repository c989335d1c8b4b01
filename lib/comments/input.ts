import { z } from 'zod';
import { COMMENT_FIELDS, MAX_COMMENT_LENGTH } from './fields';

export { COMMENT_FIELDS, MAX_COMMENT_LENGTH };

const optionalText = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(schema.nullable());

/** What a reader submits with the comment form. Messages are shown next to their fields. */
export const commentInputSchema = z.object({
  postSlug: z.string().min(1).max(200),
  parentId: z.coerce.number().int().positive().nullable().catch(null),
  name: z.string().trim().min(1, 'Please enter your name.').max(80, 'Please keep your name under 80 characters.'),
  email: optionalText(z.email('That does not look like an email address.').max(200)),
  website: optionalText(
    z
      .url({ protocol: /^https?$/, message: 'Please enter a web address starting with http:// or https://' })
      .max(300),
  ),
  body: z
    .string()
    .trim()
    .min(1, 'Please write a comment.')
    .max(MAX_COMMENT_LENGTH, `Comments can be up to ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`),
});

export type CommentInput = z.infer<typeof commentInputSchema>;
