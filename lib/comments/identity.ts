import 'server-only';
import { keyedHash } from '@/lib/auth/keyed-hash';
import { authSecret } from '@/lib/auth/secret';

/**
 * A keyed hash of a commenter's IP address: enough to recognise the same address again (rate
 * limits, returning commenters, blocking) without storing the address itself.
 */
export function hashIp(ip: string): string {
  return keyedHash(authSecret(), `ip:${ip}`).slice(0, 32);
}
