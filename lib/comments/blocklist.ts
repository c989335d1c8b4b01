import { z } from 'zod';

/** Commenters the admin blocked: their comments go straight to spam. Stored as one setting. */
export const BLOCKLIST_SETTING = 'blockedCommenters';

const blocklistSchema = z
  .object({ emails: z.array(z.string()).catch([]), ipHashes: z.array(z.string()).catch([]) })
  .catch({ emails: [], ipHashes: [] });

export type Blocklist = z.infer<typeof blocklistSchema>;

export function parseBlocklist(raw: unknown): Blocklist {
  return blocklistSchema.parse(raw ?? {});
}

export function isBlocked(list: Blocklist, who: { email: string | null; ipHash: string | null }): boolean {
  return (
    (who.email !== null && list.emails.includes(who.email.toLowerCase())) ||
    (who.ipHash !== null && list.ipHashes.includes(who.ipHash))
  );
}

export function withBlocked(list: Blocklist, who: { email: string | null; ipHash: string | null }): Blocklist {
  const add = (values: string[], value: string | null) => (value && !values.includes(value) ? [...values, value] : values);
  return { emails: add(list.emails, who.email?.toLowerCase() ?? null), ipHashes: add(list.ipHashes, who.ipHash) };
}
