import 'server-only';
import { and, eq, gt, lte } from 'drizzle-orm';
import { db } from '../client';
import { singleUseTokens } from '../schema';

/** What a single-use token is for; a token opens only what its purpose names. */
export type TokenPurpose = 'setup';

type Reader = Pick<typeof db, 'select'>;

/** Stores a new token by its hash (never the token itself). */
export async function storeSingleUseToken(input: { tokenHash: string; purpose: TokenPurpose; expiresAt: Date }) {
  await db.insert(singleUseTokens).values(input);
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
