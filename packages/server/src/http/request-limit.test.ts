import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { startTestServer } from '../../test/support/server.js';
import type { RunningServer } from './server.js';

describe('request limit per client address', () => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    server = await startTestServer(database, { REQUESTS_PER_MINUTE: '6', TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('public routes return 429 past limit', async () => {
    const client = from('198.51.100.20');
    const routes: [string, RequestInit][] = [
      ['/graphql', { method: 'POST', headers: { ...client, 'content-type': 'application/json' }, body: '{"query":"{ center { timeZone } }"}' }],
      ['/open311/v2/services.json', { headers: client }],
      ['/calendar/unknown-token/me.ics', { headers: client }],
      ['/status/AAAAAAAAAAAAAAAAAAAAAAAA', { headers: client }],
      ['/telephony/events', { method: 'POST', headers: client, body: '{}' }],
      ['/inbound/email', { method: 'POST', headers: client, body: 'Subject: x\r\n\r\ny' }],
    ];
    for (const [path, init] of routes) {
      const response = await fetch(`${server.url}${path}`, init);
      expect(response.status, path).not.toBe(429);
    }
    for (const [path, init] of routes) {
      const response = await fetch(`${server.url}${path}`, init);
      expect(response.status, path).toBe(429);
      expect(((await response.json()) as { error: string }).error).toContain('at most 6 a minute');
      expect(response.headers.get('ratelimit-policy')).toMatch(/q=6/);
    }
    expect((await fetch(`${server.url}/healthz`, { headers: client })).status).toBe(200);
  });

  it('counts addresses and IPv6 /64 apart', async () => {
    for (let request = 0; request < 6; request += 1) {
      const response = await fetch(`${server.url}/open311/v2/services.json`, { headers: from(`2001:db8:5:6::${request + 1}`) });
      expect(response.status).not.toBe(429);
    }
    expect((await fetch(`${server.url}/open311/v2/services.json`, { headers: from('2001:db8:5:6::99') })).status).toBe(429);
    expect((await fetch(`${server.url}/open311/v2/services.json`, { headers: from('2001:db8:5:7::1') })).status).not.toBe(429);
  });
});
