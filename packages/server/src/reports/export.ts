import { sql } from 'drizzle-orm';
import type { CoreDeps } from '../core/deps.js';
import { ENTERED_VIA_KEY } from '../import/boulder-2017.js';
import type { CsvCell } from './csv.js';
import { firstResponseAtExpression, hasMeasurableTimes, inDepartment, type CountSeries, type DurationSeries, type KeyedCount, type MetricScope } from './metrics.js';
import type { Period } from './period.js';
import { selectRows } from './query.js';
import type { PeriodMetrics, ReportResult } from './report.js';

/**
 * The columns of report.csv, one number per row (a long, tidy layout):
 * `period` is current or previous, `metric` the report field, `measure` the
 * quantity, `bucket` the bucket's first local date or empty for the whole
 * range, `key` and `label` the group (channel, topic, staff member, rating).
 */
export const REPORT_CSV_HEADER = ['period', 'metric', 'measure', 'bucket', 'key', 'label', 'value'] as const;

type ReportRow = [period: string, metric: string, measure: string, bucket: string, key: string | null, label: string | null, value: CsvCell];

/** Turns a computed report into report.csv rows, so every chart and table of the report can be rebuilt from the file. */
export function reportCsvRows(report: Extract<ReportResult, { kind: 'ok' }>): ReportRow[] {
  return [...periodRows('current', report, report.current), ...periodRows('previous', report, report.previous)];
}

function periodRows(name: string, report: Extract<ReportResult, { kind: 'ok' }>, metrics: PeriodMetrics): ReportRow[] {
  const rows: ReportRow[] = [];
  const add = (metric: string, measure: string, bucket: string, key: string | null, label: string | null, value: CsvCell) =>
    rows.push([name, metric, measure, bucket, key, label, value]);

  add('range', 'from', '', null, null, metrics.period.from);
  add('range', 'to', '', null, null, metrics.period.to);
  add('range', 'days', '', null, null, metrics.period.days);
  add('range', 'bucket', '', null, null, report.bucket);
  if (report.department) add('range', 'department', '', report.department.id, report.department.name, report.department.id);

  const counts = (metric: string, series: CountSeries, measure = 'count', key: string | null = null, label: string | null = null) => {
    for (const entry of series.series) add(metric, measure, entry.bucket, key, label, entry.count);
    add(metric, measure, '', key, label, series.total);
  };
  const keyed = (metric: string, groups: KeyedCount[]) => {
    for (const group of groups) {
      counts(metric, group, 'count', group.key, group.label);
      add(metric, 'share', '', group.key, group.label, group.share);
    }
  };
  const durations = (metric: string, stats: DurationSeries) => {
    for (const entry of [...stats.series, { ...stats, bucket: '' }]) {
      add(metric, 'count', entry.bucket, null, null, entry.count);
      add(metric, 'medianSeconds', entry.bucket, null, null, entry.medianSeconds);
      add(metric, 'p90Seconds', entry.bucket, null, null, entry.p90Seconds);
    }
  };

  counts('totalContacts', metrics.totalContacts);
  keyed('contactsByChannel', metrics.contactsByChannel);
  keyed('contactsByTopic', metrics.contactsByTopic);
  keyed('contactsByDepartment', metrics.contactsByDepartment);
  keyed('topReasons', metrics.topReasons);
  keyed('contactsByProgram', metrics.contactsByProgram);
  counts('resolved', metrics.resolved);
  durations('resolutionTime', metrics.resolutionTime);
  durations('firstResponseTime', metrics.firstResponseTime);
  counts('firstContactResolution', metrics.firstContactResolution);
  add('firstContactResolution', 'share', '', null, null, metrics.firstContactResolution.share);
  counts('transfers', metrics.transfers);
  add('transfers', 'perInquiry', '', null, null, metrics.transfers.perInquiry);
  counts('repeatContacts', metrics.repeatContacts);
  add('repeatContacts', 'residents', '', null, null, metrics.repeatContacts.residents);

  for (const agent of metrics.workloadPerAgent) {
    add('workloadPerAgent', 'claimed', '', agent.staffId, agent.displayName, agent.claimed);
    add('workloadPerAgent', 'resolved', '', agent.staffId, agent.displayName, agent.resolved);
  }

  const phone = metrics.phone;
  for (const entry of [...phone.series, { ...phone, bucket: '' }]) {
    add('phone', 'offered', entry.bucket, null, null, entry.offered);
    add('phone', 'answered', entry.bucket, null, null, entry.answered);
    add('phone', 'abandoned', entry.bucket, null, null, entry.abandoned);
    add('phone', 'shortHangups', entry.bucket, null, null, entry.shortHangups);
  }
  add('phone', 'abandonRate', '', null, null, phone.abandonRate);
  add('phone', 'averageTalkSeconds', '', null, null, phone.averageTalkSeconds);
  add('phone', 'averageWaitSeconds', '', null, null, phone.averageWaitSeconds);

  const survey = metrics.satisfaction;
  counts('satisfaction', survey, 'responses');
  add('satisfaction', 'averageService', '', null, null, survey.averageService);
  add('satisfaction', 'averageCourtesy', '', null, null, survey.averageCourtesy);
  for (const entry of survey.serviceDistribution) add('satisfaction', 'serviceRating', '', String(entry.rating), null, entry.count);
  for (const entry of survey.courtesyDistribution) add('satisfaction', 'courtesyRating', '', String(entry.rating), null, entry.count);

  const kudos = metrics.kudos;
  counts('kudos', kudos, 'received');
  add('kudos', 'approved', '', null, null, kudos.approved);
  for (const staff of kudos.byStaff) add('kudos', 'approvedByStaff', '', staff.staffId, staff.displayName, staff.approved);

  for (const service of metrics.counterServices) {
    counts('counterServices', service.contacts, 'contacts', service.service, service.label);
    for (const entry of service.paymentsSeries) add('counterServices', 'paymentsCents', entry.bucket, service.service, service.label, entry.cents);
    add('counterServices', 'paymentsCents', '', service.service, service.label, service.paymentsTotalCents);
  }

  return rows;
}

/**
 * The columns of contacts.csv, one row per inquiry. No resident personal data:
 * no contact name, e-mail, phone or address, no subject, body or location.
 */
export const CONTACTS_CSV_HEADER = [
  'reference',
  'created_at_local',
  'created_at',
  'channel',
  'entered_via',
  'status',
  'topic',
  'program',
  'department',
  'claimed_by',
  'resolved_at_local',
  'resolved_at',
  'resolution_seconds',
  'first_response_seconds',
  'transfers',
  'survey_service_rating',
  'survey_courtesy_rating',
] as const;

/** The number of inquiries each contacts.csv query reads. */
export const CONTACTS_PAGE_SIZE = 5000;

type ContactRow = {
  reference: string;
  cursor_at: string;
  id: number | string;
  created_at_local: string;
  created_at: string;
  channel: string;
  entered_via: string | null;
  status: string;
  topic: string | null;
  program: string | null;
  department: string | null;
  claimed_by: string | null;
  resolved_at_local: string | null;
  resolved_at: string | null;
  resolution_seconds: number | null;
  first_response_seconds: number | null;
  transfers: number;
  survey_service_rating: number | null;
  survey_courtesy_rating: number | null;
};

/**
 * Reads the inquiries created in `period` (optionally of one department) as
 * contacts.csv rows, oldest first, one page of `pageSize` at a time. Pages
 * follow (created_at, id) from the last row (keyset pagination on the
 * inquiries_inbox_idx index), so memory stays flat however long the range.
 * Resolution and first-response seconds use the report's definitions and are
 * empty for imported Boulder 2017 rows, whose times are made up.
 */
export async function* contactCsvPages(
  deps: CoreDeps,
  input: { period: Period; departmentId?: string; pageSize?: number },
): AsyncGenerator<CsvCell[][]> {
  const scope: MetricScope = { deps, period: input.period, bucket: 'day', departmentId: input.departmentId };
  const pageSize = input.pageSize ?? CONTACTS_PAGE_SIZE;
  const zone = deps.centerTimeZone;
  const localFormat = 'YYYY-MM-DD HH24:MI:SS';
  const isoFormat = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';
  let after: { at: string; id: string } | undefined;

  for (;;) {
    const cursor = after ? sql`and (i.created_at, i.id) > (${after.at}::timestamptz, ${after.id}::bigint)` : sql``;
    const rows = await selectRows<ContactRow>(
      deps.db,
      sql`select i.id, i.reference,
                 to_char(i.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
                 to_char(i.created_at at time zone ${zone}, ${localFormat}) as created_at_local,
                 to_char(i.created_at at time zone 'UTC', ${isoFormat}) as created_at,
                 i.channel::text as channel, i.attributes ->> ${ENTERED_VIA_KEY} as entered_via, i.status::text as status,
                 t.name as topic, p.name as program, d.name as department, s.display_name as claimed_by,
                 to_char(i.resolved_at at time zone ${zone}, ${localFormat}) as resolved_at_local,
                 to_char(i.resolved_at at time zone 'UTC', ${isoFormat}) as resolved_at,
                 case when i.status = 'resolved' and i.resolved_at is not null and ${hasMeasurableTimes('i')}
                      then greatest(0, extract(epoch from i.resolved_at - i.created_at))::float8 end as resolution_seconds,
                 case when ${hasMeasurableTimes('i')}
                      then greatest(0, extract(epoch from (${firstResponseAtExpression('i')}) - i.created_at))::float8 end as first_response_seconds,
                 i.transfer_count as transfers,
                 r.service_rating as survey_service_rating, r.courtesy_rating as survey_courtesy_rating
          from inquiries i
          left join topics t on t.id = i.topic_id
          left join programs p on p.id = t.program_id
          left join departments d on d.id = i.department_id
          left join staff_users s on s.id = i.claimed_by_id
          left join survey_responses r on r.inquiry_id = i.id
          where i.created_at >= ${input.period.start.toISOString()}::timestamptz and i.created_at < ${input.period.end.toISOString()}::timestamptz
            ${inDepartment(scope, 'i')} ${cursor}
          -- NULLS FIRST matches inquiries_inbox_idx (created_at desc nulls last, id desc nulls last) read
          -- backwards, so each page reads only its own rows instead of sorting the rest of the range
          -- (both columns are NOT NULL, so the order is the same).
          order by i.created_at nulls first, i.id nulls first
          limit ${pageSize}`,
    );
    if (rows.length === 0) return;
    yield rows.map((row) => [
      row.reference,
      row.created_at_local,
      row.created_at,
      row.channel,
      row.entered_via,
      row.status,
      row.topic,
      row.program,
      row.department,
      row.claimed_by,
      row.resolved_at_local,
      row.resolved_at,
      row.resolution_seconds === null ? null : Number(row.resolution_seconds),
      row.first_response_seconds === null ? null : Number(row.first_response_seconds),
      Number(row.transfers),
      row.survey_service_rating,
      row.survey_courtesy_rating,
    ]);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    after = { at: last.cursor_at, id: String(last.id) };
  }
}

/** Names an export file: civic-desk-<kind>-<from>-to-<to>.csv, with the department's name appended in the department view. */
export function exportFilename(kind: 'report' | 'contacts', period: Period, departmentName?: string): string {
  const department = departmentName
    ? `-${departmentName
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60)}`
    : '';
  return `civic-desk-${kind}-${period.from}-to-${period.to}${department === '-' ? '' : department}.csv`;
}
