import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { RunningServer } from '../http/server.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

const reportQuery = `query($from: String!, $to: String!, $bucket: ReportBucket!) {
  report(from: $from, to: $to, bucket: $bucket) {
    bucket
    current {
      period { from to days }
      totalContacts { total series { bucket count } }
      contactsByChannel { key share total }
      phone { abandonRate }
    }
    previous { period { from to } totalContacts { total } }
  }
}`;

const departmentQuery = `query($from: String!, $to: String!, $bucket: ReportBucket!, $departmentId: ID) {
  report(from: $from, to: $to, bucket: $bucket, departmentId: $departmentId) {
    department { id name }
    current {
      totalContacts { total }
      topReasons { label total }
      contactsByProgram { key label total }
      satisfaction { responses averageService serviceDistribution { rating count } series { bucket count } }
      kudos { received approved series { bucket count } byStaff { staffId displayName approved } }
    }
  }
}`;

describe.each(databaseKinds())('report query on %s', (kind) => {
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

  it('returns week buckets to a manager', async () => {
    const receivedAt = DateTime.fromISO('2026-03-15T23:30', { zone: 'America/Denver' }).toJSDate();
    const created = await receiveInquiry(database.deps, { channel: 'email', subject: 'Bulk pickup', receivedAt });
    expect(created.kind).toBe('created');

    const client = await signedIn('manager');
    const response = await client.gql(reportQuery, { from: '2026-03-09', to: '2026-03-22', bucket: 'WEEK' });
    expect(response.errors).toBeUndefined();
    const report = response.data!.report;
    expect(report.bucket).toBe('WEEK');
    expect(report.current.period).toEqual({ from: '2026-03-09', to: '2026-03-22', days: 14 });
    expect(report.current.totalContacts).toEqual({
      total: 1,
      series: [
        { bucket: '2026-03-09', count: 1 },
        { bucket: '2026-03-16', count: 0 },
      ],
    });
    expect(report.current.contactsByChannel).toContainEqual({ key: 'email', share: 1, total: 1 });
    expect(report.current.phone.abandonRate).toBeNull();
    expect(report.previous.period).toEqual({ from: '2026-02-23', to: '2026-03-08' });
    expect(report.previous.totalContacts.total).toBe(0);
  });

  it('limits the report to a department', async () => {
    const parks = await createTopic(database.deps, 'Park bench', 'Parks');
    const roads = await createTopic(database.deps, 'Pothole', 'Road and Bridge');
    const receivedAt = DateTime.fromISO('2026-03-10T09:00', { zone: 'America/Denver' }).toJSDate();
    await receiveInquiry(database.deps, { channel: 'web', subject: 'Bench', topicId: parks.topic.id, receivedAt });
    await receiveInquiry(database.deps, { channel: 'web', subject: 'Hole', topicId: roads.topic.id, receivedAt });

    const client = await signedIn('manager');
    const response = await client.gql(departmentQuery, { from: '2026-03-09', to: '2026-03-22', bucket: 'WEEK', departmentId: parks.department.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.report.department).toEqual({ id: parks.department.id, name: 'Parks' });
    expect(response.data!.report.current.totalContacts.total).toBe(1);
    expect(response.data!.report.current.topReasons).toEqual([{ label: 'Park bench', total: 1 }]);
    expect(response.data!.report.current.satisfaction.serviceDistribution.map((entry: { rating: number }) => entry.rating)).toEqual([4, 3, 2, 1]);

    const whole = await client.gql(departmentQuery, { from: '2026-03-09', to: '2026-03-22', bucket: 'WEEK' });
    expect(whole.data!.report.department).toBeNull();
    expect(whole.data!.report.current.totalContacts.total).toBe(2);
  });

  it('names an unknown departmentId', async () => {
    const client = await signedIn('manager');
    const response = await client.gql(departmentQuery, { from: '2026-03-09', to: '2026-03-22', bucket: 'WEEK', departmentId: 'parks' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('departmentId');
  });

  it('rejects an agent', async () => {
    const client = await signedIn('agent');
    const response = await client.gql(reportQuery, { from: '2026-03-09', to: '2026-03-22', bucket: 'DAY' });
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('names the invalid date', async () => {
    const client = await signedIn('manager');
    const response = await client.gql(reportQuery, { from: '2026-03-09', to: 'yesterday', bucket: 'DAY' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('to must be a date');
  });
});
