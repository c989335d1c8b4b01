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
export const commentInputSchema = z
  .object({
    postSlug: z.string().min(1).max(200),
    parentId: z.coerce.number().int().positive().nullable().catch(null),
    name: z.string().trim().min(1, 'Please enter your name.').max(80, 'Please keep your name under 80 characters.'),
    email: optionalText(z.email('That does not look like an email address.').max(200)),
    website: optionalText(
      z.url({ protocol: /^https?$/, message: 'Please enter a web address starting with http:// or https://' }).max(300),
    ),
    body: z
      .string()
      .trim()
      .min(1, 'Please write a comment.')
      .max(MAX_COMMENT_LENGTH, `Comments can be up to ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`),
    notify: z.boolean().default(false),
    notifyAll: z.boolean().default(false),
  })
  // Replies are emailed: without an address there is nowhere to send them.
  .superRefine((input, ctx) => {
    if ((input.notify || input.notifyAll) && !input.email)
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter your email to be told about replies.' });
  });

export type CommentInput = z.infer<typeof commentInputSchema>;

/**
 * The comment form as posted: every field as text, missing ones empty. It never fails: the
 * honeypot is judged before anything else (lib/comments/submit.ts), and the fields after it, with
 * the comment form's own messages (commentInputSchema).
 */
export const postedCommentSchema = z.record(z.string(), z.unknown()).transform((form) => {
  const text = (name: string) => String(form[name] ?? '');
  return {
    name: text(COMMENT_FIELDS.name),
    email: text(COMMENT_FIELDS.email),
    website: text(COMMENT_FIELDS.website),
    body: text(COMMENT_FIELDS.body),
    honeypot: text(COMMENT_FIELDS.honeypot),
    formToken: text(COMMENT_FIELDS.formToken),
    postSlug: text(COMMENT_FIELDS.postSlug),
    parentId: text(COMMENT_FIELDS.parentId),
    notify: text(COMMENT_FIELDS.notify) === 'on',
    notifyAll: text(COMMENT_FIELDS.notifyAll) === 'on',
  };
});

export type PostedCommentForm = z.output<typeof postedCommentSchema>;
