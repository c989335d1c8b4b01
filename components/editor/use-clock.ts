import { useSyncExternalStore } from 'react';

// One clock for the page, read on every tick; 0 while rendering on the server (no time there).
let clock = Date.now();
const subscribe = (onTick: () => void) => {
  const timer = setInterval(() => {
    clock = Date.now();
    onTick();
  }, 10_000);
  return () => clearInterval(timer);
};

/** The time, to the last ten seconds: enough for the Publish button to say "Schedule" while the chosen date is ahead. */
export function useClock(): number {
  return useSyncExternalStore(
    subscribe,
    () => clock,
    () => 0,
  );
}
