import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, inquiries, topics } from '../db/schema.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { ImportInputError } from './csv311.js';
import { BOULDER_2017_SOURCE_SYSTEM, importBoulder2017File, type Boulder2017Summary } from './boulder-2017.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const boulderFile = path.resolve(repositoryRoot, '../shared/data/boulder-crm-requests-by-topic-2017.csv');
const dataMissing = !fs.existsSync(boulderFile);
if (dataMissing) console.warn(`Skipping the Boulder 2017 contact log tests: ${boulderFile} is missing.`);

// The channel table of docs/import.md, written out again here so the test
// checks the importer against the documentation, not against its own code.
const documentedChannels: Record<string, string> = { Phone: 'phone', Web: 'web', iPhone: 'web', Android: 'web', Email: 'email', Other: 'phone' };

type FileCounts = { total: number; byLabel: Record<string, number>; byChannel: Record<string, number>; byDepartment: Record<string, number> };

function increment(counts: Record<string, number>, key: string) {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Counts the rows of the file by "Entered via", by documented channel and by department. */
function countFile(file: string): FileCounts {
  const rows = parse(fs.readFileSync(file), { bom: true, columns: true }) as Record<string, string>[];
  const counts: FileCounts = { total: rows.length, byLabel: {}, byChannel: {}, byDepartment: {} };
  for (const row of rows) {
    const channel = documentedChannels[row['Entered via']];
    if (!channel) throw new Error(`Entered via "${row['Entered via']}" is not in the documented table`);
    increment(counts.byLabel, row['Entered via']);
    increment(counts.byChannel, channel);
    increment(counts.byDepartment, row.Department);
  }
  return counts;
}

function writeTempCsv(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-boulder-'));
  const file = path.join(dir, 'boulder.csv');
  fs.writeFileSync(file, text);
  return file;
}

describe.each(databaseKinds())('Boulder 2017 contact log import on %s', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });

  afterAll(async () => {
    await database?.close();
  });

  /** Counts the imported inquiries grouped by `key`, an SQL expression over inquiries and departments. */
  async function countImported(key: SQL): Promise<Record<string, number>> {
    const rows = await database.deps.db
      .select({ key: sql<string>`${key}`, count: sql<number>`count(*)::int` })
      .from(inquiries)
      .leftJoin(departments, eq(departments.id, inquiries.departmentId))
      .where(eq(inquiries.sourceSystem, BOULDER_2017_SOURCE_SYSTEM))
      .groupBy(sql`1`);
    return Object.fromEntries(rows.map((row) => [row.key, Number(row.count)]));
  }

  async function findImported(sourceId: string) {
    const [row] = await database.deps.db
      .select({
        status: inquiries.status,
        createdAt: inquiries.createdAt,
        resolvedAt: inquiries.resolvedAt,
        subject: inquiries.subject,
        channel: inquiries.channel,
        attributes: inquiries.attributes,
        topic: topics.name,
      })
      .from(inquiries)
      .leftJoin(topics, eq(topics.id, inquiries.topicId))
      .where(and(eq(inquiries.sourceSystem, BOULDER_2017_SOURCE_SYSTEM), eq(inquiries.sourceId, sourceId)));
    return row;
  }

  describe.skipIf(dataMissing)('the real file', () => {
    let first: Boulder2017Summary;
    let expected: FileCounts;

    beforeAll(async () => {
      await database.reset();
      expected = countFile(boulderFile);
      const started = performance.now();
      first = await importBoulder2017File(database.deps, { file: boulderFile, timeZone: 'America/Denver' });
      console.info(`Boulder 2017 import on ${kind}: ${first.total} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }, 600_000);

    it('imports every row', () => {
      expect(first.failed).toEqual([]);
      expect(first.total).toBe(expected.total);
      expect(first.created).toBe(expected.total);
      expect(first.skipped).toBe(0);
    });

    it('matches counts by entered via', async () => {
      expect(await countImported(sql`${inquiries.attributes}->>'enteredVia'`)).toEqual(expected.byLabel);
    });

    it('matches counts by channel', async () => {
      expect(await countImported(sql`${inquiries.channel}::text`)).toEqual(expected.byChannel);
    });

    it('matches counts by department', async () => {
      expect(await countImported(sql`${departments.name}`)).toEqual(expected.byDepartment);
    });

    it('stores resolved inquiries at local noon', async () => {
      const row = await findImported('1');
      expect(row.status).toBe('resolved');
      // Row 1 is "1,Phone,Public Works,Alley Maintenance,5/10/17": noon MDT is 18:00 UTC.
      expect(row.createdAt.toISOString()).toBe('2017-05-10T18:00:00.000Z');
      expect(row.resolvedAt?.toISOString()).toBe('2017-05-10T18:00:00.000Z');
      expect(row.subject).toBe('Alley Maintenance');
      expect(row.topic).toBe('Alley Maintenance');
    });

    it('adds nothing on a second run', async () => {
      const second = await importBoulder2017File(database.deps, { file: boulderFile, timeZone: 'America/Denver' });
      expect(second.created).toBe(0);
      expect(second.skipped).toBe(expected.total);
      expect(second.failed).toEqual([]);
      const total = await countImported(sql`'all'`);
      expect(total).toEqual({ all: expected.total });
    }, 600_000);
  });

  it('reports bad rows and imports the rest', async () => {
    await database.reset();
    const file = writeTempCsv(
      [
        '\uFEFFUnique ID,Entered via,Department,Topic,Entered date',
        'T1,Phone,Public Works,Snow Removal,1/15/17',
        ',Web,Public Works,Snow Removal,1/16/17',
        'T3,Fax,Public Works,Snow Removal,1/17/17',
        'T4,Web,Public Works,Snow Removal,2017-01-18',
        'T5,Web,Public Works,Snow Removal,2/30/17',
        'T6,Email,Police,Noise,12/31/17',
        'T7,Other,,Noise,12/31/17',
      ].join('\r\n'),
    );

    const summary = await importBoulder2017File(database.deps, { file, timeZone: 'America/Denver' });

    expect(summary.total).toBe(7);
    expect(summary.created).toBe(2);
    expect(summary.failed).toEqual([
      { line: 3, reason: 'Unique ID is empty' },
      { line: 4, sourceId: 'T3', reason: 'Entered via "Fax" is not one of Phone, Web, iPhone, Android, Email, Other' },
      { line: 5, sourceId: 'T4', reason: 'Entered date "2017-01-18" is not a date in the form M/D/YY' },
      { line: 6, sourceId: 'T5', reason: 'Entered date "2/30/17" is not a date in the form M/D/YY' },
      { line: 8, sourceId: 'T7', reason: 'Department is empty' },
    ]);
    expect(await countImported(sql`${inquiries.sourceId}`)).toEqual({ T1: 1, T6: 1 });
  });

  it('places dates at noon in the given zone', async () => {
    await database.reset();
    const file = writeTempCsv('Unique ID,Entered via,Department,Topic,Entered date\nZ1,Android,Parks,Trails,1/15/17\n');

    await importBoulder2017File(database.deps, { file, timeZone: 'Europe/Berlin' });

    const row = await findImported('Z1');
    expect(row.createdAt.toISOString()).toBe('2017-01-15T11:00:00.000Z');
    expect(row.channel).toBe('web');
    expect(row.attributes).toEqual({ enteredVia: 'Android' });
  });

  it('stops when the signal aborts', async () => {
    await database.reset();
    const rows = ['Unique ID,Entered via,Department,Topic,Entered date'];
    for (let id = 1; id <= 20; id += 1) rows.push(`S${id},Web,Police,Noise,3/${id}/17`);
    const file = writeTempCsv(rows.join('\n'));
    const stop = new AbortController();

    // The abort runs from the event loop, as the SIGINT handler of the command does.
    const summary = await importBoulder2017File(database.deps, {
      file,
      timeZone: 'America/Denver',
      signal: stop.signal,
      onProgress: (done) => {
        if (done === 0) setImmediate(() => stop.abort());
      },
    });

    expect(summary.stopped).toBe(true);
    expect(summary.created).toBeLessThan(20);
    expect(await countImported(sql`'all'`)).toEqual(summary.created === 0 ? {} : { all: summary.created });
  });

  it('rejects a file without the columns', async () => {
    const file = writeTempCsv('Unique ID,Channel,Department\n1,Phone,Police\n');
    await expect(importBoulder2017File(database.deps, { file, timeZone: 'America/Denver' })).rejects.toThrow(
      new ImportInputError(`${file} lacks columns of the Boulder 2017 contact log: Entered via, Topic, Entered date`),
    );
  });

  it('rejects an invalid time zone', async () => {
    await expect(importBoulder2017File(database.deps, { file: 'unused.csv', timeZone: 'Mars/Olympus' })).rejects.toThrow(ImportInputError);
  });
});
