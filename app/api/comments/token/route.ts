import { connection } from 'next/server';
import { createFormToken } from '@/lib/comments/form-token';
import { env } from '@/lib/env';
import { serverSecret } from '@/lib/secrets';

/**
 * A fresh signed "form opened at" time for the comment form. Post pages are cached, so the time
 * cannot be in their HTML; the form fetches it when a reader starts writing.
 */
export async function GET() {
  await connection();
  return Response.json({ token: createFormToken(serverSecret(env)) }, { headers: { 'cache-control': 'no-store' } });
}
