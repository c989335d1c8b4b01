import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignInThrottle, tooManyAttemptsMessage, type SignInThrottle } from './sign-in';

const limits = { maxFailuresPerAccount: 5, maxFailuresPerIp: 20, maxFailuresPerDevice: 5, windowMinutes: 15 };
const untrusted = { allowed: true, trustedDevice: false };
const trusted = { allowed: true, trustedDevice: true };

async function fail(throttle: SignInThrottle, account: string, ip: string, times: number, device?: string) {
  for (let i = 0; i < times; i++) expect(await throttle.attempt({ account, ip, device })).toEqual(device ? trusted : untrusted);
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
    expect(await throttle.attempt({ account: 'ada@example.com', ip: '192.0.2.1' })).toEqual(untrusted);
  });

  it('refuses an address after twenty failures, whichever accounts they named', async () => {
    const throttle = createSignInThrottle(limits);
    for (let i = 0; i < 20; i++) await fail(throttle, `user${i}@example.com`, '192.0.2.1', 1);

    const refused = await throttle.attempt({ account: 'someone-else@example.com', ip: '192.0.2.1' });
    expect(refused.allowed).toBe(false);
    expect(await throttle.attempt({ account: 'someone-else@example.com', ip: '192.0.2.2' })).toEqual(untrusted);
  });

  it('counts only failures: a success clears the account and returns the address’s point', async () => {
    const throttle = createSignInThrottle({ ...limits, maxFailuresPerIp: 6 });
    await fail(throttle, 'ada@example.com', '192.0.2.1', 4);
    const verdict = await throttle.attempt({ account: 'ada@example.com', ip: '192.0.2.1' });
    await throttle.recordSuccess({ account: 'ada@example.com', ip: '192.0.2.1' }, { trustedDevice: false });
    expect(verdict).toEqual(untrusted);

    // Five more failures are allowed on the account again; the address has used 4 of its 6.
    await fail(throttle, 'ada@example.com', '192.0.2.1', 2);
    expect((await throttle.attempt({ account: 'ada@example.com', ip: '192.0.2.1' })).allowed).toBe(false);
  });

  it('lets a trusted device in while the account is locked by failures from elsewhere', async () => {
    const throttle = createSignInThrottle(limits);
    // An attacker fails ten times: five are counted, five refused.
    await fail(throttle, 'owner@example.com', '203.0.113.66', 5);
    for (let i = 0; i < 5; i++)
      expect((await throttle.attempt({ account: 'owner@example.com', ip: '203.0.113.66' })).allowed).toBe(false);

    // The owner's browser, even from the attacker's address (a shared NAT).
    expect(await throttle.attempt({ account: 'owner@example.com', ip: '203.0.113.66', device: 'owner-laptop' })).toEqual(trusted);
    // A browser without the cookie, with the right password or not, is still refused.
    expect((await throttle.attempt({ account: 'owner@example.com', ip: '192.0.2.7' })).allowed).toBe(false);
  });

  it('leaves the account locked for untrusted browsers after a trusted sign-in', async () => {
    const throttle = createSignInThrottle(limits);
    await fail(throttle, 'owner@example.com', '203.0.113.66', 5);
    const key = { account: 'owner@example.com', ip: '192.0.2.7', device: 'owner-laptop' };
    await throttle.recordSuccess(key, (await throttle.attempt(key)) as { trustedDevice: boolean });
    expect((await throttle.attempt({ account: 'owner@example.com', ip: '192.0.2.8' })).allowed).toBe(false);
  });

  it('counts a trusted device’s failures against that device only', async () => {
    const throttle = createSignInThrottle({ ...limits, maxFailuresPerIp: 3 });
    await fail(throttle, 'owner@example.com', '192.0.2.1', 5, 'owner-laptop');
    // Neither the account nor the address paid for them.
    await fail(throttle, 'owner@example.com', '192.0.2.1', 3);
    expect(await throttle.attempt({ account: 'owner@example.com', ip: '192.0.2.1', device: 'owner-phone' })).toEqual(trusted);
  });

  it('treats a device that failed too often as untrusted, under the account’s and address’s limits', async () => {
    const throttle = createSignInThrottle(limits);
    await fail(throttle, 'owner@example.com', '192.0.2.1', 5, 'stolen-cookie');
    // From the sixth attempt on, the same cookie gets the untrusted allowance: five, then the account is locked.
    for (let i = 0; i < 5; i++) {
      expect(await throttle.attempt({ account: 'owner@example.com', ip: '192.0.2.1', device: 'stolen-cookie' })).toEqual(
        untrusted,
      );
    }
    expect((await throttle.attempt({ account: 'owner@example.com', ip: '192.0.2.1', device: 'stolen-cookie' })).allowed).toBe(
      false,
    );
    // Another trusted browser of the owner's is unaffected.
    expect(await throttle.attempt({ account: 'owner@example.com', ip: '192.0.2.1', device: 'owner-laptop' })).toEqual(trusted);
  });

  it('forgets a trusted device’s failures when it signs in', async () => {
    const throttle = createSignInThrottle(limits);
    const key = { account: 'owner@example.com', ip: '192.0.2.1', device: 'owner-laptop' };
    await fail(throttle, key.account, key.ip, 4, key.device);
    await throttle.recordSuccess(key, (await throttle.attempt(key)) as { trustedDevice: boolean });
    await fail(throttle, key.account, key.ip, 5, key.device);
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
    for (let i = 0; i < 50; i++) expect(await signInThrottle().attempt(key)).toEqual(untrusted);
  });
});
