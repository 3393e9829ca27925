import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../core/deps.js';
import { kudos, phoneCalls, surveyResponses } from '../db/schema.js';
import { createProgram, setTopicProgram } from '../directory/service.js';
import { BOULDER_2017_SOURCE_SYSTEM } from '../import/boulder-2017.js';
import { receiveInquiry, type IntakeInput } from '../inquiries/intake.js';
import { addNote, claimInquiry, resolveInquiry, routeInquiry } from '../inquiries/service.js';
import { applyTelephonyEvent } from '../phone/service.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import {
  contactsByProgram,
  firstResponseTime,
  kudosMetrics,
  resolutionTime,
  satisfaction,
  topReasons,
  type CountSeries,
  type MetricScope,
} from './metrics.js';
import { parsePeriod, type Bucket } from './period.js';
import { buildReport } from './report.js';

function sumOf(metric: CountSeries): number {
  return metric.series.reduce((sum, entry) => sum + entry.count, 0);
}

/** Converts a local time in the test center's zone (America/Denver) to an instant. */
function local(text: string): Date {
  return DateTime.fromISO(text, { zone: 'America/Denver' }).toJSDate();
}

describe.each(databaseKinds())('report breakdowns on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  const deps = () => testDatabase().deps;

  function scope(from: string, to: string, bucket: Bucket = 'day', departmentId?: string): MetricScope {
    const parsed = parsePeriod(from, to, deps().centerTimeZone);
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    return { deps: deps(), period: parsed.period, bucket, departmentId };
  }

  async function receive(input: Partial<IntakeInput>, actor?: Actor) {
    const result = await receiveInquiry(deps(), { channel: 'web', subject: 'Question', receivedAt: local('2026-03-02T09:00'), ...input }, actor);
    if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
    return result.inquiry;
  }

  async function program(name: string, departmentId: string) {
    const created = await createProgram(deps().db, { name, departmentId });
    if ('kind' in created) throw new Error(created.message);
    return created;
  }

  it('lists the ten largest topics as top reasons', async () => {
    // Topic n gets n contacts, so topics 3..12 are the top ten, largest first.
    for (let n = 1; n <= 12; n += 1) {
      const { topic } = await createTopic(deps(), `Topic ${String(n).padStart(2, '0')}`, 'Public Works');
      for (let i = 0; i < n; i += 1) await receive({ topicId: topic.id });
    }
    for (let i = 0; i < 20; i += 1) await receive({});
    const total = 78 + 20;

    const reasons = await topReasons(scope('2026-03-01', '2026-03-07'));
    expect(reasons).toHaveLength(10);
    expect(reasons.map((entry) => entry.label)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((n) => `Topic ${String(n).padStart(2, '0')}`));
    expect(reasons.some((entry) => entry.key === null)).toBe(false);
    expect(reasons[0].total).toBe(12);
    expect(reasons[0].share).toBeCloseTo(12 / total, 10);
    for (const entry of reasons) expect(entry.total).toBe(sumOf(entry));
  });

  it('groups contacts by the topic program', async () => {
    const trees = await createTopic(deps(), 'Dead tree', 'Forestry');
    const brush = await createTopic(deps(), 'Brush pickup', 'Forestry');
    const pothole = await createTopic(deps(), 'Pothole', 'Road and Bridge');
    const wildfire = await program('Wildfire Mitigation', trees.department.id);
    for (const topicId of [trees.topic.id, brush.topic.id]) {
      const result = await setTopicProgram(deps().db, topicId, wildfire.id);
      if ('kind' in result) throw new Error(result.message);
    }
    await receive({ topicId: trees.topic.id });
    await receive({ topicId: brush.topic.id });
    await receive({ topicId: brush.topic.id, receivedAt: local('2026-03-03T09:00') });
    await receive({ topicId: pothole.topic.id });
    await receive({});

    const programs = await contactsByProgram(scope('2026-03-01', '2026-03-07'));
    expect(programs.map((entry) => [entry.key, entry.label, entry.total])).toEqual([
      [wildfire.id, 'Wildfire Mitigation', 3],
      [null, 'No program', 2],
    ]);
    expect(programs[0].share).toBeCloseTo(3 / 5, 10);
    expect(programs[0].series.find((entry) => entry.bucket === '2026-03-03')?.count).toBe(1);
    for (const entry of programs) expect(entry.total).toBe(sumOf(entry));
  });

  it('averages satisfaction ratings', async () => {
    const ratings: [service: number, courtesy: number, at: string][] = [
      [4, 4, '2026-03-02T10:00'],
      [4, 3, '2026-03-02T11:00'],
      [2, 3, '2026-03-03T10:00'],
      [1, 4, '2026-03-04T23:30'],
      // Received after the range: not counted, although its inquiry is in it.
      [1, 1, '2026-03-08T00:30'],
    ];
    for (const [service, courtesy, at] of ratings) {
      const inquiry = await receive({});
      await deps().db.insert(surveyResponses).values({ inquiryId: inquiry.id, serviceRating: service, courtesyRating: courtesy, source: 'email', createdAt: local(at) });
    }

    const result = await satisfaction(scope('2026-03-01', '2026-03-07'));
    expect(result.responses).toBe(4);
    expect(result.averageService).toBeCloseTo(11 / 4, 10);
    expect(result.averageCourtesy).toBeCloseTo(14 / 4, 10);
    expect(result.serviceDistribution).toEqual([
      { rating: 4, count: 2 },
      { rating: 3, count: 0 },
      { rating: 2, count: 1 },
      { rating: 1, count: 1 },
    ]);
    expect(result.courtesyDistribution).toEqual([
      { rating: 4, count: 2 },
      { rating: 3, count: 2 },
      { rating: 2, count: 0 },
      { rating: 1, count: 0 },
    ]);
    expect(result.series.find((entry) => entry.bucket === '2026-03-02')?.count).toBe(2);
    expect(result.series.find((entry) => entry.bucket === '2026-03-04')?.count).toBe(1);
    expect(result.total).toBe(sumOf(result));
  });

  it('reports no satisfaction averages without responses', async () => {
    const result = await satisfaction(scope('2026-03-01', '2026-03-07'));
    expect(result.responses).toBe(0);
    expect(result.averageService).toBeNull();
    expect(result.averageCourtesy).toBeNull();
    expect(result.serviceDistribution.map((entry) => entry.rating)).toEqual([4, 3, 2, 1]);
  });

  it('counts received and approved kudos', async () => {
    const alex = await createAgent(deps(), 'Alex');
    const blair = await createAgent(deps(), 'Blair');
    const sent = (status: 'pending' | 'approved' | 'declined', staffId: string | null, at: string) =>
      deps().db.insert(kudos).values({ source: 'public', status, employeeName: 'Someone', staffId, message: 'Thank you', createdAt: local(at) });
    await sent('approved', blair.id, '2026-03-02T09:00');
    await sent('approved', blair.id, '2026-03-03T09:00');
    await sent('approved', alex.id, '2026-03-03T10:00');
    await sent('approved', null, '2026-03-04T10:00');
    await sent('pending', alex.id, '2026-03-04T11:00');
    await sent('declined', alex.id, '2026-03-05T11:00');
    await sent('approved', alex.id, '2026-02-27T11:00');

    const result = await kudosMetrics(scope('2026-03-01', '2026-03-07'));
    expect(result.received).toBe(6);
    expect(result.approved).toBe(4);
    expect(result.total).toBe(sumOf(result));
    expect(result.series.find((entry) => entry.bucket === '2026-03-03')?.count).toBe(2);
    expect(result.byStaff).toEqual([
      { staffId: blair.id, displayName: 'Blair', approved: 2 },
      { staffId: alex.id, displayName: 'Alex', approved: 1 },
    ]);
  });

  it('leaves imported Boulder rows out of times', async () => {
    const agent = await createAgent(deps());
    const receivedAt = local('2026-03-02T12:00');
    await receive({ receivedAt, resolvedAt: receivedAt, resolutionNote: 'Imported', source: { system: BOULDER_2017_SOURCE_SYSTEM, id: '1' } });
    await receive({ receivedAt, resolvedAt: new Date(receivedAt.getTime() + 3600_000), resolutionNote: 'Done', source: { system: 'other-crm', id: '1' } });
    await receive({ channel: 'phone', receivedAt }, agent);

    const resolution = await resolutionTime(scope('2026-03-01', '2026-03-07'));
    expect(resolution.count).toBe(1);
    expect(resolution.medianSeconds).toBe(3600);
    const firstResponse = await firstResponseTime(scope('2026-03-01', '2026-03-07'));
    expect(firstResponse.count).toBe(1);
  });

  it('filters every metric in the department view', async () => {
    const agent = await createAgent(deps(), 'Alex');
    const manager = await createAgent(deps(), 'Morgan', 'manager');
    const roads = await createTopic(deps(), 'Pothole', 'Road and Bridge');
    const parks = await createTopic(deps(), 'Park bench', 'Parks');
    const parksProgram = await program('Park Care', parks.department.id);
    await setTopicProgram(deps().db, parks.topic.id, parksProgram.id);
    const roadsProgram = await program('Road Care', roads.department.id);
    await setTopicProgram(deps().db, roads.topic.id, roadsProgram.id);
    const receivedAt = local('2026-03-10T09:00');

    // In Parks: a phone call logged by Alex and resolved by him, and a web inquiry Morgan claims and notes on.
    const parksCall = await receive({ channel: 'phone', topicId: parks.topic.id, receivedAt }, agent);
    await resolveInquiry(deps(), agent, parksCall.id, parksCall.version, 'Answered on the call');
    const parksWeb = await receive({ topicId: parks.topic.id, receivedAt, contact: { email: 'dana@example.org' } });
    await claimInquiry(deps(), manager, parksWeb.id, parksWeb.version);
    await addNote(deps(), manager, parksWeb.id, 'Checked the bench');
    await receive({ topicId: parks.topic.id, receivedAt: local('2026-03-11T09:00'), contact: { email: 'dana@example.org' } });

    // In Road and Bridge: a call, a transfer, a survey response, kudos and work that must not count for Parks.
    const roadsCall = await receive({ channel: 'phone', topicId: roads.topic.id, receivedAt }, manager);
    await resolveInquiry(deps(), manager, roadsCall.id, roadsCall.version, 'Answered');
    const transferred = await receive({ topicId: parks.topic.id, receivedAt });
    await routeInquiry(deps(), agent, transferred.id, transferred.version, { topicId: roads.topic.id });
    await receive({ topicId: roads.topic.id, receivedAt, contact: { email: 'dana@example.org' } });

    const callAt = DateTime.fromJSDate(receivedAt).toISO()!;
    for (const [callId, inquiryId] of [
      ['parks-call', parksCall.id],
      ['roads-call', roadsCall.id],
    ] as const) {
      const offered = await applyTelephonyEvent(deps(), { type: 'call.offered', callId, at: callAt });
      if (offered.kind !== 'ok') throw new Error(JSON.stringify(offered));
      await applyTelephonyEvent(deps(), { type: 'call.answered', callId, at: callAt, extension: '201' });
      await deps().db.update(phoneCalls).set({ inquiryId }).where(eq(phoneCalls.externalId, callId));
    }
    await applyTelephonyEvent(deps(), { type: 'call.offered', callId: 'unlinked', at: callAt });

    await deps().db.insert(surveyResponses).values([
      { inquiryId: parksCall.id, serviceRating: 4, courtesyRating: 4, source: 'email', createdAt: receivedAt },
      { inquiryId: roadsCall.id, serviceRating: 1, courtesyRating: 1, source: 'email', createdAt: receivedAt },
    ]);
    await deps().db.insert(kudos).values([
      { source: 'survey', status: 'approved', employeeName: 'Alex', staffId: agent.id, message: 'Kind', inquiryId: parksCall.id, createdAt: receivedAt },
      { source: 'survey', status: 'approved', employeeName: 'Morgan', staffId: manager.id, message: 'Fast', inquiryId: roadsCall.id, createdAt: receivedAt },
      { source: 'public', status: 'approved', employeeName: 'Morgan', staffId: manager.id, message: 'Nice', createdAt: receivedAt },
    ]);

    const today = DateTime.now().setZone('America/Denver').toISODate()!;
    const from = '2026-03-09';
    const to = today > '2026-03-15' ? today : '2026-03-15';
    const whole = await buildReport(deps(), { from, to, bucket: 'month' });
    const report = await buildReport(deps(), { from, to, bucket: 'month', departmentId: parks.department.id });
    if (report.kind !== 'ok' || whole.kind !== 'ok') throw new Error('report failed');
    const parksView = report.current;

    expect(whole.current.totalContacts.total).toBe(6);
    expect(report.department?.id).toBe(parks.department.id);
    expect(parksView.totalContacts.total).toBe(3);
    expect(parksView.contactsByDepartment.map((entry) => [entry.label, entry.total])).toEqual([['Parks', 3]]);
    expect(parksView.contactsByTopic.map((entry) => [entry.label, entry.total])).toEqual([['Park bench', 3]]);
    expect(parksView.topReasons.map((entry) => entry.label)).toEqual(['Park bench']);
    expect(parksView.contactsByProgram.map((entry) => [entry.label, entry.total])).toEqual([['Park Care', 3]]);
    expect(parksView.contactsByChannel.find((entry) => entry.key === 'phone')?.total).toBe(1);
    expect(parksView.resolved.total).toBe(1);
    expect(parksView.resolutionTime.count).toBe(1);
    expect(parksView.firstResponseTime.count).toBe(2);
    expect(parksView.firstContactResolution.total).toBe(1);
    expect(whole.current.transfers.total).toBe(1);
    expect(parksView.transfers.total).toBe(0);
    expect(whole.current.repeatContacts.total).toBe(2);
    expect(parksView.repeatContacts.total).toBe(1);
    expect(parksView.workloadPerAgent).toEqual([
      { staffId: agent.id, displayName: 'Alex', claimed: 1, resolved: 1 },
      { staffId: manager.id, displayName: 'Morgan', claimed: 1, resolved: 0 },
    ]);
    expect(whole.current.phone.offered).toBe(3);
    expect(parksView.phone.offered).toBe(1);
    expect(parksView.phone.answered).toBe(1);
    expect(whole.current.satisfaction.responses).toBe(2);
    expect(parksView.satisfaction.responses).toBe(1);
    expect(parksView.satisfaction.averageService).toBe(4);
    expect(whole.current.kudos.received).toBe(3);
    expect(parksView.kudos.received).toBe(1);
    expect(parksView.kudos.byStaff).toEqual([{ staffId: agent.id, displayName: 'Alex', approved: 1 }]);
  });

  it('names an unknown departmentId', async () => {
    for (const departmentId of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const report = await buildReport(deps(), { from: '2026-03-09', to: '2026-03-15', bucket: 'day', departmentId });
      expect(report).toMatchObject({ kind: 'invalid_input', field: 'departmentId' });
      if (report.kind === 'invalid_input') expect(report.message).toContain('departmentId');
    }
  });
});
