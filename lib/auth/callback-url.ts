const DEFAULT_DESTINATION = '/admin';

/** Where a person with a temporary password is sent, and the only page they may use until they replace it. */
export const CHANGE_PASSWORD_PATH = '/change-password';
// Any base will do: it only lets URL() resolve relative paths so the origin can be compared.
const PROBE_ORIGIN = 'http://inkwell.invalid';

/**
 * Where to send a person after signing in: a path on this site, never another origin
 * (`//evil.example`, `https://evil.example`, `/\evil.example` all fall back to the dashboard).
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return DEFAULT_DESTINATION;
  }
  try {
    const url = new URL(value, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return DEFAULT_DESTINATION;
    // Sending someone back to the sign-in or setup page after signing in would be a loop.
    if (url.pathname === '/login' || url.pathname === '/setup') return DEFAULT_DESTINATION;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_DESTINATION;
  }
}

export function loginPath(returnTo: string): string {
  return `/login?${new URLSearchParams({ callbackUrl: returnTo })}`;
}
