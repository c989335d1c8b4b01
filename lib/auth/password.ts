import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

import { MIN_PASSWORD_LENGTH } from './password-policy';

// zxcvbn's guess-count scale: 3 is "safely unguessable" against an offline attack on a slow hash.
const MIN_STRENGTH = 3;
// Scoring is quadratic in length; what comes after this many characters adds strength anyway.
const SCORED_LENGTH = 100;

// OWASP's recommended argon2id parameters (19 MiB, 2 iterations, 1 lane).
const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id; the enum is a const enum, which isolatedModules cannot import */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// The breached-password dictionary of @zxcvbn-ts/language-common (about 49,000 passwords from
// public breaches), with English words and names, loaded on first use (about 0.2 s).
let scorer: ZxcvbnFactory | undefined;
let breached: Set<string> | undefined;
function strength() {
  scorer ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  breached ??= new Set(common.dictionary['passwords-common']);
  return { scorer, breached };
}

/**
 * Returns why a password is not acceptable, or null when it is. `aboutThem` are words a guesser
 * would try first for this person (their email, their name).
 */
export function passwordProblem(password: string, aboutThem: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  const { scorer, breached } = strength();
  if (breached.has(password.toLowerCase())) {
    return 'This password is too common: it is on a list of passwords leaked in data breaches. Choose another.';
  }
  // Whole emails and names, and their parts: "olive.owner@example.com" gives "olive", "owner"…
  const words = aboutThem
    .filter((text) => typeof text === 'string')
    .flatMap((text) => [text, ...text.toLowerCase().split(/[^\p{L}\p{N}]+/u)])
    .filter((word) => word.length >= 3);
  const result = scorer.check(password.slice(0, SCORED_LENGTH), words);
  if (result.score < MIN_STRENGTH) {
    const why = result.feedback.warning ? ` ${result.feedback.warning}` : '';
    return `This password is too easy to guess.${why} Add a word or two that have nothing to do with you.`;
  }
  return null;
}
