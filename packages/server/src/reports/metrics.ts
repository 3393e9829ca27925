import { sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { CoreDeps } from '../core/deps.js';
import { BOULDER_2017_SOURCE_SYSTEM } from '../import/boulder-2017.js';
import {
  channelRows,
  dateArray,
  durationRows,
  inDays,
  inRanges,
  mergeBins,
  percentileFromBins,
  phoneRows,
  splitDays,
  staffRows,
  topicRows,
  type DaySplit,
  type DepartmentKeys,
  type HistogramBin,
} from './day-cache.js';
import { listBuckets, type Bucket, type Period } from './period.js';
import { selectRows } from './query.js';

/**
 * Every report metric, defined once. A metric covers the inquiries created in
 * the period (created_at in [period.start, period.end)) and puts each one in
 * the bucket of its created_at in the center's zone, unless its definition
 * names another time. The definitions are listed in docs/reports.md.
 */

export type BucketCount = { bucket: string; count: number };
export type CountSeries = { series: BucketCount[]; total: number };
export type KeyedCount = CountSeries & { key: string | null; label: string; share: number };

export type DurationStats = {
  /** Number of inquiries measured. */
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
};
export type DurationSeries = DurationStats & { series: (DurationStats & { bucket: string })[] };

/**
 * The arguments every metric takes. With `departmentId` (the department view)
 * every metric covers only inquiries whose department_id is that department,
 * and the work, calls, survey responses and kudos linked to them.
 */
export type MetricScope = {
  deps: CoreDeps;
  period: Period;
  bucket: Bucket;
  departmentId?: string;
  /** Whether old days come from the report cache (day-cache.ts); on unless false. */
  cache?: boolean;
  /** The current time, which decides the days old enough to cache; now unless given. */
  now?: Date;
};

/** Returns the promise `compute` gives for a scope, computed once per scope object and shared by the metrics of that scope. */
function oncePerScope<T>(cache: WeakMap<MetricScope, Promise<T>>, scope: MetricScope, compute: () => Promise<T>): Promise<T> {
  let found = cache.get(scope);
  if (!found) {
    found = compute();
    cache.set(scope, found);
  }
  return found;
}

const splits = new WeakMap<MetricScope, Promise<DaySplit>>();

/**
 * Splits the scope's period into cached days and ranges computed from the
 * inquiries, filling the cache where needed. Metrics of one scope share one split.
 */
function daySplit(scope: MetricScope): Promise<DaySplit> {
  return oncePerScope(splits, scope, () =>
    splitDays(scope.deps, scope.period, {
      enabled: scope.cache !== false,
      now: scope.now ?? new Date(),
      measurable: hasMeasurableTimes('i'),
      respondedAt: firstResponseAtExpression('i'),
    }),
  );
}

/** Builds the bucket label of a local date column: the label of the last bucket starting on or before it. */
function bucketOfDay(scope: MetricScope, day: SQL): SQL {
  const labels = listBuckets(scope.period, scope.bucket, scope.deps.centerTimeZone);
  return sql`(${dateArray(labels)}::text[])[width_bucket(${day}, ${dateArray(labels)}::date[])]`;
}

/** Returns the department key of the scope's rows in report_day_durations and report_day_staff. */
function departmentKey(scope: MetricScope): string {
  return scope.departmentId ?? '*';
}

function departmentKeysOf(scope: MetricScope): DepartmentKeys {
  return scope.departmentId === undefined ? '*' : { departmentId: scope.departmentId };
}

/** Builds the department view's condition on a cached row's department_id column, or nothing. */
function cachedDepartment(scope: MetricScope): SQL {
  if (scope.departmentId === undefined) return sql``;
  return sql`and department_id = ${scope.departmentId}::uuid`;
}

/**
 * Rows (day, department_id, channel, contacts, resolved, first_contact,
 * transfers) of the scope: cached days from report_day_channels, the rest
 * from the inquiries, with the same definitions.
 */
async function channelFacts(scope: MetricScope): Promise<SQL> {
  const split = await daySplit(scope);
  return sql`select day, department_id, channel, contacts, resolved, first_contact, transfers from report_day_channels
             where zone = ${split.zone} and ${inDays(sql`day`, split.cachedDays)} ${cachedDepartment(scope)}
             union all
             select * from (${channelRows(split.zone, sql`${inRanges(sql`i.created_at`, split.rawRanges)} ${inDepartment(scope, 'i')}`)}) raw`;
}

/** Rows (day, department_id, topic_id, contacts) of the scope, cached or computed as channelFacts. */
async function topicFacts(scope: MetricScope): Promise<SQL> {
  const split = await daySplit(scope);
  return sql`select day, department_id, topic_id, contacts from report_day_topics
             where zone = ${split.zone} and ${inDays(sql`day`, split.cachedDays)} ${cachedDepartment(scope)}
             union all
             select * from (${topicRows(split.zone, sql`${inRanges(sql`i.created_at`, split.rawRanges)} ${inDepartment(scope, 'i')}`)}) raw`;
}

type ChannelSummaryRow = {
  bucket: string;
  channel: string;
  departmentId: string | null;
  departmentName: string | null;
  contacts: number;
  resolved: number;
  firstContact: number;
  transfers: number;
};

type TopicSummaryRow = { bucket: string; topicId: string | null; topicName: string | null; programId: string | null; programName: string | null; contacts: number };

const channelSummaries = new WeakMap<MetricScope, Promise<ChannelSummaryRow[]>>();
const topicSummaries = new WeakMap<MetricScope, Promise<TopicSummaryRow[]>>();

/**
 * Sums the channel facts of the scope per bucket, channel and department,
 * with the department's name. Total contacts, the channel and department
 * splits, resolved contacts, first-contact resolutions and transfers all come
 * from this one query.
 */
function channelSummary(scope: MetricScope): Promise<ChannelSummaryRow[]> {
  return oncePerScope(channelSummaries, scope, async () => {
    const rows = await selectRows<ChannelSummaryRow>(
      scope.deps.db,
      // Summed before the names are joined, so the grouping runs over ids only.
      sql`select s.bucket, s.channel, s.department_id::text as "departmentId", d.name as "departmentName",
                 s.contacts, s.resolved, s."firstContact", s.transfers
          from (
            select ${bucketOfDay(scope, sql`f.day`)} as bucket, f.channel::text as channel, f.department_id,
                   sum(f.contacts)::int as contacts, sum(f.resolved)::int as resolved,
                   sum(f.first_contact)::int as "firstContact", sum(f.transfers)::int as transfers
            from (${await channelFacts(scope)}) f
            group by 1, 2, 3
          ) s left join departments d on d.id = s.department_id`,
    );
    return rows.map((row) => ({
      ...row,
      contacts: Number(row.contacts),
      resolved: Number(row.resolved),
      firstContact: Number(row.firstContact),
      transfers: Number(row.transfers),
    }));
  });
}

/** Sums the topic facts of the scope per bucket and topic, with the topic's name and program. */
function topicSummary(scope: MetricScope): Promise<TopicSummaryRow[]> {
  return oncePerScope(topicSummaries, scope, async () => {
    const rows = await selectRows<TopicSummaryRow>(
      scope.deps.db,
      sql`select s.bucket, s.topic_id::text as "topicId", t.name as "topicName", p.id::text as "programId", p.name as "programName", s.contacts
          from (
            select ${bucketOfDay(scope, sql`f.day`)} as bucket, f.topic_id, sum(f.contacts)::int as contacts
            from (${await topicFacts(scope)}) f
            group by 1, 2
          ) s
          left join topics t on t.id = s.topic_id left join programs p on p.id = t.program_id`,
    );
    return rows.map((row) => ({ ...row, contacts: Number(row.contacts) }));
  });
}

/** Sums one column of the channel summary per bucket. */
async function sumChannelFacts(scope: MetricScope, column: 'contacts' | 'resolved' | 'firstContact' | 'transfers'): Promise<CountSeries> {
  const rows = await channelSummary(scope);
  return toCountSeries(
    scope,
    rows.map((row) => ({ bucket: row.bucket, count: row[column] })),
  );
}

const CHANNELS = ['phone', 'walk_in', 'email', 'web'] as const;

/**
 * Builds the SQL expression naming an instant's bucket: the bucket's first
 * local date in the center's zone, as YYYY-MM-DD. It looks the instant up in
 * the sorted list of bucket start instants (width_bucket, a binary search), so
 * PostgreSQL does no time-zone conversion per row. Converting every row with
 * AT TIME ZONE measured about ten times slower over 330,000 rows. An instant
 * before the first bucket gets null, but every metric filters to the period first.
 */
function bucketExpression(scope: MetricScope, instant: SQL): SQL {
  const zone = scope.deps.centerTimeZone;
  const labels = listBuckets(scope.period, scope.bucket, zone);
  const starts = labels.map((label) => DateTime.fromISO(label, { zone }).startOf('day').toUTC().toISO());
  return sql`(${`{${labels.join(',')}}`}::text[])[width_bucket(${instant}, ${`{${starts.join(',')}}`}::timestamptz[])]`;
}

function inPeriod(scope: MetricScope, instant: SQL): SQL {
  return sql`(${instant}) >= ${scope.period.start.toISOString()}::timestamptz and (${instant}) < ${scope.period.end.toISOString()}::timestamptz`;
}

/**
 * Builds the department view's condition on the inquiry `alias` (`and alias.department_id = …`),
 * or nothing for the whole center. Every metric adds it to its inquiries.
 */
export function inDepartment(scope: MetricScope, alias: string): SQL {
  if (scope.departmentId === undefined) return sql``;
  return sql`and ${sql.raw(alias)}.department_id = ${scope.departmentId}::uuid`;
}

/**
 * Builds the department view's condition on a column that links a row to an
 * inquiry (`and` the inquiry is the department's), or nothing for the whole
 * center. Each row looks its inquiry up by id, which is cheap for the small
 * tables it is used on (survey responses, kudos).
 */
function linkedToDepartment(scope: MetricScope, inquiryIdColumn: SQL): SQL {
  if (scope.departmentId === undefined) return sql``;
  return sql`and exists (select 1 from inquiries d where d.id = ${inquiryIdColumn} and d.department_id = ${scope.departmentId}::uuid)`;
}

/**
 * Leaves out imported history whose times cannot be measured: the Boulder 2017
 * contact log gives only a date, so those rows were created and resolved at
 * noon local on that date and have no staff response.
 */
export function hasMeasurableTimes(alias: string): SQL {
  return sql`${sql.raw(alias)}.source_system is distinct from ${BOULDER_2017_SOURCE_SYSTEM}`;
}

/** Turns (bucket, count) rows into a series with a zero for every empty bucket, and its total. */
function toCountSeries(scope: MetricScope, rows: { bucket: string; count: number }[]): CountSeries {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.bucket, (counts.get(row.bucket) ?? 0) + Number(row.count));
  const buckets = listBuckets(scope.period, scope.bucket, scope.deps.centerTimeZone);
  const series = buckets.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
  const known = new Set(buckets);
  const unknown = [...counts.keys()].filter((bucket) => !known.has(bucket));
  if (unknown.length > 0) throw new Error(`rows fell outside the period's buckets: ${unknown.join(', ')}`);
  return { series, total: series.reduce((sum, entry) => sum + entry.count, 0) };
}

/** Total contacts: inquiries created in the period, by created_at. */
export function totalContacts(scope: MetricScope): Promise<CountSeries> {
  return sumChannelFacts(scope, 'contacts');
}

/**
 * Splits the period's contacts by a key of the channel or topic summary.
 * Every key gets its own series; `share` is the key's total over all contacts
 * (0 when there are none). The group with key null is labelled `nullLabel`.
 */
async function countsByKey<Row extends { bucket: string; contacts: number }>(
  scope: MetricScope,
  summary: Promise<Row[]>,
  keyOf: (row: Row) => { key: string | null; label: string | null },
  nullLabel = 'Unassigned',
): Promise<KeyedCount[]> {
  const groups = new Map<string | null, { label: string | null; rows: { bucket: string; count: number }[] }>();
  for (const row of await summary) {
    const { key, label } = keyOf(row);
    const group = groups.get(key) ?? { label, rows: [] };
    group.rows.push({ bucket: row.bucket, count: row.contacts });
    groups.set(key, group);
  }
  const results = [...groups.entries()].map(([groupKey, group]) => ({
    key: groupKey,
    label: group.label ?? nullLabel,
    share: 0,
    ...toCountSeries(scope, group.rows),
  }));
  const total = results.reduce((sum, entry) => sum + entry.total, 0);
  for (const entry of results) entry.share = total === 0 ? 0 : entry.total / total;
  return results.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/** Contacts by channel: every channel is listed, with zeros where it had no contacts. */
export async function contactsByChannel(scope: MetricScope): Promise<KeyedCount[]> {
  const found = await countsByKey(scope, channelSummary(scope), (row) => ({ key: row.channel, label: row.channel }));
  const empty = toCountSeries(scope, []);
  return CHANNELS.map((channel) => found.find((entry) => entry.key === channel) ?? { key: channel, label: channel, share: 0, ...empty });
}

/** Contacts by topic, largest first; inquiries without a topic form one group with key null, labelled "Unassigned". */
export function contactsByTopic(scope: MetricScope): Promise<KeyedCount[]> {
  return countsByKey(scope, topicSummary(scope), (row) => ({ key: row.topicId, label: row.topicName }));
}

/** The number of topics listed as top reasons for contact. */
export const TOP_REASONS = 10;

/**
 * Top reasons for contact: the ten topics with the most contacts, from
 * contactsByTopic, so ties are broken by name. Inquiries without a topic are
 * left out, and `share` stays over total contacts. Pass the topic split when
 * it is already being computed, so the query runs once.
 */
export async function topReasons(scope: MetricScope, byTopic: Promise<KeyedCount[]> = contactsByTopic(scope)): Promise<KeyedCount[]> {
  return (await byTopic).filter((entry) => entry.key !== null).slice(0, TOP_REASONS);
}

/** Contacts by the department an inquiry is routed to now; inquiries without a department have key null. */
export function contactsByDepartment(scope: MetricScope): Promise<KeyedCount[]> {
  return countsByKey(scope, channelSummary(scope), (row) => ({ key: row.departmentId, label: row.departmentName }));
}

/**
 * Contacts by the program of the inquiry's current topic (topics.program_id).
 * Inquiries without a topic, or whose topic is in no program, form one group
 * with key null, labelled "No program".
 */
export function contactsByProgram(scope: MetricScope): Promise<KeyedCount[]> {
  return countsByKey(scope, topicSummary(scope), (row) => ({ key: row.programId, label: row.programName }), 'No program');
}

type DurationMetric = 'resolution' | 'first_response';

const histograms = new WeakMap<MetricScope, Promise<(HistogramBin & { bucket: string; metric: DurationMetric })[]>>();

/**
 * The duration histograms of the scope per bucket, metric and bin: cached
 * days from report_day_durations, the rest from the inquiries. Both duration
 * metrics of one scope share one query.
 */
function durationHistograms(scope: MetricScope): Promise<(HistogramBin & { bucket: string; metric: DurationMetric })[]> {
  return oncePerScope(histograms, scope, async () => {
    const split = await daySplit(scope);
    const key = departmentKey(scope);
    const raw = durationRows(
      split.zone,
      sql`${inRanges(sql`i.created_at`, split.rawRanges)} ${inDepartment(scope, 'i')}`,
      departmentKeysOf(scope),
      hasMeasurableTimes('i'),
      firstResponseAtExpression('i'),
    );
    const rows = await selectRows<{ bucket: string; metric: DurationMetric; bin: number; count: number; min: number; max: number }>(
      scope.deps.db,
      sql`select ${bucketOfDay(scope, sql`h.day`)} as bucket, h.metric, h.bin, sum(h.count)::int as count,
                 min(h.min_seconds)::float8 as min, max(h.max_seconds)::float8 as max
          from (
            select day, metric, bin, count, min_seconds, max_seconds from report_day_durations
            where zone = ${split.zone} and department_key = ${key} and ${inDays(sql`day`, split.cachedDays)}
            union all
            select day, metric, bin, count, min_seconds, max_seconds from (${raw}) raw
          ) h
          group by 1, 2, 3`,
    );
    return rows.map((row) => ({
      bucket: row.bucket,
      metric: row.metric,
      bin: Number(row.bin),
      count: Number(row.count),
      minSeconds: Number(row.min),
      maxSeconds: Number(row.max),
    }));
  });
}

/**
 * Computes the median and 90th percentile of a duration metric per bucket and
 * overall from its histograms (see percentileFromBins: exact for small
 * numbers of values, within 5 % otherwise).
 */
async function durationStats(scope: MetricScope, metric: DurationMetric): Promise<DurationSeries> {
  const bins = (await durationHistograms(scope)).filter((row) => row.metric === metric);
  const toStats = (selected: HistogramBin[]): DurationStats => {
    const merged = mergeBins(selected);
    return {
      count: merged.reduce((sum, bin) => sum + bin.count, 0),
      medianSeconds: percentileFromBins(merged, 0.5),
      p90Seconds: percentileFromBins(merged, 0.9),
    };
  };
  const series = listBuckets(scope.period, scope.bucket, scope.deps.centerTimeZone).map((bucket) => ({
    bucket,
    ...toStats(bins.filter((row) => row.bucket === bucket)),
  }));
  return { ...toStats(bins), series };
}

/**
 * Resolved inquiries: those created in the period whose status is resolved
 * now. The inquiries table keeps only the final state, so an inquiry resolved,
 * reopened and resolved again counts once, and one reopened and still open
 * does not count.
 */
export function resolvedContacts(scope: MetricScope): Promise<CountSeries> {
  return sumChannelFacts(scope, 'resolved');
}

/**
 * Resolution time: resolved_at − created_at of the resolved inquiries above.
 * resolved_at is the time of the last resolution, because a reopen clears it.
 * Imported Boulder 2017 history is left out (see hasMeasurableTimes).
 */
export function resolutionTime(scope: MetricScope): Promise<DurationSeries> {
  return durationStats(scope, 'resolution');
}

/**
 * Builds the expression for the time of the first staff response to the
 * inquiry `alias`, which is null without one. For an inquiry staff logged it
 * is its created_at. Otherwise it is first_response_at, which database
 * triggers keep at the earlier of the first reply or note with a staff author
 * and the first "claimed" event with an actor (migration 0009).
 * firstResponseTime and the CSV export both use it.
 */
export function firstResponseAtExpression(alias: string): SQL {
  const inquiry = sql.raw(alias);
  return sql`case when ${inquiry}.logged_by_id is not null then ${inquiry}.created_at else ${inquiry}.first_response_at end`;
}

/**
 * First-response time: from created_at to the first staff response. That is
 * the earlier of the first reply or note written by a staff member and the
 * first "claimed" event with an actor. The on-call auto-assignment has no
 * actor, so it does not count as a response. An inquiry logged by staff
 * (phone, walk-in) got its response while it was being logged, so its time
 * is 0. Inquiries with no staff response yet are left out; a response before
 * created_at (an imported inquiry) counts as 0. Imported Boulder 2017 history
 * is left out (see hasMeasurableTimes).
 */
export function firstResponseTime(scope: MetricScope): Promise<DurationSeries> {
  return durationStats(scope, 'first_response');
}

/**
 * Resolved at first contact: inquiries created in the period that are resolved
 * now, have no "reopened" event (reopen_count, kept by a trigger, is 0), and, for phone and walk-in inquiries, were
 * resolved by the staff member who logged them. `share` is their number over
 * all contacts in the period, so open inquiries count against it. Pass the
 * total contacts when they are already being computed, so the query runs once.
 */
export async function firstContactResolution(
  scope: MetricScope,
  contacts: Promise<CountSeries> = totalContacts(scope),
): Promise<CountSeries & { share: number }> {
  const resolved = await sumChannelFacts(scope, 'firstContact');
  const total = (await contacts).total;
  return { ...resolved, share: total === 0 ? 0 : resolved.total / total };
}

/**
 * Transfers: "routed" events in the event log of the inquiries created in the
 * period (transfer_count, kept by a trigger), bucketed by the inquiry's created_at. `perInquiry` is transfers over
 * contacts (0 when there are none). Routing set at intake is not an event and
 * does not count. In the department view, the inquiry's current department
 * decides, so a transfer out of the department is not counted there.
 */
export async function transfers(scope: MetricScope, contacts: Promise<CountSeries> = totalContacts(scope)): Promise<CountSeries & { perInquiry: number }> {
  const routed = await sumChannelFacts(scope, 'transfers');
  const total = (await contacts).total;
  return { ...routed, perInquiry: total === 0 ? 0 : routed.total / total };
}

/**
 * Repeat contacts: inquiries in the period from a resident contact (contact_id)
 * who already had an earlier inquiry in the same period, so a resident with
 * three inquiries adds two. Inquiries without a contact never repeat.
 * `residents` is the number of contacts with at least one repeat. One query
 * returns both: the rows with a null bucket carry the residents.
 */
export async function repeatContacts(scope: MetricScope): Promise<CountSeries & { residents: number }> {
  // An inquiry repeats when its contact's previous inquiry (previous_contact_at, kept by triggers) is in the
  // period too. The department view uses previous_department_contact_at, the previous one in the department.
  const repeats =
    scope.departmentId === undefined
      ? sql`select i.contact_id, ${bucketExpression(scope, sql`i.created_at`)} as bucket from inquiries i
            where ${inPeriod(scope, sql`i.created_at`)} and i.previous_contact_at >= ${scope.period.start.toISOString()}::timestamptz`
      : sql`select i.contact_id, ${bucketExpression(scope, sql`i.created_at`)} as bucket from inquiries i
            where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')}
              and i.previous_department_contact_at >= ${scope.period.start.toISOString()}::timestamptz`;
  const rows = await selectRows<{ bucket: string | null; count: number }>(
    scope.deps.db,
    sql`with repeats as (${repeats})
        select bucket, count(*)::int as count from repeats group by bucket
        union all
        select null, count(distinct contact_id)::int from repeats`,
  );
  const residents = rows.find((row) => row.bucket === null);
  const series = rows.filter((row): row is { bucket: string; count: number } => row.bucket !== null);
  return { ...toCountSeries(scope, series), residents: Number(residents?.count ?? 0) };
}

export type AgentWorkload = { staffId: string; displayName: string; claimed: number; resolved: number };

/**
 * Workload per agent, by when the work happened rather than when the inquiry
 * arrived. `claimed` is the number of distinct inquiries the staff member
 * claimed within the period: a "claimed" event with them as actor, or an
 * inquiry they logged, because staff intake claims it for the logger without
 * a "claimed" event. `resolved` is the number of inquiries now resolved by them
 * with resolved_at in the period, so a reopened and re-resolved inquiry counts
 * once, for its last resolver. In the department view only work on the
 * department's inquiries counts.
 */
export async function workloadPerAgent(scope: MetricScope): Promise<AgentWorkload[]> {
  const split = await daySplit(scope);
  // Logged and resolved inquiries come per day from the cache. The inquiries a staff member
  // claimed are those they logged in the period plus those they claimed in the period but did
  // not log in it: the union, counted without sorting every logged inquiry.
  const rows = await selectRows<AgentWorkload>(
    scope.deps.db,
    sql`with staff_days as (
          select staff_id, logged, resolved from report_day_staff
          where zone = ${split.zone} and department_key = ${departmentKey(scope)} and ${inDays(sql`day`, split.cachedDays)}
          union all
          select staff_id, logged, resolved from (${staffRows(
            split.zone,
            sql`${inRanges(sql`i.created_at`, split.rawRanges)} ${inDepartment(scope, 'i')}`,
            sql`${inRanges(sql`i.resolved_at`, split.rawRanges)} ${inDepartment(scope, 'i')}`,
            departmentKeysOf(scope),
          )}) raw
        ),
        work as (select staff_id, sum(logged)::int as logged, sum(resolved)::int as resolved from staff_days group by staff_id),
        other_claims as (
          select e.actor_id as staff_id, count(distinct e.inquiry_id)::int as claimed
          from events e join inquiries i on i.id = e.inquiry_id
          where e.stream = 'inbox' and e.type = 'claimed' and e.actor_id is not null and ${inPeriod(scope, sql`e.created_at`)}
            ${inDepartment(scope, 'i')}
            and not (i.logged_by_id is not distinct from e.actor_id and ${inPeriod(scope, sql`i.created_at`)})
          group by e.actor_id
        )
        select s.id as "staffId", s.display_name as "displayName",
               (coalesce(w.logged, 0) + coalesce(c.claimed, 0))::int as claimed, coalesce(w.resolved, 0)::int as resolved
        from staff_users s
        left join work w on w.staff_id = s.id
        left join other_claims c on c.staff_id = s.id
        where w.staff_id is not null or c.staff_id is not null
        order by s.display_name, s.id`,
  );
  return rows.map((row) => ({ ...row, claimed: Number(row.claimed), resolved: Number(row.resolved) }));
}

export type PhoneMetrics = {
  /** Calls offered in the period, whatever their outcome. */
  offered: number;
  answered: number;
  abandoned: number;
  shortHangups: number;
  /** abandoned / (answered + abandoned); null when both are 0. Short hang-ups are left out. */
  abandonRate: number | null;
  averageTalkSeconds: number | null;
  averageWaitSeconds: number | null;
  series: { bucket: string; offered: number; answered: number; abandoned: number; shortHangups: number }[];
};

/**
 * Computes the phone metrics from phone_calls, bucketed by offered_at. A call
 * is answered when answered_at is set. Abandoned and short hang-up are the
 * outcomes the phone module gives unanswered calls: abandoned after waiting
 * 20 seconds or more, short hang-up below. Averages cover answered calls whose talk or wait
 * seconds are recorded. In the department view only calls linked to the
 * department's inquiries (phone_calls.inquiry_id) count, so unanswered calls,
 * which have no inquiry, do not.
 */
export async function phoneMetrics(scope: MetricScope): Promise<PhoneMetrics> {
  const split = await daySplit(scope);
  const rawDepartment = scope.departmentId === undefined ? sql`` : sql`and q.department_id = ${scope.departmentId}::uuid`;
  const rows = await selectRows<{
    bucket: string | null;
    offered: number;
    answered: number;
    abandoned: number;
    short_hangups: number;
    talk: number | null;
    wait: number | null;
  }>(
    scope.deps.db,
    sql`select bucket,
               sum(offered)::int as offered, sum(answered)::int as answered, sum(abandoned)::int as abandoned,
               sum(short_hangups)::int as short_hangups,
               (sum(talk_seconds) / nullif(sum(talk_count), 0))::float8 as talk,
               (sum(wait_seconds) / nullif(sum(wait_count), 0))::float8 as wait
        from (
          select ${bucketOfDay(scope, sql`p.day`)} as bucket, p.* from (
            select day, department_id, offered, answered, abandoned, short_hangups, talk_seconds, talk_count, wait_seconds, wait_count
            from report_day_phone
            where zone = ${split.zone} and ${inDays(sql`day`, split.cachedDays)} ${cachedDepartment(scope)}
            union all
            select * from (${phoneRows(split.zone, sql`${inRanges(sql`c.offered_at`, split.rawRanges)} ${rawDepartment}`)}) raw
          ) p
        ) calls
        group by grouping sets ((bucket), ())`,
  );
  const overall = rows.find((row) => row.bucket === null);
  const series = listBuckets(scope.period, scope.bucket, scope.deps.centerTimeZone).map((bucket) => {
    const row = rows.find((entry) => entry.bucket === bucket);
    return {
      bucket,
      offered: Number(row?.offered ?? 0),
      answered: Number(row?.answered ?? 0),
      abandoned: Number(row?.abandoned ?? 0),
      shortHangups: Number(row?.short_hangups ?? 0),
    };
  });
  const answered = Number(overall?.answered ?? 0);
  const abandoned = Number(overall?.abandoned ?? 0);
  return {
    offered: Number(overall?.offered ?? 0),
    answered,
    abandoned,
    shortHangups: Number(overall?.short_hangups ?? 0),
    abandonRate: answered + abandoned === 0 ? null : abandoned / (answered + abandoned),
    averageTalkSeconds: overall?.talk ?? null,
    averageWaitSeconds: overall?.wait ?? null,
    series,
  };
}

/** The survey's ratings, best first: 4 excellent, 3 good, 2 fair, 1 poor. */
export const SURVEY_RATINGS = [4, 3, 2, 1] as const;

export type RatingCount = { rating: number; count: number };

export type SatisfactionMetrics = CountSeries & {
  /** The number of responses; equal to `total`. */
  responses: number;
  averageService: number | null;
  averageCourtesy: number | null;
  serviceDistribution: RatingCount[];
  courtesyDistribution: RatingCount[];
};

/**
 * Satisfaction: survey responses received in the period, by
 * survey_responses.created_at (not the inquiry's), bucketed by that time.
 * The averages are the mean service and courtesy ratings (1 to 4), null
 * without responses, and each distribution lists ratings 4, 3, 2 and 1 with
 * zeros. In the department view only responses about the department's
 * inquiries count.
 */
export async function satisfaction(scope: MetricScope): Promise<SatisfactionMetrics> {
  const rows = await selectRows<{ bucket: string; service: number; courtesy: number; count: number }>(
    scope.deps.db,
    sql`select ${bucketExpression(scope, sql`r.created_at`)} as bucket, r.service_rating as service, r.courtesy_rating as courtesy,
               count(*)::int as count
        from survey_responses r
        where ${inPeriod(scope, sql`r.created_at`)} ${linkedToDepartment(scope, sql`r.inquiry_id`)}
        group by 1, 2, 3`,
  );
  const series = toCountSeries(scope, rows);
  const distribution = (rating: 'service' | 'courtesy'): RatingCount[] =>
    SURVEY_RATINGS.map((value) => ({
      rating: value,
      count: rows.filter((row) => Number(row[rating]) === value).reduce((sum, row) => sum + Number(row.count), 0),
    }));
  const average = (counts: RatingCount[]): number | null =>
    series.total === 0 ? null : counts.reduce((sum, entry) => sum + entry.rating * entry.count, 0) / series.total;
  const serviceDistribution = distribution('service');
  const courtesyDistribution = distribution('courtesy');
  return {
    ...series,
    responses: series.total,
    averageService: average(serviceDistribution),
    averageCourtesy: average(courtesyDistribution),
    serviceDistribution,
    courtesyDistribution,
  };
}

export type KudosStaff = { staffId: string; displayName: string; approved: number };

export type KudosMetrics = CountSeries & {
  /** Kudos sent in the period; equal to `total`. */
  received: number;
  /** Of those, the ones whose status is approved now. */
  approved: number;
  byStaff: KudosStaff[];
};

/**
 * Kudos: kudos sent in the period, by kudos.created_at. `received` counts all
 * of them whatever their status, with a series per bucket; `approved` those
 * approved now. `byStaff` counts the approved ones per staff member
 * (kudos.staff_id), most first, then by name. Approved kudos without a staff
 * member count in `approved` but in no row. In the department view only kudos
 * about the department's inquiries (kudos.inquiry_id) count.
 */
export async function kudosMetrics(scope: MetricScope): Promise<KudosMetrics> {
  const inRange = sql`${inPeriod(scope, sql`k.created_at`)} ${linkedToDepartment(scope, sql`k.inquiry_id`)}`;
  const [buckets, staff] = await Promise.all([
    selectRows<{ bucket: string; count: number; approved: number }>(
      scope.deps.db,
      sql`select ${bucketExpression(scope, sql`k.created_at`)} as bucket, count(*)::int as count,
                 count(*) filter (where k.status = 'approved')::int as approved
          from kudos k where ${inRange} group by 1`,
    ),
    selectRows<KudosStaff>(
      scope.deps.db,
      sql`select s.id as "staffId", s.display_name as "displayName", count(*)::int as approved
          from kudos k join staff_users s on s.id = k.staff_id
          where ${inRange} and k.status = 'approved'
          group by s.id, s.display_name
          order by 3 desc, s.display_name, s.id`,
    ),
  ]);
  const series = toCountSeries(scope, buckets);
  return {
    ...series,
    received: series.total,
    approved: buckets.reduce((sum, row) => sum + Number(row.approved), 0),
    byStaff: staff.map((row) => ({ ...row, approved: Number(row.approved) })),
  };
}
