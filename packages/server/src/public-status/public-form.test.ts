import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { loadConfig } from '../config.js';
import { attachments, inquiries } from '../db/schema.js';
import { startServer, type RunningServer } from '../http/server.js';
import { hashStatusToken } from '../inquiries/intake.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

/** A 1×1 PNG. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** `size` bytes that start with the JPEG start-of-image and APP0 markers. */
function jpegLike(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]).copy(bytes);
  return bytes;
}

const SUBMIT = `mutation($input: WebInquiryInput!) {
  submitWebInquiry(input: $input) {
    receipt { reference receivedAt statusToken statusPath }
    error { message fields { field message } }
    rateLimited { message retryAfterSeconds }
  }
}`;

const STATUS = `query($token: String!) {
  inquiryStatus(token: $token) {
    __typename
    ... on PublicInquiryStatus { reference topicName progress receivedAt updatedAt resolvedAt updates { body createdAt } }
    ... on NotFound { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}`;

type Posted = { status: number; data?: Record<string, any>; errors?: { message: string }[] };

/** Posts a GraphQL request, optionally as if forwarded for `forwardedFor` by a proxy on loopback. */
async function post(baseUrl: string, query: string, variables: Record<string, unknown>, forwardedFor?: string): Promise<Posted> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, ...(text.startsWith('{') ? JSON.parse(text) : {}) };
}

function fieldsOf(result: Posted): Record<string, string> {
  const error = result.data?.submitWebInquiry.error;
  return Object.fromEntries((error?.fields ?? []).map((entry: { field: string; message: string }) => [entry.field, entry.message]));
}

describe.each(databaseKinds())('public form and status page on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    // The real server with a logger whose lines the honeypot test reads.
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      SESSION_SECRET: database.deps.sessionSecret,
      WEB_DIST: '/nonexistent-web-dist',
      MAX_JSON_BODY_KB: '64',
      WEB_FORM_RATE_LIMIT: '3',
      STATUS_LOOKUP_RATE_LIMIT: '8',
      TRUST_PROXY: 'loopback',
    });
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    server = await startServer(config, { logger: pino({ level: 'info' }, sink), database: database.handle });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    logLines.length = 0;
  });

  let addressCounter = 0;
  /** Returns a new documentation address (RFC 5737) per call, so tests do not share a rate-limit counter. */
  function freshAddress(): string {
    addressCounter += 1;
    return `198.51.100.${addressCounter}`;
  }

  async function submit(input: Record<string, unknown>, forwardedFor = freshAddress()) {
    return post(server.url, SUBMIT, { input }, forwardedFor);
  }

  async function lookUp(token: string, forwardedFor = freshAddress()) {
    return post(server.url, STATUS, { token }, forwardedFor);
  }

  it('form options need no sign-in', async () => {
    await createTopic(server.deps, 'Streetlights', 'Public Works');
    await createTopic(server.deps, 'Graffiti', 'Public Works');
    const result = await post(server.url, '{ publicTopics { name } publicFormLimits { maxPhotoBytes photoContentTypes } }', {});

    expect(result.errors).toBeUndefined();
    expect(result.data?.publicTopics).toEqual([{ name: 'Graffiti' }, { name: 'Streetlights' }]);
    expect(result.data?.publicFormLimits).toEqual({ maxPhotoBytes: 5 * 1024 * 1024, photoContentTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] });
  });

  it('photo, location and no contact are stored', async () => {
    const { topic } = await createTopic(server.deps, 'Graffiti', 'Public Works');
    const result = await submit({
      subject: 'Graffiti on the underpass',
      question: 'Fresh paint on the north wall.',
      topicId: topic.id,
      location: { address: 'Underpass at 5th and Pine', latitude: 40.015, longitude: -105.27 },
      photo: { filename: 'C:\\Users\\me\\wall.png', contentType: 'image/png', dataBase64: PNG_BASE64 },
    });

    const receipt = result.data?.submitWebInquiry.receipt;
    expect(result.data?.submitWebInquiry.error).toBeNull();
    expect(receipt.reference).toMatch(/^Q-\d{6}$/);
    expect(receipt.statusToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(receipt.statusPath).toBe(`/status/${receipt.statusToken}`);

    const [row] = await server.deps.db.select().from(inquiries).where(eq(inquiries.reference, receipt.reference));
    expect(row.channel).toBe('web');
    expect(row.contactId).toBeNull();
    expect(row.topicId).toBe(topic.id);
    expect(row.addressText).toBe('Underpass at 5th and Pine');
    expect(row.latitude).toBe(40.015);
    expect(row.longitude).toBe(-105.27);
    expect(row.statusTokenHash).toBe(hashStatusToken(server.deps, receipt.statusToken));

    const files = await server.deps.db.select().from(attachments).where(eq(attachments.inquiryId, row.id));
    expect(files).toHaveLength(1);
    expect(files[0].filename).toBe('wall.png');
    expect(files[0].contentType).toBe('image/png');
    expect(Buffer.from(files[0].content).toString('base64')).toBe(PNG_BASE64);
  });

  it('photo whose bytes contradict its type is rejected', async () => {
    const result = await submit({
      subject: 'Pothole',
      question: 'Deep one.',
      photo: { filename: 'hole.jpg', contentType: 'image/jpeg', dataBase64: PNG_BASE64 },
    });

    expect(result.data?.submitWebInquiry.receipt).toBeNull();
    expect(fieldsOf(result)['input.photo']).toBe('photo is declared as image/jpeg, but its content is image/png; send a JPEG, PNG, WebP or HEIC image');
    expect(await server.deps.db.select().from(inquiries)).toEqual([]);
  });

  it('photo that is no image is rejected', async () => {
    const result = await submit({
      subject: 'Pothole',
      question: 'Deep one.',
      photo: { filename: 'hole.png', contentType: 'image/png', dataBase64: Buffer.from('just some plain text').toString('base64') },
    });

    expect(fieldsOf(result)['input.photo']).toContain('its content is not a recognised image');
  });

  it('unsupported photo type is named', async () => {
    const result = await submit({
      subject: 'Pothole',
      question: 'Deep one.',
      photo: { filename: 'hole.gif', contentType: 'image/gif', dataBase64: Buffer.from('GIF89a').toString('base64') },
    });

    expect(fieldsOf(result)['input.photo.contentType']).toContain('JPEG, PNG, WebP or HEIC');
  });

  it('photo data that is not base64 is rejected', async () => {
    const result = await submit({
      subject: 'Pothole',
      question: 'Deep one.',
      photo: { filename: 'hole.png', contentType: 'image/png', dataBase64: 'not base64!' },
    });

    expect(fieldsOf(result)['input.photo.dataBase64']).toContain('base64');
  });

  it('photo at 5 MB passes the body limit', async () => {
    const result = await submit({
      subject: 'Fallen tree',
      question: 'Across the path.',
      photo: { filename: 'tree.jpg', contentType: 'image/jpeg', dataBase64: jpegLike(5 * 1024 * 1024).toString('base64') },
    });

    expect(result.status).toBe(200);
    expect(result.data?.submitWebInquiry.receipt.reference).toMatch(/^Q-/);
  });

  it('photo over 5 MB gets a field error', async () => {
    const result = await submit({
      subject: 'Fallen tree',
      question: 'Across the path.',
      photo: { filename: 'tree.jpg', contentType: 'image/jpeg', dataBase64: jpegLike(5 * 1024 * 1024 + 1).toString('base64') },
    });

    expect(result.status).toBe(200);
    expect(fieldsOf(result)['input.photo']).toBe('photo must be at most 5 MB (this one is 5.0 MB)');
    expect(await server.deps.db.select().from(inquiries)).toEqual([]);
  });

  it('body far over the raised limit gets 413', async () => {
    const result = await submit({
      subject: 'Fallen tree',
      question: 'Across the path.',
      photo: { filename: 'tree.jpg', contentType: 'image/jpeg', dataBase64: jpegLike(6 * 1024 * 1024).toString('base64') },
    });

    expect(result.status).toBe(413);
  });

  it('large body without a photo still gets 413', async () => {
    const response = await post(server.url, SUBMIT, { input: { subject: 'Long', question: 'x'.repeat(70 * 1024) } });
    expect(response.status).toBe(413);
  });

  it('large photo in another operation gets 413', async () => {
    const query = `mutation($input: WebInquiryInput!) { a: submitWebInquiry(input: $input) { receipt { reference } } b: submitWebInquiry(input: $input) { receipt { reference } } }`;
    const input = { subject: 'Twice', question: 'x', photo: { filename: 'a.jpg', contentType: 'image/jpeg', dataBase64: jpegLike(100 * 1024).toString('base64') } };
    const response = await post(server.url, query, { input });
    expect(response.status).toBe(413);
  });

  it('every bad field is named at once', async () => {
    const result = await submit({
      subject: '',
      question: 'Where?',
      email: 'nope',
      phone: 'call me',
      topicId: 'not-a-topic',
      location: { latitude: 91 },
      photo: { filename: '', contentType: 'text/plain', dataBase64: 'aGk=' },
    });

    expect(Object.keys(fieldsOf(result)).sort()).toEqual([
      'input.email',
      'input.location.latitude',
      'input.phone',
      'input.photo.contentType',
      'input.photo.filename',
      'input.subject',
      'input.topicId',
    ]);
  });

  it('honeypot answers like success and stores nothing', async () => {
    const result = await submit({
      subject: 'Cheap watches',
      question: 'Buy now',
      email: 'spammer@example.org',
      honeypot: 'https://spam.example',
    });

    const receipt = result.data?.submitWebInquiry.receipt;
    expect(receipt.reference).toMatch(/^Q-\d{6}$/);
    expect(receipt.statusToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await server.deps.db.select().from(inquiries)).toEqual([]);
    expect((await lookUp(receipt.statusToken)).data?.inquiryStatus.__typename).toBe('NotFound');

    const spamLines = logLines.filter((line) => line.includes('honeypot filled'));
    expect(spamLines).toHaveLength(1);
    expect(spamLines[0]).not.toContain('spammer');
    expect(spamLines[0]).not.toContain('spam.example');
    expect(spamLines[0]).not.toContain('Cheap watches');
  });

  it('rate limit counts each address apart', async () => {
    const first = '203.0.113.10';
    const second = '203.0.113.11';
    for (let i = 1; i <= 3; i += 1) {
      const accepted = await submit({ subject: `Question ${i}`, question: 'x' }, first);
      expect(accepted.data?.submitWebInquiry.receipt).not.toBeNull();
    }

    const limited = await submit({ subject: 'Question 4', question: 'x' }, first);
    expect(limited.data?.submitWebInquiry.receipt).toBeNull();
    const rateLimited = limited.data?.submitWebInquiry.rateLimited;
    expect(rateLimited.retryAfterSeconds).toBeGreaterThan(0);
    expect(rateLimited.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect(rateLimited.message).toContain('at most 3 every 10 minutes');

    const other = await submit({ subject: 'From elsewhere', question: 'x' }, second);
    expect(other.data?.submitWebInquiry.receipt).not.toBeNull();
    expect(await server.deps.db.select().from(inquiries)).toHaveLength(4);
  });

  it('rate limit counts an IPv6 /64 together', async () => {
    for (let i = 1; i <= 3; i += 1) {
      const accepted = await submit({ subject: `From host ${i}`, question: 'x' }, `2001:db8:5:6::${i}`);
      expect(accepted.data?.submitWebInquiry.receipt).not.toBeNull();
    }

    const sameNetwork = await submit({ subject: 'From host 4', question: 'x' }, '2001:db8:5:6:ffff::4');
    expect(sameNetwork.data?.submitWebInquiry.rateLimited).not.toBeNull();
    const otherNetwork = await submit({ subject: 'From elsewhere', question: 'x' }, '2001:db8:5:7::1');
    expect(otherNetwork.data?.submitWebInquiry.receipt).not.toBeNull();
  });

  it('honeypot submissions count against the limit', async () => {
    const address = freshAddress();
    for (let i = 0; i < 3; i += 1) await submit({ subject: 'Spam', question: 'x', honeypot: 'filled' }, address);
    const limited = await submit({ subject: 'Real question', question: 'x' }, address);
    expect(limited.data?.submitWebInquiry.rateLimited).not.toBeNull();
  });

  it('invalid submissions do not count against the limit', async () => {
    const address = freshAddress();
    for (let i = 0; i < 4; i += 1) await submit({ subject: '', question: 'x' }, address);
    const accepted = await submit({ subject: 'Finally right', question: 'x' }, address);
    expect(accepted.data?.submitWebInquiry.receipt).not.toBeNull();
  });

  it('status shows progress and public notes only', async () => {
    const { topic } = await createTopic(server.deps, 'Streetlights', 'Public Works');
    const submitted = await submit({
      subject: 'Streetlight out on Pine',
      question: 'My neighbour at 12 Pine St says it has been dark for a week.',
      name: 'Maria Peña',
      email: 'maria.pena@example.org',
      phone: '505-555-0142',
      address: '14 Pine St',
      topicId: topic.id,
      location: { address: 'Pine St and 5th' },
    });
    const { reference, statusToken } = submitted.data?.submitWebInquiry.receipt;

    const received = (await lookUp(statusToken)).data?.inquiryStatus;
    expect(received).toMatchObject({ __typename: 'PublicInquiryStatus', reference, topicName: 'Streetlights', progress: 'RECEIVED', resolvedAt: null, updates: [] });

    const agent = await createAgent(server.deps, 'Dana Ortiz');
    const staff = new TestClient(server.url);
    await staff.signIn(agent.email, TEST_PASSWORD);
    const [row] = await server.deps.db.select().from(inquiries).where(eq(inquiries.reference, reference));
    const id = String(row.id);
    await staff.gql('mutation($id: ID!) { claimInquiry(id: $id) { error { __typename } } }', { id });
    const note = 'mutation($id: ID!, $body: String!, $public: Boolean) { addNote(id: $id, body: $body, public: $public) { error { __typename } } }';
    await staff.gql(note, { id, body: 'Caller sounded upset; check with Sam.' });
    await staff.gql(note, { id, body: 'A crew will replace the lamp on Thursday.', public: true });
    await staff.gql(note, { id, body: 'Internal again: parts ordered.', public: false });

    const thread = await staff.gql('query($id: ID!) { inquiry(id: $id) { messages { kind visibility body } } }', { id });
    expect(thread.data?.inquiry.messages.map((message: { visibility: string }) => message.visibility)).toEqual(['INTERNAL', 'INTERNAL', 'PUBLIC', 'INTERNAL']);

    const inProgress = await lookUp(statusToken);
    const status = inProgress.data?.inquiryStatus;
    expect(status.progress).toBe('IN_PROGRESS');
    expect(status.updates.map((update: { body: string }) => update.body)).toEqual(['A crew will replace the lamp on Thursday.']);

    const text = JSON.stringify(inProgress);
    for (const secret of ['Maria', 'maria.pena', '555-0142', '14 Pine St', 'Pine St and 5th', 'My neighbour', 'upset', 'parts ordered', 'Dana', agent.email]) {
      expect(text).not.toContain(secret);
    }

    const current = await staff.gql('query($id: ID!) { inquiry(id: $id) { version } }', { id });
    await staff.gql('mutation($id: ID!, $version: Int!) { resolveInquiry(id: $id, version: $version, resolutionNote: "Lamp replaced for Maria") { error { __typename } } }', {
      id,
      version: current.data?.inquiry.version,
    });
    const resolved = (await lookUp(statusToken)).data?.inquiryStatus;
    expect(resolved.progress).toBe('RESOLVED');
    expect(resolved.resolvedAt).not.toBeNull();
    expect(JSON.stringify(resolved)).not.toContain('Lamp replaced');
  });

  it('unknown and malformed tokens get the same NotFound', async () => {
    const unknown = (await lookUp('AAAAAAAAAAAAAAAAAAAAAAAA')).data?.inquiryStatus;
    const malformed = (await lookUp('../../etc/passwd')).data?.inquiryStatus;
    const empty = (await lookUp('')).data?.inquiryStatus;

    expect(unknown.__typename).toBe('NotFound');
    expect(malformed).toEqual(unknown);
    expect(empty).toEqual(unknown);
  });

  it('status lookups are rate-limited per address', async () => {
    const submitted = await submit({ subject: 'Noise', question: 'Loud music' });
    const token = submitted.data?.submitWebInquiry.receipt.statusToken;
    const guesser = '203.0.113.20';
    for (let i = 0; i < 8; i += 1) await lookUp(`guess${String(i).padStart(19, '0')}`, guesser);

    const limited = (await lookUp(token, guesser)).data?.inquiryStatus;
    expect(limited.__typename).toBe('RateLimited');
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);

    const other = (await lookUp(token, '203.0.113.21')).data?.inquiryStatus;
    expect(other.__typename).toBe('PublicInquiryStatus');
  });

  it('X-Forwarded-For is ignored unless TRUST_PROXY is set', async () => {
    const untrusting = await startTestServer(database, { WEB_FORM_RATE_LIMIT: '1' });
    try {
      const first = await post(untrusting.url, SUBMIT, { input: { subject: 'One', question: 'x' } }, '203.0.113.30');
      const second = await post(untrusting.url, SUBMIT, { input: { subject: 'Two', question: 'x' } }, '203.0.113.31');
      expect(first.data?.submitWebInquiry.receipt).not.toBeNull();
      expect(second.data?.submitWebInquiry.rateLimited).not.toBeNull();
    } finally {
      await untrusting.close();
    }
  });
});
