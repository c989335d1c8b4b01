import 'server-only';
import { z } from 'zod';
import { proxyEntryProblem } from '@/lib/rate-limit/client-address';

// Every environment variable Inkwell reads is declared here, validated once, with its default.
// README.md's Configuration table mirrors this schema.
const switchSchema = z.enum(['on', 'off']);

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default('file:data/blog.db'),
  // Only for a remote libSQL server (e.g. Turso); the embedded file needs none.
  DATABASE_AUTH_TOKEN: z.string().optional(),
  // An embedded replica: DATABASE_URL is then the local file reads come from, and writes go to this
  // libSQL primary (docs/scale-out.md; not testable here: no libSQL server on these machines).
  DATABASE_SYNC_URL: z
    .url()
    .refine((url) => /^(libsql|https?|wss?):$/.test(new URL(url).protocol), 'must be a libsql://, https:// or wss:// URL')
    .optional(),
  // Several instances of Inkwell share Redis for rate limits, the scheduler's lock and Next's
  // caches (docs/scale-out.md). Unset: all of those live in this process, as for one instance.
  REDIS_URL: z
    .url()
    .refine((url) => /^rediss?:$/.test(new URL(url).protocol), 'must start with redis:// or rediss://')
    .optional(),
  // `npm run cluster`: how many instances it starts behind nginx, on PORT+1 … PORT+N.
  CLUSTER_INSTANCES: z.coerce.number().int().min(1).max(16).default(2),
  // Where generated secrets live; git-ignored.
  DATA_DIR: z.string().min(1).default('data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The address `npm start`'s server listens on; every interface when unset. Behind a proxy on the
  // same machine, 127.0.0.1 keeps the port unreachable from outside (docs/deploy.md).
  LISTEN_ADDRESS: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')]).optional(),
  // Public origin for absolute URLs (feeds, canonical links); defaults to the request's origin.
  SITE_URL: z.url().optional(),
  // Generated into DATA_DIR on first start when absent (see lib/secrets.ts).
  AUTH_SECRET: z.string().min(32).optional(),
  // Anti-abuse thresholds; "off" exists for tests and benchmarks and is logged loudly at start.
  RATE_LIMIT: switchSchema.default('on'),
  // Sign-in lock-out: failed attempts allowed per account and per IP address within the window,
  // after which further attempts are refused for the length of the window.
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  // A browser holding a device cookie for the account (it signed in before) is counted on its own.
  SIGNIN_MAX_FAILURES_PER_DEVICE: z.coerce.number().int().min(1).default(5),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  // Reverse proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDR ranges).
  // None by default: the client's address is the socket's (lib/rate-limit/client-address.ts).
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .superRefine((entries, context) => {
      for (const entry of entries) {
        const problem = proxyEntryProblem(entry);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }
    }),
  COMMENT_MIN_SECONDS: z.coerce.number().int().min(0).default(3),
  COMMENT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(5),
  COMMENT_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(30),
  // How often the server looks for scheduled posts that are due (and trash older than 30 days).
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  // Outgoing mail (docs/email.md). Without SMTP_URL nothing leaves the server: mails are kept in the
  // outbox at /admin/outbox. smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465.
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  // The From: of every mail, e.g. "My blog <blog@example.com>"; defaults to inkwell@ the site's host.
  MAIL_FROM: z.string().min(3).optional(),
  // How often the mail worker looks for mail to send, and the first retry's delay (doubled each time).
  MAIL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
  // Automatic backups while the server runs, into BACKUP_DIR (default DATA_DIR/backups): every N
  // hours (0 turns them off), keeping the newest BACKUP_KEEP of them (docs/operations.md).
  BACKUP_INTERVAL_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .default(24),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(7),
  BACKUP_DIR: z.string().min(1).optional(),
  // The largest export file /admin/import accepts, in megabytes (a 10,000-post blog is ~100 MB).
  IMPORT_MAX_MB: z.coerce.number().int().min(1).max(10_000).default(500),
  // Structured logs (pino, one JSON object per line on stdout); `silent` turns them off.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

const checkedEnvSchema = envSchema.refine((e) => !e.DATABASE_SYNC_URL || e.DATABASE_URL.startsWith('file:'), {
  path: ['DATABASE_URL'],
  message: 'must be a local file (file:…) when DATABASE_SYNC_URL is set: the embedded replica',
});

export type Env = z.infer<typeof envSchema>;

/** Exported for its test; the app reads `env`. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = checkedEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
