import { z } from 'zod';
import { USER_ROLES } from '@/db/schema';
import { passwordProblem } from './password';

// Validators for account fields, shared by setup, the users page and the profile page.

export const emailField = z.email('Enter an email address, like name@example.com.').max(254);

export const nameField = z.string().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.');

export const roleField = z.enum(USER_ROLES, { message: 'Choose a role.' });

/** A password someone is choosing: the policy in lib/auth/password.ts. */
export const newPasswordField = z
  .string()
  .max(1024, 'Use at most 1024 characters.')
  .superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const userIdField = z.coerce.number().int().positive();
