import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../core/deps.js';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';
import { approveKudos, submitKudos } from './service.js';

describe.each(databaseKinds())('kudos downloads on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let manager: Actor;
  let agent: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    manager = await createAgent(database.deps, 'Morgan Manager', 'manager');
    agent = await createAgent(database.deps, 'Dana Agent');
  });

  async function cookieOf(actor: Actor): Promise<string> {
    const client = new TestClient(server.url);
    await client.signIn(actor.email, TEST_PASSWORD);
    return client.cookie!;
  }

  async function storedKudos(approve: boolean): Promise<string> {
    const result = await submitKudos(database.deps.db, { source: 'public', employeeName: 'Dana', message: 'Thank you, Dana!', residentName: 'Rosa Martinez' });
    if (result.kind !== 'submitted') throw new Error('not stored');
    if (approve) await approveKudos(database.deps, manager, result.id, agent.id);
    return result.id;
  }

  const get = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });

  it('sends the certificate to a manager', async () => {
    const id = await storedKudos(true);
    const response = await get(`/kudos/${id}/certificate.pdf`, await cookieOf(manager));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses the certificate to others', async () => {
    const id = await storedKudos(true);
    expect((await get(`/kudos/${id}/certificate.pdf`)).status).toBe(401);
    expect((await get(`/kudos/${id}/certificate.pdf`, await cookieOf(agent))).status).toBe(403);
  });

  it('answers 404 for unknown and pending kudos', async () => {
    const cookie = await cookieOf(manager);
    const pending = await storedKudos(false);
    expect((await get(`/kudos/${pending}/certificate.pdf`, cookie)).status).toBe(404);
    expect((await get('/kudos/00000000-0000-4000-8000-000000000000/certificate.pdf', cookie)).status).toBe(404);
    expect((await get('/kudos/nonsense/certificate.pdf', cookie)).status).toBe(404);
  });

  it('sends the newsletter CSV to a manager only', async () => {
    await storedKudos(true);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Denver', year: 'numeric', month: '2-digit' }).format(new Date());
    const path = `/kudos/newsletter.csv?month=${month}`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, await cookieOf(agent))).status).toBe(403);

    const response = await get(path, await cookieOf(manager));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('staff_member,approved_on,from,topic,excerpt');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Dana Agent,\d{4}-\d{2}-\d{2},Rosa,,"Thank you, Dana!"$/);
    expect(lines[1]).not.toContain('Martinez');
  });

  it('rejects a malformed month', async () => {
    const response = await get('/kudos/newsletter.csv?month=2026-1', await cookieOf(manager));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('month must be a month such as 2026-03');
  });
});
