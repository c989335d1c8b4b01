import { BlockList, isIP } from 'node:net';

/**
 * The reverse proxies whose X-Forwarded-For the server believes: addresses or CIDR ranges, from
 * TRUSTED_PROXIES. A list rather than a hop count: a request that bypasses the proxy (someone
 * reaching the app's port directly) is then judged by its own socket, where a hop count would
 * believe whatever header that client wrote.
 */
export interface TrustedProxies {
  includes(address: string): boolean;
  readonly size: number;
}

/** Why an entry of TRUSTED_PROXIES is not an address or CIDR range, or null when it is one. */
export function proxyEntryProblem(entry: string): string | null {
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return `"${entry}" is not an IP address or CIDR range`;
  if (prefix === undefined) return null;
  const bits = Number(prefix);
  const max = family === 4 ? 32 : 128;
  if (!/^\d+$/.test(prefix) || bits > max) return `"${entry}" has a prefix length outside 0–${max}`;
  return null;
}

/** Builds the matcher for entries already checked by proxyEntryProblem (lib/env.ts does). */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return {
    size: entries.length,
    // BlockList matches IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) against IPv4 rules too.
    includes: (address) => list.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6'),
  };
}

/**
 * One spelling per address, or null for something that is not one: IPv4 clients of a dual-stack
 * socket show up as ::ffff:a.b.c.d and are the same client as a.b.c.d; IPv6 is case-insensitive.
 */
export function normalizeAddress(raw: string | undefined): string | null {
  const address = raw
    ?.trim()
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  if (!address || !isIP(address)) return null;
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

export interface ArrivingRequest {
  /** The peer of the TCP connection: the one address nobody can write into a header. */
  socketAddress: string | undefined;
  /** X-Forwarded-For as received (Node joins repeated headers with ", "). */
  forwardedFor: string | undefined;
  /** X-Real-IP, for proxies that send only that. */
  realIp: string | undefined;
}

/**
 * The address a request came from. The socket's address, unless that is a trusted proxy: then
 * X-Forwarded-For is read from the right — each proxy appends the address it saw — past every
 * trusted proxy, and the first address that is not one is the client. Entries further left were
 * written by the client itself and are never read. A chain that is all trusted proxies gives the
 * leftmost of them; an entry that is not an address stops the walk at the proxy that passed it on.
 */
export function clientAddress(request: ArrivingRequest, proxies: TrustedProxies): string {
  let address = normalizeAddress(request.socketAddress);
  if (!address) return 'unknown';
  if (!proxies.includes(address)) return address;

  const chain = request.forwardedFor ? request.forwardedFor.split(',') : request.realIp ? [request.realIp] : [];
  for (const entry of chain.reverse()) {
    const hop = normalizeAddress(entry);
    if (!hop) return address;
    address = hop;
    if (!proxies.includes(address)) return address;
  }
  return address;
}
