import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../core/deps.js';
import { events, rotaMembers, rotaSettings, rotaSlots, staffUsers } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import type { RunningServer } from '../http/server.js';
import { connect, setStatus } from '../presence/service.js';
import type { DutyKind } from './duty.js';
import { maskPhoneNumber, requestRingOrder } from './ring.js';

const TOKEN = 'phone-system-token-0123456789';

describe('maskPhoneNumber', () => {
  it('keeps the last four digits', () => {
    expect(maskPhoneNumber('+1 (303) 555-0123')).toBe('***0123');
    expect(maskPhoneNumber('anonymous')).toBeNull();
    expect(maskPhoneNumber(undefined)).toBeNull();
  });
});

describe.each(databaseKinds())('ring order on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  beforeEach(async () => {
    const db = testDatabase().deps.db;
    await db.delete(rotaSettings);
    // Open around the clock, so the test does not depend on when it runs.
    await db.insert(rotaSettings).values({ id: 1, openingTime: '00:00', closingTime: '24:00', openDays: [1, 2, 3, 4, 5, 6, 7] });
  });

  function currentHalfHour(): Date {
    const now = DateTime.now().setZone(testDatabase().deps.centerTimeZone);
    return now.set({ minute: now.minute < 30 ? 0 : 30, second: 0, millisecond: 0 }).toJSDate();
  }

  type AgentSetup = { duty?: DutyKind; status?: 'available' | 'busy' | 'away' | 'offline'; extension?: string | null };

  /** Creates an agent with an extension, a published duty for the current half hour and a presence. */
  async function agent(name: string, setup: AgentSetup = {}): Promise<Actor> {
    const deps = testDatabase().deps;
    const created = await createAgent(deps, name);
    const extension = setup.extension === undefined ? String(100 + Math.floor(Math.random() * 800)) : setup.extension;
    await deps.db.update(staffUsers).set({ phoneExtension: extension }).where(eq(staffUsers.id, created.id));
    const [member] = await deps.db.insert(rotaMembers).values({ kind: 'agent', staffId: created.id, displayName: name }).returning();
    if (setup.duty) await deps.db.insert(rotaSlots).values({ memberId: member.id, startsAt: currentHalfHour(), kind: setup.duty, publishedKind: setup.duty });
    const status = setup.status ?? 'available';
    if (status !== 'offline') {
      await connect(deps, randomUUID(), created.id);
      if (status !== 'available') await setStatus(deps, created, status);
    }
    return { ...created, phoneExtension: extension };
  }

  async function ring(callId = `call-${randomUUID()}`, from?: string) {
    const result = await requestRingOrder(testDatabase().deps, { callId, from });
    if (result.kind !== 'ok') throw new Error(`ring order failed: ${JSON.stringify(result)}`);
    return result.order.agents.map((entry) => [entry.displayName, entry.group]);
  }

  async function publish(agentId: string, duty: DutyKind) {
    const [member] = await testDatabase().deps.db.select().from(rotaMembers).where(eq(rotaMembers.staffId, agentId));
    await testDatabase().deps.db.update(rotaSlots).set({ kind: duty, publishedKind: duty }).where(eq(rotaSlots.memberId, member.id));
  }

  it('groups on call, off desk, then signed in', async () => {
    await agent('Ana On Call', { duty: 'on_call' });
    await agent('Ben Off Desk', { duty: 'off_desk' });
    await agent('Cleo Meeting', { duty: 'meeting' });
    await agent('Dev Unscheduled');
    await agent('Eve Away On Call', { duty: 'on_call', status: 'away' });
    await agent('Finn Busy', { duty: 'on_call', status: 'busy' });
    await agent('Gus Offline', { duty: 'on_call', status: 'offline' });
    await agent('Hal On Leave', { duty: 'leave' });
    await agent('Ida No Extension', { duty: 'on_call', extension: null });

    expect(await ring()).toEqual([
      ['Ana On Call', 'on_call'],
      ['Ben Off Desk', 'off_desk'],
      ['Cleo Meeting', 'signed_in'],
      ['Dev Unscheduled', 'signed_in'],
      ['Eve Away On Call', 'signed_in'],
    ]);
  });

  it('order follows presence and duty', async () => {
    const ana = await agent('Ana', { duty: 'on_call' });
    await agent('Ben', { duty: 'off_desk' });

    await setStatus(testDatabase().deps, ana, 'busy');
    expect(await ring()).toEqual([['Ben', 'off_desk']]);

    await setStatus(testDatabase().deps, ana, 'available');
    await publish(ana.id, 'off_desk');
    const offDesk = await ring();
    expect(offDesk).toHaveLength(2);
    expect(offDesk.every(([, group]) => group === 'off_desk')).toBe(true);

    const ben = (await testDatabase().deps.db.select().from(staffUsers).where(eq(staffUsers.displayName, 'Ben')))[0];
    await publish(ben.id, 'on_call');
    expect(await ring()).toEqual([
      ['Ben', 'on_call'],
      ['Ana', 'off_desk'],
    ]);
  });

  it('least recently rung goes first', async () => {
    await agent('Ana', { duty: 'on_call' });
    await agent('Ben', { duty: 'on_call' });
    await agent('Cleo', { duty: 'off_desk' });
    await agent('Dev', { duty: 'off_desk' });

    const first = await ring();
    const second = await ring();
    const third = await ring();

    expect(first.map(([name]) => name)).toEqual(['Ana', 'Ben', 'Cleo', 'Dev']);
    expect(second.map(([name]) => name)).toEqual(['Ben', 'Ana', 'Dev', 'Cleo']);
    expect(third.map(([name]) => name)).toEqual(['Ana', 'Ben', 'Cleo', 'Dev']);
  });

  it('ring event keeps only the masked number', async () => {
    await agent('Ana', { duty: 'on_call' });

    await ring('call-1', '+1 303 555 0123');

    const [event] = await testDatabase().deps.db.select().from(events).where(eq(events.stream, 'ring'));
    const stored = JSON.stringify(event.payload);
    expect(stored).toContain('***0123');
    expect(stored).not.toContain('555');
  });

  it('invalid request names the field', async () => {
    const missing = await requestRingOrder(testDatabase().deps, { from: '+13035550123' });
    const wrongType = await requestRingOrder(testDatabase().deps, { callId: 42 });
    const notObject = await requestRingOrder(testDatabase().deps, ['call-1']);

    expect(missing.kind === 'invalid_input' && missing.fields.map((field) => field.field)).toEqual(['callId']);
    expect(wrongType).toMatchObject({ kind: 'invalid_input', fields: [{ field: 'callId', message: expect.stringContaining('callId must be a string') }] });
    expect(notObject).toMatchObject({ kind: 'invalid_input', fields: [{ field: 'body' }] });
  });
});

describe.each(databaseKinds())('ring-order endpoint on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  let server: RunningServer | undefined;

  beforeEach(async () => {
    const db = testDatabase().deps.db;
    await db.delete(rotaSettings);
    await db.insert(rotaSettings).values({ id: 1, openingTime: '00:00', closingTime: '24:00', openDays: [1, 2, 3, 4, 5, 6, 7] });
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  function post(body: unknown, token: string | null = TOKEN) {
    return fetch(`${server!.url}/telephony/ring-order`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  it('without TELEPHONY_TOKEN answers 404', async () => {
    server = await startTestServer(testDatabase());

    const response = await post({ callId: 'c-1' });

    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain('set TELEPHONY_TOKEN');
  });

  it('wrong or missing token answers 401', async () => {
    server = await startTestServer(testDatabase(), { TELEPHONY_TOKEN: TOKEN });

    expect((await post({ callId: 'c-1' }, 'not-the-right-token-000000')).status).toBe(401);
    expect((await post({ callId: 'c-1' }, null)).status).toBe(401);
  });

  it('bad body answers 400 naming the field', async () => {
    server = await startTestServer(testDatabase(), { TELEPHONY_TOKEN: TOKEN });

    const missing = await post({ from: '+13035550123' });
    const malformed = await post('{"callId": ');

    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ fields: [{ field: 'callId' }] });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toContain('not valid JSON');
  });

  it('listed agent receives the ring notice', async () => {
    server = await startTestServer(testDatabase(), { TELEPHONY_TOKEN: TOKEN });
    const deps = testDatabase().deps;
    const ana = await createAgent(deps, 'Ana');
    const ben = await createAgent(deps, 'Ben');
    await deps.db.update(staffUsers).set({ phoneExtension: '201' }).where(eq(staffUsers.id, ana.id));
    await deps.db.update(staffUsers).set({ phoneExtension: '202' }).where(eq(staffUsers.id, ben.id));
    const [member] = await deps.db.insert(rotaMembers).values({ kind: 'agent', staffId: ana.id, displayName: 'Ana' }).returning();
    const now = DateTime.now().setZone(deps.centerTimeZone);
    const startsAt = now.set({ minute: now.minute < 30 ? 0 : 30, second: 0, millisecond: 0 }).toJSDate();
    await deps.db.insert(rotaSlots).values({ memberId: member.id, startsAt, kind: 'on_call', publishedKind: 'on_call' });

    const anaClient = new TestClient(server.url);
    const benClient = new TestClient(server.url);
    await anaClient.signIn(ana.email, TEST_PASSWORD);
    await benClient.signIn(ben.email, TEST_PASSWORD);
    // Ben is on a call, so the first ring skips him.
    await benClient.gql(`mutation { setPresenceStatus(status: BUSY) { status } }`);

    const listenersBefore = server.dispatcher.listenerCount;
    const query = `subscription { ringNotices { id callId callerMasked occurredAt position } }`;
    const anaSocket = anaClient.socket();
    const benSocket = benClient.socket();
    const anaNotices = collect<{ ringNotices: { callId: string; callerMasked: string | null; position: number } }>(anaSocket, query);
    const benNotices = collect<{ ringNotices: { callId: string; callerMasked: string | null; position: number } }>(benSocket, query);
    await expect.poll(() => server!.dispatcher.listenerCount, { timeout: 5000 }).toBe(listenersBefore + 2);

    const first = await post({ callId: 'call-1', from: '+1 303 555 0123', to: '311' });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      callId: 'call-1',
      agents: [{ staffId: ana.id, displayName: 'Ana', extension: '201', group: 'on_call' }],
    });
    await anaNotices.until(1);

    await benClient.gql(`mutation { setPresenceStatus(status: AVAILABLE) { status } }`);
    const second = await post({ callId: 'call-2' });
    expect(second.status).toBe(200);
    await benNotices.until(1);
    await anaNotices.until(2);

    expect(anaNotices.items.map((item) => item.ringNotices)).toMatchObject([
      { callId: 'call-1', callerMasked: '***0123', position: 1 },
      { callId: 'call-2', callerMasked: null, position: 1 },
    ]);
    // Ben's first notice is the second call: the first one, which did not list him, never reached him.
    expect(benNotices.items.map((item) => item.ringNotices)).toMatchObject([{ callId: 'call-2', position: 2 }]);
    expect(anaNotices.errors).toEqual([]);
    expect(benNotices.errors).toEqual([]);

    anaNotices.unsubscribe();
    benNotices.unsubscribe();
    await anaSocket.dispose();
    await benSocket.dispose();
  });
});
