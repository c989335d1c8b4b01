import type { UserRole } from '@/db/schema';

// What Inkwell adds to next-auth's user and token (see auth.config.ts).
declare module 'next-auth' {
  interface User {
    role?: UserRole;
    /** Fingerprint of the password hash at sign-in (lib/auth/session-stamp.ts). */
    stamp?: string;
    /** Random id of this sign-in, revoked by "Sign out" (lib/auth/session-token.ts). */
    sid?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    role?: UserRole;
    stamp?: string;
    sid?: string;
    /** Sign-in time, seconds since the epoch (as OpenID's auth_time). */
    authTime?: number;
  }
}
