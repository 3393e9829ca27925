import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../db/client.js';
import { EVENTS_CHANNEL } from '../db/client.js';
import { events } from '../db/schema.js';

/** Key of the transaction-scoped advisory lock that orders event appends. */
const EVENT_APPEND_LOCK = 4311002;

/**
 * Streams of the log. The knowledge base adds `kb` (article changes), `kb_doc`
 * (Yjs document updates, whose bytes stay in article_doc_updates) and
 * `kb_awareness` (editors' cursors, pruned after a few minutes). The
 * rotation adds `rotation` (changes to the plan, its members and settings).
 * `ring` records which agents the phone system was told to ring for a call.
 * `phone` records phone call changes (offered, answered, ended, hung up,
 * linked to an inquiry) and `walkin` changes to the walk-in queue.
 */
export type EventStream = 'inbox' | 'presence' | 'access' | 'kb' | 'kb_doc' | 'kb_awareness' | 'rotation' | 'ring' | 'phone' | 'walkin';

export type EventRecord = {
  id: number;
  stream: EventStream;
  type: string;
  inquiryId: number | null;
  actorId: string | null;
  payload: unknown;
  createdAt: Date;
};

export type NewEvent = {
  stream: EventStream;
  type: string;
  inquiryId?: number | null;
  actorId?: string | null;
  payload: unknown;
};

/**
 * Appends an event inside the caller's transaction.
 *
 * The advisory lock is held until that transaction ends, so a later event id
 * can only be handed out after every earlier one has committed or rolled
 * back. Readers may therefore treat "all ids up to N are final" as soon as
 * they see N. The NOTIFY is sent by PostgreSQL at commit and carries only the
 * id; it is a wake-up call, the log is the data.
 */
export async function appendEvent(tx: Transaction, event: NewEvent): Promise<EventRecord> {
  await tx.execute(sql`select pg_advisory_xact_lock(${EVENT_APPEND_LOCK})`);

  const [row] = await tx
    .insert(events)
    .values({
      stream: event.stream,
      type: event.type,
      inquiryId: event.inquiryId ?? null,
      actorId: event.actorId ?? null,
      payload: event.payload,
    })
    .returning();

  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${String(row.id)})`);
  return row as EventRecord;
}

/** Reads up to `limit` events after `afterId`, in id order, optionally only from some streams. */
export async function readEventsAfter(
  db: Queryable,
  afterId: number,
  limit: number,
  streams?: readonly EventStream[],
): Promise<EventRecord[]> {
  const condition = streams
    ? and(gt(events.id, afterId), inArray(events.stream, [...streams]))
    : gt(events.id, afterId);
  const rows = await db.select().from(events).where(condition).orderBy(asc(events.id)).limit(limit);
  return rows as EventRecord[];
}

/** Returns the id of the newest event, or 0 for an empty log. */
export async function latestEventId(db: Queryable): Promise<number> {
  const [row] = await db.select({ id: sql<string | null>`max(${events.id})` }).from(events);
  return row?.id ? Number(row.id) : 0;
}

export async function findEvent(db: Queryable, id: number): Promise<EventRecord | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row as EventRecord | undefined;
}
