import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../core/deps.js';
import { events, rotaMembers, rotaSettings, rotaSlots } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { connect, setStatus } from '../presence/service.js';
import type { DutyKind } from '../rotation/duty.js';
import { logPhoneCall, logWalkIn, receiveInquiry, submitWebInquiry } from './intake.js';
import { loadInquiry } from './views.js';
import { claimInquiry } from './service.js';

describe.each(databaseKinds())('automatic assignment on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  beforeEach(async () => {
    const db = testDatabase().deps.db;
    await db.delete(rotaSettings);
    // Open around the clock, so the test does not depend on when it runs.
    await db.insert(rotaSettings).values({ id: 1, openingTime: '00:00', closingTime: '24:00', openDays: [1, 2, 3, 4, 5, 6, 7], autoAssign: true });
  });

  /** Publishes `kind` for the current half hour of a new agent, and brings them online unless `online` is false. */
  async function agentWithDuty(name: string, duty: DutyKind, options: { online?: boolean } = {}): Promise<Actor> {
    const deps = testDatabase().deps;
    const agent = await createAgent(deps, name);
    const now = DateTime.now().setZone(deps.centerTimeZone);
    const startsAt = now.set({ minute: now.minute < 30 ? 0 : 30, second: 0, millisecond: 0 }).toJSDate();
    const [member] = await deps.db.insert(rotaMembers).values({ kind: 'agent', staffId: agent.id, displayName: name }).returning();
    await deps.db.insert(rotaSlots).values({ memberId: member.id, startsAt, kind: duty, publishedKind: duty });
    if (options.online !== false) await connect(deps, randomUUID(), agent.id);
    return agent;
  }

  async function webInquiry() {
    const result = await submitWebInquiry(testDatabase().deps, { subject: 'Streetlight out', question: 'The light at 5th and Pine is dark.' });
    if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
    return result.inquiry;
  }

  it('on-call available agent gets a web inquiry', async () => {
    const dana = await agentWithDuty('Dana Ortiz', 'on_call');

    const inquiry = await webInquiry();

    expect(inquiry.claimedBy?.id).toBe(dana.id);
    expect(inquiry.version).toBe(2);
    const inboxEvents = await testDatabase().deps.db.select().from(events).where(eq(events.inquiryId, inquiry.id)).orderBy(events.id);
    expect(inboxEvents.map((event) => event.type)).toEqual(['created', 'claimed']);
    expect(inboxEvents[1].actorId).toBeNull();
    expect((inboxEvents[1].payload as { inquiry: { claimedBy: { id: string } } }).inquiry.claimedBy.id).toBe(dana.id);
  });

  it('e-mail inquiry is assigned too', async () => {
    const dana = await agentWithDuty('Dana Ortiz', 'on_call');

    const result = await receiveInquiry(testDatabase().deps, { channel: 'email', subject: 'Bulk pickup', body: 'When is bulk pickup?', source: { system: 'email', id: '<a@b>' } });

    expect(result).toMatchObject({ kind: 'created', inquiry: { claimedBy: { id: dana.id } } });
  });

  it('off desk, away and offline agents get nothing', async () => {
    await agentWithDuty('Off Desk', 'off_desk');
    const away = await agentWithDuty('Away', 'on_call');
    await setStatus(testDatabase().deps, away, 'away');
    const busy = await agentWithDuty('Busy', 'on_call');
    await setStatus(testDatabase().deps, busy, 'busy');
    await agentWithDuty('Offline', 'on_call', { online: false });

    const inquiry = await webInquiry();

    expect(inquiry.claimedBy).toBeNull();
    expect(inquiry.version).toBe(1);
  });

  it('fewest open claims wins, then least recent claim', async () => {
    const dana = await agentWithDuty('Dana Ortiz', 'on_call');
    const sam = await agentWithDuty('Sam Whitehorse', 'on_call');
    await testDatabase().deps.db.update(rotaSettings).set({ autoAssign: false });
    const older = await webInquiry();
    await claimInquiry(testDatabase().deps, dana, older.id);
    await testDatabase().deps.db.update(rotaSettings).set({ autoAssign: true });

    const first = await webInquiry();
    const second = await webInquiry();
    const third = await webInquiry();

    // Sam had no open claim. Then each has one, and Dana's latest claim (the older inquiry) is the oldest.
    expect(first.claimedBy?.id).toBe(sam.id);
    expect(second.claimedBy?.id).toBe(dana.id);
    expect(third.claimedBy?.id).toBe(sam.id);
  });

  it('setting off leaves inquiries unclaimed', async () => {
    await agentWithDuty('Dana Ortiz', 'on_call');
    await testDatabase().deps.db.update(rotaSettings).set({ autoAssign: false });

    const inquiry = await webInquiry();

    expect(inquiry.claimedBy).toBeNull();
  });

  it('phone calls and imports are left alone', async () => {
    await agentWithDuty('Dana Ortiz', 'on_call');
    const sam = await createAgent(testDatabase().deps, 'Sam Whitehorse');

    const call = await logPhoneCall(testDatabase().deps, sam, { subject: 'Missed pickup', callStartedAt: new Date() });
    const imported = await receiveInquiry(testDatabase().deps, {
      channel: 'web',
      subject: 'Old request',
      receivedAt: new Date('2025-06-01T15:00:00Z'),
      source: { system: 'nyc311', id: '1' },
    });

    expect(call).toMatchObject({ kind: 'created', inquiry: { claimedBy: { id: sam.id } } });
    expect(imported).toMatchObject({ kind: 'created', inquiry: { claimedBy: null } });
    const claims = await testDatabase().deps.db.select().from(events).where(and(eq(events.type, 'claimed'), eq(events.stream, 'inbox')));
    expect(claims).toHaveLength(0);
  });
});

describe.each(databaseKinds())('the inquiry intake returns on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  it('is the inquiry as stored, on every channel', async () => {
    const deps = testDatabase().deps;
    const agent = await createAgent(deps, 'Dana Ortiz');
    const { topic } = await createTopic(deps, 'Streetlight out', 'Transportation');
    const stored = async (result: Awaited<ReturnType<typeof receiveInquiry>>) => {
      if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
      expect(result.inquiry).toEqual(await loadInquiry(deps.db, result.inquiry.id));
      return result.inquiry;
    };

    const first = await stored(
      await submitWebInquiry(deps, {
        subject: 'Light out',
        question: 'The light at 5th and Pine is dark.',
        email: 'maria@example.org',
        topicId: topic.id,
        location: { latitude: 40.01, longitude: -105.27, address: '5th and Pine' },
      }),
    );
    // The same resident again, now with a name: the contact is found and completed.
    const second = await stored(await submitWebInquiry(deps, { subject: 'Still dark', question: 'Two weeks now.', email: 'MARIA@example.org', name: 'María Peña' }));
    expect(second.contact?.id).toBe(first.contact?.id);
    expect(second.contact?.name).toBe('María Peña');
    expect(second.previousContactAt ?? null).toEqual(first.createdAt);
    const call = await stored(
      await logPhoneCall(deps, agent, {
        subject: 'Pothole',
        callerName: 'Lee Chen',
        callerPhone: '+13035550142',
        callStartedAt: new Date(Date.now() - 60_000),
        callEndedAt: new Date(),
        topicId: topic.id,
      }),
    );
    // Without an e-mail the phone number finds the contact, and the contact keeps its name.
    const visit = await stored(await logWalkIn(deps, agent, { subject: 'Notary for a deed', visitorName: 'L. Chen', visitorPhone: '+13035550142' }));
    expect(visit.contact).toEqual(call.contact);
    expect(visit.contact?.name).toBe('Lee Chen');
    await stored(await logWalkIn(deps, agent, { subject: 'Notary for a deed' }));
    await stored(
      await receiveInquiry(deps, {
        channel: 'email',
        subject: 'Imported',
        body: 'From the old system.',
        contact: { email: 'maria@example.org' },
        receivedAt: new Date('2026-01-05T16:00:00Z'),
        resolvedAt: new Date('2026-01-06T16:00:00Z'),
        resolutionNote: 'Answered.',
        source: { system: 'legacy', id: '17' },
      }),
    );
  });
});
