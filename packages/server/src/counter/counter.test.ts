import { describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { auditEntries, inquiries, topicAttributes, topics } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { listAudit, recordAudit } from './audit.js';
import { CounterRefusal, receiveCounterRequest } from './intake.js';
import { COUNTER_OPEN311_HANDLERS, ensureCounterServices } from './registry.js';
import { COUNTER_SERVICE_KINDS, counterServiceDefinition, counterTopicId } from './services.js';

describe.each(databaseKinds())('counter core on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  const deps = () => testDatabase().deps;

  it('creates one topic per service with its Open311 attributes, once, adopting a topic of the same name', async () => {
    // A topic made by hand under the service's name becomes the service's topic.
    const existing = await createTopic(deps(), counterServiceDefinition('notary').topicName, 'Clerk');
    await ensureCounterServices(deps().db);
    await ensureCounterServices(deps().db);

    const rows = await deps().db.select({ id: topics.id, kind: topics.counterService }).from(topics).where(sql`${topics.counterService} is not null`);
    expect(rows.map((row) => row.kind).sort()).toEqual([...COUNTER_SERVICE_KINDS].sort());
    expect(rows.find((row) => row.kind === 'notary')?.id).toBe(existing.topic.id);
    for (const kind of COUNTER_SERVICE_KINDS) {
      const expected = COUNTER_OPEN311_HANDLERS[kind]?.attributes.length ?? 0;
      const [attributes] = await deps()
        .db.select({ value: count() })
        .from(topicAttributes)
        .where(eq(topicAttributes.topicId, await counterTopicId(deps().db, kind)));
      expect(Number(attributes.value), kind).toBe(expected);
    }
  });

  it('records the contact as an inquiry under the service topic with the record, or neither on a refusal', async () => {
    const agent = await createAgent(deps());
    const created = await receiveCounterRequest(
      deps(),
      'payment',
      { channel: 'walk_in', subject: 'Copy fee', contact: { name: 'Dana Ortiz' } },
      agent,
      async (tx, context) => {
        await recordAudit(tx, { entity: 'test_record', entityId: context.inquiryId, action: 'created', actorId: agent.id, after: { ok: true } });
        return { inquiryId: context.inquiryId, contactId: context.contactId };
      },
    );
    if (created.kind !== 'created') throw new Error(created.kind);
    expect(created.inquiry.topic?.id).toBe(await counterTopicId(deps().db, 'payment'));
    expect(created.record.contactId).not.toBeNull();
    expect(await listAudit(deps().db, 'test_record', created.inquiry.id)).toMatchObject([{ action: 'created', actorId: agent.id, actorName: agent.displayName }]);

    const before = await deps().db.select({ value: count() }).from(inquiries);
    const refused = await receiveCounterRequest(deps(), 'banner_permit', { channel: 'web', subject: 'Banner', contact: { name: 'Eli Park' } }, undefined, async (tx, context) => {
      await recordAudit(tx, { entity: 'test_record', entityId: context.inquiryId, action: 'created', actorId: null });
      throw new CounterRefusal('startsOn', 'the overpass is full on 2026-05-02', { nextFreeDates: ['2026-05-09'] });
    });
    expect(refused).toEqual({ kind: 'refused', field: 'startsOn', message: 'the overpass is full on 2026-05-02', detail: { nextFreeDates: ['2026-05-09'] } });
    expect(await deps().db.select({ value: count() }).from(inquiries)).toEqual(before);
    expect(await deps().db.select({ value: count() }).from(auditEntries)).toEqual([{ value: 1 }]);
  });

  it('refuses to change or delete the audit trail', async () => {
    await deps().db.transaction((tx) => recordAudit(tx, { entity: 'payment', entityId: 1, action: 'created', actorId: null }));
    // Drizzle wraps the database's error; its cause carries the trigger's message.
    const failure = (query: Promise<unknown>) =>
      query.then(
        () => 'no error',
        (error: { message?: string; cause?: { message?: string } }) => error.cause?.message ?? error.message ?? String(error),
      );
    expect(await failure(deps().db.execute(sql`update audit_entries set action = 'edited'`))).toMatch(/append-only/);
    expect(await failure(deps().db.execute(sql`delete from audit_entries`))).toMatch(/append-only/);
    expect(await listAudit(deps().db, 'payment', 1)).toHaveLength(1);
  });
});
