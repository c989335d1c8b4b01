import 'server-only';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { db } from '../client';
import { singleUseTokens } from '../schema';

/** What a single-use token is for; a token opens only what its purpose names. */
export type TokenPurpose = 'setup' | 'mail-moderate' | 'mail-confirm';

type Reader = Pick<typeof db, 'select'>;

interface NewToken {
  tokenHash: string;
  purpose: TokenPurpose;
  expiresAt: Date;
  subject?: Record<string, unknown>;
}

/** Stores new tokens by their hash (never the token itself), in one statement: one commit. */
export async function storeSingleUseTokens(tokens: NewToken[]) {
  if (tokens.length === 0) return;
  await db.insert(singleUseTokens).values(tokens.map((token) => ({ ...token, subject: JSON.stringify(token.subject ?? {}) })));
}

export async function storeSingleUseToken(token: NewToken) {
  await storeSingleUseTokens([token]);
}

/** The subject of a live token, or null (unknown, expired, used). */
export async function liveTokenSubject(
  tokenHash: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<Record<string, unknown> | null> {
  const [row] = await db
    .select({ subject: singleUseTokens.subject })
    .from(singleUseTokens)
    .where(
      and(eq(singleUseTokens.tokenHash, tokenHash), eq(singleUseTokens.purpose, purpose), gt(singleUseTokens.expiresAt, now)),
    )
    .limit(1);
  return row ? (JSON.parse(row.subject) as Record<string, unknown>) : null;
}

/**
 * Uses a token up and returns its subject: null if it was not live. The DELETE … RETURNING is the
 * one step that decides, so of two clicks at once only one gets the subject.
 */
export async function consumeTokenForSubject(
  tokenHash: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<Record<string, unknown> | null> {
  const [row] = await db
    .delete(singleUseTokens)
    .where(
      and(eq(singleUseTokens.tokenHash, tokenHash), eq(singleUseTokens.purpose, purpose), gt(singleUseTokens.expiresAt, now)),
    )
    .returning({ subject: singleUseTokens.subject });
  return row ? (JSON.parse(row.subject) as Record<string, unknown>) : null;
}

/** Deletes the tokens of `purpose` whose subject has this `key` = `value` (a comment's other links). */
export async function deleteTokensAbout(purpose: TokenPurpose, key: string, value: number) {
  await db
    .delete(singleUseTokens)
    .where(and(eq(singleUseTokens.purpose, purpose), sql`json_extract(${singleUseTokens.subject}, ${'$.' + key}) = ${value}`));
}

/** Whether a token with this hash exists for `purpose` and has not expired. */
export async function isLiveToken(tokenHash: string, purpose: TokenPurpose, now: Date, reader: Reader = db): Promise<boolean> {
  const [row] = await reader
    .select({ tokenHash: singleUseTokens.tokenHash })
    .from(singleUseTokens)
    .where(
      and(eq(singleUseTokens.tokenHash, tokenHash), eq(singleUseTokens.purpose, purpose), gt(singleUseTokens.expiresAt, now)),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Uses a token up: true if it was live and is now gone. Pass the transaction that does what the
 * token allows, so the token is spent exactly when that write commits.
 */
export async function consumeToken(
  tokenHash: string,
  purpose: TokenPurpose,
  now: Date,
  tx: Pick<typeof db, 'delete'> = db,
): Promise<boolean> {
  const deleted = await tx
    .delete(singleUseTokens)
    .where(
      and(eq(singleUseTokens.tokenHash, tokenHash), eq(singleUseTokens.purpose, purpose), gt(singleUseTokens.expiresAt, now)),
    )
    .returning({ tokenHash: singleUseTokens.tokenHash });
  return deleted.length > 0;
}

/** Deletes every token of `purpose`: once setup is done, no setup link may work. */
export async function deleteTokens(purpose: TokenPurpose, tx: Pick<typeof db, 'delete'> = db) {
  await tx.delete(singleUseTokens).where(eq(singleUseTokens.purpose, purpose));
}

/** Deletes expired tokens. Returns how many. */
export async function purgeExpiredTokens(now: Date): Promise<number> {
  const deleted = await db
    .delete(singleUseTokens)
    .where(lte(singleUseTokens.expiresAt, now))
    .returning({ tokenHash: singleUseTokens.tokenHash });
  return deleted.length;
}
