import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../core/deps.js';
import { events, inquiryMessages } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { receiveInquiry, type IntakeInput } from '../inquiries/intake.js';
import { addNote, claimInquiry, reopenInquiry, resolveInquiry, routeInquiry } from '../inquiries/service.js';
import { applyTelephonyEvent } from '../phone/service.js';
import {
  contactsByChannel,
  contactsByDepartment,
  contactsByTopic,
  firstContactResolution,
  firstResponseTime,
  phoneMetrics,
  repeatContacts,
  resolutionTime,
  resolvedContacts,
  totalContacts,
  transfers,
  workloadPerAgent,
  type CountSeries,
  type KeyedCount,
  type MetricScope,
} from './metrics.js';
import { parsePeriod, type Bucket } from './period.js';
import { buildReport } from './report.js';

const HOUR = 3600;

function sumOf(metric: CountSeries): number {
  return metric.series.reduce((sum, entry) => sum + entry.count, 0);
}

describe.each(databaseKinds())('report metrics on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  const deps = () => testDatabase().deps;

  function scope(from: string, to: string, bucket: Bucket = 'day'): MetricScope {
    const parsed = parsePeriod(from, to, deps().centerTimeZone);
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    return { deps: deps(), period: parsed.period, bucket };
  }

  async function receive(input: Partial<IntakeInput> & { receivedAt?: Date }, actor?: Actor) {
    const result = await receiveInquiry(deps(), { channel: 'web', subject: 'Pothole on Elm St', ...input }, actor);
    if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
    return result.inquiry;
  }

  /** Converts a local time in the test center's zone (America/Denver) to an instant. */
  function local(text: string): Date {
    return DateTime.fromISO(text, { zone: 'America/Denver' }).toJSDate();
  }

  it('counts 23:30 on March 31 in March', async () => {
    await receive({ receivedAt: local('2026-03-31T23:30') });
    await receive({ receivedAt: local('2026-04-01T00:30') });

    const months = await totalContacts(scope('2026-03-01', '2026-04-30', 'month'));
    expect(months.series).toEqual([
      { bucket: '2026-03-01', count: 1 },
      { bucket: '2026-04-01', count: 1 },
    ]);
    expect(months.total).toBe(sumOf(months));

    const march = await totalContacts(scope('2026-03-01', '2026-03-31', 'day'));
    expect(march.total).toBe(1);
    expect(march.series.at(-1)).toEqual({ bucket: '2026-03-31', count: 1 });
  });

  it('starts week buckets on Monday', async () => {
    await receive({ receivedAt: local('2026-03-15T23:30') });
    await receive({ receivedAt: local('2026-03-16T00:10') });
    await receive({ receivedAt: local('2026-03-22T12:00') });

    const weeks = await totalContacts(scope('2026-03-09', '2026-03-22', 'week'));
    expect(weeks.series).toEqual([
      { bucket: '2026-03-09', count: 1 },
      { bucket: '2026-03-16', count: 2 },
    ]);
    expect(weeks.total).toBe(3);
    expect(weeks.total).toBe(sumOf(weeks));
  });

  it('splits contacts by channel with shares', async () => {
    const agent = await createAgent(deps());
    await receive({ channel: 'phone', receivedAt: local('2026-03-02T09:00') }, agent);
    await receive({ channel: 'phone', receivedAt: local('2026-03-03T09:00') }, agent);
    await receive({ channel: 'web', receivedAt: local('2026-03-03T10:00') });
    await receive({ channel: 'email', receivedAt: local('2026-03-04T10:00') });

    const channels = await contactsByChannel(scope('2026-03-01', '2026-03-07'));
    const byKey: Record<string, KeyedCount> = Object.fromEntries(channels.map((entry) => [entry.key, entry]));
    expect(channels.map((entry) => entry.key)).toEqual(['phone', 'walk_in', 'email', 'web']);
    expect(byKey.phone.total).toBe(2);
    expect(byKey.phone.share).toBe(0.5);
    expect(byKey.web.share).toBe(0.25);
    expect(byKey.email.share).toBe(0.25);
    expect(byKey.walk_in.total).toBe(0);
    expect(byKey.walk_in.share).toBe(0);
    for (const entry of channels) expect(entry.total).toBe(sumOf(entry));
    expect(byKey.phone.series.find((entry) => entry.bucket === '2026-03-03')?.count).toBe(1);
  });

  it('splits contacts by topic and department', async () => {
    const pothole = await createTopic(deps(), 'Pothole', 'Pavement Division');
    const parks = await createTopic(deps(), 'Park bench', 'Parks');
    await receive({ topicId: pothole.topic.id, receivedAt: local('2026-03-02T09:00') });
    await receive({ topicId: pothole.topic.id, receivedAt: local('2026-03-02T10:00') });
    await receive({ topicId: parks.topic.id, receivedAt: local('2026-03-03T09:00') });
    await receive({ receivedAt: local('2026-03-03T11:00') });

    const topics = await contactsByTopic(scope('2026-03-01', '2026-03-07'));
    expect(topics.map((entry) => [entry.label, entry.total])).toEqual([
      ['Pothole', 2],
      ['Park bench', 1],
      ['Unassigned', 1],
    ]);
    expect(topics[0].key).toBe(pothole.topic.id);
    expect(topics[2].key).toBeNull();
    expect(topics[0].share).toBe(0.5);

    const departments = await contactsByDepartment(scope('2026-03-01', '2026-03-07'));
    expect(departments.map((entry) => [entry.label, entry.total])).toEqual([
      ['Pavement Division', 2],
      ['Parks', 1],
      ['Unassigned', 1],
    ]);
    for (const entry of departments) expect(entry.total).toBe(sumOf(entry));
  });

  it('counts resolve, reopen, resolve once', async () => {
    const agent = await createAgent(deps());
    const inquiry = await receive({ receivedAt: local('2026-03-02T09:00') });
    let current = await claimInquiry(deps(), agent, inquiry.id, inquiry.version);
    if (current.kind !== 'ok') throw new Error(current.kind);
    current = await resolveInquiry(deps(), agent, inquiry.id, current.inquiry.version, 'Filled on Monday');
    if (current.kind !== 'ok') throw new Error(current.kind);
    current = await reopenInquiry(deps(), agent, inquiry.id, current.inquiry.version, 'It is back');
    if (current.kind !== 'ok') throw new Error(current.kind);
    current = await resolveInquiry(deps(), agent, inquiry.id, current.inquiry.version, 'Filled again');
    if (current.kind !== 'ok') throw new Error(current.kind);

    const resolvedEvents = await deps().db.select().from(events).where(sql`${events.inquiryId} = ${inquiry.id} and ${events.type} = 'resolved'`);
    expect(resolvedEvents).toHaveLength(2);

    const resolved = await resolvedContacts(scope('2026-03-01', '2026-03-07'));
    expect(resolved.total).toBe(1);
    expect(resolved.total).toBe(sumOf(resolved));

    const times = await resolutionTime(scope('2026-03-01', '2026-03-07'));
    expect(times.count).toBe(1);
  });

  it('leaves a reopened open inquiry unresolved', async () => {
    const manager = await createAgent(deps(), 'Manager', 'manager');
    const inquiry = await receive({ receivedAt: local('2026-03-02T09:00') });
    const resolved = await resolveInquiry(deps(), manager, inquiry.id, inquiry.version, 'Answered');
    if (resolved.kind !== 'ok') throw new Error(resolved.kind);
    await reopenInquiry(deps(), manager, inquiry.id, resolved.inquiry.version);

    expect((await resolvedContacts(scope('2026-03-01', '2026-03-07'))).total).toBe(0);
  });

  it('computes median and 90th percentile resolution time', async () => {
    const hours = [1, 2, 3, 10];
    for (const [index, duration] of hours.entries()) {
      const receivedAt = local(`2026-03-0${index + 2}T09:00`);
      await receive({ receivedAt, resolvedAt: new Date(receivedAt.getTime() + duration * HOUR * 1000), resolutionNote: 'Done' });
    }
    await receive({ receivedAt: local('2026-03-02T10:00') });

    const times = await resolutionTime(scope('2026-03-01', '2026-03-07'));
    expect(times.count).toBe(4);
    expect(times.medianSeconds).toBe(2.5 * HOUR);
    // percentile_cont(0.9) of 1, 2, 3, 10 h: 3 h + 0.7 × 7 h.
    expect(times.p90Seconds).toBeCloseTo(7.9 * HOUR, 6);
    expect(times.series.find((entry) => entry.bucket === '2026-03-05')?.medianSeconds).toBe(10 * HOUR);
    expect(times.series.find((entry) => entry.bucket === '2026-03-07')).toEqual({ bucket: '2026-03-07', count: 0, medianSeconds: null, p90Seconds: null });
  });

  it('measures first response from notes, claims and staff intake', async () => {
    const agent = await createAgent(deps());
    const receivedAt = local('2026-03-02T09:00');

    const noted = await receive({ receivedAt });
    await addNote(deps(), agent, noted.id, 'Called the resident back');
    await deps().db.update(inquiryMessages).set({ createdAt: new Date(receivedAt.getTime() + 600_000) }).where(sql`${inquiryMessages.inquiryId} = ${noted.id} and ${inquiryMessages.kind} = 'note'`);

    const claimed = await receive({ receivedAt });
    await claimInquiry(deps(), agent, claimed.id, claimed.version);
    await deps().db.update(events).set({ createdAt: new Date(receivedAt.getTime() + 1_800_000) }).where(eq(events.inquiryId, claimed.id));

    await receive({ channel: 'phone', receivedAt }, agent);
    await receive({ receivedAt });

    const times = await firstResponseTime(scope('2026-03-01', '2026-03-07'));
    expect(times.count).toBe(3);
    expect(times.medianSeconds).toBe(600);
    // percentile_cont(0.9) of 0, 600, 1800 s: 600 + 0.8 × 1200.
    expect(times.p90Seconds).toBeCloseTo(1560, 6);
  });

  it('counts first-contact resolution', async () => {
    const logger = await createAgent(deps(), 'Logger');
    const manager = await createAgent(deps(), 'Manager', 'manager');
    const receivedAt = local('2026-03-02T09:00');

    const own = await receive({ channel: 'phone', receivedAt }, logger);
    await resolveInquiry(deps(), logger, own.id, own.version, 'Answered on the call');

    const other = await receive({ channel: 'walk_in', receivedAt }, logger);
    await resolveInquiry(deps(), manager, other.id, other.version, 'Answered later');

    const web = await receive({ receivedAt });
    await resolveInquiry(deps(), manager, web.id, web.version, 'Answered');

    const reopened = await receive({ receivedAt });
    let step = await resolveInquiry(deps(), manager, reopened.id, reopened.version, 'Answered');
    if (step.kind !== 'ok') throw new Error(step.kind);
    step = await reopenInquiry(deps(), manager, reopened.id, step.inquiry.version);
    if (step.kind !== 'ok') throw new Error(step.kind);
    await resolveInquiry(deps(), manager, reopened.id, step.inquiry.version, 'Answered again');

    await receive({ receivedAt });

    const result = await firstContactResolution(scope('2026-03-01', '2026-03-07'));
    expect(result.total).toBe(2);
    expect(result.total).toBe(sumOf(result));
    expect(result.share).toBeCloseTo(2 / 5, 10);
  });

  it('counts transfers per inquiry', async () => {
    const agent = await createAgent(deps());
    const pothole = await createTopic(deps(), 'Pothole', 'Pavement Division');
    const parks = await createTopic(deps(), 'Park bench', 'Parks');
    const routed = await receive({ receivedAt: local('2026-03-02T09:00'), topicId: pothole.topic.id });
    let step = await routeInquiry(deps(), agent, routed.id, routed.version, { topicId: parks.topic.id });
    if (step.kind !== 'ok') throw new Error(step.kind);
    step = await routeInquiry(deps(), agent, routed.id, step.inquiry.version, { topicId: pothole.topic.id });
    if (step.kind !== 'ok') throw new Error(step.kind);
    await receive({ receivedAt: local('2026-03-03T09:00'), topicId: pothole.topic.id });

    const result = await transfers(scope('2026-03-01', '2026-03-07'));
    expect(result.total).toBe(2);
    expect(result.total).toBe(sumOf(result));
    expect(result.perInquiry).toBe(1);
    expect(result.series.find((entry) => entry.bucket === '2026-03-02')?.count).toBe(2);
  });

  it('counts repeat contacts by the same resident', async () => {
    const resident = { name: 'Dana Example', email: 'dana@example.org' };
    await receive({ receivedAt: local('2026-03-02T09:00'), contact: resident });
    await receive({ receivedAt: local('2026-03-03T09:00'), contact: resident });
    await receive({ receivedAt: local('2026-03-04T09:00'), contact: resident });
    await receive({ receivedAt: local('2026-03-04T10:00'), contact: { email: 'lee@example.org' } });
    // An earlier contact outside the range does not make the first one in it a repeat.
    await receive({ receivedAt: local('2026-02-20T09:00'), contact: { email: 'lee@example.org' } });
    await receive({ receivedAt: local('2026-03-04T11:00') });

    const result = await repeatContacts(scope('2026-03-01', '2026-03-07'));
    expect(result.total).toBe(2);
    expect(result.total).toBe(sumOf(result));
    expect(result.residents).toBe(1);
    expect(result.series.find((entry) => entry.bucket === '2026-03-02')?.count).toBe(0);
    expect(result.series.find((entry) => entry.bucket === '2026-03-03')?.count).toBe(1);
  });

  it('counts workload per agent', async () => {
    const alex = await createAgent(deps(), 'Alex');
    const blair = await createAgent(deps(), 'Blair');
    await receive({ channel: 'phone' }, alex);
    const web = await receive({});
    const claimed = await claimInquiry(deps(), blair, web.id, web.version);
    if (claimed.kind !== 'ok') throw new Error(claimed.kind);
    let step = await resolveInquiry(deps(), blair, web.id, claimed.inquiry.version, 'Answered');
    if (step.kind !== 'ok') throw new Error(step.kind);
    step = await reopenInquiry(deps(), blair, web.id, step.inquiry.version);
    if (step.kind !== 'ok') throw new Error(step.kind);
    await resolveInquiry(deps(), blair, web.id, step.inquiry.version, 'Answered again');

    const today = DateTime.now().setZone(deps().centerTimeZone).toISODate()!;
    const workload = await workloadPerAgent(scope(today, today));
    expect(workload).toEqual([
      { staffId: alex.id, displayName: 'Alex', claimed: 1, resolved: 0 },
      { staffId: blair.id, displayName: 'Blair', claimed: 1, resolved: 1 },
    ]);
  });

  it('separates abandoned calls from short hang-ups', async () => {
    const start = DateTime.fromISO('2026-03-10T09:00:00', { zone: 'America/Denver' });
    const at = (seconds: number) => start.plus({ seconds }).toISO()!;
    const send = async (body: Record<string, unknown>) => {
      const result = await applyTelephonyEvent(deps(), body);
      if (result.kind !== 'ok') throw new Error(`telephony event failed: ${JSON.stringify(result)}`);
    };

    await send({ type: 'call.offered', callId: 'short', at: at(0) });
    await send({ type: 'call.abandoned', callId: 'short', at: at(19) });
    await send({ type: 'call.offered', callId: 'abandoned', at: at(0) });
    await send({ type: 'call.abandoned', callId: 'abandoned', at: at(20) });
    await send({ type: 'call.offered', callId: 'answered-1', at: at(0) });
    await send({ type: 'call.answered', callId: 'answered-1', at: at(30), extension: '201' });
    await send({ type: 'call.ended', callId: 'answered-1', at: at(130) });
    await send({ type: 'call.offered', callId: 'answered-2', at: at(0) });
    await send({ type: 'call.answered', callId: 'answered-2', at: at(10), extension: '202' });
    await send({ type: 'call.ended', callId: 'answered-2', at: at(60) });

    const phone = await phoneMetrics(scope('2026-03-09', '2026-03-15', 'week'));
    expect(phone.offered).toBe(4);
    expect(phone.answered).toBe(2);
    expect(phone.abandoned).toBe(1);
    expect(phone.shortHangups).toBe(1);
    expect(phone.abandonRate).toBeCloseTo(1 / 3, 10);
    expect(phone.averageTalkSeconds).toBe(75);
    expect(phone.averageWaitSeconds).toBe(20);
    expect(phone.series).toEqual([{ bucket: '2026-03-09', offered: 4, answered: 2, abandoned: 1, shortHangups: 1 }]);
  });

  it('reports no abandon rate without calls', async () => {
    const phone = await phoneMetrics(scope('2026-03-09', '2026-03-15'));
    expect(phone.abandonRate).toBeNull();
    expect(phone.averageTalkSeconds).toBeNull();
  });

  it('compares with the previous period', async () => {
    await receive({ receivedAt: local('2026-03-05T09:00') });
    await receive({ receivedAt: local('2026-03-06T09:00') });
    await receive({ receivedAt: local('2026-03-10T09:00') });

    const report = await buildReport(deps(), { from: '2026-03-09', to: '2026-03-15', bucket: 'day' });
    if (report.kind !== 'ok') throw new Error(report.message);
    expect(report.current.totalContacts.total).toBe(1);
    expect(report.previous.period.from).toBe('2026-03-02');
    expect(report.previous.period.to).toBe('2026-03-08');
    expect(report.previous.totalContacts.total).toBe(2);
    expect(report.previous.totalContacts.series).toHaveLength(7);
  });

  it('rejects an unknown bucket', async () => {
    const report = await buildReport(deps(), { from: '2026-03-09', to: '2026-03-15', bucket: 'year' });
    expect(report).toMatchObject({ kind: 'invalid_input', field: 'bucket' });
  });
});
