import { describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { inquiries } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { receiveInquiry, type IntakeInput } from '../inquiries/intake.js';
import { claimInquiry, reopenInquiry, resolveInquiry, routeInquiry } from '../inquiries/service.js';
import type { Actor } from '../core/deps.js';
import { localDays, percentileFromBins, type HistogramBin } from './day-cache.js';
import type { MetricScope } from './metrics.js';
import { parsePeriod, type Bucket } from './period.js';
import { computeMetrics } from './report.js';
import { selectRows } from './query.js';

/** percentile_cont over plain numbers, as PostgreSQL computes it. */
function exactPercentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
}

/** Puts values into bins as the cache does: 0 below one second, then bins 5 % wider each. */
function toBins(values: number[]): HistogramBin[] {
  const bins = new Map<number, HistogramBin>();
  for (const value of values) {
    const bin = value < 1 ? 0 : 1 + Math.floor(Math.log(value) / Math.log(1.05));
    const found = bins.get(bin) ?? { bin, count: 0, minSeconds: value, maxSeconds: value };
    found.count += 1;
    found.minSeconds = Math.min(found.minSeconds, value);
    found.maxSeconds = Math.max(found.maxSeconds, value);
    bins.set(bin, found);
  }
  return [...bins.values()];
}

describe('percentiles from histogram bins', () => {
  it('are exact when no bin holds more than two distinct values', () => {
    const values = [0, 0, 60, 600, 3600, 3600, 7200, 86_400];
    for (const fraction of [0.5, 0.9]) expect(percentileFromBins(toBins(values), fraction)).toBeCloseTo(exactPercentile(values, fraction), 9);
    expect(percentileFromBins([], 0.5)).toBeNull();
  });

  it('stay within 5 % of the exact value on many spread values', () => {
    // A fixed pseudo-random sequence, so the case is the same on every run.
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const values = Array.from({ length: 20_000 }, () => Math.round(60 * Math.exp(next() * 9)));
    for (const fraction of [0.5, 0.9]) {
      const exact = exactPercentile(values, fraction);
      const estimate = percentileFromBins(toBins(values), fraction)!;
      expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.05);
    }
  });
});

describe.each(databaseKinds())('report cache on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  const deps = () => testDatabase().deps;
  const zone = 'America/Denver';

  function local(text: string): Date {
    return DateTime.fromISO(text, { zone }).toJSDate();
  }

  function scope(from: string, to: string, bucket: Bucket, options: { cache: boolean; departmentId?: string }): MetricScope {
    const parsed = parsePeriod(from, to, zone);
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    return { deps: deps(), period: parsed.period, bucket, cache: options.cache, departmentId: options.departmentId };
  }

  async function receive(input: Partial<IntakeInput>, actor?: Actor) {
    const result = await receiveInquiry(deps(), { channel: 'web', subject: 'Pothole on Elm St', ...input }, actor);
    if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
    return result.inquiry;
  }

  /** Every metric of a scope through the cache and from the inquiries alone; they must be equal. */
  async function expectSameBothWays(from: string, to: string, bucket: Bucket, departmentId?: string) {
    const cached = await computeMetrics(scope(from, to, bucket, { cache: true, departmentId }));
    const raw = await computeMetrics(scope(from, to, bucket, { cache: false, departmentId }));
    expect(cached).toEqual(raw);
    return cached;
  }

  async function cachedDays(): Promise<string[]> {
    const rows = await selectRows<{ day: string }>(deps().db, sql`select day::text as day from report_cached_days where zone = ${zone} order by day`);
    return rows.map((row) => row.day);
  }

  it('gives the same report from the cache as from the inquiries, and follows later changes', async () => {
    const agent = await createAgent(deps());
    const other = await createAgent(deps(), 'Other agent');
    const pothole = await createTopic(deps(), 'Pothole', 'Pavement Division');
    const parks = await createTopic(deps(), 'Park bench', 'Parks');
    const resident = { name: 'Ana Ruiz', email: 'ana@example.org' };
    // Old days across a month boundary, repeat contacts, staff-logged calls, resolutions and a transfer.
    const created = [];
    for (const [index, day] of ['2026-02-26', '2026-02-27', '2026-03-01', '2026-03-02', '2026-03-03'].entries()) {
      const receivedAt = local(`${day}T0${index + 1}:15`);
      created.push(await receive({ topicId: index % 2 === 0 ? pothole.topic.id : parks.topic.id, contact: resident, receivedAt }));
      created.push(
        await receive(
          { channel: 'phone', topicId: pothole.topic.id, receivedAt, resolvedAt: new Date(receivedAt.getTime() + (index + 1) * 1_800_000), resolutionNote: 'Told them' },
          agent,
        ),
      );
    }
    // Today: never cached.
    created.push(await receive({ topicId: parks.topic.id, contact: resident }));

    const claimed = await claimInquiry(deps(), other, created[0].id, created[0].version);
    if (claimed.kind !== 'ok') throw new Error(claimed.kind);
    const routed = await routeInquiry(deps(), other, created[0].id, claimed.inquiry.version, { topicId: parks.topic.id });
    if (routed.kind !== 'ok') throw new Error(routed.kind);

    const today = DateTime.now().setZone(zone).toISODate()!;
    const before = await expectSameBothWays('2026-02-20', today, 'month');
    await expectSameBothWays('2026-02-20', today, 'week', parks.department.id);
    const days = await cachedDays();
    expect(days).toContain('2026-03-02');
    expect(days).not.toContain(today);
    expect(before.totalContacts.total).toBe(11);
    expect(before.repeatContacts.total).toBe(5);

    // A change to an old day's inquiry after it was cached: resolved now, then reopened.
    const resolved = await resolveInquiry(deps(), other, created[2].id, created[2].version, 'Fixed');
    if (resolved.kind !== 'ok') throw new Error(resolved.kind);
    const after = await expectSameBothWays('2026-02-20', today, 'month');
    expect(after.resolved.total).toBe(before.resolved.total + 1);
    const reopened = await reopenInquiry(deps(), other, created[2].id, resolved.inquiry.version, 'Not fixed');
    if (reopened.kind !== 'ok') throw new Error(reopened.kind);
    const again = await expectSameBothWays('2026-02-20', today, 'month');
    expect(again.resolved.total).toBe(before.resolved.total);

    // An imported inquiry dated on a cached day, and a deleted one.
    await receive({ channel: 'email', receivedAt: local('2026-03-02T12:00'), contact: resident, source: { system: 'import', id: 'row-1' } });
    await deps().db.delete(inquiries).where(eq(inquiries.id, created[4].id));
    const last = await expectSameBothWays('2026-02-20', today, 'day');
    expect(last.totalContacts.total).toBe(11);
    await expectSameBothWays('2026-02-20', today, 'day', pothole.department.id);
  });

  it('points each inquiry at the previous one of the same contact, whatever the order of insertion', async () => {
    const resident = { name: 'Ben Ode', email: 'ben@example.org' };
    const pothole = await createTopic(deps(), 'Pothole', 'Pavement Division');
    for (const day of ['2026-03-05', '2026-03-01', '2026-03-03', '2026-03-02']) {
      await receive({ receivedAt: local(`${day}T10:00`), contact: resident, topicId: day === '2026-03-02' ? pothole.topic.id : undefined });
    }
    const rows = await deps()
      .db.select({ createdAt: inquiries.createdAt, previous: inquiries.previousContactAt, previousInDepartment: inquiries.previousDepartmentContactAt })
      .from(inquiries)
      .orderBy(asc(inquiries.createdAt));
    expect(rows.map((row) => row.previous?.toISOString() ?? null)).toEqual([null, ...rows.slice(0, -1).map((row) => row.createdAt.toISOString())]);
    // The inquiry of March 2 is the pothole department's only one; the others have no department.
    expect(rows.map((row) => row.previousInDepartment?.toISOString() ?? null)).toEqual([
      null,
      null,
      rows[0].createdAt.toISOString(),
      rows[2].createdAt.toISOString(),
    ]);
  });

  it('lists the local days of a period across a daylight-saving change', () => {
    const parsed = parsePeriod('2026-03-07', '2026-03-09', zone);
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    const days = localDays(parsed.period, zone);
    expect(days.map((day) => day.day)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    // March 8 has 23 hours in Denver.
    expect((days[1].end.getTime() - days[1].start.getTime()) / 3_600_000).toBe(23);
  });
});
