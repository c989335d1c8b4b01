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
  // Several instances of Inkwell share Redis for rate limits, the scheduler's lock and Next's
  // caches (docs/scale-out.md). Unset: all of those live in this process, as for one instance.
  REDIS_URL: z
    .url()
    .refine((url) => /^rediss?:$/.test(new URL(url).protocol), 'must start with redis:// or rediss://')
    .optional(),
  // Where generated secrets live; git-ignored.
  // `npm run cluster`: how many instances it starts behind nginx, on PORT+1 … PORT+N.
  CLUSTER_INSTANCES: z.coerce.number().int().min(1).max(16).default(2),
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
  // Structured logs (pino, one JSON object per line on stdout); `silent` turns them off.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
