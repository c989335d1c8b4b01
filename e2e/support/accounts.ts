// Accounts that global setup creates with the real CLI (`npm run user:create`) before the server
// starts. Tests that change an account (disable it, reset its password…) make their own through
// the users page instead, so no test depends on another's leftovers.

export interface Account {
  email: string;
  password: string;
  name: string;
  role: 'admin' | 'author';
}

export const accounts = {
  /** The blog's only admin for the whole run; never demoted, disabled or given a new password. */
  owner: { email: 'owner@e2e.test', password: 'owner passphrase for tests', name: 'Olive Owner', role: 'admin' },
  /** An author who owns no post; used to probe what authors cannot do. */
  author: { email: 'alice@e2e.test', password: 'alice passphrase for tests', name: 'Alice Author', role: 'author' },
  /** A second author, for checking that one author cannot touch another's posts (e2e/authorization.spec.ts). */
  otherAuthor: { email: 'otto@e2e.test', password: 'otto passphrase for tests', name: 'Otto Other', role: 'author' },
  /** Writes the hostile-input post and takes hostile names on her profile (e2e/hostile-input.spec.ts). */
  hostileWriter: { email: 'hana@e2e.test', password: 'hana passphrase for tests', name: 'Hana Hostile', role: 'author' },
  /** Locked out on purpose by the lock-out test; nothing else signs in with it. */
  lockout: { email: 'locked@e2e.test', password: 'locked passphrase for tests', name: 'Lou Locked', role: 'author' },
} satisfies Record<string, Account>;
