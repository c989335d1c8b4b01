'use server';

import { updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/auth';
import { readAllSettings, writeSetting } from '@/db/queries/settings';
import { createFirstAdmin, findUserByEmail } from '@/db/queries/users';
import { formAction } from '@/lib/forms/form-action';
import { emailField, nameField, newPasswordField } from '@/lib/auth/fields';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import { setupAccess } from '@/lib/auth/setup-gate';
import { hashSetupToken } from '@/lib/auth/setup-token';
import { cacheTags } from '@/lib/cache/tags';
import { requestOrigin } from '@/lib/request-origin';
import { parseSiteSettings } from '@/lib/settings/schema';

const REFUSED =
  'This setup link is not valid: it has expired or was already used. Restart the server and open the new link it prints.';

const setupSchema = z
  .object({
    token: z.string(),
    name: nameField,
    email: emailField,
    password: newPasswordField,
  })
  // Beyond the field's own check (zod runs this even when that failed; one message is enough):
  // not made of the owner's email or name.
  .superRefine(({ password, email, name }, ctx) => {
    if (typeof password !== 'string' || passwordProblem(password)) return;
    const problem = passwordProblem(password, [email, name]);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  });

/** Creates the owner's account. Open to anyone holding the token the server printed at start. */
export const createOwnerAccount = formAction({ access: 'public', schema: setupSchema }, async (input, { fail }) => {
  const access = await setupAccess(input.token);
  if (access === 'done') redirect('/login');
  if (access === 'refused') return fail(REFUSED);
  if (await findUserByEmail(input.email)) {
    return fail('Please correct the highlighted fields.', { email: ['An account with this email already exists.'] });
  }
  const created = await createFirstAdmin(
    { ...input, passwordHash: await hashPassword(input.password) },
    hashSetupToken(input.token),
  );
  // Someone else finished setup a moment earlier: there is nothing left to set up.
  if (!created.ok && created.reason === 'admin-exists') redirect('/login');
  // The link expired, or was spent by another submit, while this form was open.
  if (!created.ok) return fail(REFUSED);

  // Reader pages are static and have no request to learn the blog's address from (lib/site-url.ts).
  const origin = await requestOrigin();
  if (origin && !parseSiteSettings(await readAllSettings()).siteUrl) {
    await writeSetting('siteUrl', origin);
    updateTag(cacheTags.settings);
  }

  await signIn('credentials', { email: input.email, password: input.password, redirectTo: '/admin' });
  return { ok: true, message: 'Your account is ready.' };
});
