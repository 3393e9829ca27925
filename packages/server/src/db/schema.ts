import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Every instant is a timestamptz with millisecond precision. Millisecond
 * precision keeps a JavaScript Date round-trip exact, which the inbox cursor
 * (created_at, id) depends on.
 */
function instant(name: string) {
  return timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
}

export const staffRole = pgEnum('staff_role', ['agent', 'manager']);
export const presenceStatus = pgEnum('presence_status', ['available', 'busy', 'away']);
export const inquiryChannel = pgEnum('inquiry_channel', ['phone', 'walk_in', 'email', 'web']);
export const inquiryStatus = pgEnum('inquiry_status', ['open', 'resolved']);
export const messageKind = pgEnum('message_kind', ['resident', 'reply', 'note']);

export const staffUsers = pgTable('staff_users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: staffRole('role').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  phoneExtension: text('phone_extension'),
  presenceStatus: presenceStatus('presence_status').notNull().default('available'),
  /**
   * The presence last announced in the event log. A change is announced when
   * the computed presence differs from it, so an expiry that no request
   * observed (a dead process) is still announced by the next sweep.
   */
  announcedStatus: text('announced_status').notNull().default('offline'),
  announcedViewingInquiryId: bigint('announced_viewing_inquiry_id', { mode: 'number' }),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** HMAC-SHA256 of the cookie token keyed with SESSION_SECRET; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export const departments = pgTable('departments', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  phone: text('phone'),
  email: text('email'),
});

/** A reason for contact, owned by one department. */
export const topics = pgTable(
  'topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    description: text('description').notNull().default(''),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
  },
  (table) => [index('topics_department_idx').on(table.departmentId)],
);

/** A resident who contacted the center. Personal data: visible to signed-in staff only. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('contacts_email_idx').on(table.email)],
);

export const inquiries = pgTable(
  'inquiries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The number given to the resident: Q- and the id, zero-padded to at least six digits. */
    reference: text('reference')
      .notNull()
      .unique()
      .generatedAlwaysAs(sql`'Q-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end`),
    channel: inquiryChannel('channel').notNull(),
    status: inquiryStatus('status').notNull().default('open'),
    subject: text('subject').notNull(),
    body: text('body').notNull().default(''),
    contactId: uuid('contact_id').references(() => contacts.id),
    topicId: uuid('topic_id').references(() => topics.id),
    departmentId: uuid('department_id').references(() => departments.id),
    claimedById: uuid('claimed_by_id').references(() => staffUsers.id),
    claimedAt: instant('claimed_at'),
    resolutionNote: text('resolution_note'),
    resolvedAt: instant('resolved_at'),
    resolvedById: uuid('resolved_by_id').references(() => staffUsers.id),
    loggedById: uuid('logged_by_id').references(() => staffUsers.id),
    callStartedAt: instant('call_started_at'),
    callEndedAt: instant('call_ended_at'),
    emailMessageId: text('email_message_id'),
    sourceSystem: text('source_system'),
    sourceId: text('source_id'),
    version: integer('version').notNull().default(1),
    /** When the center received the inquiry: the original time for imported rows. */
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('inquiries_inbox_idx').on(table.createdAt.desc(), table.id.desc()),
    index('inquiries_status_idx').on(table.status, table.createdAt.desc()),
    index('inquiries_claimed_idx').on(table.claimedById),
    uniqueIndex('inquiries_source_idx')
      .on(table.sourceSystem, table.sourceId)
      .where(sql`${table.sourceSystem} is not null`),
  ],
);

/** The thread of an inquiry: the resident's messages, staff replies and internal notes. */
export const inquiryMessages = pgTable(
  'inquiry_messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    inquiryId: bigint('inquiry_id', { mode: 'number' })
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    kind: messageKind('kind').notNull(),
    authorId: uuid('author_id').references(() => staffUsers.id),
    body: text('body').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('inquiry_messages_inquiry_idx').on(table.inquiryId, table.id)],
);

/**
 * The ordered, durable event log. Appends take a transaction-scoped advisory
 * lock just before the insert, so ids commit in increasing order and a reader
 * that resumes "after id N" never misses a later-committing lower id.
 */
export const events = pgTable(
  'events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    stream: text('stream').notNull(),
    type: text('type').notNull(),
    inquiryId: bigint('inquiry_id', { mode: 'number' }),
    actorId: uuid('actor_id'),
    payload: jsonb('payload').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('events_stream_idx').on(table.stream, table.id)],
);

/**
 * One row per open WebSocket of a signed-in staff member, refreshed by
 * heartbeats. Rows whose heartbeat is older than the presence timeout are
 * stale: their process died or lost the socket without saying so.
 */
export const presenceConnections = pgTable(
  'presence_connections',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    viewingInquiryId: bigint('viewing_inquiry_id', { mode: 'number' }),
    connectedAt: instant('connected_at').notNull().defaultNow(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
  },
  (table) => [index('presence_connections_user_idx').on(table.userId)],
);
