import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import type { CoreDeps } from '../core/deps.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { databaseKinds, silentLogger, type DatabaseKind } from '../../test/support/database.js';
import { backupDataDir, backupPostgres, detectBackupKind, type BackupSummary } from './backup.js';
import { compareFingerprints, formatComparison, type DatabaseFingerprint } from './compare.js';
import { openPgliteFolder } from './pglite-folder.js';
import { createScratchDatabase, maintenanceClient, OpsError, type ScratchDatabase } from './postgres-tools.js';
import { restoreDataDir, restorePostgres } from './restore.js';
import { boulderFileMissing, BOULDER_FILE, seedRealisticData, type SeedCounts } from './test-seed.js';
import { fingerprintDataDir, fingerprintPostgres, verifyBackup } from './verify.js';

if (boulderFileMissing) console.warn(`Skipping the backup and restore tests: ${BOULDER_FILE} is missing.`);

const BOULDER_ROWS = 300;
/** PGlite opens a folder in seconds, and each test opens several; the default 60 s is too short on a busy machine. */
const TEST_TIMEOUT_MS = 240_000;

/** One database of either kind, addressed the way the ops functions take it. */
type Target = { kind: DatabaseKind; url?: string; dataDir?: string; drop: () => Promise<void> };

function depsFor(handle: DatabaseHandle): CoreDeps {
  return {
    db: handle.db,
    log: silentLogger,
    wakeEvents: () => {},
    centerTimeZone: 'America/Denver',
    sessionSecret: 'test-session-secret-that-is-long-enough-0123',
    sessionTtlHours: 12,
  };
}

async function newTarget(kind: DatabaseKind, workDir: string, name: string): Promise<Target> {
  if (kind === 'postgres') {
    const scratch: ScratchDatabase = await createScratchDatabase(process.env.DATABASE_URL!, 'civic_test_ops');
    return { kind, url: scratch.url, drop: scratch.drop };
  }
  return { kind, dataDir: path.join(workDir, name), drop: async () => {} };
}

function open(target: Target): Promise<DatabaseHandle> {
  return openDatabase({ databaseUrl: target.url, dataDir: target.dataDir, logger: silentLogger });
}

function backup(target: Target, file: string, checksums = false): Promise<BackupSummary> {
  return target.url ? backupPostgres(target.url, file, { checksums }) : backupDataDir(target.dataDir!, file, silentLogger, { checksums });
}

function restore(file: string, target: Target, force = false) {
  return target.url ? restorePostgres(file, target.url, { force }) : restoreDataDir(file, target.dataDir!, silentLogger, { force });
}

function fingerprint(target: Target): Promise<DatabaseFingerprint> {
  return target.url ? fingerprintPostgres(target.url) : fingerprintDataDir(target.dataDir!, silentLogger);
}

/** Runs one SQL statement on the target, outside the server's code. */
async function execute(target: Target, text: string): Promise<void> {
  if (target.url) {
    const client = maintenanceClient(target.url);
    try {
      await client.unsafe(text);
    } finally {
      await client.end();
    }
    return;
  }
  const folder = await openPgliteFolder(target.dataDir!, silentLogger, 'change the copy');
  try {
    await folder.run(text);
  } finally {
    await folder.close();
  }
}

describe.skipIf(boulderFileMissing).each(databaseKinds())('backup and restore on %s', (kind) => {
  let workDir: string;
  let source: Target;
  let seeded: SeedCounts;
  const targets: Target[] = [];

  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-desk-ops-'));
    source = await newTarget(kind, workDir, 'source');
    targets.push(source);
    const handle = await open(source);
    try {
      seeded = await seedRealisticData(depsFor(handle), path.join(workDir, 'boulder-sample.csv'), BOULDER_ROWS);
    } finally {
      await handle.close();
    }
  }, TEST_TIMEOUT_MS);

  afterAll(async () => {
    for (const target of targets) await target.drop();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  }, TEST_TIMEOUT_MS);

  it('restored copy equals source', async () => {
    expect(seeded.boulderCreated).toBe(BOULDER_ROWS);
    const file = path.join(workDir, kind === 'postgres' ? 'equal.dump' : 'equal.tar.gz');
    const summary = await backup(source, file, true);
    expect(detectBackupKind(file)).toBe(kind);
    expect(summary.bytes).toBeGreaterThan(0);
    const inquiriesInBackup = summary.fingerprint.tables.find((table) => table.table === 'public.inquiries');
    expect(inquiriesInBackup?.rows).toBe(BOULDER_ROWS + 4);

    const copy = await newTarget(kind, workDir, 'copy-equal');
    targets.push(copy);
    await restore(file, copy);
    const sourcePrint = await fingerprint(source);
    const copyPrint = await fingerprint(copy);

    expect(compareFingerprints(sourcePrint, copyPrint)).toEqual([]);
    expect(compareFingerprints(summary.fingerprint, copyPrint)).toEqual([]);
    const seededTables = ['public.staff_users', 'public.topics', 'public.contacts', 'public.inquiry_messages', 'public.events', 'public.articles'];
    for (const table of seededTables) {
      expect(copyPrint.tables.find((entry) => entry.table === table)?.rows, table).toBeGreaterThan(0);
    }
    expect(copyPrint.migrations.length).toBeGreaterThan(0);
    expect(copyPrint.sequences.find((sequence) => sequence.sequence === 'public.inquiries_id_seq')?.lastValue).toBe(String(Math.max(...seeded.inquiryIds, BOULDER_ROWS + 4)));
  }, TEST_TIMEOUT_MS);

  it('comparison reports a changed row', async () => {
    const file = path.join(workDir, kind === 'postgres' ? 'changed.dump' : 'changed.tar.gz');
    await backup(source, file);
    const copy = await newTarget(kind, workDir, 'copy-changed');
    targets.push(copy);
    await restore(file, copy);

    // Same row count, one changed value: only the checksum can catch it.
    await execute(copy, `update public.inquiries set subject = subject || '.' where id = ${seeded.inquiryIds[1]}`);
    const sourcePrint = await fingerprint(source);
    const copyPrint = await fingerprint(copy);
    const differences = compareFingerprints(sourcePrint, copyPrint);

    expect(differences.map((difference) => difference.object)).toEqual(['public.inquiries']);
    expect(differences[0].source).toMatch(/^304 rows/);
    expect(differences[0].copy).toMatch(/^304 rows/);
    expect(formatComparison(sourcePrint, copyPrint)).toMatch(/public\.inquiries\s+304\s+304\s+differs\s+DIFFERENT/);
  }, TEST_TIMEOUT_MS);

  it('restored copy continues the ids', async () => {
    const file = path.join(workDir, kind === 'postgres' ? 'ids.dump' : 'ids.tar.gz');
    await backup(source, file);
    const copy = await newTarget(kind, workDir, 'copy-ids');
    targets.push(copy);
    await restore(file, copy);

    const handle = await open(copy);
    try {
      const result = await receiveInquiry(depsFor(handle), { channel: 'phone', subject: 'After the restore' });
      expect(result.kind).toBe('created');
      if (result.kind !== 'created') return;
      expect(result.inquiry.id).toBe(BOULDER_ROWS + 4 + 1);
    } finally {
      await handle.close();
    }
  }, TEST_TIMEOUT_MS);

  it('restore rejects a non-empty target', async () => {
    const file = path.join(workDir, kind === 'postgres' ? 'twice.dump' : 'twice.tar.gz');
    await backup(source, file);
    const copy = await newTarget(kind, workDir, 'copy-twice');
    targets.push(copy);
    await restore(file, copy);
    await execute(copy, `delete from public.articles`);

    await expect(restore(file, copy)).rejects.toThrow(OpsError);
    await expect(restore(file, copy)).rejects.toThrow(/not empty|already contains an embedded database/);

    await restore(file, copy, true);
    expect(compareFingerprints(await fingerprint(source), await fingerprint(copy))).toEqual([]);
  }, TEST_TIMEOUT_MS);

  it('backup:verify finds no differences', async () => {
    const report = await verifyBackup({ databaseUrl: source.url, dataDir: source.dataDir ?? '', logger: silentLogger });
    expect(report.differences).toEqual([]);
    expect(report.copy.tables.length).toBe(report.source.tables.length);
    expect(report.source.tables.every((table) => table.checksum !== undefined)).toBe(true);
  }, TEST_TIMEOUT_MS);

  it.runIf(kind === 'pglite')('backup rejects a folder in use', async () => {
    const handle = await open(source);
    try {
      const file = path.join(workDir, 'locked.tar.gz');
      await expect(backup(source, file)).rejects.toThrow(/in use by another process.*Stop the server first/);
      expect(fs.existsSync(file)).toBe(false);
      await expect(restore(path.join(workDir, 'equal.tar.gz'), source, true)).rejects.toThrow(/Stop the server first/);
    } finally {
      await handle.close();
    }
  }, TEST_TIMEOUT_MS);

  it('restore rejects the other kind of backup', async () => {
    const other = path.join(workDir, 'other-kind');
    fs.writeFileSync(other, kind === 'postgres' ? Buffer.from([0x1f, 0x8b, 8, 0, 0]) : Buffer.from('PGDMP\x01\x0e'));
    const empty = await newTarget(kind, workDir, 'never-used');
    targets.push(empty);
    await expect(restore(other, empty)).rejects.toThrow(kind === 'postgres' ? /--data-dir/ : /--into/);
    fs.writeFileSync(other, 'not a backup');
    await expect(restore(other, empty)).rejects.toThrow(/is not a Civic Desk backup/);
  }, TEST_TIMEOUT_MS);
});
