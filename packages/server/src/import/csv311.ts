import fs from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { DateTime, IANAZone } from 'luxon';
import type { CoreDeps } from '../core/deps.js';
import { ensureDepartment, ensureTopic } from '../directory/service.js';
import { BODY_MAX, receiveInquiry, SUBJECT_MAX } from '../inquiries/intake.js';
import type { Channel } from '../inquiries/views.js';
import { bostonChannel, nycChannel } from './channel-mapping.js';

/**
 * Imports 311 service requests from the CSV exports of New York City and
 * Boston. Every row goes through receiveInquiry with its source id, so a
 * second run over the same file creates nothing.
 */

export type ImportFormat = 'nyc' | 'boston';

export type ImportOptions = {
  file: string;
  /** IANA zone of the file's date-times, which carry no offset (America/New_York for both cities). */
  timeZone: string;
  /** Detected from the header row when absent. */
  format?: ImportFormat;
  /** Called before the first row and after each row, with `total` the number of data rows. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the import after the current row, and the summary then has `stopped: true`. */
  signal?: AbortSignal;
};

/** A row that could not be mapped or was rejected by the intake. */
export type RowFailure = {
  /** Row number as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row: number;
  sourceId?: string;
  reason: string;
};

export type ImportSummary = {
  file: string;
  format: ImportFormat;
  sourceSystem: string;
  timeZone: string;
  /** Data rows in the file, without the header. */
  total: number;
  created: number;
  /** Rows whose source id was already imported. */
  skipped: number;
  failed: RowFailure[];
  createdByChannel: Record<Channel, number>;
  /** True when the signal stopped the import before the last row. */
  stopped: boolean;
};

/** The file is missing, unreadable, not CSV or not in a known format, or an option is invalid. Nothing was imported. */
export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportInputError';
  }
}

/** One source row, mapped onto what receiveInquiry needs. */
type MappedRow = {
  sourceId: string;
  channel: Channel;
  receivedAt: Date;
  resolvedAt?: Date;
  resolutionNote?: string;
  subject: string;
  body: string;
  departmentName?: string;
  topicName?: string;
};

type MapResult = { ok: true; row: MappedRow } | { ok: false; sourceId?: string; reason: string };

/** Reads a cell by column name, or '' for an absent column or cell. */
type CellReader = (column: string) => string;

type FormatSpec = {
  format: ImportFormat;
  label: string;
  sourceSystem: string;
  /** Columns without which no row can be mapped; the file is rejected when one is missing. */
  requiredColumns: string[];
  mapRow(cell: CellReader, timeZone: string): MapResult;
};

/** Parses a wall-clock time without offset in `timeZone`. Returns undefined when `value` does not match `format`. */
function parseLocalTime(value: string, format: string, timeZone: string): Date | undefined {
  // NOTE: luxon moves a time that falls in the spring-forward gap one hour later, and reads
  // a time repeated at the fall-back change as the first (daylight-saving) occurrence.
  const parsed = DateTime.fromFormat(value, format, { zone: timeZone, locale: 'en-US' });
  return parsed.isValid ? parsed.toJSDate() : undefined;
}

/** Collapses runs of white space, which the exports use in place of commas and line breaks. */
function singleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Timing = { receivedAt: Date; resolvedAt?: Date; resolutionNote?: string } | { reason: string };

/**
 * Reads the received time and, for a closed request, the closed time and
 * resolution text. A closed request without a valid closed time fails,
 * because importing it as open would put finished work back in the queue.
 */
function readTiming(
  cell: CellReader,
  columns: { created: string; closed: string; note: string },
  isClosed: boolean,
  pattern: { luxon: string; shown: string },
  timeZone: string,
): Timing {
  const createdText = cell(columns.created);
  if (!createdText) return { reason: `${columns.created} is empty` };
  const receivedAt = parseLocalTime(createdText, pattern.luxon, timeZone);
  if (!receivedAt) return { reason: `${columns.created} "${createdText}" is not a date-time in the form ${pattern.shown}` };
  if (!isClosed) return { receivedAt };

  const closedText = cell(columns.closed);
  if (!closedText) return { reason: `the request is closed but ${columns.closed} is empty` };
  const resolvedAt = parseLocalTime(closedText, pattern.luxon, timeZone);
  if (!resolvedAt) return { reason: `${columns.closed} "${closedText}" is not a date-time in the form ${pattern.shown}` };
  if (resolvedAt < receivedAt) return { reason: `${columns.closed} "${closedText}" is before ${columns.created} "${createdText}"` };

  const note = cell(columns.note);
  return { receivedAt, resolvedAt, resolutionNote: note ? truncate(note, BODY_MAX) : undefined };
}

/**
 * NYC agency codes and the department each becomes. The export's "Agency
 * Name" sometimes contains a unit ("A - Brooklyn", "Lot Cleaning") instead
 * of the agency, so these names keep one department per agency. Codes not
 * listed fall back to "Agency Name", then to the code.
 */
const nycAgencyDepartments: Readonly<Record<string, string>> = {
  DEP: 'Department of Environmental Protection',
  DFTA: 'Department for the Aging',
  DHS: 'Department of Homeless Services',
  DOB: 'Department of Buildings',
  DOHMH: 'Department of Health and Mental Hygiene',
  DOT: 'Department of Transportation',
  DPR: 'Department of Parks and Recreation',
  DSNY: 'Department of Sanitation',
  HPD: 'Department of Housing Preservation and Development',
  NYCEM: 'NYC Emergency Management',
  NYPD: 'New York City Police Department',
  TLC: 'Taxi and Limousine Commission',
};

const nycFormat: FormatSpec = {
  format: 'nyc',
  label: 'NYC 311',
  sourceSystem: 'nyc311',
  requiredColumns: [
    'Unique Key',
    'Created Date',
    'Closed Date',
    'Status',
    'Agency',
    'Complaint Type',
    'Descriptor',
    'Open Data Channel Type',
  ],
  mapRow(cell, timeZone) {
    const sourceId = cell('Unique Key');
    if (!sourceId) return { ok: false, reason: 'Unique Key is empty' };

    const channelValue = cell('Open Data Channel Type');
    const channel = nycChannel(channelValue);
    if (!channel) return { ok: false, sourceId, reason: `Open Data Channel Type "${channelValue}" is not in the NYC channel table` };

    const complaintType = singleLine(cell('Complaint Type'));
    const descriptor = singleLine(cell('Descriptor'));
    const subject = [complaintType, descriptor].filter(Boolean).join(': ');
    if (!subject) return { ok: false, sourceId, reason: 'Complaint Type and Descriptor are both empty' };

    const isClosed = cell('Status').toLowerCase() === 'closed';
    const timing = readTiming(
      cell,
      { created: 'Created Date', closed: 'Closed Date', note: 'Resolution Description' },
      isClosed,
      { luxon: 'MM/dd/yyyy hh:mm:ss a', shown: 'MM/DD/YYYY hh:mm:ss AM/PM' },
      timeZone,
    );
    if ('reason' in timing) return { ok: false, sourceId, reason: timing.reason };

    const agency = cell('Agency');
    const departmentName = (Object.hasOwn(nycAgencyDepartments, agency) ? nycAgencyDepartments[agency] : undefined) || singleLine(cell('Agency Name')) || agency;
    return {
      ok: true,
      row: {
        sourceId,
        channel,
        ...timing,
        subject: truncate(subject, SUBJECT_MAX),
        body: nycBody(cell, descriptor),
        departmentName: departmentName || undefined,
        topicName: complaintType || undefined,
      },
    };
  },
};

/** Builds the body from the descriptor, the kind of place and the incident address (or intersection), one per line. */
function nycBody(cell: CellReader, descriptor: string): string {
  const street =
    singleLine(cell('Incident Address')) ||
    [cell('Intersection Street 1'), cell('Intersection Street 2')].map(singleLine).filter(Boolean).join(' and ');
  const place = [street, singleLine(cell('City')), cell('Incident Zip')].filter(Boolean).join(', ');
  const locationType = singleLine(cell('Location Type'));

  const lines = [descriptor];
  if (locationType) lines.push(`Location type: ${locationType}`);
  if (street) lines.push(`Address: ${place}`);
  return truncate(lines.filter(Boolean).join('\n'), BODY_MAX);
}

const bostonFormat: FormatSpec = {
  format: 'boston',
  label: 'Boston 311',
  sourceSystem: 'boston311',
  requiredColumns: ['case_enquiry_id', 'open_dt', 'closed_dt', 'case_status', 'case_title', 'type', 'source'],
  mapRow(cell, timeZone) {
    const sourceId = cell('case_enquiry_id');
    if (!sourceId) return { ok: false, reason: 'case_enquiry_id is empty' };

    const channelValue = cell('source');
    const channel = bostonChannel(channelValue);
    if (!channel) return { ok: false, sourceId, reason: `source "${channelValue}" is not in the Boston channel table` };

    const type = singleLine(cell('type'));
    const reason = singleLine(cell('reason'));
    const subject = singleLine(cell('case_title')) || type || reason;
    if (!subject) return { ok: false, sourceId, reason: 'case_title, type and reason are all empty' };

    const isClosed = cell('case_status').toLowerCase() === 'closed';
    const timing = readTiming(
      cell,
      { created: 'open_dt', closed: 'closed_dt', note: 'closure_reason' },
      isClosed,
      { luxon: 'yyyy-MM-dd HH:mm:ss', shown: 'YYYY-MM-DD hh:mm:ss (24-hour)' },
      timeZone,
    );
    if ('reason' in timing) return { ok: false, sourceId, reason: timing.reason };

    const location = singleLine(cell('location'));
    const lines = [[reason, type].filter(Boolean).join(': ')];
    if (location) lines.push(`Location: ${location}`);
    return {
      ok: true,
      row: {
        sourceId,
        channel,
        ...timing,
        subject: truncate(subject, SUBJECT_MAX),
        body: truncate(lines.filter(Boolean).join('\n'), BODY_MAX),
        departmentName: singleLine(cell('subject')) || singleLine(cell('department')) || undefined,
        topicName: type || undefined,
      },
    };
  },
};

const formats: Record<ImportFormat, FormatSpec> = { nyc: nycFormat, boston: bostonFormat };

/**
 * Formats per-channel counts as "phone 73, walk_in 0, email 0, web 27". Logs
 * need this text form, because the logger redacts every `email` and `phone`
 * key as personal data.
 */
export function formatChannelCounts(counts: Record<Channel, number>): string {
  return Object.entries(counts)
    .map(([channel, count]) => `${channel} ${count}`)
    .join(', ');
}

/** Returns the format whose identifying columns the header contains. */
export function detectFormat(header: readonly string[]): ImportFormat | undefined {
  if (header.includes('Unique Key') && header.includes('Created Date')) return 'nyc';
  if (header.includes('case_enquiry_id') && header.includes('open_dt')) return 'boston';
  return undefined;
}

function toInputError(file: string, error: unknown): Error {
  if (error instanceof ImportInputError) return error;
  if (error instanceof CsvError) return new ImportInputError(`${file} is not a readable CSV file: ${error.message}`);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ImportInputError(`File not found: ${file}`);
  if (code === 'EISDIR') return new ImportInputError(`${file} is a directory, not a CSV file`);
  if (code === 'EACCES' || code === 'EPERM') return new ImportInputError(`Cannot read ${file}: permission denied`);
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Streams the records of a CSV file, header first, so memory stays flat
 * whatever the file size. A UTF-8 byte order mark is dropped and blank lines
 * are skipped. Errors name the file.
 */
async function* readCsvRecords(file: string): AsyncGenerator<string[]> {
  const input = fs.createReadStream(file);
  const parser = parse({ bom: true, skip_empty_lines: true });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    throw toInputError(file, error);
  } finally {
    input.destroy();
  }
}

/** Reads the header and counts the data rows, so the progress total is exact and a malformed file fails before any write. */
async function inspectFile(file: string, requested: ImportFormat | undefined): Promise<{ spec: FormatSpec; header: string[]; total: number }> {
  let header: string[] | undefined;
  let total = 0;
  for await (const record of readCsvRecords(file)) {
    if (header) total += 1;
    else header = record.map((name) => name.trim());
  }
  if (!header) throw new ImportInputError(`${file} is empty, but a header row was expected`);

  const detected = detectFormat(header);
  const format = requested ?? detected;
  if (!format) {
    throw new ImportInputError(
      `${file} is neither an NYC nor a Boston 311 export: the header has no "Unique Key" and "Created Date" (NYC) ` +
        'and no "case_enquiry_id" and "open_dt" (Boston)',
    );
  }
  const spec = formats[format];
  const missing = spec.requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    const hint = detected && detected !== format ? ` The header looks like the ${formats[detected].label} format; use --format ${detected}.` : '';
    throw new ImportInputError(`${file} lacks columns of the ${spec.label} format: ${missing.join(', ')}.${hint}`);
  }
  return { spec, header, total };
}

/**
 * Finds or creates the department and topic of a row, caching ids for the
 * run. Topic names are unique across departments, so a topic that already
 * exists keeps its department, and the inquiry is routed there.
 */
class DirectoryCache {
  private readonly departmentIds = new Map<string, string>();
  private readonly topicIds = new Map<string, string>();

  constructor(private readonly deps: CoreDeps) {}

  async routing(departmentName?: string, topicName?: string): Promise<{ topicId?: string; departmentId?: string }> {
    if (!departmentName) return {};
    const departmentId = await this.department(departmentName);
    if (!topicName) return { departmentId };

    let topicId = this.topicIds.get(topicName);
    if (!topicId) {
      topicId = (await ensureTopic(this.deps.db, { name: topicName, departmentId })).id;
      this.topicIds.set(topicName, topicId);
    }
    return { topicId };
  }

  private async department(name: string): Promise<string> {
    let id = this.departmentIds.get(name);
    if (!id) {
      id = (await ensureDepartment(this.deps.db, { name })).id;
      this.departmentIds.set(name, id);
    }
    return id;
  }
}

/**
 * Raises an info-level logger to warn for the per-row intake calls, because
 * a bulk import would otherwise log one "inquiry received" line per row.
 * Debug and trace levels are kept, so those lines can still be turned on.
 */
function bulkLogger(deps: CoreDeps): CoreDeps['log'] {
  return deps.log.level === 'info' ? deps.log.child({ module: 'import' }, { level: 'warn' }) : deps.log;
}

/**
 * Imports a 311 CSV export through receiveInquiry, one transaction per row.
 * Rows already imported (same source system and id) are skipped and rows
 * that cannot be mapped are listed in `failed`. Neither stops the run.
 * Throws ImportInputError before writing anything when the file or an option
 * is unusable. A database error stops the run and is thrown. The rows
 * already written stay, and a second run continues after them.
 */
export async function import311File(deps: CoreDeps, options: ImportOptions): Promise<ImportSummary> {
  if (!IANAZone.isValidZone(options.timeZone)) {
    throw new ImportInputError(`Invalid time zone "${options.timeZone}". Use an IANA zone such as America/New_York.`);
  }
  const file = path.resolve(options.file);
  const { spec, header, total } = await inspectFile(file, options.format);

  const summary: ImportSummary = {
    file,
    format: spec.format,
    sourceSystem: spec.sourceSystem,
    timeZone: options.timeZone,
    total,
    created: 0,
    skipped: 0,
    failed: [],
    createdByChannel: { phone: 0, walk_in: 0, email: 0, web: 0 },
    stopped: false,
  };

  const columnIndex = new Map(header.map((name, index) => [name, index] as const));
  const rowDeps: CoreDeps = { ...deps, log: bulkLogger(deps) };
  const directory = new DirectoryCache(deps);
  let done = 0;
  options.onProgress?.(0, total);

  let isHeader = true;
  for await (const record of readCsvRecords(file)) {
    if (isHeader) {
      isHeader = false;
      continue;
    }
    if (options.signal?.aborted) {
      summary.stopped = true;
      break;
    }

    const row = done + 2;
    const cell: CellReader = (column) => {
      const index = columnIndex.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const mapped = spec.mapRow(cell, options.timeZone);

    if (!mapped.ok) {
      summary.failed.push({ row, sourceId: mapped.sourceId, reason: mapped.reason });
    } else {
      const values = mapped.row;
      const routing = await directory.routing(values.departmentName, values.topicName);
      const result = await receiveInquiry(rowDeps, {
        channel: values.channel,
        subject: values.subject,
        body: values.body,
        receivedAt: values.receivedAt,
        resolvedAt: values.resolvedAt,
        resolutionNote: values.resolutionNote,
        source: { system: spec.sourceSystem, id: values.sourceId },
        ...routing,
      });
      if (result.kind === 'created') {
        summary.created += 1;
        summary.createdByChannel[values.channel] += 1;
      } else if (result.kind === 'duplicate') {
        summary.skipped += 1;
      } else {
        summary.failed.push({ row, sourceId: values.sourceId, reason: result.message });
      }
    }

    done += 1;
    options.onProgress?.(done, total);
  }
  return summary;
}
