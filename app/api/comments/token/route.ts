import { connection } from 'next/server';
import { createFormToken } from '@/lib/comments/form-token';
import { authSecret } from '@/lib/auth/secret';

/**
 * A fresh signed "form opened at" time for the comment form. Post pages are cached, so the time
 * cannot be in their HTML; the form fetches it when a reader starts writing.
 */
export async function GET() {
  await connection();
  return Response.json({ token: createFormToken(authSecret()) }, { headers: { 'cache-control': 'no-store' } });
}
