import 'server-only';
import { cookies } from 'next/headers';
import { authSecret } from './secret';
import { DEVICE_TOKEN_LIFETIME_DAYS, issueDeviceToken, verifiedDeviceId } from './device-token';

// Over https the cookie is `Secure` and `__Host-` prefixed (no Domain, path /), so a page on
// another subdomain or plain http cannot plant one. Both names are read by protocol, like
// next-auth's own session cookie.
const cookieName = (secure: boolean) => (secure ? '__Host-inkwell-device' : 'inkwell-device');

// Directly over TLS, or behind a proxy that terminated it: Next fills X-Forwarded-Proto either way.
const overHttps = (headers: Headers) => headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https';

function cookieValue(headers: Headers, name: string): string | undefined {
  for (const pair of headers.get('cookie')?.split(';') ?? []) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}

/** The id of this browser's device cookie when it is one this server gave a sign-in to `account`. */
export function trustedDeviceId(account: string, headers: Headers): string | null {
  return verifiedDeviceId(authSecret(), account, cookieValue(headers, cookieName(overHttps(headers))));
}

/**
 * Gives the browser a new device cookie for `account` after a successful sign-in. Works wherever
 * Next lets a response set cookies: the sign-in server action, and next-auth's own route handler
 * (/api/auth/callback/credentials), whose response Next merges these cookies into.
 */
export async function rememberDevice(account: string, headers: Headers): Promise<void> {
  const secure = overHttps(headers);
  (await cookies()).set(cookieName(secure), issueDeviceToken(authSecret(), account), {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: DEVICE_TOKEN_LIFETIME_DAYS * 24 * 60 * 60,
  });
}
