import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { XMLParser } from 'fast-xml-parser';
import { apiKeys, contacts, inquiries, inquiryMessages } from '../db/schema.js';
import type { RunningServer } from '../http/server.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { startTestServer } from '../../test/support/server.js';
import { buildValidators, expectValid, SCHEMA_DIR, schemasAvailable, type GeoReportValidators } from '../../test/support/georeport-schemas.js';
import { issueApiKey, revokeApiKey } from './api-keys.js';
import { setTopicAttributes } from './attributes.js';
import { submitServiceRequest } from './requests.js';

const hasSchemas = schemasAvailable();
if (!hasSchemas) console.warn(`Open311 JSON Schemas not found in ${SCHEMA_DIR}: schema checks are skipped, the other checks run`);

const OFFSET = /[+-]\d\d:\d\d$/;

/** Elements that XML repeats for each item of a JSON list. */
const LIST_ELEMENTS = new Set(['service', 'request', 'attribute', 'value', 'error', 'endpoint', 'format']);
const xmlParser = new XMLParser({
  ignoreDeclaration: true,
  parseTagValue: false,
  isArray: (name) => LIST_ELEMENTS.has(name),
});

/**
 * Turns parsed XML back into the JSON shape: the wrapper element of a list
 * becomes the list, empty elements become null, and the JSON's numbers and
 * booleans are compared as the text XML carries.
 */
function xmlToPlain(value: unknown): unknown {
  if (value === '') return null;
  if (Array.isArray(value)) return value.map(xmlToPlain);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1 && LIST_ELEMENTS.has(entries[0][0])) return xmlToPlain(entries[0][1]);
    return Object.fromEntries(entries.map(([key, inner]) => [key, xmlToPlain(inner)]));
  }
  return value;
}

/** Converts a JSON value to what XML carries: numbers and booleans as strings, empty lists as null. */
function asXmlText(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(asXmlText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asXmlText(inner)]));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value;
}

describe.each(databaseKinds())('Open311 GeoReport v2 on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  let server: RunningServer;
  let validators: GeoReportValidators;
  let potholeCode: string;
  let trashCode: string;
  let apiKey: string;
  let apiKeyId: string;

  beforeAll(async () => {
    server = await startTestServer(testDatabase(), { OPEN311_JURISDICTION_ID: 'county.example', OPEN311_POSTS_PER_HOUR: '20' });
    if (hasSchemas) validators = buildValidators();
  });
  afterAll(async () => {
    await server?.close();
  });

  beforeEach(async () => {
    const deps = testDatabase().deps;
    const { topic: pothole } = await createTopic(deps, 'Pothole', 'Pavement Division');
    const { topic: trash } = await createTopic(deps, 'Missed trash pickup', 'Solid Waste');
    potholeCode = pothole.id;
    trashCode = trash.id;
    const manager = await createAgent(deps, 'Morgan Manager', 'manager');
    const attributes = await setTopicAttributes(deps, manager, pothole.id, [
      { code: 'SIZE', datatype: 'singlevaluelist', required: true, description: 'How big is it?', values: [{ key: 'S', name: 'Smaller than a plate' }, { key: 'L', name: 'Larger than a plate' }] },
      { code: 'DEPTH_CM', datatype: 'number', description: 'Depth in centimetres', datatypeDescription: 'A number, such as 7.5' },
      { code: 'SEEN_AT', datatype: 'datetime', description: 'When did you see it?' },
      { code: 'LANES', datatype: 'multivaluelist', description: 'Which lanes?', values: [{ key: 'N', name: 'Northbound' }, { key: 'S', name: 'Southbound' }] },
      { code: 'NOTE', datatype: 'text', variable: false, description: 'Crews fill potholes within five working days.' },
    ]);
    expect(attributes.kind).toBe('ok');
    const issued = await issueApiKey(deps, manager, { name: 'County app' });
    if (issued.kind !== 'issued') throw new Error(issued.message);
    apiKey = issued.key;
    apiKeyId = issued.apiKey.id;
  });

  const get = (path: string) => fetch(`${server.url}${path}`);

  function post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
    return fetch(`${server.url}${path}`, { method: 'POST', body });
  }

  const validPothole = (extra: Record<string, string | string[]> = {}) => ({
    api_key: apiKey,
    service_code: potholeCode,
    lat: '35.0844',
    long: '-106.6504',
    'attribute[SIZE]': 'L',
    description: 'Deep pothole in the right lane',
    ...extra,
  });

  async function createRequest(extra: Record<string, string | string[]> = {}): Promise<string> {
    const response = await post('/open311/v2/requests.json', validPothole(extra));
    expect(response.status).toBe(200);
    const [created] = (await response.json()) as { service_request_id: string }[];
    return created.service_request_id;
  }

  async function expectErrors(response: Response, status: number, match: RegExp) {
    expect(response.status).toBe(status);
    const body = (await response.json()) as { code: number; description: string }[];
    expect(Array.isArray(body)).toBe(true);
    for (const error of body) {
      expect(Object.keys(error).sort()).toEqual(['code', 'description']);
      expect(error.code).toBe(status);
    }
    expect(body.map((error) => error.description).join('\n')).toMatch(match);
    return body;
  }

  /** Fetches `path` as JSON and as XML and checks that both carry the same content. */
  async function getBoth(path: string): Promise<unknown> {
    const json = await get(`${path}.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const jsonBody: unknown = await json.json();
    const xml = await get(`${path}.xml`);
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-type')).toMatch(/^text\/xml/);
    const xmlText = await xml.text();
    expect(xmlText.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const parsed = xmlParser.parse(xmlText) as Record<string, unknown>;
    const [root] = Object.keys(parsed);
    expect(xmlToPlain(parsed[root])).toEqual(asXmlText(jsonBody));
    return jsonBody;
  }

  describe('services', () => {
    it('lists topics as services', async () => {
      const services = (await getBoth('/open311/v2/services')) as Record<string, unknown>[];
      if (hasSchemas) expectValid(validators.services, services);
      expect(services).toHaveLength(2);
      const pothole = services.find((service) => service.service_code === potholeCode)!;
      expect(pothole).toMatchObject({ service_name: 'Pothole', metadata: true, type: 'realtime', group: 'Pavement Division' });
      const trash = services.find((service) => service.service_code === trashCode)!;
      expect(trash).toMatchObject({ service_name: 'Missed trash pickup', metadata: false, group: 'Solid Waste' });
    });

    it('uses the services root element in XML', async () => {
      const text = await (await get('/open311/v2/services.xml')).text();
      expect(text).toMatch(/<services><service><service_code>/);
    });

    it('returns a service definition with attributes', async () => {
      const definition = (await getBoth(`/open311/v2/services/${potholeCode}`)) as { service_code: string; attributes: Record<string, unknown>[] };
      if (hasSchemas) expectValid(validators.serviceDefinition, definition);
      expect(definition.service_code).toBe(potholeCode);
      expect(definition.attributes.map((attribute) => attribute.code)).toEqual(['SIZE', 'DEPTH_CM', 'SEEN_AT', 'LANES', 'NOTE']);
      expect(definition.attributes[0]).toEqual({
        variable: true,
        code: 'SIZE',
        datatype: 'singlevaluelist',
        required: true,
        datatype_description: null,
        order: 1,
        description: 'How big is it?',
        values: [
          { key: 'S', name: 'Smaller than a plate' },
          { key: 'L', name: 'Larger than a plate' },
        ],
      });
      expect(definition.attributes[4]).toMatchObject({ variable: false, required: false, values: [] });
    });

    it('returns an empty definition for a service without attributes', async () => {
      const definition = (await getBoth(`/open311/v2/services/${trashCode}`)) as unknown;
      if (hasSchemas) expectValid(validators.serviceDefinition, definition);
      expect(definition).toEqual({ service_code: trashCode, attributes: [] });
    });

    it('answers an unknown service with 404', async () => {
      await expectErrors(await get('/open311/v2/services/00000000-0000-4000-8000-000000000000.json'), 404, /service_code: no service/);
      const xml = await get('/open311/v2/services/nope.xml');
      expect(xml.status).toBe(404);
      const parsed = xmlParser.parse(await xml.text()) as { errors: { error: { code: string; description: string }[] } };
      expect(parsed.errors.error[0].code).toBe('404');
      expect(parsed.errors.error[0].description).toMatch(/service_code/);
    });

    it('requires a known format suffix', async () => {
      await expectErrors(await get('/open311/v2/services.csv'), 404, /\.csv is not a supported format/);
      await expectErrors(await get('/open311/v2/services'), 404, /no format/);
    });

    it('checks jurisdiction_id', async () => {
      expect((await get('/open311/v2/services.json?jurisdiction_id=county.example')).status).toBe(200);
      await expectErrors(await get('/open311/v2/services.json?jurisdiction_id=elsewhere.example'), 404, /jurisdiction_id: unknown jurisdiction/);
    });

    it('lets browser apps read and HEAD', async () => {
      const response = await get('/open311/v2/services.json');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const head = await fetch(`${server.url}/open311/v2/services.json`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
    });

    it('answers unknown endpoints and methods in the error shape', async () => {
      await expectErrors(await get('/open311/v2/nothing.json'), 404, /No Open311 endpoint/);
      const response = await fetch(`${server.url}/open311/v2/services.json`, { method: 'DELETE' });
      await expectErrors(response, 405, /DELETE is not allowed/);
      expect(response.headers.get('allow')).toBe('GET');
    });
  });

  describe('discovery', () => {
    it('describes the endpoint', async () => {
      const discovery = (await getBoth('/open311/discovery')) as Record<string, any>;
      expect(discovery.changeset).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
      expect(typeof discovery.contact).toBe('string');
      expect(typeof discovery.key_service).toBe('string');
      expect(discovery.endpoints).toEqual([
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${server.url}/open311/v2`,
          changeset: discovery.changeset,
          type: 'production',
          formats: ['application/json', 'text/xml'],
        },
      ]);
    });
  });

  describe('POST requests', () => {
    it('creates an inquiry from a form post', async () => {
      const response = await post(
        '/open311/v2/requests.json',
        validPothole({
          'attribute[DEPTH_CM]': '7.5',
          'attribute[SEEN_AT]': '2026-07-04T08:15:00-06:00',
          'attribute[LANES][]': ['N', 'S'],
          email: 'rosa.alvarez@example.org',
          first_name: 'Rosa',
          last_name: 'Alvarez',
          phone: '505-555-0199',
          address_string: '400 Marquette Ave NW',
          address_id: 'ADDR-77',
          media_url: 'https://photos.example.org/pothole.jpg',
          device_id: 'device-1',
          account_id: 'acct-9',
        }),
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as { service_request_id: string; token: string; service_notice: string; account_id: string }[];
      if (hasSchemas) expectValid(validators.requestResponses, body);
      expect(body).toHaveLength(1);
      expect(body[0].service_request_id).toMatch(/^Q-\d{6}$/);
      expect(body[0].service_notice).toBe('Routed to Pavement Division.');
      expect(body[0].account_id).toBe('acct-9');

      const db = testDatabase().deps.db;
      const [row] = await db.select().from(inquiries).where(eq(inquiries.reference, body[0].service_request_id));
      expect(row.channel).toBe('web');
      expect(row.topicId).toBe(potholeCode);
      expect(row.apiKeyId).toBe(apiKeyId);
      expect(row.latitude).toBe(35.0844);
      expect(row.longitude).toBe(-106.6504);
      expect(row.addressText).toBe('400 Marquette Ave NW');
      expect(row.subject).toBe('Pothole: Deep pothole in the right lane');
      expect(row.body).toBe('Deep pothole in the right lane');
      expect(row.sourceSystem).toBe('open311');
      expect(row.attributes).toEqual({
        SIZE: 'L',
        DEPTH_CM: '7.5',
        SEEN_AT: '2026-07-04T08:15:00-06:00',
        LANES: ['N', 'S'],
        'open311:media_url': 'https://photos.example.org/pothole.jpg',
        'open311:address_id': 'ADDR-77',
      });
      const [contact] = await db.select().from(contacts).where(eq(contacts.id, row.contactId!));
      expect(contact).toMatchObject({ name: 'Rosa Alvarez', email: 'rosa.alvarez@example.org', phone: '505-555-0199' });
      const [key] = await db.select().from(apiKeys).where(eq(apiKeys.id, apiKeyId));
      expect(key.lastUsedAt).toBeInstanceOf(Date);

      const messages = await db.select().from(inquiryMessages).where(eq(inquiryMessages.inquiryId, row.id)).orderBy(inquiryMessages.id);
      expect(messages.map((message) => [message.kind, message.visibility])).toEqual([
        ['resident', 'internal'],
        ['note', 'internal'],
      ]);
      expect(messages[1].body).toBe(
        [
          'Sent through Open311:',
          'How big is it? — Larger than a plate',
          'Depth in centimetres — 7.5',
          'When did you see it? — 2026-07-04T08:15:00-06:00',
          'Which lanes? — Northbound, Southbound',
          'Media: https://photos.example.org/pothole.jpg',
          'Address id: ADDR-77',
          'Device id: device-1',
          'Account id: acct-9',
        ].join('\n'),
      );
    });

    it('accepts a JSON body and answers in XML', async () => {
      const response = await fetch(`${server.url}/open311/v2/requests.xml`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ api_key: apiKey, service_code: potholeCode, address_string: '1 Main St', attribute: { SIZE: 'S', LANES: ['S'] } }),
      });
      expect(response.status).toBe(200);
      const parsed = xmlParser.parse(await response.text()) as { service_requests: { request: Record<string, string>[] } };
      expect(parsed.service_requests.request[0].service_request_id).toMatch(/^Q-\d{6}$/);
      const [row] = await testDatabase().deps.db.select().from(inquiries).where(eq(inquiries.reference, parsed.service_requests.request[0].service_request_id));
      expect(row.attributes).toEqual({ SIZE: 'S', LANES: ['S'] });
    });

    it('takes api_key from the query string', async () => {
      const { api_key: _key, ...fields } = validPothole();
      const response = await post(`/open311/v2/requests.json?api_key=${encodeURIComponent(apiKey)}`, fields);
      expect(response.status).toBe(200);
    });

    it('resolves the token to the request id', async () => {
      const response = await post('/open311/v2/requests.json', validPothole());
      const [created] = (await response.json()) as { service_request_id: string; token: string }[];
      expect(created.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
      const tokens = await getBoth(`/open311/v2/tokens/${created.token}`);
      if (hasSchemas) expectValid(validators.tokenResponses, tokens);
      expect(tokens).toEqual([{ service_request_id: created.service_request_id, token: created.token }]);
      await expectErrors(await get('/open311/v2/tokens/unknown-token.json'), 404, /token: no request/);
    });

    it('answers a bad key in XML when asked', async () => {
      const response = await post('/open311/v2/requests.xml', validPothole({ api_key: 'not-a-key' }));
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
      const parsed = xmlParser.parse(await response.text()) as { errors: { error: { code: string; description: string }[] } };
      expect(parsed.errors.error).toHaveLength(1);
      expect(parsed.errors.error[0].code).toBe('403');
      expect(parsed.errors.error[0].description).toMatch(/^api_key: /);
    });

    it('rejects a missing or unknown key with 403', async () => {
      const { api_key: _key, ...withoutKey } = validPothole();
      await expectErrors(await post('/open311/v2/requests.json', withoutKey), 403, /api_key/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ api_key: 'not-a-key' })), 403, /api_key/);
      expect(await testDatabase().deps.db.select().from(inquiries)).toHaveLength(0);
    });

    it('follows the key lifecycle from issue to revocation', async () => {
      const deps = testDatabase().deps;
      const manager = await createAgent(deps, 'Other Manager', 'manager');
      const issued = await issueApiKey(deps, manager, { name: 'Partner' });
      if (issued.kind !== 'issued') throw new Error(issued.message);
      const [before] = await deps.db.select().from(apiKeys).where(eq(apiKeys.id, issued.apiKey.id));
      expect(before.lastUsedAt).toBeNull();
      expect(before.keyHash).not.toContain(issued.key);

      expect((await post('/open311/v2/requests.json', validPothole({ api_key: issued.key }))).status).toBe(200);
      const [used] = await deps.db.select().from(apiKeys).where(eq(apiKeys.id, issued.apiKey.id));
      expect(used.lastUsedAt).toBeInstanceOf(Date);

      expect((await revokeApiKey(deps, manager, issued.apiKey.id)).kind).toBe('revoked');
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ api_key: issued.key })), 403, /api_key/);
      // The other key still works.
      expect((await post('/open311/v2/requests.json', validPothole())).status).toBe(200);
    });

    it('rolls back a request whose key is revoked before it commits', async () => {
      const deps = testDatabase().deps;
      const manager = await createAgent(deps, 'Revoking Manager', 'manager');
      expect((await revokeApiKey(deps, manager, apiKeyId)).kind).toBe('revoked');
      // The key passed the first check; the check in the intake's transaction still rejects it.
      const result = await submitServiceRequest(deps, apiKeyId, validPothole());
      expect(result).toEqual({ kind: 'key_revoked' });
      expect(await deps.db.select().from(inquiries)).toHaveLength(0);
    });

    it('names each invalid field with 400', async () => {
      const { service_code: _code, ...withoutCode } = validPothole();
      await expectErrors(await post('/open311/v2/requests.json', withoutCode), 400, /^service_code: service_code is required/);
      const { lat: _lat, long: _long, ...withoutLocation } = validPothole();
      await expectErrors(await post('/open311/v2/requests.json', withoutLocation), 400, /^lat: a location is required/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ lat: '95' })), 400, /^lat: lat must be a WGS84 decimal degree/);
      await expectErrors(await post('/open311/v2/requests.json', { ...withoutLocation, lat: '35' }), 400, /long: lat and long must be sent together/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ email: 'not-an-address' })), 400, /^email: email must be an e-mail address/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ media_url: 'ftp://x' })), 400, /^media_url:/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ description: 'x'.repeat(4001) })), 400, /^description: description must be at most 4000/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ first_name: 'x'.repeat(101) })), 400, /^first_name: first_name must be at most 100/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ first_name: 'x'.repeat(100), last_name: 'y'.repeat(100) })), 400, /^last_name: first_name and last_name together/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ phone: 'call me' })), 400, /^phone: phone must be a phone number/);
      expect(await testDatabase().deps.db.select().from(inquiries)).toHaveLength(0);
    });

    it('checks attribute answers against the definition', async () => {
      const { 'attribute[SIZE]': _size, ...withoutSize } = validPothole();
      await expectErrors(await post('/open311/v2/requests.json', withoutSize), 400, /^attribute\[SIZE\]: SIZE is required: How big is it\?/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ 'attribute[SIZE]': 'XL' })), 400, /attribute\[SIZE\]: SIZE must be one of S, L, not "XL"/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ 'attribute[DEPTH_CM]': 'deep' })), 400, /attribute\[DEPTH_CM\]: DEPTH_CM must be a number/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ 'attribute[SEEN_AT]': 'yesterday' })), 400, /attribute\[SEEN_AT\]: SEEN_AT must be an ISO 8601 date-time/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ 'attribute[LANES][]': ['N', 'E'] })), 400, /attribute\[LANES\]: .*not allowed: E/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ 'attribute[COLOUR]': 'red' })), 400, /attribute\[COLOUR\]: COLOUR is not an attribute/);
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ 'attribute[NOTE]': 'hi' })), 400, /attribute\[NOTE\]: NOTE is not an attribute/);
      await expectErrors(
        await post('/open311/v2/requests.json', { ...withoutSize, 'attribute[DEPTH_CM]': 'deep' }),
        400,
        /attribute\[SIZE\][\s\S]*attribute\[DEPTH_CM\]/,
      );
      expect(await testDatabase().deps.db.select().from(inquiries)).toHaveLength(0);
    });

    it('stores a datetime answer without offset in the center zone', async () => {
      const id = await createRequest({ 'attribute[SEEN_AT]': '2026-01-15T09:00' });
      const [row] = await testDatabase().deps.db.select().from(inquiries).where(eq(inquiries.reference, id));
      expect(row.attributes?.SEEN_AT).toBe('2026-01-15T09:00:00-07:00');
    });

    it('answers an unknown service with 404', async () => {
      await expectErrors(await post('/open311/v2/requests.json', validPothole({ service_code: 'nope' })), 404, /service_code: no service nope/);
    });

    it('answers a malformed JSON body with 400', async () => {
      const response = await fetch(`${server.url}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"api_key":' });
      await expectErrors(response, 400, /could not be read/);
    });
  });

  describe('GET requests', () => {
    async function phoneInquiry(receivedAt: Date, topicId: string | null = potholeCode) {
      const result = await receiveInquiry(testDatabase().deps, {
        channel: 'email',
        subject: 'Pothole on 4th',
        body: 'Hi, this is Jordan Smith, call me at 505-555-0111',
        contact: { name: 'Jordan Smith', email: 'jordan@example.org', phone: '505-555-0111' },
        topicId,
        receivedAt,
        location: { address: '12 Elm St' },
      });
      if (result.kind !== 'created') throw new Error(JSON.stringify(result));
      return result.inquiry;
    }

    it('returns one request with public notes only', async () => {
      const id = await createRequest({ first_name: 'Rosa', last_name: 'Alvarez', email: 'rosa.alvarez@example.org', phone: '505-555-0199', address_string: '400 Marquette Ave NW', media_url: 'https://photos.example.org/p.jpg' });
      const db = testDatabase().deps.db;
      const [row] = await db.select().from(inquiries).where(eq(inquiries.reference, id));
      await db.insert(inquiryMessages).values([
        { inquiryId: row.id, kind: 'note', body: 'Crew scheduled for Tuesday.', visibility: 'public' },
        { inquiryId: row.id, kind: 'note', body: 'Internal: resident is rude', visibility: 'internal' },
      ]);

      const requests = (await getBoth(`/open311/v2/requests/${id}`)) as Record<string, unknown>[];
      if (hasSchemas) expectValid(validators.requests, requests);
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({
        service_request_id: id,
        status: 'open',
        status_notes: 'Crew scheduled for Tuesday.',
        service_name: 'Pothole',
        service_code: potholeCode,
        description: 'Deep pothole in the right lane',
        agency_responsible: 'Pavement Division',
        service_notice: 'Routed to Pavement Division.',
        expected_datetime: null,
        address: '400 Marquette Ave NW',
        lat: 35.0844,
        long: -106.6504,
        media_url: 'https://photos.example.org/p.jpg',
      });
      expect(requests[0].requested_datetime).toMatch(OFFSET);
      expect(requests[0].updated_datetime).toMatch(OFFSET);

      const text = JSON.stringify(requests) + (await (await get(`/open311/v2/requests/${id}.xml`)).text());
      for (const personal of ['Rosa', 'Alvarez', 'rosa.alvarez', '555-0199', 'rude']) expect(text).not.toContain(personal);
      await expectErrors(await get('/open311/v2/requests/Q-999999.json'), 404, /service_request_id: no request Q-999999/);
    });

    it('hides text and location of other channels', async () => {
      const inquiry = await phoneInquiry(new Date());
      const [request] = (await (await get(`/open311/v2/requests/${inquiry.reference}.json`)).json()) as Record<string, unknown>[];
      if (hasSchemas) expectValid(validators.request, request);
      expect(request).toMatchObject({ service_request_id: inquiry.reference, description: null, address: null, lat: null, long: null });
      const text = JSON.stringify(request);
      for (const personal of ['Jordan', 'jordan@', '555-0111', 'Elm']) expect(text).not.toContain(personal);
    });

    it('leaves out inquiries without a topic', async () => {
      const inquiry = await phoneInquiry(new Date(), null);
      await expectErrors(await get(`/open311/v2/requests/${inquiry.reference}.json`), 404, /no request/);
      expect(await (await get('/open311/v2/requests.json')).json()).toEqual([]);
    });

    it('writes datetimes with the offset of their date', async () => {
      const winter = await phoneInquiry(DateTime.fromISO('2026-01-15T10:00:00', { zone: 'America/Denver' }).toJSDate());
      const summer = await phoneInquiry(DateTime.fromISO('2026-07-15T10:00:00', { zone: 'America/Denver' }).toJSDate());
      const requests = (await (await get(`/open311/v2/requests.json?service_request_id=${winter.reference},${summer.reference}`)).json()) as Record<string, string>[];
      if (hasSchemas) expectValid(validators.requests, requests);
      const byId = new Map(requests.map((request) => [request.service_request_id, request]));
      expect(byId.get(winter.reference)!.requested_datetime).toBe('2026-01-15T10:00:00-07:00');
      expect(byId.get(summer.reference)!.requested_datetime).toBe('2026-07-15T10:00:00-06:00');
    });

    it('applies the default window and the filters', async () => {
      const now = DateTime.now();
      const recent = await phoneInquiry(now.minus({ days: 10 }).toJSDate());
      const old = await phoneInquiry(now.minus({ days: 100 }).toJSDate());
      const closedId = await createRequest();
      const trash = await phoneInquiry(now.minus({ days: 1 }).toJSDate(), trashCode);
      const db = testDatabase().deps.db;
      await db.update(inquiries).set({ status: 'resolved', resolvedAt: new Date() }).where(eq(inquiries.reference, closedId));

      const ids = async (query: string) => {
        const response = await get(`/open311/v2/requests.json${query}`);
        expect(response.status).toBe(200);
        const body = (await response.json()) as { service_request_id: string; status: string }[];
        if (hasSchemas && body.length > 0) expectValid(validators.requests, body);
        return body.map((request) => request.service_request_id);
      };

      // Newest first; the 100-day-old one is outside the default 90 days.
      expect(await ids('')).toEqual([closedId, trash.reference, recent.reference]);
      expect(await ids('?status=closed')).toEqual([closedId]);
      expect(await ids('?status=open')).toEqual([trash.reference, recent.reference]);
      expect(await ids('?status=open,closed')).toEqual([closedId, trash.reference, recent.reference]);
      expect(await ids(`?service_code=${trashCode}`)).toEqual([trash.reference]);
      expect(await ids(`?service_code=${trashCode},${potholeCode}&status=open`)).toEqual([trash.reference, recent.reference]);
      expect(await ids('?service_code=unknown')).toEqual([]);

      const start = encodeURIComponent(now.minus({ days: 120 }).toISO()!);
      const end = encodeURIComponent(now.minus({ days: 50 }).toISO()!);
      expect(await ids(`?start_date=${start}&end_date=${end}`)).toEqual([old.reference]);
      expect(await ids(`?start_date=${start}`)).toEqual([old.reference]);
      expect(await ids(`?end_date=${end}`)).toEqual([old.reference]);
      // service_request_id overrides every other filter, the window included.
      expect(await ids(`?service_request_id=${old.reference},${closedId.toLowerCase()}&status=open`)).toEqual([closedId, old.reference]);

      const [closed] = (await (await get(`/open311/v2/requests/${closedId}.json`)).json()) as Record<string, string>[];
      expect(closed.status).toBe('closed');

      expect(await ids('?page_size=2')).toEqual([closedId, trash.reference]);
      expect(await ids('?page_size=2&page=2')).toEqual([recent.reference]);
      expect(await ids('?page_size=2&page=3')).toEqual([]);
    });

    it('returns the same list in XML', async () => {
      await createRequest({ address_string: 'Corner of 1st & Main <north>' });
      await phoneInquiry(new Date());
      const requests = await getBoth('/open311/v2/requests');
      if (hasSchemas) expectValid(validators.requests, requests);
      expect(requests).toHaveLength(2);
    });

    it('rejects invalid filters with 400', async () => {
      await expectErrors(await get('/open311/v2/requests.json?status=pending'), 400, /^status: status must be open, closed/);
      await expectErrors(await get('/open311/v2/requests.json?start_date=last-week'), 400, /^start_date: start_date must be an ISO 8601 date-time/);
      await expectErrors(await get('/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z'), 400, /^end_date: .*at most 90 days apart/);
      await expectErrors(await get('/open311/v2/requests.json?start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z'), 400, /^end_date: end_date must not be before start_date/);
      await expectErrors(await get('/open311/v2/requests.json?page_size=0'), 400, /^page_size: page_size must be a whole number from 1 to 1000/);
      await expectErrors(await get('/open311/v2/requests.json?page_size=1001'), 400, /^page_size/);
      await expectErrors(await get('/open311/v2/requests.json?page=abc'), 400, /^page: /);
    });
  });

  describe('rate limit', () => {
    it('answers 429 once a key has posted its hourly share', async () => {
      for (let index = 0; index < 20; index += 1) {
        const response = await post('/open311/v2/requests.json', validPothole());
        expect(response.status).toBe(200);
      }
      const limited = await post('/open311/v2/requests.json', validPothole());
      await expectErrors(limited, 429, /may post 20 requests per hour/);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // The limit counts per key: another key may still post.
      const deps = testDatabase().deps;
      const manager = await createAgent(deps, 'Third Manager', 'manager');
      const other = await issueApiKey(deps, manager, { name: 'Other app' });
      if (other.kind !== 'issued') throw new Error(other.message);
      expect((await post('/open311/v2/requests.json', validPothole({ api_key: other.key }))).status).toBe(200);
    });
  });
});
