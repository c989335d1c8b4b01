import type { User } from '@/db/schema';

// A hash of a random password nobody knows, with the same argon2id parameters as real ones.
// Verifying against it when the email is unknown makes that failure cost what a wrong password costs.
const UNKNOWN_USER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Ot8Y8iC0JcfSNZFsXpFCeg$PihxZ7CwSODIAeomwjTu5EArMwnHNRenpEsupzcE/B0';

export interface CredentialLookups {
  findUserByEmail(email: string): Promise<User | null>;
  verifyPassword(passwordHash: string, password: string): Promise<boolean>;
}

/**
 * The account these credentials open, or null. Every failure — unknown email, wrong password,
 * disabled account — does the same work and gives the same answer, so neither the message nor
 * the time taken tells which one it was.
 */
export async function checkCredentials(email: string, password: string, lookups: CredentialLookups): Promise<User | null> {
  const user = await lookups.findUserByEmail(email);
  const passwordMatches = await lookups.verifyPassword(user?.passwordHash ?? UNKNOWN_USER_HASH, password);
  if (!user || !passwordMatches || user.disabledAt) return null;
  return user;
}
