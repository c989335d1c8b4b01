import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';
import { serverSecret } from '@/lib/secrets';

/**
 * A salted hash of a commenter's IP address: enough to recognise the same address again (rate
 * limits, returning commenters, blocking) without storing the address itself.
 */
export function hashIp(ip: string): string {
  return createHmac('sha256', serverSecret(env)).update(`ip:${ip}`).digest('base64url').slice(0, 32);
}
