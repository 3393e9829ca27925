import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { DateTime, IANAZone } from 'luxon';
import type { CoreDeps } from '../core/deps.js';
import { ensureDepartment, ensureTopic } from '../directory/service.js';
import { receiveInquiry, SUBJECT_MAX } from '../inquiries/intake.js';
import type { Channel } from '../inquiries/views.js';
import { ImportInputError } from './csv311.js';

/**
 * Imports the City of Boulder's 2017 contact log ("CRM requests by topic",
 * columns Unique ID, Entered via, Department, Topic, Entered date) as
 * resolved historical inquiries. Every row goes through receiveInquiry with
 * its source id, so a second run over the same file creates nothing.
 */

export const BOULDER_2017_SOURCE_SYSTEM = 'boulder-crm-2017';
export const BOULDER_2017_FILE = 'boulder-crm-requests-by-topic-2017.csv';
/** Key in `inquiries.attributes` that stores the file's own "Entered via" value, such as "iPhone". */
export const ENTERED_VIA_KEY = 'enteredVia';

/**
 * "Entered via" values and the channel each becomes, keyed in lower case.
 * docs/import.md documents the same table, so change both together.
 * Other becomes phone, because the center records a contact of unrecorded
 * origin as a call (as NYC's UNKNOWN does).
 */
export const boulderChannels: Readonly<Record<string, Channel>> = {
  phone: 'phone',
  web: 'web',
  iphone: 'web',
  android: 'web',
  email: 'email',
  other: 'phone',
};

const requiredColumns = ['Unique ID', 'Entered via', 'Department', 'Topic', 'Entered date'];

/** The hour of the day at which a date-only row is placed, in the import's time zone. */
const RECEIVED_HOUR = 12;

export type Boulder2017Options = {
  file: string;
  /** IANA zone in which each entered date is placed at noon. */
  timeZone: string;
  /** Called before the first row and after each row, with `total` the number of data rows. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the import after the current row, and the summary then has `stopped: true`. */
  signal?: AbortSignal;
};

/** A row that could not be mapped or was rejected by the intake. */
export type Boulder2017Failure = {
  /** Line of the file on which the row ends (a quoted cell may span lines); the header is line 1. */
  line: number;
  sourceId?: string;
  reason: string;
};

export type Boulder2017Summary = {
  file: string;
  timeZone: string;
  /** Data rows in the file, without the header. */
  total: number;
  created: number;
  /** Rows whose Unique ID was already imported. */
  skipped: number;
  failed: Boulder2017Failure[];
  createdByChannel: Record<Channel, number>;
  /** True when the signal stopped the import before the last row. */
  stopped: boolean;
};

type MappedRow = {
  sourceId: string;
  enteredVia: string;
  channel: Channel;
  departmentName: string;
  topicName: string;
  receivedAt: Date;
};

type MapResult = { ok: true; row: MappedRow } | { ok: false; sourceId?: string; reason: string };

/** Collapses runs of white space, so a name with a line break matches the same name without one. */
function singleLine(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns the channel for an "Entered via" value, or undefined when the table lacks it. */
export function boulderChannel(value: string): Channel | undefined {
  const key = value.trim().toLowerCase();
  return Object.hasOwn(boulderChannels, key) ? boulderChannels[key] : undefined;
}

/**
 * Returns noon of an M/D/YY (or M/D/YYYY) date in `timeZone`, or undefined
 * when the text is not such a date. Two-digit years are read as 20YY.
 */
export function parseEnteredDate(value: string, timeZone: string): Date | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  if (!match) return undefined;
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  // Noon exists on every day in every zone, unlike midnight on some daylight-saving days.
  const date = DateTime.fromObject({ year, month: Number(match[1]), day: Number(match[2]), hour: RECEIVED_HOUR }, { zone: timeZone });
  return date.isValid ? date.toJSDate() : undefined;
}

function mapRow(record: Record<string, string>, timeZone: string): MapResult {
  const sourceId = singleLine(record['Unique ID']);
  if (!sourceId) return { ok: false, reason: 'Unique ID is empty' };

  const enteredVia = singleLine(record['Entered via']);
  const channel = boulderChannel(enteredVia);
  if (!channel) return { ok: false, sourceId, reason: `Entered via "${enteredVia}" is not one of Phone, Web, iPhone, Android, Email, Other` };

  const dateText = singleLine(record['Entered date']);
  if (!dateText) return { ok: false, sourceId, reason: 'Entered date is empty' };
  const receivedAt = parseEnteredDate(dateText, timeZone);
  if (!receivedAt) return { ok: false, sourceId, reason: `Entered date "${dateText}" is not a date in the form M/D/YY` };

  const departmentName = singleLine(record.Department);
  if (!departmentName) return { ok: false, sourceId, reason: 'Department is empty' };
  const topicName = singleLine(record.Topic);
  if (!topicName) return { ok: false, sourceId, reason: 'Topic is empty' };
  if (topicName.length > SUBJECT_MAX) return { ok: false, sourceId, reason: `Topic is longer than ${SUBJECT_MAX} characters` };

  return { ok: true, row: { sourceId, enteredVia, channel, departmentName, topicName, receivedAt } };
}

type ParsedRecord = { record: Record<string, string>; info: { lines: number } };

/**
 * Reads the whole file (the 2017 log is about 300 KB) and checks its header.
 * Throws ImportInputError, naming the file, when it is missing, unreadable,
 * malformed or lacks a column.
 */
function readRecords(file: string): ParsedRecord[] {
  let records: ParsedRecord[];
  try {
    records = parse(fs.readFileSync(file), {
      bom: true,
      columns: (header: string[]) => {
        const names = header.map((name) => name.trim());
        const missing = requiredColumns.filter((column) => !names.includes(column));
        if (missing.length > 0) throw new ImportInputError(`${file} lacks columns of the Boulder 2017 contact log: ${missing.join(', ')}`);
        return names;
      },
      skip_empty_lines: true,
      info: true,
    }) as ParsedRecord[];
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    if (error instanceof CsvError) throw new ImportInputError(`${file} is not a readable CSV file: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportInputError(`File not found: ${file}`);
    if (code === 'EISDIR') throw new ImportInputError(`${file} is a directory, not a CSV file`);
    if (code === 'EACCES' || code === 'EPERM') throw new ImportInputError(`Cannot read ${file}: permission denied`);
    throw error;
  }
  return records;
}

/**
 * Finds or creates departments and topics by name, caching ids for the run.
 * Topic names are unique across departments, so a topic that already exists
 * under another department keeps that department.
 */
class Directory {
  private readonly departmentIds = new Map<string, string>();
  private readonly topicIds = new Map<string, string>();

  constructor(private readonly deps: CoreDeps) {}

  async department(name: string): Promise<string> {
    let id = this.departmentIds.get(name);
    if (!id) {
      id = (await ensureDepartment(this.deps.db, { name })).id;
      this.departmentIds.set(name, id);
    }
    return id;
  }

  async topic(name: string, departmentId: string): Promise<string> {
    let id = this.topicIds.get(name);
    if (!id) {
      id = (await ensureTopic(this.deps.db, { name, departmentId })).id;
      this.topicIds.set(name, id);
    }
    return id;
  }
}

/** Keeps the per-row "inquiry received" lines at debug level, as the 311 importer does. */
function bulkLogger(deps: CoreDeps): CoreDeps['log'] {
  return deps.log.level === 'info' ? deps.log.child({ module: 'import' }, { level: 'warn' }) : deps.log;
}

/**
 * Imports the Boulder 2017 contact log through receiveInquiry, one
 * transaction per row. Each row becomes an inquiry resolved at the moment it
 * was received, because the log has no resolution times. Rows already
 * imported are skipped and rows that cannot be mapped are listed in `failed`;
 * neither stops the run. Throws ImportInputError before writing anything when
 * the file or the zone is unusable. A database error stops the run and is
 * thrown; the rows already written stay.
 */
export async function importBoulder2017File(deps: CoreDeps, options: Boulder2017Options): Promise<Boulder2017Summary> {
  if (!IANAZone.isValidZone(options.timeZone)) {
    throw new ImportInputError(`Invalid time zone "${options.timeZone}". Use an IANA zone such as America/Denver.`);
  }
  const file = path.resolve(options.file);
  const records = readRecords(file);

  const summary: Boulder2017Summary = {
    file,
    timeZone: options.timeZone,
    total: records.length,
    created: 0,
    skipped: 0,
    failed: [],
    createdByChannel: { phone: 0, walk_in: 0, email: 0, web: 0 },
    stopped: false,
  };

  const rowDeps: CoreDeps = { ...deps, log: bulkLogger(deps) };
  const directory = new Directory(deps);
  options.onProgress?.(0, records.length);

  for (const [index, { record, info }] of records.entries()) {
    // PGlite resolves its queries without returning to the event loop, so without this
    // the SIGINT handler that aborts the signal would run only after the last row.
    await yieldToEventLoop();
    if (options.signal?.aborted) {
      summary.stopped = true;
      break;
    }

    const mapped = mapRow(record, options.timeZone);
    if (!mapped.ok) {
      summary.failed.push({ line: info.lines, sourceId: mapped.sourceId, reason: mapped.reason });
    } else {
      const values = mapped.row;
      const departmentId = await directory.department(values.departmentName);
      const topicId = await directory.topic(values.topicName, departmentId);
      const result = await receiveInquiry(rowDeps, {
        channel: values.channel,
        subject: values.topicName,
        receivedAt: values.receivedAt,
        resolvedAt: values.receivedAt,
        source: { system: BOULDER_2017_SOURCE_SYSTEM, id: values.sourceId },
        // The file's department, even when the topic already belongs to another one.
        departmentId,
        topicId,
        attributes: { [ENTERED_VIA_KEY]: values.enteredVia },
      });
      if (result.kind === 'created') {
        summary.created += 1;
        summary.createdByChannel[values.channel] += 1;
      } else if (result.kind === 'duplicate') {
        summary.skipped += 1;
      } else {
        summary.failed.push({ line: info.lines, sourceId: values.sourceId, reason: result.message });
      }
    }
    options.onProgress?.(index + 1, records.length);
  }
  return summary;
}
