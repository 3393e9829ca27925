import { sql, type SQL } from 'drizzle-orm';
import type { CoreDeps } from '../core/deps.js';
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

/** The arguments every metric takes. */
export type MetricScope = { deps: CoreDeps; period: Period; bucket: Bucket };

const CHANNELS = ['phone', 'walk_in', 'email', 'web'] as const;

/** Builds the SQL expression naming an instant's bucket: the bucket's first local date in the center's zone, as YYYY-MM-DD. */
function bucketExpression(scope: MetricScope, instant: SQL): SQL {
  return sql`to_char(date_trunc(${scope.bucket}, (${instant}) at time zone ${scope.deps.centerTimeZone}), 'YYYY-MM-DD')`;
}

function inPeriod(scope: MetricScope, instant: SQL): SQL {
  return sql`(${instant}) >= ${scope.period.start.toISOString()}::timestamptz and (${instant}) < ${scope.period.end.toISOString()}::timestamptz`;
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
  const bucket = bucketExpression(scope, sql`created_at`);
  const rows = await selectRows<{ bucket: string; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, count(*)::int as count from inquiries where ${inPeriod(scope, sql`created_at`)} group by 1`,
  );
  return toCountSeries(scope, rows);
}

/**
 * Splits the period's inquiries by a grouping column. Every key gets its own
 * series; `share` is the key's total over all contacts (0 when there are none).
 */
async function countsByKey(scope: MetricScope, key: SQL, label: SQL, join: SQL = sql``): Promise<KeyedCount[]> {
  const bucket = bucketExpression(scope, sql`i.created_at`);
  const rows = await selectRows<{ bucket: string; key: string | null; label: string | null; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, ${key} as key, ${label} as label, count(*)::int as count
        from inquiries i ${join}
        where ${inPeriod(scope, sql`i.created_at`)}
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
    label: group.label ?? 'Unassigned',
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

/** Contacts by the department an inquiry is routed to now; inquiries without a department have key null. */
export function contactsByDepartment(scope: MetricScope): Promise<KeyedCount[]> {
  return countsByKey(scope, sql`i.department_id::text`, sql`d.name`, sql`left join departments d on d.id = i.department_id`);
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
  const bucket = bucketExpression(scope, sql`created_at`);
  const rows = await selectRows<{ bucket: string; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, count(*)::int as count from inquiries
        where ${inPeriod(scope, sql`created_at`)} and status = 'resolved' group by 1`,
  );
  return toCountSeries(scope, rows);
}

/**
 * Resolution time: resolved_at − created_at of the resolved inquiries above.
 * resolved_at is the time of the last resolution, because a reopen clears it.
 */
export function resolutionTime(scope: MetricScope): Promise<DurationSeries> {
  return durationStats(
    scope,
    sql`select ${bucketExpression(scope, sql`created_at`)} as bucket,
               greatest(0, extract(epoch from resolved_at - created_at))::float8 as seconds
        from inquiries
        where ${inPeriod(scope, sql`created_at`)} and status = 'resolved' and resolved_at is not null`,
  );
}

/**
 * First-response time: from created_at to the first staff response. That is
 * the earlier of the first reply or note written by a staff member and the
 * first "claimed" event with an actor. The on-call auto-assignment has no
 * actor, so it does not count as a response. An inquiry logged by staff
 * (phone, walk-in) got its response while it was being logged, so its time
 * is 0. Inquiries with no staff response yet are left out; a response before
 * created_at (an imported inquiry) counts as 0.
 */
export function firstResponseTime(scope: MetricScope): Promise<DurationSeries> {
  return durationStats(
    scope,
    sql`select bucket, greatest(0, extract(epoch from responded_at - created_at))::float8 as seconds
        from (
          select ${bucketExpression(scope, sql`i.created_at`)} as bucket, i.created_at,
                 case when i.logged_by_id is not null then i.created_at
                      else least(
                        (select min(m.created_at) from inquiry_messages m
                          where m.inquiry_id = i.id and m.kind in ('reply', 'note') and m.author_id is not null),
                        (select min(e.created_at) from events e
                          where e.stream = 'inbox' and e.inquiry_id = i.id and e.type = 'claimed' and e.actor_id is not null))
                 end as responded_at
          from inquiries i
          where ${inPeriod(scope, sql`i.created_at`)}
        ) responses
        where responded_at is not null`,
  );
}

/**
 * Resolved at first contact: inquiries created in the period that are resolved
 * now, have no "reopened" event, and, for phone and walk-in inquiries, were
 * resolved by the staff member who logged them. `share` is their number over
 * all contacts in the period, so open inquiries count against it.
 */
export async function firstContactResolution(scope: MetricScope): Promise<CountSeries & { share: number }> {
  const bucket = bucketExpression(scope, sql`i.created_at`);
  const rows = await selectRows<{ bucket: string; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, count(*)::int as count from inquiries i
        where ${inPeriod(scope, sql`i.created_at`)}
          and i.status = 'resolved'
          and not exists (select 1 from events e where e.stream = 'inbox' and e.inquiry_id = i.id and e.type = 'reopened')
          and (i.channel not in ('phone', 'walk_in') or (i.logged_by_id is not null and i.resolved_by_id = i.logged_by_id))
        group by 1`,
  );
  const resolved = toCountSeries(scope, rows);
  const contacts = await totalContacts(scope);
  return { ...resolved, share: contacts.total === 0 ? 0 : resolved.total / contacts.total };
}

/**
 * Transfers: "routed" events in the event log of the inquiries created in the
 * period, bucketed by the inquiry's created_at. `perInquiry` is transfers over
 * contacts (0 when there are none). Routing set at intake is not an event and
 * does not count.
 */
export async function transfers(scope: MetricScope): Promise<CountSeries & { perInquiry: number }> {
  const bucket = bucketExpression(scope, sql`i.created_at`);
  const rows = await selectRows<{ bucket: string; count: number }>(
    scope.deps.db,
    sql`select ${bucket} as bucket, count(*)::int as count
        from inquiries i join events e on e.stream = 'inbox' and e.inquiry_id = i.id and e.type = 'routed'
        where ${inPeriod(scope, sql`i.created_at`)}
        group by 1`,
  );
  const routed = toCountSeries(scope, rows);
  const contacts = await totalContacts(scope);
  return { ...routed, perInquiry: contacts.total === 0 ? 0 : routed.total / contacts.total };
}

/**
 * Repeat contacts: inquiries in the period from a resident contact (contact_id)
 * who already had an earlier inquiry in the same period, so a resident with
 * three inquiries adds two. Inquiries without a contact never repeat.
 * `residents` is the number of contacts with at least one repeat.
 */
export async function repeatContacts(scope: MetricScope): Promise<CountSeries & { residents: number }> {
  const rows = await selectRows<{ bucket: string; count: number; residents: number }>(
    scope.deps.db,
    sql`select bucket, count(*)::int as count from (
          select ${bucketExpression(scope, sql`created_at`)} as bucket,
                 row_number() over (partition by contact_id order by created_at, id) as position
          from inquiries
          where ${inPeriod(scope, sql`created_at`)} and contact_id is not null
        ) ordered
        where position > 1
        group by 1`,
  );
  const [residents] = await selectRows<{ residents: number }>(
    scope.deps.db,
    sql`select count(*)::int as residents from (
          select contact_id from inquiries
          where ${inPeriod(scope, sql`created_at`)} and contact_id is not null
          group by contact_id having count(*) > 1
        ) repeating`,
  );
  return { ...toCountSeries(scope, rows), residents: Number(residents?.residents ?? 0) };
}

export type AgentWorkload = { staffId: string; displayName: string; claimed: number; resolved: number };

/**
 * Workload per agent, by when the work happened rather than when the inquiry
 * arrived. `claimed` is the number of distinct inquiries the staff member
 * claimed within the period: a "claimed" event with them as actor, or an
 * inquiry they logged, because staff intake claims it for the logger without
 * a "claimed" event. `resolved` is the number of inquiries now resolved by them
 * with resolved_at in the period, so a reopened and re-resolved inquiry counts
 * once, for its last resolver.
 */
export async function workloadPerAgent(scope: MetricScope): Promise<AgentWorkload[]> {
  const rows = await selectRows<AgentWorkload>(
    scope.deps.db,
    sql`with claims as (
          select actor_id as staff_id, inquiry_id from events
          where stream = 'inbox' and type = 'claimed' and actor_id is not null and ${inPeriod(scope, sql`created_at`)}
          union
          select logged_by_id, id from inquiries
          where logged_by_id is not null and ${inPeriod(scope, sql`created_at`)}
        ),
        claimed as (select staff_id, count(distinct inquiry_id)::int as claimed from claims group by staff_id),
        resolved as (
          select resolved_by_id as staff_id, count(*)::int as resolved from inquiries
          where status = 'resolved' and resolved_by_id is not null and ${inPeriod(scope, sql`resolved_at`)}
          group by resolved_by_id
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
 * seconds are recorded.
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
          where ${inPeriod(scope, sql`offered_at`)}
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
