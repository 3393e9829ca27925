import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { presenceConnections } from '../db/schema.js';
import { databaseKinds, openTestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { deferred, startTestServer, TestClient } from '../../test/support/server.js';
import { startServerProcess, stopServerProcess } from '../../test/support/process.js';

describe('graceful shutdown', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-shutdown-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('SIGTERM closes sockets, exits 0 and frees the data folder', async () => {
    const env = { DATA_DIR: dataDir, DEMO_PASSWORD: 'shutdown-test-password', LOG_LEVEL: 'debug' };
    const server = await startServerProcess(env);
    const agent = new TestClient(server.url);
    await agent.signIn('dana@county.example', 'shutdown-test-password');
    const closed = deferred<{ code: number }>();
    const socket = agent.socket({ onClosed: (event) => closed.resolve(event as { code: number }) });
    await new Promise<void>((resolve) => socket.on('connected', () => resolve()));

    const exitCode = await stopServerProcess(server);
    expect((await closed.promise).code).toBe(1001);
    expect(exitCode).toBe(0);

    const restarted = await startServerProcess(env);
    const health = await fetch(`${restarted.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await stopServerProcess(restarted)).toBe(0);
    await socket.dispose();
  });
});

describe.each(databaseKinds())('closing the server on %s', (kind) => {
  it('records every open socket as closed before close() resolves', async () => {
    const database = await openTestDatabase(kind);
    try {
      const server = await startTestServer(database);
      const staff = await createAgent(server.deps, 'Ana Ruiz');
      const agent = new TestClient(server.url);
      await agent.signIn(staff.email, TEST_PASSWORD);
      const sockets = [agent.socket({ retryAttempts: 0 }), agent.socket({ retryAttempts: 0 })];
      await Promise.all(sockets.map((socket) => new Promise<void>((resolve) => socket.on('connected', () => resolve()))));
      const openConnections = async () => (await database.deps.db.select({ n: count() }).from(presenceConnections))[0].n;
      expect(await openConnections()).toBe(2);

      await server.close();
      // The database outlives this server, so a late disconnect would still land; it must have landed already.
      expect(await openConnections()).toBe(0);
      await Promise.all(sockets.map((socket) => socket.dispose()));
    } finally {
      await database.close();
    }
  });
});
