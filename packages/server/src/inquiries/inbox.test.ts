import { describe, expect, it } from 'vitest';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { countByChannel, readInbox, type InboxPage } from './inbox.js';
import { logPhoneCall, logWalkIn, receiveInquiry, submitWebInquiry } from './intake.js';
import { addNote, claimInquiry, reopenInquiry, resolveInquiry, routeInquiry } from './service.js';
import { loadMessages } from './views.js';

function page(result: Awaited<ReturnType<typeof readInbox>>): InboxPage {
  if ('kind' in result) throw new Error(result.message);
  return result;
}

describe.each(databaseKinds())('inbox on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  async function receive(subject: string, receivedAt: Date) {
    const result = await receiveInquiry(testDatabase().deps, { channel: 'web', subject, receivedAt });
    if (result.kind !== 'created') throw new Error(JSON.stringify(result));
    return result.inquiry;
  }

  it('paging while inquiries arrive skips and repeats nothing', async () => {
    const agent = await createAgent(testDatabase().deps);
    const base = Date.parse('2026-03-02T15:00:00Z');
    // Five share one timestamp so the id tie-breaker is exercised.
    for (let index = 0; index < 30; index += 1) await receive(`old ${index}`, new Date(base + Math.floor(index / 5) * 60_000));

    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round += 1) {
      const result = page(await readInbox(testDatabase().deps.db, agent, {}, 7, after));
      seen.push(...result.items.map((item) => item.inquiry.subject));
      await receive(`new during paging ${round}`, new Date());
      if (!result.hasNextPage) break;
      after = result.endCursor;
    }

    const oldSeen = seen.filter((subject) => subject.startsWith('old'));
    expect(oldSeen).toHaveLength(30);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen[0]).toBe('old 29');
  });

  it('filters by channel, status, claim, topic and text', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    const { topic, department } = await createTopic(testDatabase().deps, 'Tree blocking a sidewalk', 'Pavement Division');
    const call = await logPhoneCall(testDatabase().deps, dana, {
      subject: 'Branches over the sidewalk',
      callerName: 'María Peña',
      callStartedAt: new Date('2026-03-02T16:00:00Z'),
      callEndedAt: new Date('2026-03-02T16:03:00Z'),
      topicId: topic.id,
    });
    const walkIn = await logWalkIn(testDatabase().deps, dana, { subject: 'Notary for a deed' });
    const web = await submitWebInquiry(testDatabase().deps, { subject: 'Dog licence', question: 'How much is it?' });
    if (call.kind !== 'created' || walkIn.kind !== 'created' || web.kind !== 'created') throw new Error('intake failed');
    await claimInquiry(testDatabase().deps, dana, walkIn.inquiry.id);

    const subjects = async (filter: Parameters<typeof readInbox>[2]) =>
      page(await readInbox(testDatabase().deps.db, dana, filter, 25)).items.map((item) => item.inquiry.subject);

    expect(await subjects({ channels: ['phone'] })).toEqual(['Branches over the sidewalk']);
    // Calls and visits are claimed by the agent who logged them.
    expect((await subjects({ claim: 'mine' })).sort()).toEqual(['Branches over the sidewalk', 'Notary for a deed']);
    expect(await subjects({ claim: 'unclaimed' })).toEqual(['Dog licence']);
    expect(await subjects({ topicId: topic.id })).toEqual(['Branches over the sidewalk']);
    expect(await subjects({ departmentId: department.id })).toEqual(['Branches over the sidewalk']);
    expect(await subjects({ text: 'peña' })).toEqual(['Branches over the sidewalk']);
    expect(await subjects({ text: '100%' })).toEqual([]);
    expect(await subjects({ statuses: ['resolved'] })).toEqual([]);

    const counts = await countByChannel(testDatabase().deps.db, dana, {});
    expect(counts).toEqual([
      { channel: 'phone', count: 1 },
      { channel: 'walk_in', count: 1 },
      { channel: 'web', count: 1 },
    ]);
  });

  it('bad paging arguments name the field', async () => {
    const agent = await createAgent(testDatabase().deps);
    const tooMany = await readInbox(testDatabase().deps.db, agent, {}, 1000);
    const badCursor = await readInbox(testDatabase().deps.db, agent, {}, 10, 'not-a-cursor');
    if (!('kind' in tooMany) || !('kind' in badCursor)) throw new Error('expected InvalidInput results');
    expect(tooMany.fields[0].field).toBe('first');
    expect(badCursor.fields[0].field).toBe('after');
  });

  it('resolve, reopen, note and route keep the thread', async () => {
    const agent = await createAgent(testDatabase().deps, 'Priya Natarajan');
    const { topic, department } = await createTopic(testDatabase().deps, 'Bark beetles', 'Cooperative Extension Service');
    const received = await submitWebInquiry(testDatabase().deps, { subject: 'Beetles', question: 'My pine has holes in the bark.' });
    if (received.kind !== 'created') throw new Error('intake failed');
    let inquiry = received.inquiry;

    const routed = await routeInquiry(testDatabase().deps, agent, inquiry.id, inquiry.version, { topicId: topic.id });
    if (routed.kind !== 'ok') throw new Error(JSON.stringify(routed));
    expect(routed.inquiry.department?.id).toBe(department.id);
    inquiry = routed.inquiry;

    const noted = await addNote(testDatabase().deps, agent, inquiry.id, 'Called the extension office.');
    if (noted.kind !== 'ok') throw new Error('note failed');
    const resolved = await resolveInquiry(testDatabase().deps, agent, inquiry.id, noted.inquiry.version, 'Extension will visit on Tuesday.');
    if (resolved.kind !== 'ok') throw new Error(JSON.stringify(resolved));
    expect(resolved.inquiry.status).toBe('resolved');
    expect(resolved.inquiry.resolvedBy?.displayName).toBe('Priya Natarajan');

    const reopened = await reopenInquiry(testDatabase().deps, agent, inquiry.id, resolved.inquiry.version, 'Resident called back');
    if (reopened.kind !== 'ok') throw new Error(JSON.stringify(reopened));
    expect(reopened.inquiry.status).toBe('open');
    expect(reopened.inquiry.resolutionNote).toBeNull();

    const thread = await loadMessages(testDatabase().deps.db, inquiry.id);
    expect(thread.map((message) => [message.kind, message.body])).toEqual([
      ['resident', 'My pine has holes in the bark.'],
      ['note', 'Called the extension office.'],
      ['note', 'Resolved: Extension will visit on Tuesday.'],
      ['note', 'Reopened: Resident called back'],
    ]);
  });

  it('phone call end before start is rejected', async () => {
    const agent = await createAgent(testDatabase().deps);
    const result = await logPhoneCall(testDatabase().deps, agent, {
      subject: 'Pothole',
      callStartedAt: new Date('2026-03-02T16:00:00Z'),
      callEndedAt: new Date('2026-03-02T15:00:00Z'),
    });
    expect(result.kind).toBe('invalid_input');
    if (result.kind === 'invalid_input') expect(result.fields.map((field) => field.field)).toEqual(['input.callEndedAt']);
  });

  it('instants round-trip exactly', async () => {
    const instant = new Date('2026-11-01T07:30:00.123Z');
    const inquiry = await receive('DST morning', instant);
    expect(inquiry.createdAt.toISOString()).toBe('2026-11-01T07:30:00.123Z');
  });
});
