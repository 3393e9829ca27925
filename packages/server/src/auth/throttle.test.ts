import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';
import type { RunningServer } from '../http/server.js';
import { signIn } from './service.js';
import { SIGN_IN_CLIENT_FAILURES, SIGN_IN_FAILURES } from './throttle.js';

const signInMutation = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    staff { id }
    error { __typename ... on InvalidCredentials { message } ... on SignInThrottled { message retryAfterSeconds } }
  }
}`;

describe.each(databaseKinds())('sign-in throttling on %s', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
  });

  it('locks address after five failures', async () => {
    const agent = await createAgent(database.deps, 'Locked Agent');
    for (let attempt = 1; attempt < SIGN_IN_FAILURES.limit; attempt += 1) {
      const result = await signIn(database.deps, { email: agent.email, password: 'wrong', clientAddress: '198.51.100.7' });
      expect(result.kind).toBe('invalid_credentials');
    }
    const fifth = await signIn(database.deps, { email: agent.email, password: 'wrong', clientAddress: '198.51.100.7' });
    expect(fifth).toMatchObject({ kind: 'throttled', message: expect.stringContaining('locked after 5 failed sign-ins') });

    const right = await signIn(database.deps, { email: agent.email.toUpperCase(), password: TEST_PASSWORD, clientAddress: '203.0.113.9' });
    expect(right.kind).toBe('throttled');
    if (right.kind === 'throttled') {
      expect(right.retryAfterSeconds).toBeGreaterThan(0);
      expect(right.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_FAILURES.windowSeconds);
    }
  });

  it('locks unknown address the same way', async () => {
    const results = [];
    for (let attempt = 0; attempt < SIGN_IN_FAILURES.limit + 1; attempt += 1) {
      results.push((await signIn(database.deps, { email: 'nobody@county.example', password: 'guess', clientAddress: '198.51.100.8' })).kind);
    }
    expect(results).toEqual(['invalid_credentials', 'invalid_credentials', 'invalid_credentials', 'invalid_credentials', 'throttled', 'throttled']);
  });

  it('success clears the failures', async () => {
    const agent = await createAgent(database.deps, 'Forgetful Agent');
    for (let attempt = 1; attempt < SIGN_IN_FAILURES.limit; attempt += 1) {
      await signIn(database.deps, { email: agent.email, password: 'wrong', clientAddress: '198.51.100.9' });
    }
    expect((await signIn(database.deps, { email: agent.email, password: TEST_PASSWORD, clientAddress: '198.51.100.9' })).kind).toBe('signed_in');
    // Four more failures start from zero again and do not lock.
    for (let attempt = 1; attempt < SIGN_IN_FAILURES.limit; attempt += 1) {
      expect((await signIn(database.deps, { email: agent.email, password: 'wrong', clientAddress: '198.51.100.9' })).kind).toBe('invalid_credentials');
    }
  });

  it('stops one failing network only', async () => {
    const agent = await createAgent(database.deps, 'Other Network Agent');
    const kinds = [];
    for (let attempt = 0; attempt < SIGN_IN_CLIENT_FAILURES.limit + 1; attempt += 1) {
      // Two addresses of one IPv6 /64 count as one client.
      const clientAddress = attempt % 2 === 0 ? '2001:db8:1:2::10' : '2001:db8:1:2::20';
      kinds.push((await signIn(database.deps, { email: `guess${attempt}@county.example`, password: 'guess', clientAddress })).kind);
    }
    expect(kinds.slice(0, SIGN_IN_CLIENT_FAILURES.limit - 1).every((entry) => entry === 'invalid_credentials')).toBe(true);
    expect(kinds.slice(SIGN_IN_CLIENT_FAILURES.limit - 1)).toEqual(['throttled', 'throttled']);

    const blocked = await signIn(database.deps, { email: agent.email, password: TEST_PASSWORD, clientAddress: '2001:db8:1:2::30' });
    expect(blocked).toMatchObject({ kind: 'throttled', message: expect.stringContaining('from this network') });
    const elsewhere = await signIn(database.deps, { email: agent.email, password: TEST_PASSWORD, clientAddress: '2001:db8:9:9::1' });
    expect(elsewhere.kind).toBe('signed_in');
  });

  describe('over HTTP', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startTestServer(database);
    });
    afterAll(async () => {
      await server.close();
    });

    it('GraphQL returns SignInThrottled without cookie', async () => {
      const agent = await createAgent(server.deps, 'Http Agent');
      const client = new TestClient(server.url);
      const typenames = [];
      for (let attempt = 0; attempt < SIGN_IN_FAILURES.limit + 1; attempt += 1) {
        const response = await client.gql(signInMutation, { email: agent.email, password: 'wrong' });
        typenames.push(response.data?.signIn.error.__typename);
      }
      expect(typenames.slice(-2)).toEqual(['SignInThrottled', 'SignInThrottled']);
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: signInMutation, variables: { email: agent.email, password: TEST_PASSWORD } }),
      });
      const body = (await response.json()) as { data: { signIn: { staff: unknown; error: { __typename: string; retryAfterSeconds: number } } } };
      expect(body.data.signIn.staff).toBeNull();
      expect(body.data.signIn.error.__typename).toBe('SignInThrottled');
      expect(body.data.signIn.error.retryAfterSeconds).toBeGreaterThan(0);
      expect(response.headers.get('set-cookie')).toBeNull();
    });
  });
});
