import type { UserRole } from '@/db/schema';

// What Inkwell adds to next-auth's user, session and token (see auth.config.ts).
declare module 'next-auth' {
  interface User {
    role?: UserRole;
    /** Fingerprint of the password hash at sign-in (lib/auth/session-stamp.ts). */
    stamp?: string;
  }
  interface Session {
    stamp?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    role?: UserRole;
    stamp?: string;
  }
}
