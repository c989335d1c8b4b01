// The server's background timers (scheduler, cleanups, automatic backups), so that a shutdown can
// stop them all before it closes the database. On globalThis: Next bundles instrumentation and
// route handlers separately, and scripts/serve.ts, which stops them, is outside the bundle.
const holder = globalThis as unknown as { inkwellTimers?: Map<string, () => void> };
const timers = (holder.inkwellTimers ??= new Map());

/** Remembers how to stop a background timer; a second registration under the same name replaces the first. */
export function registerTimer(name: string, stop: () => void): void {
  timers.get(name)?.();
  timers.set(name, stop);
}

/** Stops every registered timer; returns their names (for the shutdown log line). */
export function stopAllTimers(): string[] {
  const names = [...timers.keys()];
  for (const stop of timers.values()) stop();
  timers.clear();
  return names;
}
