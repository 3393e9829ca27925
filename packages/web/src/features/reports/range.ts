import { DateTime } from 'luxon';
import type { ReportBucket } from '../../lib/graphql';

/** A report request as kept in the page address: /reports?from=…&to=…&bucket=…&department=… */
export type ReportRequest = {
  from: string;
  to: string;
  bucket: ReportBucket;
  /** A department id for the department view, or null for the whole center. */
  departmentId: string | null;
};

export const BUCKETS: { value: ReportBucket; label: string; param: string }[] = [
  { value: 'DAY', label: 'Day', param: 'day' },
  { value: 'WEEK', label: 'Week', param: 'week' },
  { value: 'MONTH', label: 'Month', param: 'month' },
];

export function bucketFromParam(param: string | undefined): ReportBucket | null {
  return BUCKETS.find((entry) => entry.param === param)?.value ?? null;
}

export function bucketParam(bucket: ReportBucket): string {
  return BUCKETS.find((entry) => entry.value === bucket)?.param ?? 'day';
}

/** Returns today's date in `timeZone`. */
function today(timeZone: string): DateTime {
  const now = DateTime.now().setZone(timeZone);
  return now.isValid ? now.startOf('day') : DateTime.now().startOf('day');
}

export type QuickRange = { id: string; label: string; from: string; to: string; bucket: ReportBucket };

/** Returns the last full calendar month in the center's zone, the page's default range. */
export function lastFullMonth(timeZone: string): QuickRange {
  const first = today(timeZone).startOf('month').minus({ months: 1 });
  return { id: 'last-month', label: 'Last month', from: first.toISODate()!, to: first.endOf('month').toISODate()!, bucket: 'DAY' };
}

/** Returns the quick ranges offered above the report, computed from today in the center's zone. */
export function quickRanges(timeZone: string): QuickRange[] {
  const now = today(timeZone);
  return [
    { id: 'last-7-days', label: 'Last 7 days', from: now.minus({ days: 6 }).toISODate()!, to: now.toISODate()!, bucket: 'DAY' },
    lastFullMonth(timeZone),
    { id: 'this-year', label: 'This year', from: now.startOf('year').toISODate()!, to: now.toISODate()!, bucket: 'MONTH' },
  ];
}

/** Builds the address of a CSV export with the request's range, bucket and department. */
export function csvHref(path: '/reports/report.csv' | '/reports/contacts.csv', request: ReportRequest): string {
  const params = new URLSearchParams({ from: request.from, to: request.to });
  if (path === '/reports/report.csv') params.set('bucket', bucketParam(request.bucket));
  if (request.departmentId) params.set('department', request.departmentId);
  return `${path}?${params.toString()}`;
}

/** Formats a bucket's first date as a short label: "Mar 2" for days and weeks, "Mar 2026" for months. */
export function bucketLabel(bucket: string, width: ReportBucket): string {
  const date = DateTime.fromISO(bucket, { locale: 'en-US' });
  if (!date.isValid) return bucket;
  if (width === 'MONTH') return date.toFormat('LLL yyyy');
  if (width === 'WEEK') return `Week of ${date.toFormat('LLL d')}`;
  return date.toFormat('LLL d');
}
