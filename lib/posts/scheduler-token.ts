import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The scheduler's credential for the internal route that runs scheduled work. Derived from the
 * server's secret, so it needs no configuration and is the same in every instance of one blog.
 */
export function schedulerToken(secret: string): string {
  return createHmac('sha256', secret).update('inkwell:scheduled-work').digest('base64url');
}

export function isSchedulerRequest(authorization: string | null, secret: string): boolean {
  const expected = Buffer.from(`Bearer ${schedulerToken(secret)}`);
  const given = Buffer.from(authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
