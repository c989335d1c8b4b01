import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a screen and typed by someone else.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password to hand to a new author or after a reset, e.g. "k7pw-3qzd-m2xh-9rtc" (about 79 bits). */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}
