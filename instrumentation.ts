import type { Instrumentation } from 'next';

// Runs once when a server process starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { expireCachedPagesOnBoot } = await import('@/lib/cache/expire-on-boot');
  expireCachedPagesOnBoot();
  const { startDiscardedCommentCleanup } = await import('@/lib/comments/cleanup');
  startDiscardedCommentCleanup();
  // Not during a build: a setup link printed there would be one nobody reads, and scheduled
  // posts are published by the running server on time, even with nobody visiting.
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { announceSetupIfNeeded } = await import('@/lib/auth/announce-setup');
    await announceSetupIfNeeded();
    const { startExpiredAuthRecordCleanup } = await import('@/lib/auth/cleanup');
    startExpiredAuthRecordCleanup();
    const { startScheduler } = await import('@/lib/posts/scheduler');
    startScheduler();
    const { startAutomaticBackups } = await import('@/lib/backup/automatic');
    await startAutomaticBackups();
    // Sends queued mail off the request path (docs/email.md); scripts/serve.ts stops it on shutdown.
    const { startMailWorker } = await import('@/lib/mail/worker');
    startMailWorker();
  }
}

/** One log line per request that failed on the server (a page, an action or a route handler threw). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { log } = await import('@/lib/logging/logger');
  const { storageProblem } = await import('@/lib/storage-errors');
  // The path without its query string: a query can carry a token (a setup or reset link).
  log.error(
    {
      event: 'request.failed',
      method: request.method,
      path: request.path.split('?')[0],
      route: context.routePath,
      routeType: context.routeType,
      storage: storageProblem(error)?.code,
      digest: (error as { digest?: string } | null)?.digest,
      err: error,
    },
    'request failed',
  );
};
