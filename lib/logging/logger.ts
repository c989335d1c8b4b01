import 'server-only';
import pino, { type DestinationStream, type Logger } from 'pino';
import { env } from '@/lib/env';

/**
 * The one logger: pino, one JSON object per line. Whatever a request carries (a typed email, a
 * slug, a user agent) goes into fields, never into the message string by concatenation, and JSON
 * escapes newlines, so typed input cannot forge a log line. Secrets never reach a log: `redact`
 * blanks the fields that could carry one, and emails are logged masked (`maskEmail`).
 */
export function createLogger(destination?: DestinationStream, level: string = env.LOG_LEVEL): Logger {
  return pino(
    {
      level,
      base: { app: 'inkwell' },
      serializers: { err: errorWithoutQueryValues },
      redact: {
        paths: ['password', '*.password', 'passwordHash', '*.passwordHash', 'token', '*.token', 'cookie', '*.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

// Drizzle's errors carry the failed query's values (`params`, and a "params: …" line in the message
// and stack): a commenter's email, a typed text. The statement itself is kept; the values never are.
const PARAMS_LINE = /\nparams: [\s\S]*?(?=\n {4}at |\ncaused by: |$)/g;

function errorWithoutQueryValues(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as unknown;
  if (!serialized || typeof serialized !== 'object') return serialized;
  const fields = serialized as Record<string, unknown>;
  delete fields.params;
  for (const key of ['message', 'stack'] as const) {
    if (typeof fields[key] === 'string') fields[key] = (fields[key] as string).replace(PARAMS_LINE, '\nparams: [not logged]');
  }
  return fields;
}

// Next bundles route handlers, pages and instrumentation separately: one logger per process.
const holder = globalThis as { inkwellLogger?: Logger };
export const log: Logger = (holder.inkwellLogger ??= createLogger());

/** `a***@example.com`: enough to tell accounts apart in a log, not enough to harvest addresses. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at).replace(/[^\w.@-]/g, '?')}`;
}
