import { asc, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { buildOnce } from '../db/built-once.js';
import type { Queryable } from '../db/client.js';
import { contacts, departments, inquiries, inquiryMessages, staffUsers, topics } from '../db/schema.js';
import type { StaffSummary } from '../auth/service.js';
import type { DepartmentRecord, TopicRecord } from '../directory/service.js';
import type { EventRecord } from '../events/service.js';

export type InquiryRow = typeof inquiries.$inferSelect;
export type Channel = InquiryRow['channel'];
export type InquiryStatus = InquiryRow['status'];

export type ContactView = {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
};

/**
 * An inquiry with the records it refers to. The same shape is stored in each
 * inbox event, so an event shows the inquiry as it was right after it, and
 * subscribers need no extra queries.
 */
export type InquiryView = Omit<
  InquiryRow,
  'contactId' | 'topicId' | 'departmentId' | 'claimedById' | 'resolvedById' | 'loggedById' | 'sourceSystem' | 'sourceId' | 'emailMessageId'
> & {
  contact: ContactView | null;
  topic: TopicRecord | null;
  department: DepartmentRecord | null;
  claimedBy: StaffSummary | null;
  resolvedBy: StaffSummary | null;
  loggedBy: StaffSummary | null;
};

export type MessageView = {
  id: number;
  kind: 'resident' | 'reply' | 'note';
  /** `public` notes are also shown on the resident's status page. */
  visibility: 'internal' | 'public';
  body: string;
  author: StaffSummary | null;
  createdAt: Date;
};

export type InboxEventType = 'created' | 'claimed' | 'released' | 'resolved' | 'reopened' | 'routed' | 'note_added';

export type InboxEventView = {
  id: number;
  type: InboxEventType;
  occurredAt: Date;
  actor: StaffSummary | null;
  inquiry: InquiryView;
};

const staffSummaryColumns = {
  id: staffUsers.id,
  email: staffUsers.email,
  displayName: staffUsers.displayName,
  role: staffUsers.role,
  active: staffUsers.active,
  phoneExtension: staffUsers.phoneExtension,
};

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function uniqueIds(values: (string | null)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}

/** Records a caller already holds, so hydrateInquiries need not read them again. */
export type KnownRecords = {
  staff?: StaffSummary[];
  topics?: TopicRecord[];
  departments?: DepartmentRecord[];
  contacts?: ContactView[];
};

/** Builds `column = any(ids)` with the ids as one array value, so one built query serves any number of ids. */
const amongIds = (column: AnyPgColumn) => sql`${column} = any(${sql.placeholder('ids')}::uuid[])`;

const staffByIds = buildOnce<{ ids: string[] }, StaffSummary[]>((db) =>
  db.select(staffSummaryColumns).from(staffUsers).where(amongIds(staffUsers.id)).prepare('staff_by_ids'),
);
const topicsByIds = buildOnce<{ ids: string[] }, TopicRecord[]>((db) => db.select().from(topics).where(amongIds(topics.id)).prepare('topics_by_ids'));
const departmentsByIds = buildOnce<{ ids: string[] }, DepartmentRecord[]>((db) =>
  db.select().from(departments).where(amongIds(departments.id)).prepare('departments_by_ids'),
);
const contactsByIds = buildOnce<{ ids: string[] }, ContactView[]>((db) =>
  db
    .select({ id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone, address: contacts.address })
    .from(contacts)
    .where(amongIds(contacts.id))
    .prepare('contacts_by_ids'),
);

/** Reads started per view object, by key, for readOncePerView. */
const readsPerView = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Runs `read` once per view object and key, and returns the same promise to
 * every later call with that object. Only the results of claims that lost to
 * a winner in this process share a view object (claimInquiry): those that
 * waited for the winner, and those that arrived up to two seconds after it.
 * So a late loser's messages and call may be up to that old, like the rest
 * of the winner's view it gets.
 */
export function readOncePerView<T>(view: object, key: string, read: () => Promise<T>): Promise<T> {
  let reads = readsPerView.get(view);
  if (!reads) {
    reads = new Map();
    readsPerView.set(view, reads);
  }
  let started = reads.get(key) as Promise<T> | undefined;
  if (!started) {
    started = read();
    reads.set(key, started);
  }
  return started;
}

/**
 * Loads the records that `rows` refer to, with one query per kind of record,
 * except those given in `known`.
 */
export async function hydrateInquiries(db: Queryable, rows: InquiryRow[], known: KnownRecords = {}): Promise<InquiryView[]> {
  if (rows.length === 0) return [];

  const missing = <T extends { id: string }>(ids: string[], have: T[] | undefined) => {
    const knownIds = new Set((have ?? []).map((record) => record.id));
    return ids.filter((id) => !knownIds.has(id));
  };
  const staffIds = missing(uniqueIds(rows.flatMap((row) => [row.claimedById, row.resolvedById, row.loggedById])), known.staff);
  const topicIds = missing(uniqueIds(rows.map((row) => row.topicId)), known.topics);
  const departmentIds = missing(uniqueIds(rows.map((row) => row.departmentId)), known.departments);
  const contactIds = missing(uniqueIds(rows.map((row) => row.contactId)), known.contacts);

  const [staffRows, topicRows, departmentRows, contactRows] = await Promise.all([
    staffIds.length ? staffByIds(db, { ids: staffIds }) : [],
    topicIds.length ? topicsByIds(db, { ids: topicIds }) : [],
    departmentIds.length ? departmentsByIds(db, { ids: departmentIds }) : [],
    contactIds.length ? contactsByIds(db, { ids: contactIds }) : [],
  ]);

  const staff = byId([...(known.staff ?? []), ...staffRows]);
  const topicMap = byId([...(known.topics ?? []), ...topicRows]);
  const departmentMap = byId([...(known.departments ?? []), ...departmentRows]);
  const contactMap = byId([...(known.contacts ?? []), ...contactRows]);
  const lookup = <T>(map: Map<string, T>, id: string | null) => (id ? (map.get(id) ?? null) : null);

  return rows.map((row) => {
    const { contactId, topicId, departmentId, claimedById, resolvedById, loggedById, sourceSystem: _s, sourceId: _i, emailMessageId: _m, ...own } = row;
    return {
      ...own,
      contact: lookup(contactMap, contactId),
      topic: lookup(topicMap, topicId),
      department: lookup(departmentMap, departmentId),
      claimedBy: lookup(staff, claimedById),
      resolvedBy: lookup(staff, resolvedById),
      loggedBy: lookup(staff, loggedById),
    };
  });
}

const inquiryById = buildOnce<{ id: number }, InquiryRow[]>((db) =>
  db.select().from(inquiries).where(eq(inquiries.id, sql.placeholder('id'))).prepare('inquiry_by_id'),
);

export async function loadInquiry(db: Queryable, id: number): Promise<InquiryView | undefined> {
  const [row] = await inquiryById(db, { id });
  if (!row) return undefined;
  const [view] = await hydrateInquiries(db, [row]);
  return view;
}

const messagesOfInquiry = buildOnce<{ inquiryId: number }, (Omit<MessageView, 'author'> & { author: StaffSummary | null })[]>((db) =>
  db
    .select({
      id: inquiryMessages.id,
      kind: inquiryMessages.kind,
      visibility: inquiryMessages.visibility,
      body: inquiryMessages.body,
      createdAt: inquiryMessages.createdAt,
      author: staffSummaryColumns,
    })
    .from(inquiryMessages)
    .leftJoin(staffUsers, eq(staffUsers.id, inquiryMessages.authorId))
    .where(eq(inquiryMessages.inquiryId, sql.placeholder('inquiryId')))
    .orderBy(asc(inquiryMessages.id))
    .prepare('messages_of_inquiry'),
);

export async function loadMessages(db: Queryable, inquiryId: number): Promise<MessageView[]> {
  const rows = await messagesOfInquiry(db, { inquiryId });
  return rows.map((row) => ({ ...row, author: row.author?.id ? row.author : null }));
}

const inquiryDateFields = ['claimedAt', 'resolvedAt', 'callStartedAt', 'callEndedAt', 'createdAt', 'updatedAt'] as const;

/** Rebuilds an InquiryView from its JSON form in an event payload. */
export function reviveInquiry(json: Record<string, unknown>): InquiryView {
  const view = { ...json } as Record<string, unknown>;
  for (const field of inquiryDateFields) {
    const value = view[field];
    view[field] = typeof value === 'string' ? new Date(value) : null;
  }
  return view as unknown as InquiryView;
}

/** Turns a stored inbox event into the shape the GraphQL InboxEvent type resolves from. */
export function toInboxEventView(event: EventRecord): InboxEventView {
  const payload = event.payload as { inquiry: Record<string, unknown>; actor: StaffSummary | null };
  return {
    id: event.id,
    type: event.type as InboxEventType,
    occurredAt: event.createdAt,
    actor: payload.actor ?? null,
    inquiry: reviveInquiry(payload.inquiry),
  };
}
