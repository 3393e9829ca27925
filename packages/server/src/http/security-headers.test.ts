import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { startTestServer } from '../../test/support/server.js';
import type { RunningServer } from './server.js';

/** One path per kind of route: the web client, health, GraphQL, Open311, telephony, calendars, a status link. */
const PATHS = ['/', '/signin', '/status/AAAAAAAAAAAAAAAAAAAAAAAA', '/healthz', '/graphql', '/open311/v2/services.json', '/telephony/ring-order', '/calendar/nope/me.ics', '/no-such-page'];

function directives(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(' '));
  }
  return map;
}

describe('security headers', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let httpsServer: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    server = await startTestServer(database);
    httpsServer = await startTestServer(database, { COOKIE_SECURE: 'true' });
  });
  afterAll(async () => {
    await server.close();
    await httpsServer.close();
    await database.close();
  });

  it.each(PATHS)('%s carries CSP and security headers', async (path) => {
    const response = await fetch(`${server.url}${path}`, path === '/graphql' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ center { timeZone } }"}' } : {});
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('HTTPS adds HSTS and upgrade', async () => {
    const response = await fetch(`${httpsServer.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(directives(response.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });

  it('Apollo landing page is off', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(body).not.toMatch(/apollographql\.com|embeddable-sandbox/);
  });
});
