import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, databaseKinds, silentLogger } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import type { CoreDeps } from '../core/deps.js';
import { openDatabase } from '../db/client.js';
import { isInvalid, readRotation } from './rotation.js';

const serverRoot = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/**
 * Runs the command in a child process, as `pnpm rotation:propose` does, and returns its exit code and output.
 * A variable given as "" is left unset.
 */
async function propose(env: Record<string, string>, ...args: string[]) {
  const childEnv = Object.fromEntries(
    Object.entries({ PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', CENTER_TZ: 'America/Denver', ...env }).filter(([, value]) => value !== ''),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/rotation/propose-cli.ts', ...args], {
      cwd: serverRoot,
      env: childEnv,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.each(databaseKinds())('rotation:propose on %s', (kind) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    if (kind === 'postgres') {
      const scratch = await createScratchDatabase();
      env = { DATABASE_URL: scratch.url };
      cleanup = scratch.drop;
    } else {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-rotation-cli-'));
      env = { DATA_DIR: dataDir };
      cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
  afterEach(async () => {
    await cleanup();
  });

  /** Opens the command's database in this process, runs `work` and closes it again, so the command can open it next. */
  async function withDatabase<T>(work: (deps: CoreDeps) => Promise<T>): Promise<T> {
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, logger: silentLogger });
    const deps: CoreDeps = {
      db: handle.db,
      log: silentLogger,
      wakeEvents: () => {},
      centerTimeZone: 'America/Denver',
      sessionSecret: 'test-session-secret-that-is-long-enough-0123',
      sessionTtlHours: 12,
    };
    try {
      return await work(deps);
    } finally {
      await handle.close();
    }
  }

  it('proposes, publishes and prints the fairness figures', async () => {
    await withDatabase(async (deps) => {
      for (const name of ['Ann Agent', 'Ben Agent', 'Cat Agent', 'Dev Agent']) await createAgent(deps, name);
    });

    const result = await propose(env, '--from', '2026-06-01', '--to', '2026-06-12', '--publish');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Proposed and published rotation 2026-06-01 to 2026-06-12');
    expect(result.stdout).toMatch(/Ann Agent +\d+\.\d +90\.0 +0\.\d\d/);
    expect(result.stdout).toMatch(/Ann Agent \+ Ben Agent +\d+\.\d/);
    expect(result.stdout).toContain('No warnings.');

    const rotation = await withDatabase((deps) => readRotation(deps, '2026-06-01', '2026-06-12'));
    if (isInvalid(rotation)) throw new Error(rotation.message);
    expect(rotation.hasUnpublishedChanges).toBe(false);
    expect(rotation.slots).toHaveLength(4 * 10 * 18);
  });

  it('keeps log lines out of the tables', async () => {
    await withDatabase(async (deps) => {
      for (const name of ['Ann Agent', 'Ben Agent']) await createAgent(deps, name);
    });
    const jsonLines = (text: string) => text.split('\n').filter((line) => line.startsWith('{'));

    // Without LOG_LEVEL, the command logs only warnings and errors.
    const quiet = await propose({ ...env, LOG_LEVEL: '' }, '--from', '2026-06-01', '--to', '2026-06-05');
    expect(quiet.code).toBe(0);
    expect(quiet.stdout.startsWith('Proposed (unpublished) rotation 2026-06-01 to 2026-06-05\n')).toBe(true);
    expect(jsonLines(quiet.stdout)).toEqual([]);
    expect(jsonLines(quiet.stderr)).toEqual([]);

    const verbose = await propose({ ...env, LOG_LEVEL: 'debug' }, '--from', '2026-06-01', '--to', '2026-06-05');
    expect(verbose.code).toBe(0);
    expect(jsonLines(verbose.stdout)).toEqual([]);
    expect(verbose.stdout).toContain('Ann Agent + Ben Agent');
    expect(jsonLines(verbose.stderr).map((line) => JSON.parse(line).msg)).toContain('rotation proposed');
  });

  it('rejects an invalid range and missing options', async () => {
    const tooLong = await propose(env, '--from', '2026-06-01', '--to', '2026-09-01');
    expect(tooLong.code).toBe(1);
    expect(tooLong.stderr).toContain('--to: the range may cover at most 62 days');

    const missing = await propose(env, '--from', '2026-06-01');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Both --from and --to are required');
  });
});
