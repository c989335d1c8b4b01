// npm run user:create -- --email E --password P --name N --role admin|author
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { migrateDatabase } from '@/db/migrate';
import { createUser, findUserByEmail } from '@/db/queries/users';
import { USER_ROLES } from '@/db/schema';
import { hashPassword, passwordProblem } from '@/lib/auth/password';

const USAGE = 'Usage: npm run user:create -- --email E --password P --name N --role admin|author';

const argsSchema = z
  .object({
    email: z.email('--email must be an email address'),
    password: z.string(),
    name: z.string().trim().min(1, '--name is required').max(100),
    role: z.enum(USER_ROLES, { message: `--role must be one of: ${USER_ROLES.join(', ')}` }),
  })
  // The operator chooses this password (it is not temporary), under the same policy as everyone.
  .superRefine(({ password, email, name }, ctx) => {
    const problem = passwordProblem(password, [email, name]);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `--password: ${problem}` });
  });

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(1);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const missing = (['email', 'password', 'name', 'role'] as const).filter((k) => values[k] === undefined);
  if (missing.length) fail(`missing ${missing.map((k) => `--${k}`).join(', ')}\n${USAGE}`);

  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join('\n'));
  const input = parsed.data;

  await migrateDatabase();
  if (await findUserByEmail(input.email)) fail(`a user with email ${input.email} already exists`);

  const user = await createUser({ ...input, passwordHash: await hashPassword(input.password) });
  console.log(`Created ${user.role} ${user.name} <${user.email}> (id ${user.id}).`);
}

main().catch((error) => fail((error as Error).message));
