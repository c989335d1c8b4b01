import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('clientIp', () => {
  it('takes the last address, the one the server entry wrote', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7, 198.51.100.2' }))).toBe('198.51.100.2');
  });

  it('reads a single address and unwraps IPv4-mapped IPv6', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientIp(new Headers({ 'x-forwarded-for': '2001:db8::1' }))).toBe('2001:db8::1');
  });

  it('falls back to X-Real-IP, then to one shared bucket', () => {
    expect(clientIp(new Headers({ 'x-real-ip': '192.0.2.1' }))).toBe('192.0.2.1');
    expect(clientIp(new Headers())).toBe('unknown');
  });
});
