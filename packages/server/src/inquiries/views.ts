import { asc, eq, inArray } from 'drizzle-orm';
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
    staffIds.length ? db.select(staffSummaryColumns).from(staffUsers).where(inArray(staffUsers.id, staffIds)) : [],
    topicIds.length ? db.select().from(topics).where(inArray(topics.id, topicIds)) : [],
    departmentIds.length ? db.select().from(departments).where(inArray(departments.id, departmentIds)) : [],
    contactIds.length
      ? db
          .select({ id: contacts.id, name: contacts.name, email: contacts.email, phone: contacts.phone, address: contacts.address })
          .from(contacts)
          .where(inArray(contacts.id, contactIds))
      : [],
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

export async function loadInquiry(db: Queryable, id: number): Promise<InquiryView | undefined> {
  const [row] = await db.select().from(inquiries).where(eq(inquiries.id, id));
  if (!row) return undefined;
  const [view] = await hydrateInquiries(db, [row]);
  return view;
}

export async function loadMessages(db: Queryable, inquiryId: number): Promise<MessageView[]> {
  const rows = await db
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
    .where(eq(inquiryMessages.inquiryId, inquiryId))
    .orderBy(asc(inquiryMessages.id));
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
