import { isIP } from 'node:net';

/**
 * Returns the key a client address is rate-limited under. An IPv4 address,
 * also in its IPv4-mapped IPv6 form, is its own key. An IPv6 address counts
 * under its /64 prefix, because one home or phone usually gets a whole /64
 * and could otherwise send from a new address each time. Anything else,
 * including a missing address, is used as it is.
 */
export function clientRateLimitKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:([0-9]{1,3}(?:\.[0-9]{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];

  const withoutZone = address.split('%')[0];
  if (isIP(withoutZone) !== 6) return address;
  const groups = expandIpv6(withoutZone);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** Expands an IPv6 address into its eight groups, each without leading zeros. */
function expandIpv6(address: string): string[] {
  const toGroups = (part: string): string[] => {
    if (part === '') return [];
    return part.split(':').flatMap((group) => {
      if (!group.includes('.')) return [group];
      // An embedded IPv4 address fills the last two groups.
      const [a, b, c, d] = group.split('.').map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  };

  const [head, tail] = address.split('::');
  const headGroups = toGroups(head);
  const tailGroups = tail === undefined ? [] : toGroups(tail);
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((group) => parseInt(group, 16).toString(16));
}
