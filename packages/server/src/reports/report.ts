import type { CoreDeps } from '../core/deps.js';
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
  type MetricScope,
} from './metrics.js';
import { parsePeriod, previousPeriod, type Bucket, type Period } from './period.js';

const BUCKETS: readonly Bucket[] = ['day', 'week', 'month'];

/**
 * Computes every metric for one period, one query after another.
 * NOTE: the latency at 1 million inquiries is not measured yet.
 */
export async function computeMetrics(scope: MetricScope) {
  return {
    period: scope.period,
    totalContacts: await totalContacts(scope),
    contactsByChannel: await contactsByChannel(scope),
    contactsByTopic: await contactsByTopic(scope),
    contactsByDepartment: await contactsByDepartment(scope),
    resolved: await resolvedContacts(scope),
    resolutionTime: await resolutionTime(scope),
    firstResponseTime: await firstResponseTime(scope),
    firstContactResolution: await firstContactResolution(scope),
    transfers: await transfers(scope),
    repeatContacts: await repeatContacts(scope),
    workloadPerAgent: await workloadPerAgent(scope),
    phone: await phoneMetrics(scope),
  };
}

export type PeriodMetrics = Awaited<ReturnType<typeof computeMetrics>>;

export type ReportResult =
  | { kind: 'ok'; bucket: Bucket; current: PeriodMetrics; previous: PeriodMetrics }
  | { kind: 'invalid_input'; field: string; message: string };

/**
 * Builds the report for the local dates `from`..`to` (inclusive) in the
 * center's zone, with the same metrics for the previous period of the same
 * number of days for comparison.
 */
export async function buildReport(deps: CoreDeps, input: { from: string; to: string; bucket: string }): Promise<ReportResult> {
  if (!BUCKETS.includes(input.bucket as Bucket)) {
    return { kind: 'invalid_input', field: 'bucket', message: `bucket must be one of ${BUCKETS.join(', ')}, got ${JSON.stringify(input.bucket)}` };
  }
  const bucket = input.bucket as Bucket;
  const parsed = parsePeriod(input.from, input.to, deps.centerTimeZone);
  if (parsed.kind !== 'ok') return parsed;

  const previous: Period = previousPeriod(parsed.period, deps.centerTimeZone);
  return {
    kind: 'ok',
    bucket,
    current: await computeMetrics({ deps, period: parsed.period, bucket }),
    previous: await computeMetrics({ deps, period: previous, bucket }),
  };
}
