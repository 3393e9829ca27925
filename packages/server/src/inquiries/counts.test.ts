import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import type { Actor } from '../core/deps.js';
import { compactInquiryCounts, countFromTotals } from './counts.js';
import { countByChannel, readInbox, type InboxFilter } from './inbox.js';
import { logPhoneCall, logWalkIn, receiveInquiry } from './intake.js';
import { claimInquiry, releaseInquiry, reopenInquiry, resolveInquiry, routeInquiry } from './service.js';
import type { InquiryView } from './views.js';

/** The channels in the order of the inquiry_channel enum, which is the order channel counts come in. */
const CHANNELS = ['phone', 'walk_in', 'email', 'web'] as const;

type Row = { status: string; channel: string; department_id: string | null; topic_id: string | null; claimed_by_id: string | null };

/** Returns the count the filter should give, worked out in JavaScript from the inquiries themselves. */
function expectedCount(rows: Row[], actor: Actor, filter: InboxFilter): number {
  return rows.filter(
    (row) =>
      (!filter.channels?.length || filter.channels.includes(row.channel as never)) &&
      (!filter.statuses?.length || filter.statuses.includes(row.status as never)) &&
      (!filter.topicId || row.topic_id === filter.topicId) &&
      (!filter.departmentId || row.department_id === filter.departmentId) &&
      (filter.claim !== 'mine' || row.claimed_by_id === actor.id) &&
      (filter.claim !== 'unclaimed' || row.claimed_by_id === null),
  ).length;
}

describe.each(databaseKinds())('inbox counts on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  async function inquiryRows(): Promise<Row[]> {
    return rowsOf<Row>(
      await testDatabase().deps.db.execute(sql`select status, channel, department_id, topic_id, claimed_by_id from inquiries`),
    );
  }

  /** Returns the number of rows in inquiry_counts and in its rollup. */
  async function countRows(): Promise<{ combinations: number; rollup: number }> {
    const [row] = rowsOf<{ combinations: number | string; rollup: number | string }>(
      await testDatabase().deps.db.execute(
        sql`select (select count(*) from inquiry_counts) as combinations, (select count(*) from inquiry_status_counts) as rollup`,
      ),
    );
    return { combinations: Number(row.combinations), rollup: Number(row.rollup) };
  }

  /** Checks every filter combination against the inquiries, through the totals and through the inbox. */
  async function expectCountsToMatch(actors: Actor[], filters: InboxFilter[]) {
    const rows = await inquiryRows();
    for (const actor of actors) {
      for (const filter of filters) {
        const expected = expectedCount(rows, actor, filter);
        expect({ filter, total: await countFromTotals(testDatabase().deps.db, actor, filter) }).toEqual({ filter, total: expected });
        const page = await readInbox(testDatabase().deps.db, actor, filter, 5);
        if ('kind' in page) throw new Error(page.message);
        expect({ filter, inbox: page.totalCount }).toEqual({ filter, inbox: expected });

        const perChannel = CHANNELS.map((channel) => ({ channel, count: expectedCount(rows.filter((row) => row.channel === channel), actor, filter) })).filter(
          (entry) => entry.count > 0,
        );
        expect({ filter, channels: await countByChannel(testDatabase().deps.db, actor, filter) }).toEqual({ filter, channels: perChannel });
      }
    }
  }

  it('match the inquiries after every kind of change', async () => {
    const deps = testDatabase().deps;
    const dana = await createAgent(deps, 'Dana Ortiz');
    const lee = await createAgent(deps, 'Lee Chen');
    const manager = await createAgent(deps, 'Mara Quinn', 'manager');
    const pothole = await createTopic(deps, 'Pothole', 'Pavement Division');
    const trash = await createTopic(deps, 'Missed trash pickup', 'Solid Waste');

    const created: InquiryView[] = [];
    const keep = (result: Awaited<ReturnType<typeof receiveInquiry>>) => {
      if (result.kind !== 'created') throw new Error(JSON.stringify(result));
      created.push(result.inquiry);
      return result.inquiry;
    };
    for (let index = 0; index < 12; index += 1) {
      const topicId = [pothole.topic.id, trash.topic.id, undefined][index % 3];
      keep(await receiveInquiry(deps, { channel: index % 2 ? 'web' : 'email', subject: `Question ${index}`, topicId }));
    }
    keep(await logPhoneCall(deps, dana, { subject: 'Branches down', callStartedAt: new Date(Date.now() - 120_000), callEndedAt: new Date(), topicId: pothole.topic.id }));
    keep(await logWalkIn(deps, lee, { subject: 'Notary for a deed' }));

    const filters: InboxFilter[] = [
      {},
      { statuses: ['open'] },
      { statuses: ['resolved'] },
      { channels: ['web'] },
      { channels: ['phone', 'walk_in'], statuses: ['open'] },
      { topicId: pothole.topic.id },
      { departmentId: trash.department.id, statuses: ['open'] },
      { claim: 'mine' },
      { claim: 'unclaimed', statuses: ['open'] },
      { claim: 'unclaimed', channels: ['email', 'phone'] },
      { claim: 'anyone', statuses: ['open', 'resolved'] },
      { claim: 'mine', departmentId: pothole.department.id, channels: ['phone'] },
    ];
    await expectCountsToMatch([dana, lee], filters);

    const current = async (id: number) => {
      const page = await readInbox(deps.db, manager, {}, 100);
      if ('kind' in page) throw new Error(page.message);
      return page.items.find((item) => item.inquiry.id === id)!.inquiry;
    };

    expect((await claimInquiry(deps, dana, created[0].id)).kind).toBe('ok');
    expect((await claimInquiry(deps, lee, created[1].id)).kind).toBe('ok');
    expect((await claimInquiry(deps, lee, created[2].id)).kind).toBe('ok');
    expect((await releaseInquiry(deps, lee, created[2].id, (await current(created[2].id)).version)).kind).toBe('ok');
    expect((await routeInquiry(deps, dana, created[3].id, (await current(created[3].id)).version, { topicId: trash.topic.id })).kind).toBe('ok');
    expect((await resolveInquiry(deps, dana, created[0].id, (await current(created[0].id)).version, 'Filled on Tuesday.')).kind).toBe('ok');
    expect((await resolveInquiry(deps, lee, created[4].id, (await current(created[4].id)).version, 'Answered by e-mail.')).kind).toBe('ok');
    expect((await reopenInquiry(deps, manager, created[4].id, (await current(created[4].id)).version, 'The resident wrote back.')).kind).toBe('ok');
    await expectCountsToMatch([dana, lee], filters);

    // Rows written outside the services count too: an edit and a delete straight in SQL.
    await deps.db.execute(sql`update inquiries set channel = 'phone' where id = ${created[5].id}`);
    await deps.db.execute(sql`delete from inquiry_messages where inquiry_id in (${created[6].id}, ${created[7].id})`);
    await deps.db.execute(sql`delete from events where inquiry_id in (${created[6].id}, ${created[7].id})`);
    await deps.db.execute(sql`delete from inquiries where id in (${created[6].id}, ${created[7].id})`);
    await expectCountsToMatch([dana, lee], filters);

    const before = await countRows();
    expect(await compactInquiryCounts(deps.db)).toBe(before.combinations + before.rollup);
    const after = await countRows();
    expect(after.combinations).toBeLessThan(before.combinations);
    expect(after.rollup).toBeLessThan(before.rollup);
    // One row per combination that still has inquiries, in each table.
    const rows = await inquiryRows();
    expect(after.combinations).toBe(new Set(rows.map((row) => JSON.stringify(row))).size);
    expect(after.rollup).toBe(new Set(rows.map((row) => `${row.status} ${row.channel} ${row.claimed_by_id !== null}`)).size);
    await expectCountsToMatch([dana, lee], filters);

    // Intake and claims while a compaction runs: nothing is counted twice or lost.
    const writes = Array.from({ length: 8 }, (_, index) =>
      receiveInquiry(deps, { channel: 'web', subject: `During compaction ${index}`, topicId: pothole.topic.id }).then(async (result) => {
        if (result.kind === 'created') await claimInquiry(deps, index % 2 ? dana : lee, result.inquiry.id);
      }),
    );
    await Promise.all([...writes, compactInquiryCounts(deps.db), compactInquiryCounts(deps.db)]);
    await compactInquiryCounts(deps.db);
    await expectCountsToMatch([dana, lee], filters);
  });

  it('reads the rollup for coarse filters', async () => {
    const deps = testDatabase().deps;
    const dana = await createAgent(deps, 'Dana Ortiz');
    const pothole = await createTopic(deps, 'Pothole', 'Pavement Division');
    await receiveInquiry(deps, { channel: 'web', subject: 'Pothole on Oak', topicId: pothole.topic.id });
    // A row that only the rollup has: every filter that reads the rollup counts it, and no other does.
    await deps.db.execute(sql`insert into inquiry_status_counts (status, channel, claimed, delta) values ('open', 'web', false, 100)`);
    const total = (filter: InboxFilter) => countFromTotals(deps.db, dana, filter);
    expect(await total({})).toBe(101);
    expect(await total({ statuses: ['open'], claim: 'anyone' })).toBe(101);
    expect(await total({ channels: ['web'], claim: 'unclaimed' })).toBe(101);
    expect(await total({ channels: ['email'] })).toBe(0);
    expect(await total({ topicId: pothole.topic.id })).toBe(1);
    expect(await total({ departmentId: pothole.department.id, statuses: ['open'] })).toBe(1);
    expect(await total({ claim: 'mine' })).toBe(0);
  });

  it('leaves a text search to a count of the inquiries', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await receiveInquiry(testDatabase().deps, { channel: 'web', subject: 'Streetlight out on Pine' });
    await receiveInquiry(testDatabase().deps, { channel: 'web', subject: 'Pothole on Oak' });
    expect(await countFromTotals(testDatabase().deps.db, dana, { text: 'pine' })).toBeUndefined();
    const page = await readInbox(testDatabase().deps.db, dana, { text: 'pine' }, 5);
    if ('kind' in page) throw new Error(page.message);
    expect(page.totalCount).toBe(1);
  });
});
