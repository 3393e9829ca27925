import { and, sql, sum, type SQL } from 'drizzle-orm';
import { rowsOf, type Database, type Queryable } from '../db/client.js';
import { inquiryCounts } from '../db/schema.js';
import type { Actor } from '../core/deps.js';
import { columnConditions, searchText, type InboxFilter } from './filter.js';
import type { Channel } from './views.js';

/** How often each server process folds the inbox count rows. Each write that moves an inquiry adds one or two rows. */
export const COUNT_COMPACTION_MINUTES = 5;

/** Keeps two compactions in different processes from folding the same rows at once. */
const COMPACT_LOCK = 4311012;

/**
 * Counts the inquiries matching `filter` from the trigger-kept inquiry_counts
 * rows, without reading the inquiries. Returns undefined for a filter these
 * rows cannot count (a text search), so the caller counts the inquiries.
 */
export async function countFromTotals(db: Queryable, actor: Actor, filter: InboxFilter): Promise<number | undefined> {
  const conditions = totalsConditions(actor, filter);
  if (!conditions) return undefined;
  const [row] = await db
    .select({ total: sum(inquiryCounts.delta) })
    .from(inquiryCounts)
    .where(and(...conditions));
  return Number(row?.total ?? 0);
}

/**
 * Counts the inquiries matching `filter` per channel from the totals, in
 * channel order, leaving out channels with none. Returns undefined for a
 * text search, like countFromTotals.
 */
export async function countChannelsFromTotals(
  db: Queryable,
  actor: Actor,
  filter: InboxFilter,
): Promise<{ channel: Channel; count: number }[] | undefined> {
  const conditions = totalsConditions(actor, filter);
  if (!conditions) return undefined;
  const rows = await db
    .select({ channel: inquiryCounts.channel, total: sum(inquiryCounts.delta) })
    .from(inquiryCounts)
    .where(and(...conditions))
    .groupBy(inquiryCounts.channel)
    .orderBy(inquiryCounts.channel);
  return rows.map((row) => ({ channel: row.channel, count: Number(row.total ?? 0) })).filter((row) => row.count > 0);
}

/** Returns the filter's conditions on inquiry_counts, or undefined when it searches text. */
function totalsConditions(actor: Actor, filter: InboxFilter): SQL[] | undefined {
  return searchText(filter) ? undefined : columnConditions(inquiryCounts, actor, filter);
}

/**
 * Folds the inquiry_counts rows into one per combination and drops
 * combinations that add up to zero. Writers only ever insert rows, and the
 * rows a concurrent transaction adds are not visible to the delete, so they
 * stay for the next compaction. Returns the number of rows folded, or 0 when
 * another process is compacting.
 */
export async function compactInquiryCounts(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${COMPACT_LOCK}) as locked`));
    if (!lock?.locked) return 0;
    const result = await tx.execute(sql`
      with folded as (
        delete from inquiry_counts
        returning status, channel, department_id, topic_id, claimed_by_id, delta
      ), summed as (
        insert into inquiry_counts (status, channel, department_id, topic_id, claimed_by_id, delta)
        select status, channel, department_id, topic_id, claimed_by_id, sum(delta) from folded
        group by status, channel, department_id, topic_id, claimed_by_id
        having sum(delta) <> 0
        returning 1
      )
      select (select count(*) from folded) as folded, (select count(*) from summed) as kept`);
    return Number(rowsOf<{ folded: number | string }>(result)[0]?.folded ?? 0);
  });
}
