import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, proxyEntryProblem, trustedProxies } from './client-address';

const none = trustedProxies([]);
const nginx = trustedProxies(['10.0.0.5']);

describe('clientAddress with no trusted proxy (the default)', () => {
  it('is the socket address, whatever the headers say', () => {
    const forged = { socketAddress: '198.51.100.9', forwardedFor: '203.0.113.1', realIp: '203.0.113.2' };
    expect(clientAddress(forged, none)).toBe('198.51.100.9');
  });

  it('counts a dual-stack socket’s IPv4-mapped address as the IPv4 address', () => {
    expect(clientAddress({ socketAddress: '::ffff:127.0.0.1', forwardedFor: undefined, realIp: undefined }, none)).toBe(
      '127.0.0.1',
    );
  });

  it('keeps IPv6 clients apart, in one spelling', () => {
    expect(clientAddress({ socketAddress: '2001:DB8::1', forwardedFor: '203.0.113.1', realIp: undefined }, none)).toBe(
      '2001:db8::1',
    );
  });

  it('puts a request without a socket address in one shared bucket', () => {
    expect(clientAddress({ socketAddress: undefined, forwardedFor: '203.0.113.1', realIp: undefined }, none)).toBe('unknown');
  });
});

describe('clientAddress behind trusted proxies', () => {
  it('takes the address the proxy appended, not what the client wrote before it', () => {
    const request = { socketAddress: '10.0.0.5', forwardedFor: '6.6.6.6, 203.0.113.7', realIp: undefined };
    expect(clientAddress(request, nginx)).toBe('203.0.113.7');
  });

  it('ignores the header from anyone who is not a trusted proxy', () => {
    const direct = { socketAddress: '198.51.100.9', forwardedFor: '203.0.113.7', realIp: undefined };
    expect(clientAddress(direct, nginx)).toBe('198.51.100.9');
  });

  it('walks a chain of trusted proxies (a CDN in front of nginx), stopping at the first stranger', () => {
    const proxies = trustedProxies(['10.0.0.0/8', '192.0.2.0/24']);
    const request = { socketAddress: '10.0.0.5', forwardedFor: '6.6.6.6, 203.0.113.7, 192.0.2.44', realIp: undefined };
    expect(clientAddress(request, proxies)).toBe('203.0.113.7');
  });

  it('gives two readers behind the same two proxies two addresses', () => {
    const proxies = trustedProxies(['10.0.0.0/8', '192.0.2.0/24']);
    const reader = (address: string) =>
      clientAddress({ socketAddress: '10.0.0.5', forwardedFor: `${address}, 192.0.2.44`, realIp: undefined }, proxies);
    expect(reader('203.0.113.7')).not.toBe(reader('203.0.113.8'));
  });

  it('falls back to the proxy itself when the whole chain is trusted or missing', () => {
    expect(clientAddress({ socketAddress: '10.0.0.5', forwardedFor: undefined, realIp: undefined }, nginx)).toBe('10.0.0.5');
    expect(clientAddress({ socketAddress: '10.0.0.5', forwardedFor: '10.0.0.5', realIp: undefined }, nginx)).toBe('10.0.0.5');
  });

  it('stops at an entry that is not an address, at the proxy that passed it on', () => {
    const request = { socketAddress: '10.0.0.5', forwardedFor: 'not-an-address', realIp: undefined };
    expect(clientAddress(request, nginx)).toBe('10.0.0.5');
  });

  it('reads X-Real-IP from a trusted proxy that sends only that', () => {
    expect(clientAddress({ socketAddress: '10.0.0.5', forwardedFor: undefined, realIp: '203.0.113.7' }, nginx)).toBe(
      '203.0.113.7',
    );
  });

  it('matches IPv6 proxies and IPv4-mapped sockets and entries', () => {
    const loopback = trustedProxies(['127.0.0.1', '::1']);
    expect(
      clientAddress({ socketAddress: '::ffff:127.0.0.1', forwardedFor: '::ffff:203.0.113.7', realIp: undefined }, loopback),
    ).toBe('203.0.113.7');
    expect(clientAddress({ socketAddress: '::1', forwardedFor: '2001:db8::7', realIp: undefined }, loopback)).toBe('2001:db8::7');
    const v6range = trustedProxies(['fd00::/8']);
    expect(clientAddress({ socketAddress: 'fd12::3', forwardedFor: '[2001:db8::7]', realIp: undefined }, v6range)).toBe(
      '2001:db8::7',
    );
  });
});

describe('TRUSTED_PROXIES entries', () => {
  it('accepts addresses and CIDR ranges of either family', () => {
    for (const entry of ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', '0.0.0.0/0']) expect(proxyEntryProblem(entry)).toBeNull();
  });

  it('names what is wrong with anything else', () => {
    expect(proxyEntryProblem('localhost')).toBe('"localhost" is not an IP address or CIDR range');
    expect(proxyEntryProblem('10.0.0.0/33')).toBe('"10.0.0.0/33" has a prefix length outside 0–32');
    expect(proxyEntryProblem('10.0.0.0/8/1')).toBe('"10.0.0.0/8/1" is not an IP address or CIDR range');
    expect(proxyEntryProblem('10.0.0.0/x')).toBe('"10.0.0.0/x" has a prefix length outside 0–32');
  });

  it('normalizes addresses and rejects what is not one', () => {
    expect(normalizeAddress(' ::FFFF:192.0.2.1 ')).toBe('192.0.2.1');
    expect(normalizeAddress('192.0.2.1:8080')).toBeNull();
    expect(normalizeAddress('')).toBeNull();
  });
});
