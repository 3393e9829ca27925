import { describe, expect, it } from 'vitest';
import { clientRateLimitKey } from './client-key.js';

describe('client rate-limit key', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.33', '64:ff9b:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s counts as %s', (address, key) => {
    expect(clientRateLimitKey(address)).toBe(key);
  });

  it('two addresses of one /64 share a key', () => {
    expect(clientRateLimitKey('2001:db8:1:2::a')).toBe(clientRateLimitKey('2001:db8:1:2:ffff::b'));
  });
});
