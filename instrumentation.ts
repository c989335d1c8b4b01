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
    // Sends queued mail off the request path (docs/email.md); scripts/serve.ts stops it on shutdown.
    const { startMailWorker } = await import('@/lib/mail/worker');
    startMailWorker();
  }
}
