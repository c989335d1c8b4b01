import { connection } from 'next/server';
import { checkHealth } from '@/lib/health';

/**
 * For load balancers, uptime checks and systemd: 200 `{ ok: true }` when the database answers and
 * is fully migrated, 503 otherwise. Public, uncached, and says nothing a stranger could use.
 */
export async function GET() {
  await connection();
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
