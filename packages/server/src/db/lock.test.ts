import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { DataDirLockedError } from './lock.js';
import { silentLogger } from '../../test/support/database.js';

const serverRoot = path.resolve(import.meta.dirname, '../..');

describe('embedded database folder lock', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-lock-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('second opener in this process fails at once', async () => {
    const first = await openDatabase({ dataDir, logger: silentLogger });
    await expect(openDatabase({ dataDir, logger: silentLogger })).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();

    const reopened = await openDatabase({ dataDir, logger: silentLogger });
    await reopened.close();
  });

  it('second server process exits with a clear message', async () => {
    const holder = await openDatabase({ dataDir, logger: silentLogger });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverRoot,
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', DEMO_IMPORT_DIR: '/nonexistent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    await holder.close();

    expect(code).toBe(1);
    expect(stderr).toContain(`The embedded database folder ${dataDir} is in use by another process`);
  });
});
