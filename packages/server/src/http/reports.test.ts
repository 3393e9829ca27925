import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { surveyResponses } from '../db/schema.js';
import { createProgram, setTopicProgram } from '../directory/service.js';
import { receiveInquiry, type IntakeInput } from '../inquiries/intake.js';
import { routeInquiry } from '../inquiries/service.js';
import type { Actor } from '../core/deps.js';
import { contactCsvPages } from '../reports/export.js';
import { parsePeriod } from '../reports/period.js';
import type { RunningServer } from './server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

function local(text: string): Date {
  return DateTime.fromISO(text, { zone: 'America/Denver' }).toJSDate();
}

describe.each(databaseKinds())('report CSV downloads on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
  });

  async function signedIn(role: 'agent' | 'manager') {
    const staff = await createAgent(database.deps, role === 'manager' ? 'Morgan Manager' : 'Avery Agent', role);
    const client = new TestClient(server.url);
    await client.signIn(staff.email, TEST_PASSWORD);
    return client;
  }

  function download(client: TestClient | undefined, path: string) {
    return fetch(`${server.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  }

  async function receive(input: Partial<IntakeInput>, actor?: Actor) {
    const result = await receiveInquiry(database.deps, { channel: 'web', subject: 'Question', ...input }, actor);
    if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
    return result.inquiry;
  }

  function rowsOf(text: string): Record<string, string>[] {
    return parse(text, { columns: true }) as Record<string, string>[];
  }

  it('rejects anonymous and agent downloads', async () => {
    const query = '?from=2026-03-01&to=2026-03-31&bucket=day';
    for (const path of ['/reports/report.csv', '/reports/contacts.csv']) {
      const anonymous = await download(undefined, path + query);
      expect(anonymous.status).toBe(401);
      const agent = await download(await signedIn('agent'), path + query);
      expect(agent.status).toBe(403);
      expect(((await agent.json()) as { error: string }).error).toContain('managers');
    }
  });

  it('names an invalid parameter', async () => {
    const manager = await signedIn('manager');
    const cases: [path: string, field: string][] = [
      ['/reports/report.csv?from=March&to=2026-03-31&bucket=day', 'from'],
      ['/reports/report.csv?to=2026-03-31&bucket=day', 'from'],
      ['/reports/report.csv?from=2026-03-01&to=2026-02-01&bucket=day', 'to'],
      ['/reports/report.csv?from=2026-03-01&to=2026-03-31&bucket=year', 'bucket'],
      ['/reports/report.csv?from=2026-03-01&to=2026-03-31&bucket=day&department=nope', 'department'],
      ['/reports/contacts.csv?from=2026-13-01&to=2026-03-31', 'from'],
      ['/reports/contacts.csv?from=2026-03-01&to=2026-03-31&department=00000000-0000-4000-8000-000000000000', 'department'],
    ];
    for (const [path, field] of cases) {
      const response = await download(manager, path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: string; field: string };
      expect(body.field, path).toBe(field);
      expect(body.error, path).toContain(field);
    }
  });

  it('exports the report as tidy rows', async () => {
    const pothole = await createTopic(database.deps, 'Pothole', 'Road and Bridge');
    await receive({ topicId: pothole.topic.id, receivedAt: local('2026-03-02T09:00') });
    await receive({ topicId: pothole.topic.id, receivedAt: local('2026-03-03T09:00') });
    await receive({ channel: 'email', receivedAt: local('2026-03-03T10:00') });
    await receive({ receivedAt: local('2026-02-27T10:00') });

    const response = await download(await signedIn('manager'), '/reports/report.csv?from=2026-03-01&to=2026-03-07&bucket=DAY');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=civic-desk-report-2026-03-01-to-2026-03-07.csv');
    const rows = rowsOf(await response.text());
    const value = (period: string, metric: string, measure: string, bucket: string, key = '') =>
      rows.find((row) => row.period === period && row.metric === metric && row.measure === measure && row.bucket === bucket && row.key === key)?.value;

    expect(value('current', 'totalContacts', 'count', '')).toBe('3');
    expect(value('current', 'totalContacts', 'count', '2026-03-03')).toBe('2');
    expect(value('previous', 'totalContacts', 'count', '')).toBe('1');
    expect(value('current', 'range', 'from', '')).toBe('2026-03-01');
    expect(value('previous', 'range', 'to', '')).toBe('2026-02-28');
    expect(value('current', 'contactsByTopic', 'count', '', pothole.topic.id)).toBe('2');
    expect(Number(value('current', 'topReasons', 'share', '', pothole.topic.id))).toBeCloseTo(2 / 3, 10);
    expect(value('current', 'contactsByChannel', 'count', '2026-03-03', 'email')).toBe('1');
    expect(value('current', 'satisfaction', 'serviceRating', '', '4')).toBe('0');
    // One row per day bucket and one for the range, for each period.
    expect(rows.filter((row) => row.metric === 'totalContacts')).toHaveLength(16);
  });

  it('exports one contacts row per inquiry', async () => {
    const agent = await createAgent(database.deps, 'Alex Agent');
    const formula = await createTopic(database.deps, '=HYPERLINK("http://evil.example","Click")', 'Parks');
    const pothole = await createTopic(database.deps, 'Pothole', 'Road and Bridge');
    const program = await createProgram(database.deps.db, { name: 'Road Care', departmentId: pothole.department.id });
    if ('kind' in program) throw new Error(program.message);
    await setTopicProgram(database.deps.db, pothole.topic.id, program.id);

    const resident = { name: 'Dana Privatename', email: 'dana.private@example.org', phone: '505-555-0199', address: '12 Secret Lane' };
    const web = await receive({ topicId: formula.topic.id, receivedAt: local('2026-03-02T23:30'), contact: resident, subject: 'Secret subject', body: 'Secret body' });
    const phone = await receive({ channel: 'phone', topicId: pothole.topic.id, receivedAt: local('2026-03-03T09:00'), contact: resident }, agent);
    await routeInquiry(database.deps, agent, web.id, web.version, { topicId: pothole.topic.id });
    await database.deps.db.insert(surveyResponses).values({ inquiryId: phone.id, serviceRating: 3, courtesyRating: 4, source: 'email' });
    await receive({
      channel: 'phone',
      receivedAt: local('2026-03-04T12:00'),
      resolvedAt: local('2026-03-04T12:00'),
      resolutionNote: 'Imported',
      source: { system: 'boulder-crm-2017', id: '7' },
      attributes: { enteredVia: 'iPhone' },
    });
    await receive({ receivedAt: local('2026-03-08T09:00') });

    const response = await download(await signedIn('manager'), '/reports/contacts.csv?from=2026-03-01&to=2026-03-07');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=civic-desk-contacts-2026-03-01-to-2026-03-07.csv');
    const text = await response.text();
    const rows = rowsOf(text);
    expect(rows.map((row) => row.reference)).toEqual([web.reference, phone.reference, expect.stringMatching(/^Q-/)]);

    for (const secret of ['Privatename', 'dana.private', '555-0199', 'Secret']) expect(text).not.toContain(secret);

    const [webRow, phoneRow, importedRow] = rows;
    expect(webRow.created_at_local).toBe('2026-03-02 23:30:00');
    expect(webRow.created_at).toBe(local('2026-03-02T23:30').toISOString());
    expect(webRow.topic).toBe('Pothole');
    expect(webRow.department).toBe('Road and Bridge');
    expect(webRow.transfers).toBe('1');
    expect(phoneRow.program).toBe('Road Care');
    expect(phoneRow.claimed_by).toBe('Alex Agent');
    expect(phoneRow.first_response_seconds).toBe('0');
    expect(phoneRow.survey_service_rating).toBe('3');
    expect(phoneRow.survey_courtesy_rating).toBe('4');
    expect(importedRow.entered_via).toBe('iPhone');
    expect(importedRow.status).toBe('resolved');
    expect(importedRow.resolution_seconds).toBe('');
    expect(importedRow.first_response_seconds).toBe('');
  });

  it('escapes a formula topic name', async () => {
    const formula = await createTopic(database.deps, '=HYPERLINK("http://evil.example","Click")', 'Parks');
    await receive({ topicId: formula.topic.id, receivedAt: local('2026-03-02T09:00') });
    const manager = await signedIn('manager');

    const contacts = rowsOf(await (await download(manager, '/reports/contacts.csv?from=2026-03-01&to=2026-03-07')).text());
    expect(contacts[0].topic).toBe(`'=HYPERLINK("http://evil.example","Click")`);

    const report = rowsOf(await (await download(manager, '/reports/report.csv?from=2026-03-01&to=2026-03-07&bucket=week')).text());
    const labels = report.filter((row) => row.metric === 'contactsByTopic').map((row) => row.label);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toBe(`'=HYPERLINK("http://evil.example","Click")`);
  });

  it('limits contacts to one department', async () => {
    const parks = await createTopic(database.deps, 'Park bench', 'Parks');
    const roads = await createTopic(database.deps, 'Pothole', 'Road and Bridge');
    const parksInquiry = await receive({ topicId: parks.topic.id, receivedAt: local('2026-03-02T09:00') });
    await receive({ topicId: roads.topic.id, receivedAt: local('2026-03-02T09:00') });

    const response = await download(await signedIn('manager'), `/reports/contacts.csv?from=2026-03-01&to=2026-03-07&department=${parks.department.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=civic-desk-contacts-2026-03-01-to-2026-03-07-parks.csv');
    expect(rowsOf(await response.text()).map((row) => row.reference)).toEqual([parksInquiry.reference]);
  });

  it('pages contacts by created_at and id', async () => {
    // Five inquiries at the same instant and two more: pages of two must neither skip nor repeat a row.
    const sameTime = local('2026-03-02T09:00');
    const expected: string[] = [];
    for (let i = 0; i < 5; i += 1) expected.push((await receive({ receivedAt: sameTime })).reference);
    expected.push((await receive({ receivedAt: local('2026-03-03T09:00') })).reference);
    expected.push((await receive({ receivedAt: local('2026-03-03T09:00') })).reference);

    const parsed = parsePeriod('2026-03-01', '2026-03-07', 'America/Denver');
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    const pages: string[][] = [];
    for await (const page of contactCsvPages(database.deps, { period: parsed.period, pageSize: 2 })) pages.push(page.map((row) => String(row[0])));
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat()).toEqual(expected);
  });
});
