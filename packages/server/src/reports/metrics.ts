import { sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { CoreDeps } from '../core/deps.js';
import { BOULDER_2017_SOURCE_SYSTEM } from '../import/boulder-2017.js';
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
export type MetricScope = { deps: CoreDeps; period: Period; bucket: Bucket; departmentId?: string };

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
 * Builds the department view's condition on a column that links a row to an inquiry
 * (`and column in (the department's inquiries)`), or nothing for the whole center.
 */
function linkedToDepartment(scope: MetricScope, inquiryIdColumn: SQL): SQL {
  if (scope.departmentId === undefined) return sql``;
  return sql`and ${inquiryIdColumn} in (select d.id from inquiries d where d.department_id = ${scope.departmentId}::uuid)`;
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
  const series = listBuckets(scope.period, scope.bucket, scope.deps.centerTimeZone).map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 }));
  const unknown = [...counts.keys()].filter((bucket) => !series.some((entry) => entry.bucket === bucket));
  if (unknown.length > 0) throw new Error(`rows fell outside the period's buckets: ${unknown.join(', ')}`);
  return { series, total: series.reduce((sum, entry) => sum + entry.count, 0) };
}

/** Total contacts: inquiries created in the period, by created_at. */
export async function totalContacts(scope: MetricScope): Promise<CountSeries> {
  const bucket = bucketExpression(scope, sql`i.created_at`);
  const rows = await selectRows<{ bucket: string; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, count(*)::int as count from inquiries i
        where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')} group by 1`,
  );
  return toCountSeries(scope, rows);
}

/**
 * Splits the period's inquiries by a grouping column. Every key gets its own
 * series; `share` is the key's total over all contacts (0 when there are none).
 * The group with key null is labelled `nullLabel`.
 */
async function countsByKey(scope: MetricScope, key: SQL, label: SQL, join: SQL = sql``, nullLabel = 'Unassigned'): Promise<KeyedCount[]> {
  const bucket = bucketExpression(scope, sql`i.created_at`);
  const rows = await selectRows<{ bucket: string; key: string | null; label: string | null; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, ${key} as key, ${label} as label, count(*)::int as count
        from inquiries i ${join}
        where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')}
        group by 1, 2, 3`,
  );
  const groups = new Map<string | null, { label: string | null; rows: { bucket: string; count: number }[] }>();
  for (const row of rows) {
    const group = groups.get(row.key) ?? { label: row.label, rows: [] };
    group.rows.push(row);
    groups.set(row.key, group);
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
  const found = await countsByKey(scope, sql`i.channel::text`, sql`i.channel::text`);
  const empty = toCountSeries(scope, []);
  return CHANNELS.map((channel) => found.find((entry) => entry.key === channel) ?? { key: channel, label: channel, share: 0, ...empty });
}

/** Contacts by topic, largest first; inquiries without a topic form one group with key null, labelled "Unassigned". */
export function contactsByTopic(scope: MetricScope): Promise<KeyedCount[]> {
  return countsByKey(scope, sql`i.topic_id::text`, sql`t.name`, sql`left join topics t on t.id = i.topic_id`);
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
  return countsByKey(scope, sql`i.department_id::text`, sql`d.name`, sql`left join departments d on d.id = i.department_id`);
}

/**
 * Contacts by the program of the inquiry's current topic (topics.program_id).
 * Inquiries without a topic, or whose topic is in no program, form one group
 * with key null, labelled "No program".
 */
export function contactsByProgram(scope: MetricScope): Promise<KeyedCount[]> {
  return countsByKey(
    scope,
    sql`p.id::text`,
    sql`p.name`,
    sql`left join topics t on t.id = i.topic_id left join programs p on p.id = t.program_id`,
    'No program',
  );
}

type DurationRow = { bucket: string | null; count: number; median: number | null; p90: number | null };

/**
 * Computes the median and 90th percentile (percentile_cont, so interpolated)
 * of `seconds` per bucket and overall, over the rows of `source`, which must
 * expose `bucket` and `seconds` columns.
 */
async function durationStats(scope: MetricScope, source: SQL): Promise<DurationSeries> {
  const rows = await selectRows<DurationRow>(
    scope.deps.db,
    sql`select bucket, count(*)::int as count,
               percentile_cont(0.5) within group (order by seconds)::float8 as median,
               percentile_cont(0.9) within group (order by seconds)::float8 as p90
        from (${source}) measured
        group by grouping sets ((bucket), ())`,
  );
  const toStats = (row: DurationRow | undefined): DurationStats => ({
    count: row ? Number(row.count) : 0,
    medianSeconds: row?.median ?? null,
    p90Seconds: row?.p90 ?? null,
  });
  const overall = rows.find((row) => row.bucket === null);
  const series = listBuckets(scope.period, scope.bucket, scope.deps.centerTimeZone).map((bucket) => ({
    bucket,
    ...toStats(rows.find((row) => row.bucket === bucket)),
  }));
  return { ...toStats(overall), series };
}

/**
 * Resolved inquiries: those created in the period whose status is resolved
 * now. The inquiries table keeps only the final state, so an inquiry resolved,
 * reopened and resolved again counts once, and one reopened and still open
 * does not count.
 */
export async function resolvedContacts(scope: MetricScope): Promise<CountSeries> {
  const bucket = bucketExpression(scope, sql`i.created_at`);
  const rows = await selectRows<{ bucket: string; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, count(*)::int as count from inquiries i
        where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')} and i.status = 'resolved' group by 1`,
  );
  return toCountSeries(scope, rows);
}

/**
 * Resolution time: resolved_at − created_at of the resolved inquiries above.
 * resolved_at is the time of the last resolution, because a reopen clears it.
 * Imported Boulder 2017 history is left out (see hasMeasurableTimes).
 */
export function resolutionTime(scope: MetricScope): Promise<DurationSeries> {
  return durationStats(
    scope,
    sql`select ${bucketExpression(scope, sql`i.created_at`)} as bucket,
               greatest(0, extract(epoch from i.resolved_at - i.created_at))::float8 as seconds
        from inquiries i
        where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')}
          and i.status = 'resolved' and i.resolved_at is not null and ${hasMeasurableTimes('i')}`,
  );
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
  return durationStats(
    scope,
    sql`select bucket, greatest(0, extract(epoch from responded_at - created_at))::float8 as seconds
        from (
          select ${bucketExpression(scope, sql`i.created_at`)} as bucket, i.created_at,
                 ${firstResponseAtExpression('i')} as responded_at
          from inquiries i
          where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')} and ${hasMeasurableTimes('i')}
        ) responses
        where responded_at is not null`,
  );
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
  const bucket = bucketExpression(scope, sql`i.created_at`);
  const rows = await selectRows<{ bucket: string; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, count(*)::int as count from inquiries i
        where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')}
          and i.status = 'resolved'
          and i.reopen_count = 0
          and (i.channel not in ('phone', 'walk_in') or (i.logged_by_id is not null and i.resolved_by_id = i.logged_by_id))
        group by 1`,
  );
  const resolved = toCountSeries(scope, rows);
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
  const bucket = bucketExpression(scope, sql`i.created_at`);
  const rows = await selectRows<{ bucket: string; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, coalesce(sum(i.transfer_count), 0)::int as count
        from inquiries i
        where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')} and i.transfer_count > 0
        group by 1`,
  );
  const routed = toCountSeries(scope, rows);
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
  const rows = await selectRows<{ bucket: string | null; count: number }>(
    scope.deps.db,
    sql`with ordered as (
          select contact_id, ${bucketExpression(scope, sql`i.created_at`)} as bucket,
                 row_number() over (partition by i.contact_id order by i.created_at, i.id) as position
          from inquiries i
          where ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')} and i.contact_id is not null
        ),
        repeats as (select contact_id, bucket from ordered where position > 1)
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
  const rows = await selectRows<AgentWorkload>(
    scope.deps.db,
    sql`with claims as (
          select actor_id as staff_id, inquiry_id from events
          where stream = 'inbox' and type = 'claimed' and actor_id is not null and ${inPeriod(scope, sql`created_at`)}
            ${linkedToDepartment(scope, sql`inquiry_id`)}
          -- UNION ALL, because count(distinct) below removes the duplicates anyway.
          union all
          select i.logged_by_id, i.id from inquiries i
          where i.logged_by_id is not null and ${inPeriod(scope, sql`i.created_at`)} ${inDepartment(scope, 'i')}
        ),
        claimed as (select staff_id, count(distinct inquiry_id)::int as claimed from claims group by staff_id),
        resolved as (
          select i.resolved_by_id as staff_id, count(*)::int as resolved from inquiries i
          where i.status = 'resolved' and i.resolved_by_id is not null and ${inPeriod(scope, sql`i.resolved_at`)} ${inDepartment(scope, 'i')}
          group by i.resolved_by_id
        )
        select s.id as "staffId", s.display_name as "displayName",
               coalesce(c.claimed, 0)::int as claimed, coalesce(r.resolved, 0)::int as resolved
        from staff_users s
        left join claimed c on c.staff_id = s.id
        left join resolved r on r.staff_id = s.id
        where c.staff_id is not null or r.staff_id is not null
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
               count(*)::int as offered,
               count(*) filter (where answered_at is not null)::int as answered,
               count(*) filter (where answered_at is null and outcome = 'abandoned')::int as abandoned,
               count(*) filter (where answered_at is null and outcome = 'short_hangup')::int as short_hangups,
               avg(talk_seconds) filter (where answered_at is not null)::float8 as talk,
               avg(wait_seconds) filter (where answered_at is not null)::float8 as wait
        from (
          select ${bucketExpression(scope, sql`offered_at`)} as bucket, answered_at, outcome, talk_seconds, wait_seconds
          from phone_calls
          where ${inPeriod(scope, sql`offered_at`)} ${linkedToDepartment(scope, sql`inquiry_id`)}
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
