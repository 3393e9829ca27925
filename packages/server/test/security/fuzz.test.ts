import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../../src/open311/api-keys.js';
import type { RunningServer } from '../../src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { createAgent, createTopic } from '../support/fixtures.js';
import { startTestServer } from '../support/server.js';

/**
 * Property-based fuzzing of the public inputs: the GraphQL endpoint, the
 * public form, Open311 and the other public routes get generated bad input,
 * and the property is that the server never answers with a 5xx and keeps
 * answering. FUZZ_RUNS sets the number of inputs per property (2,500 by
 * default, 10,000 over the four properties).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_500);

/** Strings that have broken parsers elsewhere: controls, lone surrogates, huge, numeric-looking, markup. */
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '\udfff', 'null', 'undefined', 'NaN', '-1', '1e309', '0x10', '__proto__', 'constructor', '<script>alert(1)</script>', "' or 1=1 --", '${7*7}', '../../etc/passwd', '%00', '=cmd|/C calc!A0', 'Q-000001', '9'.repeat(40)),
  fc.string({ minLength: 2_000, maxLength: 6_000 }),
);

/** A path segment: the string percent-encoded, or a malformed percent sequence as a client might send. */
const pathSegment = fc.oneof(
  nastyString.map((text) => encodeURIComponent(text.toWellFormed())),
  fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '..%2F..%2F', '%C0%AE%C0%AE', ''),
);

const jsonValue = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(nastyString, { maxLength: 4 }),
  fc.dictionary(nastyString, nastyString, { maxKeys: 4 }),
);

describe('fuzzing the public inputs', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let apiKey: string;
  let topicId: string;
  const serverErrors: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    // A stand-in for the built client, so page routes answer as in production instead of "not built" (503).
    const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-fuzz-web-'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Civic Desk</title>');
    server = await startTestServer(database, {
      WEB_DIST: webDist,
      WEB_FORM_RATE_LIMIT: '10000',
      STATUS_LOOKUP_RATE_LIMIT: '100000',
      SELF_CHECK_IN_RATE_LIMIT: '100000',
      OPEN311_POSTS_PER_HOUR: '1000000',
      MAX_JSON_BODY_KB: '64',
    });
    const manager = await createAgent(server.deps, 'Fuzz Manager', 'manager');
    topicId = (await createTopic(server.deps, 'Pothole', 'Pavement Division')).topic.id;
    const issued = await issueApiKey(server.deps, manager, { name: 'Fuzz client' });
    if (issued.kind !== 'issued') throw new Error(issued.message);
    apiKey = issued.key;
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  /** Sends one request and records any 5xx with what caused it. */
  async function send(path: string, init: RequestInit, describeInput: unknown): Promise<number> {
    const response = await fetch(`${server.url}${path}`, init);
    await response.arrayBuffer();
    if (response.status >= 500) serverErrors.push(`${response.status} ${path} ${JSON.stringify(describeInput).slice(0, 400)}`);
    return response.status;
  }

  const checkNoServerErrors = () => expect(serverErrors).toEqual([]);

  it('GraphQL answers bad bodies, queries and variables without a 5xx', async () => {
    const operations = [
      'query($t: String!) { inquiryStatus(token: $t) { __typename } }',
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { staff { id } } }',
      'query($q: String!) { publicArticles(query: $q) { edges { node { title } } } }',
      '{ center { timeZone } }',
      'mutation($input: SelfCheckInInput!) { selfCheckIn(input: $input) { __typename } }',
    ];
    const body = fc.oneof(
      nastyString,
      fc.record({ query: nastyString, variables: jsonValue }).map((value) => JSON.stringify(value)),
      fc
        .record({ query: fc.constantFrom(...operations), variables: fc.dictionary(fc.constantFrom('t', 'e', 'p', 'q', 'input', 'x'), jsonValue, { maxKeys: 4 }), operationName: fc.option(nastyString) })
        .map((value) => JSON.stringify(value)),
      fc.array(fc.record({ query: fc.constantFrom(...operations) }), { maxLength: 3 }).map((value) => JSON.stringify(value)),
      fc.integer({ min: 1, max: 400 }).map((depth) => `{"query":"${'{a'.repeat(depth)}"}`),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''), async (text, contentType) => {
        const status = await send('/graphql', { method: 'POST', headers: contentType ? { 'content-type': contentType } : {}, body: text }, { text, contentType });
        return status < 500;
      }),
      { numRuns: RUNS },
    );
    checkNoServerErrors();
  });

  it('the public form answers bad input without a 5xx', async () => {
    const input = fc.record(
      {
        subject: jsonValue,
        question: jsonValue,
        name: jsonValue,
        email: fc.oneof(jsonValue, fc.emailAddress()),
        phone: jsonValue,
        address: jsonValue,
        topicId: fc.oneof(jsonValue, fc.constant(topicId), fc.uuid()),
        location: fc.oneof(jsonValue, fc.record({ address: jsonValue, latitude: jsonValue, longitude: jsonValue }, { requiredKeys: [] })),
        photo: fc.oneof(
          jsonValue,
          fc.record({ filename: jsonValue, contentType: fc.oneof(jsonValue, fc.constantFrom('image/jpeg', 'image/png', 'image/heic')), dataBase64: fc.oneof(jsonValue, fc.base64String({ maxLength: 400 })) }, { requiredKeys: [] }),
        ),
        honeypot: fc.option(nastyString),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        const status = await send(
          '/graphql',
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: 'mutation($input: WebInquiryInput!) { submitWebInquiry(input: $input) { receipt { reference } error { message } } }', variables: { input: value } }),
          },
          value,
        );
        return status < 500;
      }),
      { numRuns: RUNS },
    );
    checkNoServerErrors();
  });

  it('Open311 answers bad requests without a 5xx', async () => {
    const fieldName = fc.oneof(
      fc.constantFrom('api_key', 'service_code', 'lat', 'long', 'address_string', 'address_id', 'email', 'device_id', 'account_id', 'first_name', 'last_name', 'phone', 'description', 'media_url', 'jurisdiction_id', 'attribute[SIZE]', 'attribute[]', 'attribute', 'service_request_id', 'start_date', 'end_date', 'status', 'page', 'page_size'),
      nastyString,
    );
    const fields = fc.array(fc.tuple(fieldName, fc.oneof(nastyString, fc.constant(topicId), fc.constant('__KEY__'))), { maxLength: 10 });
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST'),
      path: fc.oneof(
        fc.constantFrom('/open311/v2/requests.json', '/open311/v2/requests.xml', '/open311/v2/services.json', '/open311/v2/services.xml', '/open311/v2/discovery.json', '/open311/v2/tokens/abc.json'),
        pathSegment.map((segment) => `/open311/v2/requests/${segment}.json`),
        pathSegment.map((segment) => `/open311/v2/services/${segment}.xml`),
        pathSegment.map((segment) => `/open311/v2/${segment}`),
      ),
      fields,
      inQuery: fc.boolean(),
      contentType: fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'multipart/form-data; boundary=x', 'text/xml'),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, fields: pairs, inQuery, contentType }) => {
        const params = new URLSearchParams();
        for (const [name, value] of pairs) params.append(name, value === '__KEY__' ? apiKey : value);
        const url = inQuery || method === 'GET' ? `${path}?${params.toString()}` : path;
        const init: RequestInit = method === 'POST' ? { method, headers: { 'content-type': contentType }, body: inQuery ? '' : params.toString() } : { method };
        const status = await send(url, init, { method, path, pairs, contentType });
        return status < 500;
      }),
      { numRuns: RUNS },
    );
    checkNoServerErrors();
  });

  it('the other public routes answer bad input without a 5xx', async () => {
    const request = fc.oneof(
      nastyString.map((token) => ({ path: '/graphql', body: JSON.stringify({ query: 'query($t: String!) { inquiryStatus(token: $t) { __typename } }', variables: { t: token } }) })),
      fc.record({ name: jsonValue, reason: jsonValue, topicId: jsonValue, language: jsonValue }, { requiredKeys: [] }).map((input) => ({
        path: '/graphql',
        body: JSON.stringify({ query: 'mutation($input: SelfCheckInInput!) { selfCheckIn(input: $input) { __typename } }', variables: { input } }),
      })),
      pathSegment.map((segment) => ({ path: `/calendar/${segment}/me.ics` })),
      pathSegment.map((segment) => ({ path: `/status/${segment}` })),
      pathSegment.map((segment) => ({ path: `/attachments/${segment}` })),
      nastyString.map((text) => ({ path: '/telephony/events', body: text })),
      nastyString.map((text) => ({ path: '/inbound/email', body: text })),
    );
    await fc.assert(
      fc.asyncProperty(request, async (input: { path: string; body?: string }) => {
        const { path, body } = input;
        const init: RequestInit = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body };
        return (await send(path, init, { path, body })) < 500;
      }),
      { numRuns: RUNS },
    );
    checkNoServerErrors();

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
