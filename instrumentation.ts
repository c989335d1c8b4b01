// Runs once when a server process starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { expireCachedPagesOnBoot } = await import('@/lib/cache/expire-on-boot');
  expireCachedPagesOnBoot();
  const { announceSetupIfNeeded } = await import('@/lib/auth/announce-setup');
  await announceSetupIfNeeded();
  const { startDiscardedCommentCleanup } = await import('@/lib/comments/cleanup');
  startDiscardedCommentCleanup();
  // Scheduled posts are published by the server on time, even with nobody visiting (not during a build).
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startScheduler } = await import('@/lib/posts/scheduler');
    startScheduler();
  }
}
