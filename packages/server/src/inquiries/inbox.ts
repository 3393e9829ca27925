import { and, count, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { contacts, inquiries } from '../db/schema.js';
import type { Actor } from '../core/deps.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { countChannelsFromTotals, countFromTotals } from './counts.js';
import { columnConditions, searchText, type InboxFilter } from './filter.js';
import { hydrateInquiries, type Channel, type InquiryView } from './views.js';

export type { InboxFilter } from './filter.js';

export type InboxPageItem = { cursor: string; inquiry: InquiryView };

export type InboxPage = {
  items: InboxPageItem[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
};

export const MAX_PAGE_SIZE = 100;
const MAX_SEARCH_LENGTH = 200;

type Cursor = { createdAt: Date; id: number };

/**
 * Newest first. NULLS LAST matches inquiries_inbox_idx and inquiries_status_idx,
 * which drizzle-kit created as `DESC NULLS LAST`. A plain DESC means NULLS FIRST
 * in PostgreSQL, and the planner does not treat the NOT NULL columns as equal
 * to that, so it sorted every matching row instead of reading the index.
 */
const INBOX_ORDER = [sql`${inquiries.createdAt} desc nulls last`, sql`${inquiries.id} desc nulls last`];

/** Cursors are opaque to clients: base64url of the last row's received time and id. */
export function encodeCursor(row: { createdAt: Date; id: number }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor | undefined {
  try {
    const [iso, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    const createdAt = new Date(String(iso));
    if (typeof iso !== 'string' || Number.isNaN(createdAt.getTime()) || !Number.isSafeInteger(id)) return undefined;
    return { createdAt, id: id as number };
  } catch {
    return undefined;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function filterConditions(actor: Actor, filter: InboxFilter): SQL[] {
  const conditions = columnConditions(inquiries, actor, filter);
  const text = searchText(filter);
  if (text) {
    const pattern = `%${escapeLike(text)}%`;
    const contactMatches = sql`exists (select 1 from ${contacts} where ${contacts.id} = ${inquiries.contactId} and (${ilike(contacts.name, pattern)} or ${ilike(contacts.email, pattern)}))`;
    conditions.push(
      or(ilike(inquiries.reference, pattern), ilike(inquiries.subject, pattern), ilike(inquiries.body, pattern), contactMatches)!,
    );
  }
  return conditions;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkFilter(filter: InboxFilter): InvalidInputResult | undefined {
  if (filter.topicId && !uuidPattern.test(filter.topicId)) return invalidField('filter.topicId', 'must be a topic id');
  if (filter.departmentId && !uuidPattern.test(filter.departmentId)) {
    return invalidField('filter.departmentId', 'must be a department id');
  }
  if (filter.text && filter.text.length > MAX_SEARCH_LENGTH) {
    return invalidField('filter.text', `must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  return undefined;
}

/**
 * Returns one page of the inbox, newest first, ordered by (created_at, id).
 * Keyset pagination on that pair means rows that arrive while a client pages
 * never shift the rows it has not seen yet: nothing is skipped or repeated.
 */
export async function readInbox(
  db: Queryable,
  actor: Actor,
  filter: InboxFilter,
  first: number,
  after?: string | null,
): Promise<InboxPage | InvalidInputResult> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    return invalidField('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  const invalid = checkFilter(filter);
  if (invalid) return invalid;

  const conditions = filterConditions(actor, filter);
  const pageConditions = [...conditions];
  if (after) {
    const cursor = decodeCursor(after);
    if (!cursor) return invalidField('after', 'must be an endCursor returned by a previous inbox page');
    pageConditions.push(sql`(${inquiries.createdAt}, ${inquiries.id}) < (${cursor.createdAt.toISOString()}::timestamptz, ${cursor.id})`);
  }

  const [rows, totalCount] = await Promise.all([
    db
      .select()
      .from(inquiries)
      .where(and(...pageConditions))
      .orderBy(...INBOX_ORDER)
      .limit(first + 1),
    countInbox(db, actor, filter, conditions),
  ]);

  const hasNextPage = rows.length > first;
  const pageRows = rows.slice(0, first);
  const views = await hydrateInquiries(db, pageRows);
  const items = views.map((inquiry) => ({ cursor: encodeCursor(inquiry), inquiry }));
  return {
    items,
    endCursor: items.at(-1)?.cursor ?? null,
    hasNextPage,
    totalCount,
  };
}

/**
 * Counts the inquiries matching the filter: from the trigger-kept totals when
 * the filter has no text, so a count over a million inquiries reads a few
 * hundred rows, and by scanning the matching inquiries otherwise.
 */
async function countInbox(db: Queryable, actor: Actor, filter: InboxFilter, conditions: SQL[]): Promise<number> {
  const fromTotals = await countFromTotals(db, actor, filter);
  if (fromTotals !== undefined) return fromTotals;
  const [total] = await db.select({ value: count() }).from(inquiries).where(and(...conditions));
  return Number(total.value);
}

/** Counts the inquiries matching `filter` per channel. */
export async function countByChannel(
  db: Queryable,
  actor: Actor,
  filter: InboxFilter,
): Promise<{ channel: Channel; count: number }[] | InvalidInputResult> {
  const invalid = checkFilter(filter);
  if (invalid) return invalid;

  const fromTotals = await countChannelsFromTotals(db, actor, filter);
  if (fromTotals) return fromTotals;
  const rows = await db
    .select({ channel: inquiries.channel, count: count() })
    .from(inquiries)
    .where(and(...filterConditions(actor, filter)))
    .groupBy(inquiries.channel)
    .orderBy(inquiries.channel);
  return rows.map((row) => ({ channel: row.channel, count: Number(row.count) }));
}
