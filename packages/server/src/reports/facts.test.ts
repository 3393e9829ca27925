import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { events, inquiries } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { reportFactsBackfillStatements } from './facts.js';
import { addNote, claimInquiry, reopenInquiry, resolveInquiry, routeInquiry } from '../inquiries/service.js';

describe.each(databaseKinds())('report facts kept by triggers on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  const deps = () => testDatabase().deps;

  async function facts(id: number) {
    const [row] = await deps()
      .db.select({ firstResponseAt: inquiries.firstResponseAt, reopenCount: inquiries.reopenCount, transferCount: inquiries.transferCount })
      .from(inquiries)
      .where(eq(inquiries.id, id));
    return row!;
  }

  it('track response, reopens, transfers', async () => {
    const agent = await createAgent(deps());
    const parks = await createTopic(deps(), 'Park bench', 'Parks');
    const pothole = await createTopic(deps(), 'Pothole', 'Pavement Division');
    const received = await receiveInquiry(deps(), { channel: 'web', subject: 'Bench broken', topicId: parks.topic.id });
    if (received.kind !== 'created') throw new Error(received.kind);
    const id = received.inquiry.id;
    expect(await facts(id)).toEqual({ firstResponseAt: null, reopenCount: 0, transferCount: 0 });

    let step = await claimInquiry(deps(), agent, id, received.inquiry.version);
    if (step.kind !== 'ok') throw new Error(step.kind);
    const [claim] = await deps().db.select().from(events).where(sql`${events.inquiryId} = ${id} and ${events.type} = 'claimed'`);
    expect((await facts(id)).firstResponseAt).toEqual(claim!.createdAt);

    step = await addNote(deps(), agent, id, 'Called the parks crew');
    if (step.kind !== 'ok') throw new Error(step.kind);
    expect((await facts(id)).firstResponseAt).toEqual(claim!.createdAt);

    step = await routeInquiry(deps(), agent, id, step.inquiry.version, { topicId: pothole.topic.id });
    if (step.kind !== 'ok') throw new Error(step.kind);
    step = await resolveInquiry(deps(), agent, id, step.inquiry.version, 'Fixed');
    if (step.kind !== 'ok') throw new Error(step.kind);
    step = await reopenInquiry(deps(), agent, id, step.inquiry.version, 'Broken again');
    if (step.kind !== 'ok') throw new Error(step.kind);
    expect(await facts(id)).toMatchObject({ reopenCount: 1, transferCount: 1 });

    // Moving the claim an hour earlier, as a correction would, moves the first response with it.
    const earlier = new Date(claim!.createdAt.getTime() - 3_600_000);
    await deps().db.update(events).set({ createdAt: earlier }).where(eq(events.id, claim!.id));
    expect((await facts(id)).firstResponseAt).toEqual(earlier);
  });

  it('backfill restores the facts from the log', async () => {
    const agent = await createAgent(deps());
    const received = await receiveInquiry(deps(), { channel: 'email', subject: 'Trash missed' });
    if (received.kind !== 'created') throw new Error(received.kind);
    const id = received.inquiry.id;
    let step = await claimInquiry(deps(), agent, id, received.inquiry.version);
    if (step.kind !== 'ok') throw new Error(step.kind);
    step = await resolveInquiry(deps(), agent, id, step.inquiry.version, 'Picked up');
    if (step.kind !== 'ok') throw new Error(step.kind);
    step = await reopenInquiry(deps(), agent, id, step.inquiry.version, 'Not picked up');
    if (step.kind !== 'ok') throw new Error(step.kind);
    const kept = await facts(id);

    await deps().db.update(inquiries).set({ firstResponseAt: null, reopenCount: 0, transferCount: 0 }).where(eq(inquiries.id, id));
    for (const statement of reportFactsBackfillStatements()) await deps().db.execute(sql.raw(statement));

    expect(await facts(id)).toEqual(kept);
    expect(kept.firstResponseAt).not.toBeNull();
    expect(kept.reopenCount).toBe(1);
  });
});
