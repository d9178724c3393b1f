import { isIPv4, isIPv6 } from 'node:net';

/**
 * Whom a request is counted against: an IPv4 address, or an IPv6 address's /64 (one household or
 * server is given a whole /64, so counting each address would let it take 2^64 turns). An
 * IPv4-mapped IPv6 address is its IPv4 address.
 */
export function clientKeyOf(address: string | null): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv4(address) || !isIPv6(address)) return address;
  const [head = '', tail] = address.toLowerCase().split('::') as [string, string?];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (a.b.c.d) is the last 32 bits, beyond the /64.
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
