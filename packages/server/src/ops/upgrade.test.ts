import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder, openDatabase } from '../db/client.js';
import { boulderChannel, parseEnteredDate } from '../import/boulder-2017.js';
import type { Actor } from '../core/deps.js';
import { countFromTotals } from '../inquiries/counts.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { databaseKinds, silentLogger, type DatabaseKind } from '../../test/support/database.js';
import { backupDataDir, backupPostgres } from './backup.js';
import { compareFingerprints, fingerprintDatabase, listColumns, listTables, type DatabaseFingerprint, type SqlRunner } from './compare.js';
import { openPgliteFolder } from './pglite-folder.js';
import { createScratchDatabase, maintenanceClient, postgresRunner } from './postgres-tools.js';
import { restoreDataDir, restorePostgres } from './restore.js';
import { boulderFileMissing, BOULDER_FILE, writeBoulderSample } from './test-seed.js';

/**
 * The upgrade procedure of docs/operations.md on a copy of real data: a
 * database at the previous migration level is backed up, restored into a
 * copy, and the copy is migrated as the server does at start.
 */

if (boulderFileMissing) console.warn(`Skipping the upgrade test: ${BOULDER_FILE} is missing.`);

const BOULDER_ROWS = 300;
/** The test builds, backs up, restores and migrates two databases; on PGlite that takes about a minute. */
const TEST_TIMEOUT_MS = 300_000;

type Journal = { entries: { idx: number; tag: string; when: number }[] };

const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;
const newest = journal.entries.at(-1)!;
const newestSql = fs.readFileSync(path.join(migrationsFolder, `${newest.tag}.sql`), 'utf8');

/** Copies the migrations folder without its newest migration. */
function previousMigrations(workDir: string): string {
  const folder = path.join(workDir, 'drizzle-previous');
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  fs.rmSync(path.join(folder, `${newest.tag}.sql`));
  const previous: Journal = { ...journal, entries: journal.entries.slice(0, -1) };
  fs.writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify(previous, null, 2));
  return folder;
}

/** Tables and columns the newest migration creates, read from its SQL. */
function newestSchemaObjects(): { tables: string[]; columns: [string, string][] } {
  const tables = [...newestSql.matchAll(/CREATE TABLE "(\w+)"/g)].map((match) => `public.${match[1]}`);
  const columns = [...newestSql.matchAll(/ALTER TABLE "(\w+)" ADD COLUMN "(\w+)"/g)].map((match): [string, string] => [`public.${match[1]}`, match[2]]);
  return { tables, columns };
}

type BoulderRow = { 'Unique ID': string; 'Entered via': string; Department: string; Topic: string; 'Entered date': string };

/**
 * Inserts staff, a resident and the Boulder sample rows as resolved inquiries, each with its
 * first message and "created" event, and a note, claim or routing on some. It uses only
 * columns that exist before the newest migration.
 */
async function insertOldLevelData(execute: (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]>, sampleFile: string): Promise<void> {
  const [staff] = await execute(sql`
    insert into staff_users (email, display_name, role, password_hash)
    values ('dana@county.example', 'Dana Agent', 'agent', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g') returning id`);
  const [contact] = await execute(sql`insert into contacts (name, email, phone) values ('Pat Resident', 'pat@example.org', '+13035550100') returning id`);

  const rows = parse(fs.readFileSync(sampleFile), { bom: true, columns: true }) as BoulderRow[];
  for (const [index, row] of rows.entries()) {
    const channel = boulderChannel(row['Entered via']);
    const receivedAt = parseEnteredDate(row['Entered date'], 'America/Denver');
    if (!channel || !receivedAt) throw new Error(`sample row ${row['Unique ID']} cannot be mapped`);
    const [department] = await execute(sql`
      insert into departments (name) values (${row.Department})
      on conflict (name) do update set name = excluded.name returning id`);
    const [topic] = await execute(sql`
      insert into topics (name, department_id) values (${row.Topic}, ${department.id})
      on conflict (name) do update set name = excluded.name returning id`);
    const at = receivedAt.toISOString();
    const [inquiry] = await execute(sql`
      insert into inquiries (channel, status, subject, contact_id, topic_id, department_id, resolved_at, logged_by_id,
        source_system, source_id, attributes, created_at, updated_at)
      values (${channel}, 'resolved', ${row.Topic}, ${index % 25 === 0 ? contact.id : null}, ${topic.id}, ${department.id}, ${at}, ${staff.id},
        'boulder-crm-2017', ${row['Unique ID']}, ${JSON.stringify({ enteredVia: row['Entered via'] })}::jsonb, ${at}, ${at})
      returning id`);
    await execute(sql`insert into inquiry_messages (inquiry_id, kind, body, created_at) values (${inquiry.id}, 'resident', ${row.Topic}, ${at})`);
    await execute(sql`
      insert into events (stream, type, inquiry_id, actor_id, payload, created_at)
      values ('inbox', 'created', ${inquiry.id}, ${staff.id}, ${JSON.stringify({ id: inquiry.id, channel })}::jsonb, ${at})`);
    // Some staff work too, so a migration that derives values from the history has rows to read.
    if (index % 10 === 0) {
      await execute(sql`insert into inquiry_messages (inquiry_id, kind, author_id, body, created_at) values (${inquiry.id}, 'note', ${staff.id}, 'Called the resident back.', ${at})`);
      await execute(sql`insert into events (stream, type, inquiry_id, actor_id, payload, created_at) values ('inbox', 'claimed', ${inquiry.id}, ${staff.id}, '{}'::jsonb, ${at})`);
    }
    if (index % 20 === 0) {
      await execute(sql`insert into events (stream, type, inquiry_id, actor_id, payload, created_at) values ('inbox', 'routed', ${inquiry.id}, ${staff.id}, '{}'::jsonb, ${at})`);
    }
  }
}

/** Reads a fingerprint limited to the given tables and, for each, the given columns. */
function fingerprintColumns(run: SqlRunner, columns: Record<string, string[]>): Promise<DatabaseFingerprint> {
  return fingerprintDatabase(run, { tables: Object.keys(columns).sort(), columns });
}

/** Lists every table's columns. */
async function columnsByTable(run: SqlRunner): Promise<Record<string, string[]>> {
  const columns: Record<string, string[]> = {};
  for (const table of await listTables(run)) columns[table] = await listColumns(run, table);
  return columns;
}

type Level = { run: SqlRunner; close: () => Promise<void> };

/** Creates the database at the previous migration level and returns a runner on it. */
async function createPreviousLevel(kind: DatabaseKind, workDir: string, sampleFile: string, cleanups: (() => Promise<void>)[]): Promise<{ url?: string; dataDir?: string; level: Level }> {
  const oldMigrations = previousMigrations(workDir);
  if (kind === 'postgres') {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL!, 'civic_test_upgrade');
    cleanups.push(scratch.drop);
    const client = maintenanceClient(scratch.url);
    const db = drizzlePostgres(client);
    await migratePostgres(db, { migrationsFolder: oldMigrations });
    await insertOldLevelData(async (query) => [...(await db.execute(query))] as Record<string, unknown>[], sampleFile);
    return { url: scratch.url, level: { run: postgresRunner(client), close: () => client.end() } };
  }
  const dataDir = path.join(workDir, 'previous');
  const folder = await openPgliteFolder(dataDir, silentLogger, 'create the test database');
  const db = drizzlePglite(folder.client);
  await migratePglite(db, { migrationsFolder: oldMigrations });
  await insertOldLevelData(async (query) => (await db.execute(query)).rows as Record<string, unknown>[], sampleFile);
  return { dataDir, level: { run: folder.run, close: folder.close } };
}

/** Opens a runner on a restored copy; the PGlite folder is locked until `close`. */
async function openCopy(target: { url?: string; dataDir?: string }): Promise<Level> {
  if (target.url) {
    const client = maintenanceClient(target.url);
    return { run: postgresRunner(client), close: () => client.end() };
  }
  const folder = await openPgliteFolder(target.dataDir!, silentLogger, 'read the copy');
  return { run: folder.run, close: folder.close };
}

describe.skipIf(boulderFileMissing).each(databaseKinds())('upgrade on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it(`keeps every row through ${newest.tag}`, async () => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-desk-upgrade-'));
    cleanups.push(async () => fs.rmSync(workDir, { recursive: true, force: true }));
    const sampleFile = path.join(workDir, 'boulder-sample.csv');
    writeBoulderSample(sampleFile, BOULDER_ROWS);

    // 1. Production before the upgrade: the previous migration level with real rows.
    const previous = await createPreviousLevel(kind, workDir, sampleFile, cleanups);
    const oldColumns = await columnsByTable(previous.level.run);
    const before = await fingerprintColumns(previous.level.run, oldColumns);
    await previous.level.close();
    expect(before.migrations).toHaveLength(journal.entries.length - 1);
    expect(before.tables.find((table) => table.table === 'public.inquiries')?.rows).toBe(BOULDER_ROWS);
    for (const table of newestSchemaObjects().tables) expect(oldColumns[table], `${table} before the upgrade`).toBeUndefined();

    // 2. Back it up and restore the backup into a copy.
    const file = path.join(workDir, kind === 'postgres' ? 'previous.dump' : 'previous.tar.gz');
    if (previous.url) await backupPostgres(previous.url, file);
    else await backupDataDir(previous.dataDir!, file, silentLogger);
    const copy: { url?: string; dataDir?: string } = {};
    if (kind === 'postgres') {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL!, 'civic_test_upgrade_copy');
      cleanups.push(scratch.drop);
      copy.url = scratch.url;
      await restorePostgres(file, copy.url);
    } else {
      copy.dataDir = path.join(workDir, 'copy');
      await restoreDataDir(file, copy.dataDir, silentLogger);
    }

    // 3. Start the new version on the copy: openDatabase applies the migrations, as at server start.
    const migrated = await openDatabase({ databaseUrl: copy.url, dataDir: copy.dataDir, logger: silentLogger });
    await migrated.close();

    // 4. Every old row is unchanged in the old columns, and the new schema objects exist.
    const copyLevel = await openCopy(copy);
    let after: DatabaseFingerprint;
    let newColumns: Record<string, string[]>;
    try {
      after = await fingerprintColumns(copyLevel.run, oldColumns);
      newColumns = await columnsByTable(copyLevel.run);
    } finally {
      await copyLevel.close();
    }
    // A sequence the new migration created (for a new table's identity column) has no old value to keep.
    const oldSequences = new Set(before.sequences.map((sequence) => sequence.sequence));
    after = { ...after, sequences: after.sequences.filter((sequence) => oldSequences.has(sequence.sequence)) };
    // The migrations table and its sequence grow by the new migration; they are checked just below.
    const dataDifferences = compareFingerprints(before, after).filter((difference) => !difference.object.startsWith('drizzle.'));
    expect(dataDifferences).toEqual([]);
    expect(after.tables.map((table) => table.table)).toEqual(before.tables.map((table) => table.table));
    expect(after.migrations).toHaveLength(journal.entries.length);
    expect(after.migrations.slice(0, before.migrations.length)).toEqual(before.migrations);
    expect(after.migrations.at(-1)).toMatch(new RegExp(`^${newest.when} `));
    const added = newestSchemaObjects();
    for (const table of added.tables) expect(newColumns[table], `${table} after the upgrade`).toBeDefined();
    for (const [table, column] of added.columns) expect(newColumns[table], `${table} after the upgrade`).toContain(column);

    // 5. The app works on the upgraded copy: a new inquiry gets the next id.
    const app = await openDatabase({ databaseUrl: copy.url, dataDir: copy.dataDir, logger: silentLogger });
    try {
      const deps = { db: app.db, log: silentLogger, wakeEvents: () => {}, centerTimeZone: 'America/Denver', sessionSecret: 'test-session-secret-that-is-long-enough-0123', sessionTtlHours: 12 };
      const result = await receiveInquiry(deps, { channel: 'web', subject: 'After the upgrade', contact: { email: 'new@example.org' } });
      expect(result.kind).toBe('created');
      if (result.kind === 'created') expect(result.inquiry.id).toBe(BOULDER_ROWS + 1);
      // The inbox totals, kept by triggers and filled by migrations, count the old rows and the new one.
      const manager = { id: '00000000-0000-4000-8000-000000000000', role: 'manager', displayName: 'Upgrade check', email: 'upgrade@county.example', active: true, phoneExtension: null } as Actor;
      expect(await countFromTotals(app.db, manager, {})).toBe(BOULDER_ROWS + 1);
      expect(await countFromTotals(app.db, manager, { statuses: ['resolved'] })).toBe(BOULDER_ROWS);
      expect(await countFromTotals(app.db, manager, { channels: ['web'], statuses: ['open'], claim: 'unclaimed' })).toBe(1);
    } finally {
      await app.close();
    }
  }, TEST_TIMEOUT_MS);
});
