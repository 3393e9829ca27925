import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, inquiries, topics } from '../db/schema.js';
import { countByChannel } from '../inquiries/inbox.js';
import type { Actor } from '../core/deps.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { import311File, ImportInputError, type ImportSummary } from './csv311.js';
import { importDemoRequests } from './demo.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const sharedDataDir = path.resolve(repositoryRoot, '../shared/data');
const nycFile = path.join(sharedDataDir, 'nyc311-100.csv');
const bostonFile = path.join(sharedDataDir, 'boston311-100.csv');
const dataMissing = !fs.existsSync(nycFile) || !fs.existsSync(bostonFile);
if (dataMissing) {
  console.warn(`Skipping the real 311 file tests: ${nycFile} or ${bostonFile} is missing.`);
}

// The channel tables of docs/import.md, written out again here so the test
// checks the importer against the documentation, not against its own code.
const nycTable: Record<string, string> = { PHONE: 'phone', ONLINE: 'web', MOBILE: 'web', UNKNOWN: 'phone' };
const bostonTable: Record<string, string> = {
  'Constituent Call': 'phone',
  'Citizens Connect App': 'web',
  'Self Service': 'web',
  Twitter: 'web',
  'City Worker App': 'walk_in',
  'Employee Generated': 'walk_in',
};

/** Counts the rows of `file` per channel by reading `column` through `table`. */
function expectedChannelCounts(file: string, column: string, table: Record<string, string>): Map<string, number> {
  const rows = parse(fs.readFileSync(file), { bom: true, columns: true }) as Record<string, string>[];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const channel = table[row[column]];
    if (!channel) throw new Error(`${column} value "${row[column]}" is not in the documented table`);
    counts.set(channel, (counts.get(channel) ?? 0) + 1);
  }
  return counts;
}

function countRows(file: string): number {
  return (parse(fs.readFileSync(file), { bom: true, columns: true }) as unknown[]).length;
}

function addCounts(...maps: Map<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const map of maps) {
    for (const [channel, value] of map) total[channel] = (total[channel] ?? 0) + value;
  }
  return total;
}

function writeTempCsv(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-import-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe.each(databaseKinds())('311 CSV import on %s', (kind) => {
  let database: TestDatabase;
  let actor: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });

  afterAll(async () => {
    await database?.close();
  });

  async function findImported(system: string, id: string) {
    const [row] = await database.deps.db
      .select()
      .from(inquiries)
      .where(and(eq(inquiries.sourceSystem, system), eq(inquiries.sourceId, id)));
    return row;
  }

  async function departmentOfTopic(topicName: string): Promise<string | undefined> {
    const [row] = await database.deps.db
      .select({ department: departments.name })
      .from(topics)
      .innerJoin(departments, eq(departments.id, topics.departmentId))
      .where(eq(topics.name, topicName));
    return row?.department;
  }

  describe.skipIf(dataMissing)('real NYC and Boston files', () => {
    let nycSummary: ImportSummary;
    let bostonSummary: ImportSummary;

    beforeAll(async () => {
      await database.reset();
      actor = await createAgent(database.deps);
      nycSummary = await import311File(database.deps, { file: nycFile, timeZone: 'America/New_York' });
      bostonSummary = await import311File(database.deps, { file: bostonFile, timeZone: 'America/New_York' });
    });

    it('detects each format from its header', () => {
      expect(nycSummary.format).toBe('nyc');
      expect(bostonSummary.format).toBe('boston');
    });

    it('imports every row once', async () => {
      expect(nycSummary.failed).toEqual([]);
      expect(bostonSummary.failed).toEqual([]);
      expect(nycSummary.total).toBe(countRows(nycFile));
      expect(bostonSummary.total).toBe(countRows(bostonFile));
      expect(nycSummary.created).toBe(nycSummary.total);
      expect(bostonSummary.created).toBe(bostonSummary.total);

      const [stored] = await database.deps.db.select({ value: count() }).from(inquiries);
      expect(Number(stored.value)).toBe(countRows(nycFile) + countRows(bostonFile));
    });

    it('summary counts match documented channel tables', () => {
      const nycExpected = Object.fromEntries(expectedChannelCounts(nycFile, 'Open Data Channel Type', nycTable));
      const bostonExpected = Object.fromEntries(expectedChannelCounts(bostonFile, 'source', bostonTable));
      expect(nycSummary.createdByChannel).toEqual({ phone: 0, walk_in: 0, email: 0, web: 0, ...nycExpected });
      expect(bostonSummary.createdByChannel).toEqual({ phone: 0, walk_in: 0, email: 0, web: 0, ...bostonExpected });
    });

    it('inbox counts per channel match the raw files', async () => {
      const expected = addCounts(
        expectedChannelCounts(nycFile, 'Open Data Channel Type', nycTable),
        expectedChannelCounts(bostonFile, 'source', bostonTable),
      );
      const counted = await countByChannel(database.deps.db, actor, {});
      if (!Array.isArray(counted)) throw new Error(counted.message);
      expect(Object.fromEntries(counted.map((entry) => [entry.channel, entry.count]))).toEqual(expected);
    });

    it('second import creates nothing', async () => {
      const again = await import311File(database.deps, { file: nycFile, timeZone: 'America/New_York' });
      expect(again.created).toBe(0);
      expect(again.skipped).toBe(again.total);
      expect(again.failed).toEqual([]);

      const bostonAgain = await import311File(database.deps, { file: bostonFile, timeZone: 'America/New_York' });
      expect(bostonAgain.created).toBe(0);
      expect(bostonAgain.skipped).toBe(bostonAgain.total);
    });

    it('NYC summer row keeps its New York time', async () => {
      // Created 04/18/2019 09:55:45 PM and closed 04/19/2019 03:45:24 AM, daylight-saving time (UTC-4).
      const row = await findImported('nyc311', '42254749');
      expect(row.createdAt.toISOString()).toBe('2019-04-19T01:55:45.000Z');
      expect(row.resolvedAt?.toISOString()).toBe('2019-04-19T07:45:24.000Z');
    });

    it('NYC winter rows keep their New York time', async () => {
      // 01/17/2010 12:00:00 AM is midnight, standard time (UTC-5).
      const midnight = await findImported('nyc311', '15751112');
      expect(midnight.createdAt.toISOString()).toBe('2010-01-17T05:00:00.000Z');
      // 01/04/2013 02:17:00 PM.
      const afternoon = await findImported('nyc311', '24719908');
      expect(afternoon.createdAt.toISOString()).toBe('2013-01-04T19:17:00.000Z');
    });

    it('NYC closed row is resolved with its note', async () => {
      const row = await findImported('nyc311', '42254749');
      expect(row.status).toBe('resolved');
      expect(row.channel).toBe('phone');
      expect(row.subject).toBe('Noise - Residential: Banging/Pounding');
      expect(row.body).toContain('3855 SHORE PARKWAY');
      expect(row.resolutionNote).toBe(
        'The Police Department responded to the complaint and with the information available observed no evidence of the violation at that time.',
      );
    });

    it('NYC rows not closed stay open', async () => {
      // Status "Assigned" without a Closed Date.
      const assigned = await findImported('nyc311', '31132444');
      expect(assigned.status).toBe('open');
      expect(assigned.resolvedAt).toBeNull();
      // Status "Pending" with a Closed Date: the date alone does not close it.
      const pending = await findImported('nyc311', '34170943');
      expect(pending.status).toBe('open');
      expect(pending.resolvedAt).toBeNull();
    });

    it('NYC topics sit under agency departments', async () => {
      expect(await departmentOfTopic('Noise - Residential')).toBe('New York City Police Department');
      expect(await departmentOfTopic('HEAT/HOT WATER')).toBe('Department of Housing Preservation and Development');
      // The Agency Name of these DSNY and DHS rows is a unit ("A - Brooklyn", "DHS Advantage Programs").
      expect(await departmentOfTopic('Dirty Conditions')).toBe('Department of Sanitation');
      expect(await departmentOfTopic('DHS Advantage - Tenant')).toBe('Department of Homeless Services');

      const row = await findImported('nyc311', '42254749');
      const [topic] = await database.deps.db.select().from(topics).where(eq(topics.name, 'Noise - Residential'));
      expect(row.topicId).toBe(topic.id);
      expect(row.departmentId).toBe(topic.departmentId);
    });

    it('Boston closed row keeps times and note', async () => {
      // Opened 2022-01-19 11:18:00 and closed 11:42:16, standard time (UTC-5).
      const row = await findImported('boston311', '101004130437');
      expect(row.createdAt.toISOString()).toBe('2022-01-19T16:18:00.000Z');
      expect(row.resolvedAt?.toISOString()).toBe('2022-01-19T16:42:16.000Z');
      expect(row.status).toBe('resolved');
      expect(row.channel).toBe('phone');
      expect(row.subject).toBe('Needle Pickup');
      expect(row.resolutionNote).toBe('Case Closed. Closed date : Wed Jan 19 11:42:16 EST 2022 Resolved Removed df');
      expect(await departmentOfTopic('Needle Pickup')).toBe("Mayor's 24 Hour Hotline");
    });

    it('Boston open and staff rows map correctly', async () => {
      const open = await findImported('boston311', '101004143000');
      expect(open.status).toBe('open');
      expect(open.resolvedAt).toBeNull();

      const cityWorker = await findImported('boston311', '101004120108');
      expect(cityWorker.channel).toBe('walk_in');
      expect(await departmentOfTopic('CE Collection')).toBe('Public Works Department');
    });
  });

  describe('small hand-written files', () => {
    const nycHeader =
      'Unique Key,Created Date,Closed Date,Agency,Agency Name,Complaint Type,Descriptor,Incident Address,Status,Resolution Description,Open Data Channel Type';

    beforeAll(async () => {
      await database.reset();
    });

    it('lists bad rows and imports the others', async () => {
      const file = writeTempCsv(
        'mixed.csv',
        '\uFEFF' +
          [
            nycHeader,
            '9000001,03/01/2021 08:15:00 AM,,DOT,Department of Transportation,Street Condition,Pothole,1 MAIN STREET,Open,,PHONE',
            '9000002,,,DOT,Department of Transportation,Street Condition,Pothole,2 MAIN STREET,Open,,ONLINE',
            '9000003,03/02/2021 09:00:00 AM,,DOT,Department of Transportation,Street Condition,Pothole,3 MAIN STREET,Open,,FAX',
            '"9000004","03/03/2021 10:00:00 PM","03/04/2021 11:30:00 AM",DOT,Department of Transportation,Street Condition,"Cave-in, large",,Closed,"Repaired, see ""work order""",MOBILE',
            '9000005,03/05/2021 10:00:00 AM,,DOT,Department of Transportation,Street Condition,Pothole,,Closed,,PHONE',
            '9000001,03/01/2021 08:15:00 AM,,DOT,Department of Transportation,Street Condition,Pothole,1 MAIN STREET,Open,,PHONE',
          ].join('\r\n') +
          '\r\n',
      );

      const summary = await import311File(database.deps, { file, timeZone: 'America/New_York' });

      expect(summary.total).toBe(6);
      expect(summary.created).toBe(2);
      expect(summary.skipped).toBe(1);
      expect(summary.failed).toEqual([
        { row: 3, sourceId: '9000002', reason: 'Created Date is empty' },
        { row: 4, sourceId: '9000003', reason: 'Open Data Channel Type "FAX" is not in the NYC channel table' },
        { row: 6, sourceId: '9000005', reason: 'the request is closed but Closed Date is empty' },
      ]);
      expect(summary.createdByChannel).toEqual({ phone: 1, walk_in: 0, email: 0, web: 1 });

      const closed = await findImported('nyc311', '9000004');
      expect(closed.subject).toBe('Street Condition: Cave-in, large');
      expect(closed.createdAt.toISOString()).toBe('2021-03-04T03:00:00.000Z');
      expect(closed.resolvedAt?.toISOString()).toBe('2021-03-04T16:30:00.000Z');
      expect(closed.resolutionNote).toBe('Repaired, see "work order"');
      expect(await findImported('nyc311', '9000002')).toBeUndefined();
    });

    it('reads wall-clock times in --tz', async () => {
      const file = writeTempCsv(
        'boston.csv',
        [
          'case_enquiry_id,open_dt,closed_dt,case_status,closure_reason,case_title,subject,reason,type,department,location,source',
          '7000001,2022-07-01 09:00:00,,Open, ,Pothole,Public Works Department,Highway Maintenance,Request for Pothole Repair,PWDx, ,Constituent Call',
          '7000002,2022-07-01 09:05:00,,Open, ,Question,Mayor\'s 24 Hour Hotline,General,General Request,GEN_, ,Email',
        ].join('\n'),
      );

      const summary = await import311File(database.deps, { file, timeZone: 'America/Los_Angeles' });

      expect(summary.failed).toEqual([]);
      expect(summary.createdByChannel).toEqual({ phone: 1, walk_in: 0, email: 1, web: 0 });
      // 09:00 Pacific daylight time (UTC-7).
      expect((await findImported('boston311', '7000001')).createdAt.toISOString()).toBe('2022-07-01T16:00:00.000Z');
    });

    it('rejects closed time before created time', async () => {
      const file = writeTempCsv(
        'backwards.csv',
        `${nycHeader}\n9100001,05/02/2021 10:00:00 AM,05/01/2021 10:00:00 AM,DOT,Department of Transportation,Street Condition,Pothole,,Closed,Fixed,PHONE\n`,
      );

      const summary = await import311File(database.deps, { file, timeZone: 'America/New_York' });

      expect(summary.created).toBe(0);
      expect(summary.failed).toHaveLength(1);
      expect(summary.failed[0].row).toBe(2);
      expect(summary.failed[0].reason).toContain('is before Created Date');
    });

    it('rejects an unparseable date', async () => {
      const file = writeTempCsv(
        'bad-date.csv',
        `${nycHeader}\n9200001,2021-05-02 10:00,,DOT,Department of Transportation,Street Condition,Pothole,,Open,,PHONE\n`,
      );

      const summary = await import311File(database.deps, { file, timeZone: 'America/New_York' });

      expect(summary.failed).toEqual([
        {
          row: 2,
          sourceId: '9200001',
          reason: 'Created Date "2021-05-02 10:00" is not a date-time in the form MM/DD/YYYY hh:mm:ss AM/PM',
        },
      ]);
    });

    it('reports progress for every row', async () => {
      const file = writeTempCsv(
        'progress.csv',
        `${nycHeader}\n9300001,05/02/2021 10:00:00 AM,,DOT,DOT,Street Condition,Pothole,,Open,,PHONE\n9300002,05/02/2021 10:00:00 AM,,DOT,DOT,Street Condition,Pothole,,Open,,PHONE\n`,
      );
      const reports: [number, number][] = [];

      await import311File(database.deps, { file, timeZone: 'America/New_York', onProgress: (done, total) => reports.push([done, total]) });

      expect(reports).toEqual([
        [0, 2],
        [1, 2],
        [2, 2],
      ]);
    });

    it('stops when the signal is aborted', async () => {
      const file = writeTempCsv(
        'stopped.csv',
        `${nycHeader}\n9400001,05/02/2021 10:00:00 AM,,DOT,DOT,Street Condition,Pothole,,Open,,PHONE\n9400002,05/02/2021 10:00:00 AM,,DOT,DOT,Street Condition,Pothole,,Open,,PHONE\n`,
      );
      const controller = new AbortController();

      const summary = await import311File(database.deps, {
        file,
        timeZone: 'America/New_York',
        signal: controller.signal,
        onProgress: (done) => {
          if (done === 1) controller.abort();
        },
      });

      expect(summary.stopped).toBe(true);
      expect(summary.created).toBe(1);
      expect(await findImported('nyc311', '9400002')).toBeUndefined();
    });

    it('rejects unusable files before writing', async () => {
      const missing = path.join(os.tmpdir(), 'civic-import-no-such-file.csv');
      await expect(import311File(database.deps, { file: missing, timeZone: 'America/New_York' })).rejects.toThrow(
        `File not found: ${missing}`,
      );

      const ragged = writeTempCsv('ragged.csv', `${nycHeader}\n9500001,only two\n`);
      await expect(import311File(database.deps, { file: ragged, timeZone: 'America/New_York' })).rejects.toThrow(
        /is not a readable CSV file: Invalid Record Length/,
      );
      expect(await findImported('nyc311', '9500001')).toBeUndefined();

      const unknown = writeTempCsv('unknown.csv', 'id,when\n1,2021-01-01\n');
      await expect(import311File(database.deps, { file: unknown, timeZone: 'America/New_York' })).rejects.toThrow(
        /neither an NYC nor a Boston 311 export/,
      );

      const empty = writeTempCsv('empty.csv', '');
      await expect(import311File(database.deps, { file: empty, timeZone: 'America/New_York' })).rejects.toThrow(/is empty/);
    });

    it('rejects a forced format with other columns', async () => {
      const file = writeTempCsv('nyc.csv', `${nycHeader}\n`);
      const attempt = import311File(database.deps, { file, timeZone: 'America/New_York', format: 'boston' });
      await expect(attempt).rejects.toBeInstanceOf(ImportInputError);
      await expect(attempt).rejects.toThrow(/use --format nyc/);
    });

    it('rejects an invalid time zone', async () => {
      const file = writeTempCsv('zone.csv', `${nycHeader}\n`);
      await expect(import311File(database.deps, { file, timeZone: 'Mars/Olympus' })).rejects.toThrow('Invalid time zone "Mars/Olympus"');
    });

    it('demo import skips a missing folder', async () => {
      const summaries = await importDemoRequests(database.deps, path.join(os.tmpdir(), 'civic-import-no-such-folder'));
      expect(summaries).toEqual([]);
    });

    it('demo import skips a missing file', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-import-demo-'));
      fs.writeFileSync(
        path.join(dir, 'boston311-100.csv'),
        'case_enquiry_id,open_dt,closed_dt,case_status,closure_reason,case_title,subject,reason,type,department,location,source\n' +
          '7100001,2022-01-03 08:00:00,,Open, ,Sign Repair,Transportation - Traffic Division,Signs & Signals,Sign Repair,BTDT, ,City Worker App\n',
      );

      const summaries = await importDemoRequests(database.deps, dir);

      expect(summaries).toHaveLength(1);
      expect(summaries[0].format).toBe('boston');
      expect(summaries[0].created).toBe(1);
    });
  });
});
