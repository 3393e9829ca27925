import { DateTime } from 'luxon';

export type Bucket = 'day' | 'week' | 'month';

/** A validated report range: local dates in the center's zone and the UTC instants that bound them. */
export type Period = {
  /** First local date, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last local date, YYYY-MM-DD, inclusive. */
  to: string;
  /** Start of `from` in the center's zone, as an instant. */
  start: Date;
  /** Start of the day after `to` in the center's zone: the exclusive end. */
  end: Date;
  days: number;
};

export type PeriodResult = { kind: 'ok'; period: Period } | { kind: 'invalid_input'; field: string; message: string };

/** The maximum number of days in a report range, so one request cannot ask for centuries of day buckets. */
export const MAX_RANGE_DAYS = 3 * 366;

/** Parses an inclusive range of two local dates in `zone`, rejecting malformed or reversed dates by field name. */
export function parsePeriod(from: string, to: string, zone: string): PeriodResult {
  const first = parseLocalDate(from, zone);
  if (!first) return { kind: 'invalid_input', field: 'from', message: `from must be a date such as 2026-03-01, got ${JSON.stringify(from)}` };
  const last = parseLocalDate(to, zone);
  if (!last) return { kind: 'invalid_input', field: 'to', message: `to must be a date such as 2026-03-31, got ${JSON.stringify(to)}` };
  if (last < first) return { kind: 'invalid_input', field: 'to', message: `to (${to}) must not be before from (${from})` };

  const days = Math.round(last.diff(first, 'days').days) + 1;
  if (days > MAX_RANGE_DAYS) {
    return { kind: 'invalid_input', field: 'to', message: `the range covers ${days} days; the maximum is ${MAX_RANGE_DAYS}` };
  }
  return { kind: 'ok', period: toPeriod(first, last) };
}

/** Returns the period of the same number of days that ends the day before `period` starts. */
export function previousPeriod(period: Period, zone: string): Period {
  const first = DateTime.fromISO(period.from, { zone });
  const last = first.minus({ days: 1 });
  return toPeriod(last.minus({ days: period.days - 1 }), last);
}

/** Bucket lists already computed, by period, width and zone: a report asks for the same list for every key of every metric. */
const bucketLists = new Map<string, readonly string[]>();
const BUCKET_LIST_CACHE_SIZE = 200;

/**
 * Lists the buckets that overlap `period`, each named by its first local date.
 * A week starts on Monday (ISO), so the first week bucket may start before `from`
 * and the last may end after `to`. Only contacts inside the range count in them.
 */
export function listBuckets(period: Period, bucket: Bucket, zone: string): string[] {
  const key = `${period.from}|${period.to}|${bucket}|${zone}`;
  const known = bucketLists.get(key);
  if (known) return [...known];
  const last = DateTime.fromISO(period.to, { zone });
  const labels: string[] = [];
  for (let cursor = DateTime.fromISO(period.from, { zone }).startOf(bucket); cursor <= last; cursor = cursor.plus({ [`${bucket}s`]: 1 })) {
    labels.push(cursor.toISODate()!);
  }
  if (bucketLists.size >= BUCKET_LIST_CACHE_SIZE) bucketLists.delete(bucketLists.keys().next().value!);
  bucketLists.set(key, labels);
  return [...labels];
}

/** Names the bucket that contains `instant` in `zone`: the bucket's first local date. */
export function bucketOf(instant: Date, bucket: Bucket, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).startOf(bucket).toISODate()!;
}

function parseLocalDate(value: string, zone: string): DateTime | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = DateTime.fromISO(value, { zone });
  return date.isValid ? date : undefined;
}

function toPeriod(first: DateTime, last: DateTime): Period {
  return {
    from: first.toISODate()!,
    to: last.toISODate()!,
    start: first.startOf('day').toJSDate(),
    end: last.plus({ days: 1 }).startOf('day').toJSDate(),
    days: Math.round(last.diff(first, 'days').days) + 1,
  };
}
