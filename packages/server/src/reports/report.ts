import type { CoreDeps } from '../core/deps.js';
import { findDepartment, type DepartmentRecord } from '../directory/service.js';
import {
  contactsByChannel,
  contactsByDepartment,
  contactsByProgram,
  contactsByTopic,
  firstContactResolution,
  firstResponseTime,
  kudosMetrics,
  phoneMetrics,
  repeatContacts,
  resolutionTime,
  resolvedContacts,
  satisfaction,
  topReasons,
  totalContacts,
  transfers,
  workloadPerAgent,
  type MetricScope,
} from './metrics.js';
import { counterServices } from './counter-services.js';
import { parsePeriod, previousPeriod, type Bucket, type Period } from './period.js';

export const BUCKETS: readonly Bucket[] = ['day', 'week', 'month'];

/**
 * Computes every metric for one period. The queries are started together, so
 * on PostgreSQL they run side by side on the connection pool (PGlite runs them
 * one at a time). Total contacts and the topic split are queried once and
 * shared with the metrics derived from them.
 */
export async function computeMetrics(scope: MetricScope) {
  const contacts = totalContacts(scope);
  const byTopic = contactsByTopic(scope);
  const [
    totalContactsResult,
    channelResult,
    topicResult,
    departmentResult,
    topReasonsResult,
    programResult,
    resolvedResult,
    resolutionTimeResult,
    firstResponseTimeResult,
    firstContactResolutionResult,
    transfersResult,
    repeatContactsResult,
    workloadResult,
    phoneResult,
    satisfactionResult,
    kudosResult,
    counterServicesResult,
  ] = await Promise.all([
    contacts,
    contactsByChannel(scope),
    byTopic,
    contactsByDepartment(scope),
    topReasons(scope, byTopic),
    contactsByProgram(scope),
    resolvedContacts(scope),
    resolutionTime(scope),
    firstResponseTime(scope),
    firstContactResolution(scope, contacts),
    transfers(scope, contacts),
    repeatContacts(scope),
    workloadPerAgent(scope),
    phoneMetrics(scope),
    satisfaction(scope),
    kudosMetrics(scope),
    counterServices(scope, byTopic),
  ]);
  return {
    period: scope.period,
    totalContacts: totalContactsResult,
    contactsByChannel: channelResult,
    contactsByTopic: topicResult,
    contactsByDepartment: departmentResult,
    topReasons: topReasonsResult,
    contactsByProgram: programResult,
    resolved: resolvedResult,
    resolutionTime: resolutionTimeResult,
    firstResponseTime: firstResponseTimeResult,
    firstContactResolution: firstContactResolutionResult,
    transfers: transfersResult,
    repeatContacts: repeatContactsResult,
    workloadPerAgent: workloadResult,
    phone: phoneResult,
    satisfaction: satisfactionResult,
    kudos: kudosResult,
    counterServices: counterServicesResult,
  };
}

export type PeriodMetrics = Awaited<ReturnType<typeof computeMetrics>>;

export type ReportInput = { from: string; to: string; bucket: string; departmentId?: string | null };

/** A validated report request: the range, its bucket width and, for the department view, the department. */
export type ReportRequest = { period: Period; bucket: Bucket; department: DepartmentRecord | null };

export type InvalidReportInput = { kind: 'invalid_input'; field: string; message: string };

export type ReportResult =
  | { kind: 'ok'; bucket: Bucket; department: DepartmentRecord | null; current: PeriodMetrics; previous: PeriodMetrics }
  | InvalidReportInput;

/**
 * Checks a report request: the bucket, the two local dates and, when given,
 * that departmentId names an existing department. Each error names its field;
 * `departmentField` is the department's parameter name in the caller's API.
 */
export async function parseReportRequest(
  deps: CoreDeps,
  input: ReportInput,
  departmentField = 'departmentId',
): Promise<{ kind: 'ok'; request: ReportRequest } | InvalidReportInput> {
  if (!BUCKETS.includes(input.bucket as Bucket)) {
    return { kind: 'invalid_input', field: 'bucket', message: `bucket must be one of ${BUCKETS.join(', ')}, got ${JSON.stringify(input.bucket)}` };
  }
  const parsed = parsePeriod(input.from, input.to, deps.centerTimeZone);
  if (parsed.kind !== 'ok') return parsed;
  const department = await parseDepartment(deps, input.departmentId, departmentField);
  if (department.kind !== 'ok') return department;
  return { kind: 'ok', request: { period: parsed.period, bucket: input.bucket as Bucket, department: department.department } };
}

/** Looks up the department of the department view; null or undefined means the whole center. */
export async function parseDepartment(
  deps: CoreDeps,
  id: string | null | undefined,
  field = 'departmentId',
): Promise<{ kind: 'ok'; department: DepartmentRecord | null } | InvalidReportInput> {
  if (id === undefined || id === null) return { kind: 'ok', department: null };
  const department = await findDepartment(deps.db, id);
  if (!department) {
    return {
      kind: 'invalid_input',
      field,
      message: `${field} ${JSON.stringify(id.slice(0, 60))} is not a known department; use the id of one from the departments query`,
    };
  }
  return { kind: 'ok', department };
}

/**
 * Builds the report for the local dates `from`..`to` (inclusive) in the
 * center's zone, with the same metrics for the previous period of the same
 * number of days for comparison. With `departmentId`, every metric covers only
 * that department's inquiries (the department view).
 */
export async function buildReport(deps: CoreDeps, input: ReportInput): Promise<ReportResult> {
  const parsed = await parseReportRequest(deps, input);
  if (parsed.kind !== 'ok') return parsed;
  return computeReport(deps, parsed.request);
}

/** Computes a validated report request: the range and the previous period, side by side. */
export async function computeReport(deps: CoreDeps, request: ReportRequest): Promise<Extract<ReportResult, { kind: 'ok' }>> {
  const departmentId = request.department?.id;
  const previous = previousPeriod(request.period, deps.centerTimeZone);
  const [current, before] = await Promise.all([
    computeMetrics({ deps, period: request.period, bucket: request.bucket, departmentId }),
    computeMetrics({ deps, period: previous, bucket: request.bucket, departmentId }),
  ]);
  return { kind: 'ok', bucket: request.bucket, department: request.department, current, previous: before };
}
