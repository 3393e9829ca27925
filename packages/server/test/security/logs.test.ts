import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { issueApiKey } from '../../src/open311/api-keys.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../support/fixtures.js';
import { TestClient } from '../support/server.js';

/**
 * Runs the flows that carry secrets and residents' personal data through a
 * server logging at the most detailed level, then searches every log line
 * for them. A value found in any line fails the test.
 */

const RESIDENT = {
  name: 'Zelda Quartermaine',
  email: 'zelda.quartermaine@example.net',
  phone: '505-555-0199',
  address: '1234 Juniper Hollow Road',
};
const WRONG_PASSWORD = 'not-the-password-7Hq2';
const INBOUND_TOKEN = 'inbound-token-for-log-test-0123456789';

describe('logs at trace level', () => {
  let database: TestDatabase;
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const capture = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SESSION_SECRET: database.deps.sessionSecret,
      LOG_LEVEL: 'trace',
      WEB_DIST: '/nonexistent-web-dist',
      INBOUND_EMAIL_TOKEN: INBOUND_TOKEN,
    });
    server = await startServer(config, { logger: createLogger('trace', capture), database: database.handle });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('contain no secrets or personal data', async () => {
    const secrets: string[] = [WRONG_PASSWORD, TEST_PASSWORD, INBOUND_TOKEN, ...Object.values(RESIDENT)];

    // Staff sign in, once wrongly and once rightly; the session cookie is a secret.
    const manager = await createAgent(server.deps, 'Log Manager', 'manager');
    const staff = new TestClient(server.url);
    const wrong = await staff.gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { staff { id } } }', { e: manager.email, p: WRONG_PASSWORD });
    expect(wrong.data?.signIn.staff).toBeNull();
    await staff.signIn(manager.email, TEST_PASSWORD);
    const cookie = (staff as unknown as { cookie?: string }).cookie;
    expect(cookie).toBeTruthy();
    secrets.push(cookie!.split('=').slice(1).join('=').split(';')[0]!);

    // A resident submits the public form and opens the status link.
    const { topic } = await createTopic(server.deps, 'Tree down', 'Parks');
    const resident = new TestClient(server.url);
    const submitted = await resident.gql(
      `mutation($input: WebInquiryInput!) { submitWebInquiry(input: $input) { receipt { statusToken } error { message } } }`,
      { input: { subject: 'Tree across the path', question: `A tree fell near ${RESIDENT.address}.`, topicId: topic.id, ...RESIDENT } },
    );
    const statusToken = submitted.data?.submitWebInquiry.receipt.statusToken as string;
    expect(statusToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    secrets.push(statusToken);
    const status = await resident.gql('query($t: String!) { inquiryStatus(token: $t) { __typename } }', { t: statusToken });
    expect(status.errors).toBeUndefined();

    // Bad input that names personal data in the request must not echo it into the logs either.
    await resident.gql(`mutation($input: WebInquiryInput!) { submitWebInquiry(input: $input) { receipt { reference } error { message } } }`, {
      input: { subject: '', question: '', ...RESIDENT, email: `${RESIDENT.email} not an address` },
    });

    // An Open311 client posts a request with the resident's details and its key.
    const issued = await issueApiKey(server.deps, { ...manager }, { name: 'Log test app' });
    if (issued.kind !== 'issued') throw new Error(issued.message);
    secrets.push(issued.key);
    const form = new URLSearchParams({
      api_key: issued.key,
      service_code: topic.id,
      description: 'Tree across the path',
      address_string: RESIDENT.address,
      email: RESIDENT.email,
      first_name: 'Zelda',
      last_name: 'Quartermaine',
      phone: RESIDENT.phone,
    });
    const open311 = await fetch(`${server.url}/open311/v2/requests.json`, { method: 'POST', body: form });
    expect(open311.ok).toBe(true);
    const withoutKey = new URLSearchParams(form);
    withoutKey.delete('api_key');
    const badKey = await fetch(`${server.url}/open311/v2/requests.json?api_key=${encodeURIComponent(`${issued.key}x`)}`, { method: 'POST', body: withoutKey });
    expect(badKey.status).toBe(403);

    // An e-mail arrives from the resident.
    const raw = [
      `From: ${RESIDENT.name} <${RESIDENT.email}>`,
      'To: answers@county.example',
      'Subject: Branches on the sidewalk',
      'Message-ID: <log-test-1@example.net>',
      '',
      `Call me at ${RESIDENT.phone}. I live at ${RESIDENT.address}.`,
    ].join('\r\n');
    const email = await fetch(`${server.url}/inbound/email`, { method: 'POST', headers: { authorization: `Bearer ${INBOUND_TOKEN}` }, body: raw });
    expect(email.ok).toBe(true);

    // The staff member reads the inquiries, which carry the personal data, and signs out.
    const inbox = await staff.gql('{ inbox { edges { node { contact { name email phone address } } } } }');
    expect(JSON.stringify(inbox.data)).toContain(RESIDENT.email);
    await staff.gql('mutation { signOut }');

    expect(lines.length).toBeGreaterThan(10);
    const leaks = secrets.flatMap((secret) => lines.filter((line) => line.toLowerCase().includes(secret.toLowerCase())).map((line) => `${secret}: ${line.slice(0, 300)}`));
    expect(leaks).toEqual([]);
    // The surname on its own does not appear either (a log of the name split in parts would).
    expect(lines.filter((line) => line.includes('Quartermaine'))).toEqual([]);
  });
});
