import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';

/**
 * Requests that leave the runtime (outbound webhooks, provider fetches) never reach loopback,
 * private, link-local (cloud metadata), unique-local, multicast, reserved or unspecified
 * addresses, and never follow redirects (ARCHITECTURE.md, issue 19). The address is checked as
 * written (`http://2130706433/`, `http://0x7f.1/` and `http://[::ffff:127.0.0.1]/` are
 * loopback: WHATWG URL parsing normalises them) and again on every address DNS gives at
 * connect time, so a name that resolves (or re-binds) to a private address is refused too.
 *
 * The operator's allow-list (`SWITCHYARD_OUTBOUND_ALLOW`: host names, addresses, CIDRs) is the
 * only way around it: tests' receivers on 127.0.0.1, an on-premise CRM.
 */
export type OutboundPolicy = {
  /** Why `url` may not be requested, before any DNS; null when it may (so far). */
  refusalOf(url: URL): string | null;
  /** Why a resolved address may not be connected to, for host `hostname`; null when it may. */
  refusalOfAddress(hostname: string, address: string): string | null;
};

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** An IPv4 address carried inside an IPv6 one (mapped, compatible, NAT64, 6to4), or null. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) return fromHexPair(hex[1], hex[2]);
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  if (sixToFour?.[1] && sixToFour[2]) return fromHexPair(sixToFour[1], sixToFour[2]);
  return null;
}

function fromHexPair(high: string, low: string): string {
  const h = Number.parseInt(high, 16);
  const l = Number.parseInt(low, 16);
  return [h >> 8, h & 255, l >> 8, l & 255].join('.');
}

/** Whether an address (IPv4 or IPv6, no brackets) is one outbound requests never reach. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const inner = embeddedIpv4(address);
  if (inner) return blocked.check(inner, 'ipv4');
  return blocked.check(address, 'ipv6');
}

/** Host names that are loopback by definition (RFC 6761), refused before any lookup. */
const localNames = /(^|\.)(localhost|localdomain|local|internal)\.?$/i;

/** The policy for an allow-list such as `127.0.0.1,::1,crm.intranet,10.2.0.0/16`. */
export function createOutboundPolicy(allow: string): OutboundPolicy {
  const allowedNames = new Set<string>();
  const allowed = new BlockList();
  for (const entry of allow
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)) {
    const [network = '', prefix] = entry.replace(/^\[|\]$/g, '').split('/');
    const family = isIP(network);
    if (family === 0) allowedNames.add(entry.replace(/\.$/, ''));
    else if (prefix === undefined) allowed.addAddress(network, family === 4 ? 'ipv4' : 'ipv6');
    else allowed.addSubnet(network, Number(prefix), family === 4 ? 'ipv4' : 'ipv6');
  }
  const isAllowed = (hostname: string, address?: string) => {
    if (allowedNames.has(hostname.toLowerCase().replace(/\.$/, ''))) return true;
    if (!address) return false;
    const family = isIP(address);
    return family !== 0 && allowed.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
  return {
    refusalOf(url) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return 'Only http:// and https:// addresses can be called.';
      if (url.username || url.password)
        return 'An address with a user name or password is refused.';
      const hostname = url.hostname.replace(/^\[|\]$/g, '');
      if (isIP(hostname) !== 0) return this.refusalOfAddress(hostname, hostname);
      if (isAllowed(hostname)) return null;
      if (localNames.test(hostname) || !hostname.includes('.'))
        return `"${hostname}" is a local name; Switchyard calls only public addresses.`;
      return null;
    },
    refusalOfAddress(hostname, address) {
      if (isAllowed(hostname, address) || !isPrivateAddress(address)) return null;
      return `${hostname === address ? address : `"${hostname}" (${address})`} is a private or local address; Switchyard calls only public addresses.`;
    },
  };
}

/** Thrown for a request the policy refuses; its message says why, without any upstream text. */
export class OutboundRefusedError extends Error {
  override readonly name = 'OutboundRefusedError';
  readonly code = 'outbound_refused';
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * `fetch` under the policy: the address checked as written and on every address DNS gives at
 * connect time, redirects never followed (a 3xx is the answer). Why undici's own `fetch`: the
 * global one takes no dispatcher type-safely, and the connect-time `lookup` is the only point
 * that sees the address actually connected to.
 */
export function createOutboundFetch(
  policy: OutboundPolicy,
  // DNS itself; a test passes a resolver that answers as a rebinding attacker's would.
  resolve: typeof dnsLookup = dnsLookup,
): typeof fetch {
  const lookup = (
    hostname: string,
    options: { all?: boolean; family?: number },
    callback: LookupCallback,
  ) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      for (const { address } of addresses) {
        const refused = policy.refusalOfAddress(hostname, address);
        if (refused) return callback(new OutboundRefusedError(refused), []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
  const agent = new Agent({ connect: { lookup: lookup as never } });
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const refused = policy.refusalOf(url);
    if (refused) throw new OutboundRefusedError(refused);
    return undiciFetch(url, {
      ...(init as object),
      redirect: 'manual',
      dispatcher: agent,
    } as never);
  }) as typeof fetch;
}
