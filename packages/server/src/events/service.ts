import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../db/client.js';
import { EVENTS_CHANNEL, rowsOf } from '../db/client.js';
import { events } from '../db/schema.js';
import { countEventAppend } from '../core/deps.js';

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
 *
 * Lock, insert and NOTIFY are one statement, so an append costs one round
 * trip. The insert reads its row from the lock's CTE, so the lock is taken
 * before the identity value is drawn.
 */
export async function appendEvent(tx: Transaction, event: NewEvent): Promise<EventRecord> {
  countEventAppend();
  const inquiryId = event.inquiryId ?? null;
  const actorId = event.actorId ?? null;
  const payload = JSON.stringify(event.payload);
  const result = await tx.execute(sql`
    with ordered as (select pg_advisory_xact_lock(${EVENT_APPEND_LOCK}))
    , appended as (
      insert into events (stream, type, inquiry_id, actor_id, payload)
      select ${event.stream}, ${event.type}, ${inquiryId}::bigint, ${actorId}::uuid, ${payload}::jsonb
      from ordered
      returning id, created_at
    )
    select id, created_at, pg_notify(${EVENTS_CHANNEL}, id::text) from appended`);
  const [row] = rowsOf<{ id: number | string | bigint; created_at: Date | string }>(result);
  return {
    id: Number(row.id),
    stream: event.stream,
    type: event.type,
    inquiryId,
    actorId,
    // As a reader of the log would see it: dates become strings.
    payload: JSON.parse(payload) as unknown,
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
  };
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
