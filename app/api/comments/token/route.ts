import { connection } from 'next/server';
import { commenterKey } from '@/lib/comments/commenter-key';
import { createFormToken } from '@/lib/comments/form-token';
import { authSecret } from '@/lib/auth/secret';

/**
 * A fresh signed "form opened at" time for the comment form. Post pages are cached, so the time
 * cannot be in their HTML; the form fetches it when a reader starts writing.
 *
 * A reader who starts writing also gets their commenter key here, when they have none
 * (lib/comments/commenter-key.ts). Given by the comment action instead, the cookie would make Next
 * render the whole post page into the action's answer (a cookie set in a server action counts as
 * a change to the page): 160 KB and a full render for a comment held for moderation.
 */
export async function GET() {
  await connection();
  await commenterKey();
  return Response.json({ token: createFormToken(authSecret()) }, { headers: { 'cache-control': 'no-store' } });
}
