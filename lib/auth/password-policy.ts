// What the browser may know of the password policy (no dictionary here: that is checked on the
// server, lib/auth/password.ts).

/** OWASP ASVS 4.0 2.1.1 (level 2): at least 12 characters. */
export const MIN_PASSWORD_LENGTH = 12;

/** The hint shown next to every field where a password is chosen. */
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters, and not a common or leaked password. A few unrelated words make a strong, memorable one.`;
