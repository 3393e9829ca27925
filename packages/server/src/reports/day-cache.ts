import { sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { CoreDeps } from '../core/deps.js';
import type { Queryable } from '../db/client.js';
import type { Period } from './period.js';
import { selectRows } from './query.js';

/**
 * The report cache. A report over a year reads hundreds of thousands of
 * inquiries; most of them belong to days that no longer change. For every
 * local day (in the center's zone) that ended at least CACHE_MIN_AGE_DAYS ago,
 * the aggregates the metrics need are computed once and kept in the
 * report_day_* tables. Reports read those rows for cached days and compute the
 * same aggregates from the inquiries for the other days (the last few days,
 * and days changed since they were cached), so both paths give the same
 * numbers.
 *
 * Triggers (migration 0011) bump report_day_versions for the dates around
 * the time of every inquiry or phone call that is inserted, changed in a
 * reported column or deleted. A cached day is used only while its stored
 * version equals the current one, so a change is never hidden: the day is
 * recomputed by the next report. The version is read before the aggregates
 * are computed, so a change that commits meanwhile leaves the day stale
 * rather than wrong.
 */

/** Days that ended less than this many days ago are always computed from the inquiries. The triggers skip the last two days. */
export const CACHE_MIN_AGE_DAYS = 3;

/** Bins of the duration histograms grow by this factor: each is 5 % wider than the one before. */
export const DURATION_BIN_GROWTH = 1.05;

export type LocalDay = { day: string; start: Date; end: Date };

export type DaySplit = {
  zone: string;
  /** Days read from the cache. */
  cachedDays: string[];
  /** Instant ranges [start, end) computed from the inquiries and calls. */
  rawRanges: { start: Date; end: Date }[];
};

/** Lists the local days of a period in `zone`, with their start and end instants. */
export function localDays(period: Period, zone: string): LocalDay[] {
  const days: LocalDay[] = [];
  const last = DateTime.fromISO(period.to, { zone });
  for (let cursor = DateTime.fromISO(period.from, { zone }).startOf('day'); cursor <= last; cursor = cursor.plus({ days: 1 })) {
    days.push({ day: cursor.toISODate()!, start: cursor.toJSDate(), end: cursor.plus({ days: 1 }).startOf('day').toJSDate() });
  }
  return days;
}

/** Merges days into ranges of consecutive days. */
function toRanges(days: LocalDay[]): { start: Date; end: Date }[] {
  const ranges: { start: Date; end: Date }[] = [];
  for (const day of days) {
    const last = ranges.at(-1);
    if (last && last.end.getTime() === day.start.getTime()) last.end = day.end;
    else ranges.push({ start: day.start, end: day.end });
  }
  return ranges;
}

/** Formats dates as a PostgreSQL array literal, for `= any(…::date[])`. */
export function dateArray(days: readonly string[]): string {
  return `{${days.join(',')}}`;
}

/**
 * Builds the condition that a date column is one of `days` (sorted), as ranges
 * of consecutive dates, because a few range checks per row cost much less than
 * a lookup in an array of hundreds. Returns false for no days.
 */
export function inDays(column: SQL, days: readonly string[]): SQL {
  const ranges: [string, string][] = [];
  for (const day of days) {
    const last = ranges.at(-1);
    if (last && DateTime.fromISO(last[1]).plus({ days: 1 }).toISODate() === day) last[1] = day;
    else ranges.push([day, day]);
  }
  if (ranges.length === 0) return sql`false`;
  const parts = ranges.map(([first, last]) => sql`(${column} between ${first}::date and ${last}::date)`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Builds the condition that an instant falls in one of the ranges, or false for none. */
export function inRanges(instant: SQL, ranges: readonly { start: Date; end: Date }[]): SQL {
  if (ranges.length === 0) return sql`false`;
  const parts = ranges.map((range) => sql`(${instant} >= ${range.start.toISOString()}::timestamptz and ${instant} < ${range.end.toISOString()}::timestamptz)`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Builds the local date of an instant in `zone`. Used only on a few days' rows or while filling the cache. */
function localDate(zone: string, instant: SQL): SQL {
  return sql`((${instant}) at time zone ${zone})::date`;
}

/** Inquiries resolved at first contact; see firstContactResolution in metrics.ts. */
export function resolvedAtFirstContact(alias: string): SQL {
  const inquiry = sql.raw(alias);
  return sql`${inquiry}.status = 'resolved' and ${inquiry}.reopen_count = 0
    and (${inquiry}.channel not in ('phone', 'walk_in') or (${inquiry}.logged_by_id is not null and ${inquiry}.resolved_by_id = ${inquiry}.logged_by_id))`;
}

/**
 * Per local day, department and channel: contacts, resolved, resolved at first
 * contact and transfers of the inquiries matching `condition` (on alias i).
 */
export function channelRows(zone: string, condition: SQL): SQL {
  return sql`select ${localDate(zone, sql`i.created_at`)} as day, i.department_id, i.channel,
                    count(*)::int as contacts,
                    count(*) filter (where i.status = 'resolved')::int as resolved,
                    count(*) filter (where ${resolvedAtFirstContact('i')})::int as first_contact,
                    coalesce(sum(i.transfer_count), 0)::int as transfers
             from inquiries i where ${condition}
             group by 1, 2, 3`;
}

/** Per local day, department and topic: the contacts of the inquiries matching `condition`. */
export function topicRows(zone: string, condition: SQL): SQL {
  return sql`select ${localDate(zone, sql`i.created_at`)} as day, i.department_id, i.topic_id, count(*)::int as contacts
             from inquiries i where ${condition}
             group by 1, 2, 3`;
}

/**
 * The department keys given to rows: '*' (the whole center), a department id,
 * or 'all' for both the center and each row's department ('-' for none).
 */
export type DepartmentKeys = 'all' | '*' | { departmentId: string };

/** Joins each row to its department keys (column k.department_key). */
function departmentKeys(keys: DepartmentKeys, departmentId: SQL): SQL {
  if (keys === 'all') return sql`cross join lateral (values ('*'), (coalesce(${departmentId}::text, '-'))) k(department_key)`;
  return sql`cross join lateral (values (${keys === '*' ? '*' : keys.departmentId}::text)) k(department_key)`;
}

/** Builds the histogram bin of a duration in seconds: 0 below one second, then bins DURATION_BIN_GROWTH times wider each. */
export function binExpression(seconds: SQL): SQL {
  return sql`case when ${seconds} < 1 then 0 else 1 + floor(ln(${seconds}) / ln(${DURATION_BIN_GROWTH}::float8))::int end`;
}

/**
 * Per local day, department key, metric and bin: the count, smallest and largest of the
 * resolution and first-response times of the inquiries matching `condition`.
 * The durations are those of resolutionTime and firstResponseTime in metrics.ts.
 * `keys` picks the department keys (see DepartmentKeys).
 */
export function durationRows(zone: string, condition: SQL, keys: DepartmentKeys, measurable: SQL, respondedAt: SQL): SQL {
  return sql`select d.day, k.department_key, d.metric, ${binExpression(sql`d.seconds`)} as bin,
                    count(*)::int as count, min(d.seconds)::float8 as min_seconds, max(d.seconds)::float8 as max_seconds
             from (
               select ${localDate(zone, sql`i.created_at`)} as day, i.department_id, 'resolution' as metric,
                      greatest(0, extract(epoch from i.resolved_at - i.created_at))::float8 as seconds
               from inquiries i
               where ${condition} and i.status = 'resolved' and i.resolved_at is not null and ${measurable}
               union all
               select ${localDate(zone, sql`i.created_at`)}, i.department_id, 'first_response',
                      greatest(0, extract(epoch from ${respondedAt} - i.created_at))::float8
               from inquiries i
               where ${condition} and ${measurable} and ${respondedAt} is not null
             ) d ${departmentKeys(keys, sql`d.department_id`)}
             group by 1, 2, 3, 4`;
}

/**
 * Per local day, department key and staff member: inquiries logged (by
 * created_at, matching `created`) and inquiries now resolved by them (by
 * resolved_at, matching `resolved`). Both conditions are on alias i; `keys`
 * is as in durationRows.
 */
export function staffRows(zone: string, created: SQL, resolved: SQL, keys: DepartmentKeys): SQL {
  return sql`select w.day, k.department_key, w.staff_id, sum(w.logged)::int as logged, sum(w.resolved)::int as resolved from (
               select ${localDate(zone, sql`i.created_at`)} as day, i.department_id, i.logged_by_id as staff_id, 1 as logged, 0 as resolved
               from inquiries i where i.logged_by_id is not null and ${created}
               union all
               select ${localDate(zone, sql`i.resolved_at`)}, i.department_id, i.resolved_by_id, 0, 1
               from inquiries i where i.status = 'resolved' and i.resolved_by_id is not null and ${resolved}
             ) w ${departmentKeys(keys, sql`w.department_id`)}
             group by 1, 2, 3`;
}

/** Per local day and department of the linked inquiry: the phone calls offered in the ranges matched by `condition` (on alias c). */
export function phoneRows(zone: string, condition: SQL): SQL {
  return sql`select ${localDate(zone, sql`c.offered_at`)} as day, q.department_id,
                    count(*)::int as offered,
                    count(*) filter (where c.answered_at is not null)::int as answered,
                    count(*) filter (where c.answered_at is null and c.outcome = 'abandoned')::int as abandoned,
                    count(*) filter (where c.answered_at is null and c.outcome = 'short_hangup')::int as short_hangups,
                    coalesce(sum(c.talk_seconds) filter (where c.answered_at is not null), 0)::float8 as talk_seconds,
                    count(c.talk_seconds) filter (where c.answered_at is not null)::int as talk_count,
                    coalesce(sum(c.wait_seconds) filter (where c.answered_at is not null), 0)::float8 as wait_seconds,
                    count(c.wait_seconds) filter (where c.answered_at is not null)::int as wait_count
             from phone_calls c left join inquiries q on q.id = c.inquiry_id
             where ${condition}
             group by 1, 2`;
}

export type CacheOptions = {
  /** Off: every day is computed from the inquiries (tests compare both paths). */
  enabled: boolean;
  /** The current time, which decides which days are old enough to cache. */
  now: Date;
  measurable: SQL;
  respondedAt: SQL;
};

/**
 * Decides which days of the period come from the cache, filling the cache
 * first for old days that are missing or stale, and returns the split.
 */
export async function splitDays(deps: CoreDeps, period: Period, options: CacheOptions): Promise<DaySplit> {
  const zone = deps.centerTimeZone;
  const days = localDays(period, zone);
  if (!options.enabled) return { zone, cachedDays: [], rawRanges: toRanges(days) };

  const cutoff = options.now.getTime() - CACHE_MIN_AGE_DAYS * 24 * 3600_000;
  const cacheable = days.filter((day) => day.end.getTime() <= cutoff);
  const valid = new Set<string>();
  if (cacheable.length > 0) {
    const rows = await selectRows<{ day: string }>(
      deps.db,
      sql`select c.day::text as day from report_cached_days c
          left join report_day_versions v on v.day = c.day
          where c.zone = ${zone} and c.day = any(${dateArray(cacheable.map((day) => day.day))}::date[])
            and c.version = coalesce(v.version, 0)`,
    );
    for (const row of rows) valid.add(row.day);
  }
  const missing = cacheable.filter((day) => !valid.has(day.day));
  if (missing.length > 0) await fillDays(deps, zone, missing, options);

  const cachedDays = cacheable.map((day) => day.day);
  const cachedSet = new Set(cachedDays);
  return { zone, cachedDays, rawRanges: toRanges(days.filter((day) => !cachedSet.has(day.day))) };
}

/**
 * Computes and stores the aggregates of `days` in one transaction. One fill
 * runs at a time (an advisory lock), so two reports, or two processes, never
 * interleave their rows for a day.
 */
async function fillDays(deps: CoreDeps, zone: string, days: LocalDay[], options: CacheOptions): Promise<void> {
  const list = dateArray(days.map((day) => day.day));
  const ranges = toRanges(days);
  const inquiriesIn = inRanges(sql`i.created_at`, ranges);
  await deps.db.transaction(async (tx: Queryable) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4311011)`);
    // The versions are read before the aggregates: a change committed after this read leaves the day stale, not wrong.
    const versions = await selectRows<{ day: string; version: number }>(
      tx,
      sql`select d.day::text as day, coalesce(v.version, 0)::bigint as version
          from unnest(${list}::date[]) d(day) left join report_day_versions v on v.day = d.day`,
    );
    for (const table of ['report_day_channels', 'report_day_topics', 'report_day_durations', 'report_day_staff', 'report_day_phone']) {
      await tx.execute(sql`delete from ${sql.identifier(table)} where zone = ${zone} and day = any(${list}::date[])`);
    }
    await tx.execute(
      sql`insert into report_day_channels (zone, day, department_id, channel, contacts, resolved, first_contact, transfers)
          select ${zone}, r.day, r.department_id, r.channel, r.contacts, r.resolved, r.first_contact, r.transfers
          from (${channelRows(zone, inquiriesIn)}) r where r.day = any(${list}::date[])`,
    );
    await tx.execute(
      sql`insert into report_day_topics (zone, day, department_id, topic_id, contacts)
          select ${zone}, r.day, r.department_id, r.topic_id, r.contacts
          from (${topicRows(zone, inquiriesIn)}) r where r.day = any(${list}::date[])`,
    );
    await tx.execute(
      sql`insert into report_day_durations (zone, day, department_key, metric, bin, count, min_seconds, max_seconds)
          select ${zone}, r.day, r.department_key, r.metric, r.bin, r.count, r.min_seconds, r.max_seconds
          from (${durationRows(zone, inquiriesIn, 'all', options.measurable, options.respondedAt)}) r where r.day = any(${list}::date[])`,
    );
    await tx.execute(
      sql`insert into report_day_staff (zone, day, department_key, staff_id, logged, resolved)
          select ${zone}, r.day, r.department_key, r.staff_id, r.logged, r.resolved
          from (${staffRows(zone, inquiriesIn, inRanges(sql`i.resolved_at`, ranges), 'all')}) r where r.day = any(${list}::date[])`,
    );
    await tx.execute(
      sql`insert into report_day_phone (zone, day, department_id, offered, answered, abandoned, short_hangups, talk_seconds, talk_count, wait_seconds, wait_count)
          select ${zone}, r.day, r.department_id, r.offered, r.answered, r.abandoned, r.short_hangups, r.talk_seconds, r.talk_count, r.wait_seconds, r.wait_count
          from (${phoneRows(zone, inRanges(sql`c.offered_at`, ranges))}) r where r.day = any(${list}::date[])`,
    );
    const dayList = versions.map((row) => row.day);
    const versionList = versions.map((row) => Number(row.version));
    await tx.execute(
      sql`insert into report_cached_days (zone, day, version)
          select ${zone}, d.day, d.version from unnest(${dateArray(dayList)}::date[], ${`{${versionList.join(',')}}`}::bigint[]) d(day, version)
          on conflict (zone, day) do update set version = excluded.version, computed_at = now()`,
    );
    // Fresh statistics let the planner aggregate the cached rows by hashing; before autovacuum's first
    // pass it would guess two rows per table and sort.
    await tx.execute(sql`analyze report_day_channels, report_day_topics, report_day_durations, report_day_staff, report_day_phone, report_cached_days`);
  });
  deps.log.debug({ days: days.length, first: days[0]?.day, last: days.at(-1)?.day }, 'report cache filled');
}

export type HistogramBin = { bin: number; count: number; minSeconds: number; maxSeconds: number };

/**
 * Estimates a percentile (percentile_cont: linear interpolation between the
 * two nearest ranks) from histogram bins. The values in a bin are taken as
 * evenly spaced from its smallest to its largest value. So a bin with one or
 * two values, or with equal values, gives them exactly, and any estimate is
 * within one bin width (5 %) of the exact percentile. Returns null without values.
 */
export function percentileFromBins(bins: readonly HistogramBin[], fraction: number): number | null {
  const sorted = [...bins].filter((bin) => bin.count > 0).sort((a, b) => a.bin - b.bin);
  const total = sorted.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number): number => {
    let before = 0;
    for (const bin of sorted) {
      if (rank < before + bin.count) {
        if (bin.count === 1) return bin.minSeconds;
        return bin.minSeconds + ((bin.maxSeconds - bin.minSeconds) * (rank - before)) / (bin.count - 1);
      }
      before += bin.count;
    }
    throw new Error(`rank ${rank} is outside the histogram of ${total} values`);
  };
  const position = fraction * (total - 1);
  const lowerRank = Math.floor(position);
  const upperRank = Math.ceil(position);
  const low = valueAt(lowerRank);
  return lowerRank === upperRank ? low : low + (position - lowerRank) * (valueAt(upperRank) - low);
}

/** Adds up bins of the same number (from several days or departments). */
export function mergeBins(bins: readonly HistogramBin[]): HistogramBin[] {
  const merged = new Map<number, HistogramBin>();
  for (const bin of bins) {
    const found = merged.get(bin.bin);
    if (!found) merged.set(bin.bin, { ...bin });
    else {
      found.count += bin.count;
      found.minSeconds = Math.min(found.minSeconds, bin.minSeconds);
      found.maxSeconds = Math.max(found.maxSeconds, bin.maxSeconds);
    }
  }
  return [...merged.values()];
}
