import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSchedulerRequest, schedulerToken } from './scheduler-token';

describe('scheduler token', () => {
  it('accepts the token made from the server secret and nothing else', () => {
    const secret = 's'.repeat(40);
    expect(isSchedulerRequest(`Bearer ${schedulerToken(secret)}`, secret)).toBe(true);
    expect(isSchedulerRequest(`Bearer ${schedulerToken('another secret of enough length!!')}`, secret)).toBe(false);
    expect(isSchedulerRequest(null, secret)).toBe(false);
    expect(isSchedulerRequest('Bearer ', secret)).toBe(false);
  });
});

describe('startInterval', () => {
  afterEach(() => vi.useRealTimers());

  it('ticks on its interval and never runs two ticks at once', async () => {
    vi.useFakeTimers();
    process.env.DATABASE_URL ??= 'file::memory:';
    const { startInterval } = await import('./scheduler');
    let running = 0;
    let most = 0;
    let ticks = 0;
    const stop = startInterval(1000, async () => {
      ticks++;
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      running--;
    });
    await vi.advanceTimersByTimeAsync(6000);
    stop();
    expect(ticks).toBe(2);
    expect(most).toBe(1);
  });
});
