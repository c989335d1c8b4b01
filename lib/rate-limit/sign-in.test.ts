import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignInThrottle, tooManyAttemptsMessage } from './sign-in';

const limits = { maxFailuresPerAccount: 5, maxFailuresPerIp: 20, windowMinutes: 15 };

async function fail(throttle: ReturnType<typeof createSignInThrottle>, account: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) expect(await throttle.attempt({ account, ip })).toEqual({ allowed: true });
}

describe('sign-in throttle', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('refuses the sixth attempt on one account for the whole window', async () => {
    const throttle = createSignInThrottle(limits);
    await fail(throttle, 'ada@example.com', '192.0.2.1', 5);

    const refused = await throttle.attempt({ account: 'ada@example.com', ip: '192.0.2.99' });
    expect(refused).toEqual({ allowed: false, retryAfterMs: 15 * 60_000 });

    vi.advanceTimersByTime(15 * 60_000 + 1);
    expect(await throttle.attempt({ account: 'ada@example.com', ip: '192.0.2.1' })).toEqual({ allowed: true });
  });

  it('refuses an address after twenty failures, whichever accounts they named', async () => {
    const throttle = createSignInThrottle(limits);
    for (let i = 0; i < 20; i++) await fail(throttle, `user${i}@example.com`, '192.0.2.1', 1);

    const refused = await throttle.attempt({ account: 'someone-else@example.com', ip: '192.0.2.1' });
    expect(refused.allowed).toBe(false);
    expect(await throttle.attempt({ account: 'someone-else@example.com', ip: '192.0.2.2' })).toEqual({ allowed: true });
  });

  it('counts only failures: a success clears the account and returns the address’s point', async () => {
    const throttle = createSignInThrottle({ ...limits, maxFailuresPerIp: 6 });
    await fail(throttle, 'ada@example.com', '192.0.2.1', 4);
    await throttle.attempt({ account: 'ada@example.com', ip: '192.0.2.1' });
    await throttle.recordSuccess({ account: 'ada@example.com', ip: '192.0.2.1' });

    // Five more failures are allowed on the account again; the address has used 4 of its 6.
    await fail(throttle, 'ada@example.com', '192.0.2.1', 2);
    expect((await throttle.attempt({ account: 'ada@example.com', ip: '192.0.2.1' })).allowed).toBe(false);
  });

  it('tells the person how long to wait, rounded up', () => {
    expect(tooManyAttemptsMessage(15 * 60_000)).toBe('Too many attempts, try again in 15 minutes.');
    expect(tooManyAttemptsMessage(61_000)).toBe('Too many attempts, try again in 2 minutes.');
    expect(tooManyAttemptsMessage(10)).toBe('Too many attempts, try again in 1 minute.');
  });
});

describe('signInThrottle from the environment', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('uses the configured thresholds', async () => {
    vi.stubEnv('RATE_LIMIT', 'on');
    vi.stubEnv('SIGNIN_MAX_FAILURES_PER_ACCOUNT', '2');
    vi.resetModules();
    const { signInThrottle } = await import('./sign-in');
    const key = { account: `env-${Math.random()}@example.com`, ip: '192.0.2.50' };
    await signInThrottle().attempt(key);
    await signInThrottle().attempt(key);
    expect((await signInThrottle().attempt(key)).allowed).toBe(false);
  });

  it('is disabled by RATE_LIMIT=off', async () => {
    vi.stubEnv('RATE_LIMIT', 'off');
    vi.resetModules();
    const { signInThrottle } = await import('./sign-in');
    const key = { account: 'off@example.com', ip: '192.0.2.51' };
    for (let i = 0; i < 50; i++) expect(await signInThrottle().attempt(key)).toEqual({ allowed: true });
  });
});
