import { and, eq, inArray, sql, sum, type SQL } from 'drizzle-orm';
import { rowsOf, type Database, type Queryable, type Transaction } from '../db/client.js';
import { inquiryCounts, inquiryStatusCounts } from '../db/schema.js';
import type { Actor } from '../core/deps.js';
import { columnConditions, searchText, type InboxFilter } from './filter.js';
import type { Channel } from './views.js';

/** How often each server process folds the inbox count rows. Each write that moves an inquiry adds one or two rows. */
export const COUNT_COMPACTION_MINUTES = 5;

/** Keeps two compactions in different processes from folding the same rows at once. */
const COMPACT_LOCK = 4311012;

/**
 * Counts the inquiries matching `filter` from the trigger-kept count rows,
 * without reading the inquiries. Returns undefined for a filter these rows
 * cannot count (a text search), so the caller counts the inquiries.
 */
export async function countFromTotals(db: Queryable, actor: Actor, filter: InboxFilter): Promise<number | undefined> {
  const totals = totalsFor(actor, filter);
  if (!totals) return undefined;
  const [row] = await db
    .select({ total: sum(totals.table.delta) })
    .from(totals.table)
    .where(and(...totals.conditions));
  return Number(row?.total ?? 0);
}

/**
 * Counts the inquiries matching `filter` per channel from the count rows, in
 * channel order, leaving out channels with none. Returns undefined for a
 * text search, like countFromTotals.
 */
export async function countChannelsFromTotals(
  db: Queryable,
  actor: Actor,
  filter: InboxFilter,
): Promise<{ channel: Channel; count: number }[] | undefined> {
  const totals = totalsFor(actor, filter);
  if (!totals) return undefined;
  const rows = await db
    .select({ channel: totals.table.channel, total: sum(totals.table.delta) })
    .from(totals.table)
    .where(and(...totals.conditions))
    .groupBy(totals.table.channel)
    .orderBy(totals.table.channel);
  return rows.map((row) => ({ channel: row.channel, count: Number(row.total ?? 0) })).filter((row) => row.count > 0);
}

type Totals = { table: typeof inquiryCounts | typeof inquiryStatusCounts; conditions: SQL[] };

/**
 * Picks the count rows for `filter`. A filter on status, channel and
 * claimed reads the rollup, which has a few dozen rows however many
 * departments, topics and agents there are. A finer filter reads the rows per
 * combination. Returns undefined when the filter searches text.
 */
export function totalsFor(actor: Actor, filter: InboxFilter): Totals | undefined {
  if (searchText(filter)) return undefined;
  if (filter.topicId || filter.departmentId || filter.claim === 'mine') {
    return { table: inquiryCounts, conditions: columnConditions(inquiryCounts, actor, filter) };
  }
  const conditions: SQL[] = [];
  if (filter.channels?.length) conditions.push(inArray(inquiryStatusCounts.channel, filter.channels));
  if (filter.statuses?.length) conditions.push(inArray(inquiryStatusCounts.status, filter.statuses));
  if (filter.claim === 'unclaimed') conditions.push(eq(inquiryStatusCounts.claimed, false));
  return { table: inquiryStatusCounts, conditions };
}

/**
 * Folds the rows of inquiry_counts and of its rollup, inquiry_status_counts,
 * into one per combination and drops combinations that add up to zero.
 * Writers only ever insert rows, and the rows a concurrent transaction adds
 * are not visible to the delete, so they stay for the next compaction.
 * Returns the number of rows folded in both tables, or 0 when another process
 * is compacting.
 */
export async function compactInquiryCounts(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ locked: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${COMPACT_LOCK}) as locked`));
    if (!lock?.locked) return 0;
    return (
      (await foldRows(tx, 'inquiry_counts', 'status, channel, department_id, topic_id, claimed_by_id')) +
      (await foldRows(tx, 'inquiry_status_counts', 'status, channel, claimed'))
    );
  });
}

/** Replaces the rows of `table` by one per combination of `columns` with their summed delta, and returns the number of rows folded. */
async function foldRows(tx: Transaction, table: string, columns: string): Promise<number> {
  // Both names are constants of this module, never input.
  const result = await tx.execute(
    sql.raw(`
      with folded as (
        delete from ${table} returning ${columns}, delta
      ), summed as (
        insert into ${table} (${columns}, delta)
        select ${columns}, sum(delta) from folded
        group by ${columns}
        having sum(delta) <> 0
        returning 1
      )
      select (select count(*) from folded) as folded, (select count(*) from summed) as kept`),
  );
  return Number(rowsOf<{ folded: number | string }>(result)[0]?.folded ?? 0);
}
