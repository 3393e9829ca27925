import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  primaryKey,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Declares an instant column: timestamptz with millisecond precision. Millisecond
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
/** Whether the resident's status page shows a staff message: replies and public notes are public, notes internal. */
export const inquiryMessageVisibility = pgEnum('inquiry_message_visibility', ['internal', 'public']);
export const articleAudience = pgEnum('article_audience', ['staff', 'public']);
export const articleStatus = pgEnum('article_status', ['draft', 'published', 'archived']);
export const articleRevisionKind = pgEnum('article_revision_kind', ['published', 'restored']);

const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** Binary data. postgres.js returns a Buffer and PGlite a Uint8Array; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

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
  /** Responsibilities of the department, one short phrase each ("trees touching power lines"), searched by the directory. */
  responsibilities: text('responsibilities').array().notNull().default(sql`'{}'::text[]`),
  /** Opening hours as staff would read them out, such as "Mon–Fri 8:00–17:00". */
  hours: text('hours'),
  website: text('website'),
  address: text('address'),
});

/**
 * A county program that several topics can belong to, such as the
 * defensible-space program; reports count contacts by program.
 */
export const programs = pgTable('programs', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  departmentId: uuid('department_id')
    .notNull()
    .references(() => departments.id),
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
    /** The program the topic belongs to, if any. */
    programId: uuid('program_id').references((): AnyPgColumn => programs.id, { onDelete: 'set null' }),
    /**
     * The counter service this topic stands for (banner_permit, lemon_lot,
     * cemetery, notary, payment), or null for an ordinary topic.
     * The topic is the service's Open311 service and its contacts' reason in the reports.
     */
    counterService: text('counter_service').unique(),
    /** The name's English tsvector, through which an article also matches a search (see kb/search.ts). */
    nameVector: tsvector('name_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english'::regconfig, kb_unaccent(coalesce("name", '')))`),
  },
  (table) => [index('topics_department_idx').on(table.departmentId), index('topics_name_vector_idx').using('gin', table.nameVector)],
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
    /**
     * HMAC-SHA256 (keyed with SESSION_SECRET) of the private status-link token
     * given to the resident; the token itself is never stored.
     */
    statusTokenHash: text('status_token_hash').unique(),
    /** Where the problem is, as an Open311 request or the web form gives it. */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    addressText: text('address_text'),
    /** Answers to the topic's Open311 attributes, by attribute code. */
    attributes: jsonb('attributes').$type<Record<string, string | string[]>>(),
    /** The Open311 API key a request came through. */
    apiKeyId: uuid('api_key_id'),
    sourceSystem: text('source_system'),
    sourceId: text('source_id'),
    /**
     * HMAC-SHA256 of the satisfaction-survey token sent to the resident when
     * the inquiry is resolved (the token itself is never stored).
     */
    surveyTokenHash: text('survey_token_hash').unique(),
    /**
     * Report facts kept by database triggers (migration 0009), so reports need
     * no lookups in the event log: the earliest staff reply, staff note or
     * claim by a staff member; and the numbers of "reopened" and "routed"
     * events of the inquiry.
     */
    firstResponseAt: instant('first_response_at'),
    reopenCount: integer('reopen_count').notNull().default(0),
    transferCount: integer('transfer_count').notNull().default(0),
    /**
     * When the same contact's previous inquiry (by created_at, then id) was
     * created, kept by triggers (migration 0011); null for a first contact.
     * The repeat-contacts metric reads it instead of ordering every inquiry.
     */
    previousContactAt: instant('previous_contact_at'),
    /** The same for the contact's previous inquiry in the same department (the department view's repeat contacts). */
    previousDepartmentContactAt: instant('previous_department_contact_at'),
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
    /** `public` messages are shown on the resident's status page. */
    visibility: inquiryMessageVisibility('visibility').notNull().default('internal'),
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
  (table) => [
    index('events_stream_idx').on(table.stream, table.id),
    // The reports look up an inquiry's claimed, routed and reopened events.
    index('events_inquiry_idx').on(table.inquiryId, table.type).where(sql`${table.inquiryId} is not null`),
    // Workload per agent counts the claims staff made in a period.
    index('events_staff_claims_idx')
      .on(table.createdAt)
      .where(sql`${table.stream} = 'inbox' and ${table.type} = 'claimed' and ${table.actorId} is not null`),
  ],
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

/**
 * Full-text search columns of a table with `title` and `body_column`, generated
 * by PostgreSQL. Both sides go through kb_unaccent (see the kb_search_extensions
 * migration), so accents never decide a match. The English vector ranks the
 * title (weight A) above the body (weight B). The simple vector keeps stop words
 * such as "who". The lower-case text feeds the trigram fallback for typos.
 */
function searchColumns(bodyColumn: string) {
  const title = sql.raw(`coalesce("title", '')`);
  const body = sql.raw(`coalesce("${bodyColumn}", '')`);
  return {
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, kb_unaccent(${title})), 'A') || setweight(to_tsvector('english'::regconfig, kb_unaccent(${body})), 'B')`,
      ),
    searchVectorSimple: tsvector('search_vector_simple')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple'::regconfig, kb_unaccent(${title})), 'A') || setweight(to_tsvector('simple'::regconfig, kb_unaccent(${body})), 'B')`,
      ),
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(sql`lower(kb_unaccent(${title} || ' ' || ${body}))`),
  };
}

/**
 * A knowledge-base article. The body's source of truth is its Yjs document
 * (article_doc_updates); body_text and body_html are derived from it after
 * every change, for search and display. `version` counts metadata changes only.
 */
export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** URL name, fixed at creation so links keep working after the title changes. */
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    bodyText: text('body_text').notNull().default(''),
    bodyHtml: text('body_html').notNull().default(''),
    topicId: uuid('topic_id').references(() => topics.id),
    departmentId: uuid('department_id').references(() => departments.id),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    audience: articleAudience('audience').notNull().default('staff'),
    status: articleStatus('status').notNull().default('draft'),
    /** The revision residents see while the article is published and public. */
    publishedRevisionId: uuid('published_revision_id').references((): AnyPgColumn => articleRevisions.id),
    publishedAt: instant('published_at'),
    verifiedAt: instant('verified_at'),
    verifiedById: uuid('verified_by_id').references(() => staffUsers.id),
    createdById: uuid('created_by_id').references(() => staffUsers.id),
    updatedById: uuid('updated_by_id').references(() => staffUsers.id),
    /** The inquiry whose answer became this article (saveAnswerAsArticle). */
    sourceInquiryId: bigint('source_inquiry_id', { mode: 'number' }).references(() => inquiries.id),
    /** Source system and id of an imported article. The pair is unique, so an import runs only once per row. */
    sourceSystem: text('source_system'),
    sourceId: text('source_id'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    ...searchColumns('body_text'),
  },
  (table) => [
    index('articles_search_idx').using('gin', table.searchVector),
    index('articles_search_simple_idx').using('gin', table.searchVectorSimple),
    index('articles_search_trgm_idx').using('gin', table.searchText.op('gin_trgm_ops')),
    index('articles_topic_idx').on(table.topicId),
    index('articles_department_idx').on(table.departmentId),
    index('articles_status_idx').on(table.status, table.updatedAt.desc()),
    uniqueIndex('articles_source_idx')
      .on(table.sourceSystem, table.sourceId)
      .where(sql`${table.sourceSystem} is not null`),
    uniqueIndex('articles_source_inquiry_idx')
      .on(table.sourceInquiryId)
      .where(sql`${table.sourceInquiryId} is not null`),
  ],
);

/**
 * The stored Yjs updates of each article's document, in the order the server
 * accepted them. Merging all rows of an article gives its document; compaction
 * replaces many rows with one equivalent snapshot in a single transaction.
 */
export const articleDocUpdates = pgTable(
  'article_doc_updates',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    update: bytea('update').notNull(),
    /** The editor's own id for its session, so it can ignore its own updates when they come back. */
    origin: text('origin'),
    actorId: uuid('actor_id').references(() => staffUsers.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('article_doc_updates_article_idx').on(table.articleId, table.id)],
);

/** A numbered snapshot of an article, made when it is published or when an older revision is restored. */
export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references((): AnyPgColumn => articles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    kind: articleRevisionKind('kind').notNull(),
    /** For a restore: the number of the revision whose content was restored. */
    restoredFromNumber: integer('restored_from_number'),
    title: text('title').notNull(),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html').notNull(),
    /** The Yjs document as one update (Y.encodeStateAsUpdate). */
    docState: bytea('doc_state').notNull(),
    authorId: uuid('author_id').references(() => staffUsers.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    ...searchColumns('body_text'),
  },
  (table) => [
    uniqueIndex('article_revisions_number_idx').on(table.articleId, table.number),
    index('article_revisions_search_idx').using('gin', table.searchVector),
    index('article_revisions_search_simple_idx').using('gin', table.searchVectorSimple),
    index('article_revisions_search_trgm_idx').using('gin', table.searchText.op('gin_trgm_ops')),
  ],
);

/** "See also" links, in the order the editor chose. */
export const articleRelations = pgTable(
  'article_relations',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    relatedId: uuid('related_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.relatedId] }), index('article_relations_related_idx').on(table.relatedId)],
);

/** Anonymous "did this answer your question?" counts: one row per article, no personal data. */
export const articleFeedback = pgTable('article_feedback', {
  articleId: uuid('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  helpful: integer('helpful').notNull().default(0),
  notHelpful: integer('not_helpful').notNull().default(0),
});

// ---------------------------------------------------------------------------
// Rotation: who is on call, off desk, in a meeting or on leave, per half hour

export const dutyKind = pgEnum('duty_kind', ['on_call', 'off_desk', 'meeting', 'leave']);
export const rotaMemberKind = pgEnum('rota_member_kind', ['agent', 'cover']);

/**
 * The center's planning settings, one row (id 1). Times are local times
 * (HH:mm) in the center's zone, so 8:00 stays 8:00 across a daylight-saving change.
 */
export const rotaSettings = pgTable('rota_settings', {
  id: integer('id').primaryKey(),
  openingTime: text('opening_time').notNull().default('08:00'),
  closingTime: text('closing_time').notNull().default('17:00'),
  /** ISO weekdays, 1 = Monday. */
  openDays: integer('open_days').array().notNull().default(sql`'{1,2,3,4,5}'::integer[]`),
  /** Closed dates, YYYY-MM-DD. */
  holidays: text('holidays').array().notNull().default(sql`'{}'::text[]`),
  minOnCall: integer('min_on_call').notNull().default(1),
  preferredOnCall: integer('preferred_on_call').notNull().default(2),
  maxOnCallMinutes: integer('max_on_call_minutes').notNull().default(180),
  autoAssign: boolean('auto_assign').notNull().default(false),
  meetingWeekday: integer('meeting_weekday'),
  meetingStartTime: text('meeting_start_time'),
  meetingEndTime: text('meeting_end_time'),
  meetingEveryWeeks: integer('meeting_every_weeks'),
  /** YYYY-MM-DD of one meeting; the others follow every meeting_every_weeks weeks. */
  meetingFirstDate: text('meeting_first_date'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** A person who can be scheduled: an agent (with a staff account) or cover staff from another department. */
export const rotaMembers = pgTable(
  'rota_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: rotaMemberKind('kind').notNull(),
    staffId: uuid('staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    displayName: text('display_name').notNull(),
    phoneExtension: text('phone_extension'),
    note: text('note'),
    active: boolean('active').notNull().default(true),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('rota_members_staff_idx').on(table.staffId)],
);

/**
 * One person's duty in one half hour, keyed by the half hour's start instant.
 * `kind` is the plan being edited; `published_kind` is what the rest of the
 * product follows until the manager publishes again. A row with both null is
 * equivalent to no row.
 */
export const rotaSlots = pgTable(
  'rota_slots',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => rotaMembers.id, { onDelete: 'cascade' }),
    startsAt: instant('starts_at').notNull(),
    kind: dutyKind('kind'),
    publishedKind: dutyKind('published_kind'),
    updatedBy: uuid('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.memberId, table.startsAt] }), index('rota_slots_starts_idx').on(table.startsAt)],
);

/** A planned absence; the half hours inside it should be LEAVE. */
export const rotaLeave = pgTable(
  'rota_leave',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => rotaMembers.id, { onDelete: 'cascade' }),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('rota_leave_member_idx').on(table.memberId, table.startsAt)],
);

/**
 * The private address of a staff member's calendar feeds. The token is the
 * secret part of a URL that calendar apps poll, so it is stored as issued and
 * replaced, not hashed, because the client shows the URL again.
 */
export const calendarTokens = pgTable('calendar_tokens', {
  staffId: uuid('staff_id')
    .primaryKey()
    .references(() => staffUsers.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

// ---------------------------------------------------------------------------
// Channels: attachments, e-mail threading and outbox, phone calls, walk-ins, Open311

export const callOutcome = pgEnum('call_outcome', ['ringing', 'answered', 'abandoned', 'short_hangup', 'ended']);
export const walkInStatus = pgEnum('walk_in_status', ['waiting', 'serving', 'done', 'left']);
export const outboundStatus = pgEnum('outbound_status', ['queued', 'sending', 'sent', 'failed']);
export const outboundKind = pgEnum('outbound_kind', ['reply', 'acknowledgement', 'survey', 'reminder', 'confirmation']);


/**
 * A file received with an inquiry (an e-mail attachment or a web-form photo).
 * The content is stored in the database, so it is as durable as the inquiry
 * and needs no separate file store; the size limits keep rows small.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inquiryId: bigint('inquiry_id', { mode: 'number' })
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    messageId: bigint('message_id', { mode: 'number' }).references(() => inquiryMessages.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('attachments_inquiry_idx').on(table.inquiryId)],
);

/**
 * Every RFC 5322 Message-ID known to belong to an inquiry: received messages
 * and the replies and acknowledgements the center sent. A new message whose
 * In-Reply-To or References names one of them joins that inquiry.
 */
export const emailMessageIds = pgTable(
  'email_message_ids',
  {
    messageId: text('message_id').primaryKey(),
    inquiryId: bigint('inquiry_id', { mode: 'number' })
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    direction: text('direction').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('email_message_ids_inquiry_idx').on(table.inquiryId)],
);

/**
 * The outbox: e-mails waiting to be sent, being sent, sent or given up on.
 * A row is written in the transaction that records the reply, so a reply is
 * never lost; a worker sends it and retries with backoff.
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: outboundKind('kind').notNull(),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    inquiryMessageId: bigint('inquiry_message_id', { mode: 'number' }).references(() => inquiryMessages.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    /** The Message-ID header of this e-mail, without angle brackets. */
    messageIdHeader: text('message_id_header').notNull().unique(),
    inReplyTo: text('in_reply_to'),
    /** Message-IDs for the References header, oldest first. */
    references: text('references').array().notNull().default(sql`'{}'::text[]`),
    status: outboundStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    createdById: uuid('created_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    sentAt: instant('sent_at'),
  },
  (table) => [
    index('outbound_emails_due_idx').on(table.status, table.nextAttemptAt),
    index('outbound_emails_to_idx').on(table.toAddress, table.createdAt),
  ],
);

/**
 * One phone call, from the telephony webhook or the softphone panel. The
 * caller's number is personal data. Wait is offered to answered (or to the
 * hang-up when unanswered), talk is answered to ended.
 */
export const phoneCalls = pgTable(
  'phone_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The phone system's id of the call; softphone calls get a generated one. */
    externalId: text('external_id').notNull().unique(),
    source: text('source').notNull(),
    callerNumber: text('caller_number'),
    dialledNumber: text('dialled_number'),
    outcome: callOutcome('outcome').notNull().default('ringing'),
    offeredAt: instant('offered_at').notNull(),
    answeredAt: instant('answered_at'),
    endedAt: instant('ended_at'),
    answeredExtension: text('answered_extension'),
    answeredById: uuid('answered_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    waitSeconds: integer('wait_seconds'),
    talkSeconds: integer('talk_seconds'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [index('phone_calls_offered_idx').on(table.offeredAt), index('phone_calls_agent_idx').on(table.answeredById, table.offeredAt)],
);

/** A visitor at the counter: checked in, served, done (or left before being served). The name is personal data. */
export const walkInVisits = pgTable(
  'walk_in_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitorName: text('visitor_name').notNull(),
    reason: text('reason').notNull(),
    topicId: uuid('topic_id').references(() => topics.id),
    status: walkInStatus('status').notNull().default('waiting'),
    checkedInAt: instant('checked_in_at').notNull().defaultNow(),
    checkedInById: uuid('checked_in_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    servedAt: instant('served_at'),
    servedById: uuid('served_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    completedAt: instant('completed_at'),
    outcome: text('outcome'),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    /** The visit's number among the day's self check-ins, shown to the visitor as a ticket code ("A-042"); null for visits an agent checked in. */
    ticketNumber: integer('ticket_number'),
    /** The language the visitor chose on the self check-in screen ("en", "es"); null for visits an agent checked in. */
    language: text('language'),
  },
  (table) => [index('walk_in_visits_queue_idx').on(table.status, table.checkedInAt)],
);

/**
 * Fixed-window counters for rate limits shared by every process: one row per
 * bucket ("web_form", "email_ack", "sign_in"), key (an address or a client
 * address) and window start.
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    windowStart: instant('window_start').notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.bucket, table.key, table.windowStart] })],
);

/** An Open311 API key issued by the manager. Only an HMAC of the key is stored. */
export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  /** The first characters of the key, shown so the manager can tell keys apart. */
  keyPrefix: text('key_prefix').notNull(),
  createdById: uuid('created_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
  createdAt: instant('created_at').notNull().defaultNow(),
  lastUsedAt: instant('last_used_at'),
  revokedAt: instant('revoked_at'),
});

/** An Open311 service definition attribute of a topic (GeoReport v2 "attribute"). */
export const topicAttributes = pgTable(
  'topic_attributes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    topicId: uuid('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    /** string, number, datetime, text, singlevaluelist or multivaluelist, as in GeoReport v2. */
    datatype: text('datatype').notNull(),
    required: boolean('required').notNull().default(false),
    variable: boolean('variable').notNull().default(true),
    description: text('description').notNull(),
    datatypeDescription: text('datatype_description'),
    order: integer('order').notNull().default(0),
    /** For list types: [{ key, name }]. */
    values: jsonb('values').$type<{ key: string; name: string }[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (table) => [uniqueIndex('topic_attributes_code_idx').on(table.topicId, table.code)],
);

/**
 * Secrets the server generates for itself when the configuration gives none,
 * such as the key of the session, status-link and API-key HMACs. Stored in
 * the database so that a restart and every process on one database use the
 * same key.
 */
export const instanceSecrets = pgTable('instance_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const surveySource = pgEnum('survey_source', ['email', 'status_link']);

/**
 * A resident's satisfaction rating of one resolved inquiry, on the 4-point
 * scale (4 excellent, 3 good, 2 fair, 1 poor) for the service and for
 * courtesy. At most one per inquiry.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inquiryId: bigint('inquiry_id', { mode: 'number' })
      .notNull()
      .unique()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    serviceRating: integer('service_rating').notNull(),
    courtesyRating: integer('courtesy_rating').notNull(),
    comment: text('comment'),
    /** How the resident reached the survey: the e-mailed link or the status page. */
    source: surveySource('source').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [
    index('survey_responses_created_idx').on(table.createdAt),
    check('survey_responses_service_rating_check', sql`${table.serviceRating} between 1 and 4`),
    check('survey_responses_courtesy_rating_check', sql`${table.courtesyRating} between 1 and 4`),
  ],
);

export const kudosSource = pgEnum('kudos_source', ['public', 'survey']);
export const kudosStatus = pgEnum('kudos_status', ['pending', 'approved', 'declined']);

/**
 * Praise for an employee from a resident, sent from the public site or the
 * survey. The manager approves it (naming the staff member it is for) or
 * declines it; approved kudos get a certificate and a line in the monthly
 * newsletter list. The resident's name is personal data.
 */
export const kudos = pgTable(
  'kudos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: kudosSource('source').notNull(),
    status: kudosStatus('status').notNull().default('pending'),
    /** The employee as the resident named them. */
    employeeName: text('employee_name').notNull(),
    /** The staff member the kudos is for: guessed at submission when possible, set by the manager on approval. */
    staffId: uuid('staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    message: text('message').notNull(),
    residentName: text('resident_name'),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    reviewedById: uuid('reviewed_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    reviewedAt: instant('reviewed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [index('kudos_status_idx').on(table.status, table.createdAt), index('kudos_staff_idx').on(table.staffId, table.reviewedAt)],
);

// ---------------------------------------------------------------------------
// Counter services: banner permits, the lemon lot, the cemetery, notary
// appointments and payments. Every record links to the inquiry that recorded
// the resident's contact, so the reports count it under the service's topic.
// Dates of permits are local calendar dates (YYYY-MM-DD) in the center's zone.
// Money is kept in whole cents.
// ---------------------------------------------------------------------------

export const bannerStatus = pgEnum('banner_status', ['pending', 'approved', 'declined', 'cancelled']);

/** A road overpass where banners hang; at most `capacity` banners on any one day. */
export const bannerLocations = pgTable(
  'banner_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull().unique(),
    description: text('description').notNull().default(''),
    capacity: integer('capacity').notNull(),
    /** The maximum number of days one application may request. */
    maxDays: integer('max_days').notNull().default(14),
    active: boolean('active').notNull().default(true),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (table) => [check('banner_locations_capacity_check', sql`${table.capacity} > 0`), check('banner_locations_max_days_check', sql`${table.maxDays} > 0`)],
);

/** An application to hang a banner at one overpass from starts_on to ends_on inclusive. Pending and approved ones hold capacity. */
export const bannerApplications = pgTable(
  'banner_applications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text('reference')
      .notNull()
      .unique()
      .generatedAlwaysAs(sql`'BP-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end`),
    locationId: uuid('location_id')
      .notNull()
      .references(() => bannerLocations.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    eventName: text('event_name').notNull(),
    organization: text('organization'),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    channel: inquiryChannel('channel').notNull(),
    status: bannerStatus('status').notNull().default('pending'),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    decidedById: uuid('decided_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    decidedAt: instant('decided_at'),
    decisionNote: text('decision_note'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('banner_applications_location_idx').on(table.locationId, table.startsOn, table.endsOn),
    index('banner_applications_status_idx').on(table.status, table.createdAt),
    check('banner_applications_dates_check', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

/** The lemon lot's settings, one row (id 1). */
export const lemonLotSettings = pgTable('lemon_lot_settings', {
  id: integer('id').primaryKey(),
  /** Spaces in the lot: at most this many permits on any one day. */
  capacity: integer('capacity').notNull().default(20),
  /** The maximum length of a permit, in days. */
  maxDays: integer('max_days').notNull().default(30),
  /** How many days before a permit ends its holder is reminded. */
  reminderDays: integer('reminder_days').notNull().default(3),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const lemonLotPermitStatus = pgEnum('lemon_lot_permit_status', ['active', 'cancelled']);

/** A permit to park one car for sale in the lemon lot from starts_on to ends_on inclusive. */
export const lemonLotPermits = pgTable(
  'lemon_lot_permits',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text('reference')
      .notNull()
      .unique()
      .generatedAlwaysAs(sql`'LL-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end`),
    vehicleMake: text('vehicle_make').notNull(),
    vehicleModel: text('vehicle_model').notNull(),
    vehicleYear: integer('vehicle_year'),
    vehicleColor: text('vehicle_color'),
    plate: text('plate').notNull(),
    plateState: text('plate_state'),
    /** The plate in capitals without spaces or dashes, as searched. */
    plateKey: text('plate_key')
      .notNull()
      .generatedAlwaysAs(sql`upper(regexp_replace(plate, '[^A-Za-z0-9]', '', 'g'))`),
    vin: text('vin'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    channel: inquiryChannel('channel').notNull(),
    status: lemonLotPermitStatus('status').notNull().default('active'),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** When the expiry reminder was queued; set once. */
    reminderQueuedAt: instant('reminder_queued_at'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('lemon_lot_permits_dates_idx').on(table.startsOn, table.endsOn),
    index('lemon_lot_permits_plate_idx').on(table.plateKey),
    index('lemon_lot_permits_vin_idx').on(table.vin),
    check('lemon_lot_permits_dates_check', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

export const cemeteryLotStatus = pgEnum('cemetery_lot_status', ['available', 'sold', 'occupied']);

/** A cemetery lot by section, row and number. */
export const cemeteryLots = pgTable(
  'cemetery_lots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    section: text('section').notNull(),
    row: text('row').notNull(),
    number: integer('number').notNull(),
    status: cemeteryLotStatus('status').notNull().default('available'),
    priceCents: integer('price_cents').notNull(),
    /** The number of interments the lot has room for (1 for a single grave). */
    capacity: integer('capacity').notNull().default(1),
    purchaserContactId: uuid('purchaser_contact_id').references(() => contacts.id),
    soldAt: instant('sold_at'),
    soldById: uuid('sold_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** The inquiry that recorded the sale. */
    saleInquiryId: bigint('sale_inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('cemetery_lots_place_idx').on(table.section, table.row, table.number),
    index('cemetery_lots_status_idx').on(table.status),
    check('cemetery_lots_price_check', sql`${table.priceCents} >= 0`),
    check('cemetery_lots_capacity_check', sql`${table.capacity} > 0`),
  ],
);

export const intermentStatus = pgEnum('interment_status', ['scheduled', 'completed', 'cancelled']);

/**
 * A burial in a lot at one slot. The cemetery crew serves one interment per
 * slot, so two interments that are not cancelled never share a slot start.
 */
export const cemeteryInterments = pgTable(
  'cemetery_interments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text('reference')
      .notNull()
      .unique()
      .generatedAlwaysAs(sql`'IN-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end`),
    lotId: uuid('lot_id')
      .notNull()
      .references(() => cemeteryLots.id),
    deceasedName: text('deceased_name').notNull(),
    dateOfDeath: date('date_of_death', { mode: 'string' }),
    slotStartsAt: instant('slot_starts_at').notNull(),
    slotEndsAt: instant('slot_ends_at').notNull(),
    funeralHome: text('funeral_home'),
    /** The person arranging the interment. */
    contactId: uuid('contact_id').references(() => contacts.id),
    status: intermentStatus('status').notNull().default('scheduled'),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('cemetery_interments_slot_idx').on(table.slotStartsAt).where(sql`${table.status} <> 'cancelled'`),
    index('cemetery_interments_lot_idx').on(table.lotId),
    check('cemetery_interments_slot_check', sql`${table.slotEndsAt} > ${table.slotStartsAt}`),
  ],
);

/** A staff member who is a commissioned notary. */
export const notaryCommissions = pgTable('notary_commissions', {
  staffId: uuid('staff_id')
    .primaryKey()
    .references(() => staffUsers.id, { onDelete: 'cascade' }),
  commissionNumber: text('commission_number'),
  expiresOn: date('expires_on', { mode: 'string' }),
  active: boolean('active').notNull().default(true),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const notaryAppointmentStatus = pgEnum('notary_appointment_status', ['booked', 'completed', 'cancelled', 'no_show']);

/** A booked notary appointment with one notary in one slot. */
export const notaryAppointments = pgTable(
  'notary_appointments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reference: text('reference')
      .notNull()
      .unique()
      .generatedAlwaysAs(sql`'NA-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end`),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    documentKind: text('document_kind').notNull(),
    documentCount: integer('document_count').notNull().default(1),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    channel: inquiryChannel('channel').notNull(),
    status: notaryAppointmentStatus('status').notNull().default('booked'),
    /** HMAC of the resident's private link to see or cancel the appointment; the token is never stored. */
    manageTokenHash: text('manage_token_hash').unique(),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('notary_appointments_slot_idx').on(table.staffId, table.startsAt).where(sql`${table.status} = 'booked'`),
    index('notary_appointments_starts_idx').on(table.startsAt),
    check('notary_appointments_times_check', sql`${table.endsAt} > ${table.startsAt}`),
    check('notary_appointments_count_check', sql`${table.documentCount} > 0`),
  ],
);

export const paymentMethod = pgEnum('payment_method', ['cash', 'check', 'card']);
export const paymentChannel = pgEnum('payment_channel', ['counter', 'phone', 'mail']);
export const paymentPurpose = pgEnum('payment_purpose', ['banner_permit', 'lemon_lot_permit', 'cemetery_lot', 'interment', 'notary', 'fee']);

/** A daily close of one staff member's drawer for one business day. */
export const drawerCloses = pgTable(
  'drawer_closes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    /** The local business day (YYYY-MM-DD in the center's zone). */
    businessDate: date('business_date', { mode: 'string' }).notNull(),
    expectedCashCents: integer('expected_cash_cents').notNull(),
    countedCashCents: integer('counted_cash_cents').notNull(),
    expectedCheckCents: integer('expected_check_cents').notNull(),
    countedCheckCents: integer('counted_check_cents').notNull(),
    expectedCardCents: integer('expected_card_cents').notNull(),
    countedCardCents: integer('counted_card_cents').notNull(),
    /** Counted minus expected over all methods; a non-zero difference is flagged. */
    differenceCents: integer('difference_cents').notNull(),
    flagged: boolean('flagged').notNull(),
    note: text('note'),
    closedById: uuid('closed_by_id')
      .notNull()
      .references(() => staffUsers.id),
    closedAt: instant('closed_at').notNull().defaultNow(),
  },
  (table) => [uniqueIndex('drawer_closes_staff_day_idx').on(table.staffId, table.businessDate)],
);

/**
 * Money received at the counter, by phone or by mail, against a permit, a
 * lot, an interment, a notary appointment or a fee. A trigger rejects any
 * change to a payment whose drawer is closed. A reversal is a new row with
 * the negative amount and a reason.
 */
export const payments = pgTable(
  'payments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The receipt number. */
    reference: text('reference')
      .notNull()
      .unique()
      .generatedAlwaysAs(sql`'R-' || case when id < 1000000 then lpad(id::text, 6, '0') else id::text end`),
    amountCents: integer('amount_cents').notNull(),
    method: paymentMethod('method').notNull(),
    channel: paymentChannel('channel').notNull(),
    purpose: paymentPurpose('purpose').notNull(),
    bannerApplicationId: bigint('banner_application_id', { mode: 'number' }).references(() => bannerApplications.id),
    lemonLotPermitId: bigint('lemon_lot_permit_id', { mode: 'number' }).references(() => lemonLotPermits.id),
    cemeteryLotId: uuid('cemetery_lot_id').references(() => cemeteryLots.id),
    intermentId: bigint('interment_id', { mode: 'number' }).references(() => cemeteryInterments.id),
    notaryAppointmentId: bigint('notary_appointment_id', { mode: 'number' }).references(() => notaryAppointments.id),
    feeDescription: text('fee_description'),
    /** Personal data. */
    payerName: text('payer_name').notNull(),
    checkNumber: text('check_number'),
    cardLast4: text('card_last4'),
    note: text('note'),
    receivedById: uuid('received_by_id')
      .notNull()
      .references(() => staffUsers.id),
    receivedAt: instant('received_at').notNull().defaultNow(),
    /** The local business day the payment belongs to, whose drawer close counts it. */
    businessDate: date('business_date', { mode: 'string' }).notNull(),
    inquiryId: bigint('inquiry_id', { mode: 'number' }).references(() => inquiries.id, { onDelete: 'set null' }),
    drawerCloseId: uuid('drawer_close_id').references(() => drawerCloses.id),
    /** The payment a reversal reverses. The unique constraint allows one reversal per payment. */
    reversalOfId: bigint('reversal_of_id', { mode: 'number' })
      .unique()
      .references((): AnyPgColumn => payments.id),
    reversalReason: text('reversal_reason'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (table) => [
    index('payments_drawer_idx').on(table.receivedById, table.businessDate),
    index('payments_business_date_idx').on(table.businessDate),
    check('payments_amount_check', sql`(${table.reversalOfId} is null and ${table.amountCents} > 0) or (${table.reversalOfId} is not null and ${table.amountCents} < 0)`),
    check('payments_reversal_reason_check', sql`${table.reversalOfId} is null or length(trim(${table.reversalReason})) > 0`),
  ],
);

/**
 * The append-only audit trail of the counter services: who changed what and
 * when, with the values before and after. A trigger refuses updates and deletes.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The kind of record: payment, drawer_close, banner_application, lemon_lot_permit, cemetery_lot, interment, notary_appointment, ... */
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** The action: created, edited, reversed, closed, approved, declined, cancelled, sold, ... */
    action: text('action').notNull(),
    actorId: uuid('actor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    reason: text('reason'),
    at: instant('at').notNull().defaultNow(),
  },
  (table) => [index('audit_entries_entity_idx').on(table.entity, table.entityId, table.at), index('audit_entries_at_idx').on(table.at)],
);

// ---------------------------------------------------------------------------
// Inbox counts (inquiries/counts.ts): how many inquiries have each combination
// of the inbox's filter columns, so the inbox's total needs no scan.
// ---------------------------------------------------------------------------

/**
 * Signed changes to the number of inquiries per status, channel, department,
 * topic and claimant, appended by triggers (migration 0012) and summed by the
 * inbox. The triggers only insert rows, so concurrent inquiries never wait on
 * a shared counter row. Compaction folds the rows into one per combination.
 */
export const inquiryCounts = pgTable('inquiry_counts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  status: inquiryStatus('status').notNull(),
  channel: inquiryChannel('channel').notNull(),
  departmentId: uuid('department_id'),
  topicId: uuid('topic_id'),
  claimedById: uuid('claimed_by_id'),
  delta: bigint('delta', { mode: 'number' }).notNull(),
});

/**
 * The same signed changes rolled up by status, channel and whether anyone has
 * claimed the inquiry (migration 0013). The inbox views that filter on nothing
 * else, such as the default view, sum a few dozen rows here instead of one per
 * department, topic and claimant.
 */
export const inquiryStatusCounts = pgTable('inquiry_status_counts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  status: inquiryStatus('status').notNull(),
  channel: inquiryChannel('channel').notNull(),
  claimed: boolean('claimed').notNull(),
  delta: bigint('delta', { mode: 'number' }).notNull(),
});

// ---------------------------------------------------------------------------
// The report cache (reports/day-cache.ts): the aggregates the reports read,
// per local day and time zone. A day is computed once it is three days old,
// and again after a trigger bumps its version because one of its rows changed.
// ---------------------------------------------------------------------------

/** A change counter per date, bumped by triggers for the dates around a changed row's time. */
export const reportDayVersions = pgTable('report_day_versions', {
  day: date('day', { mode: 'string' }).primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(1),
});

/** The local days whose aggregates are in the cache, with the version they were computed at. */
export const reportCachedDays = pgTable(
  'report_cached_days',
  {
    zone: text('zone').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
    computedAt: instant('computed_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.zone, table.day] })],
);

/** Inquiries created on a local day, per department and channel. */
export const reportDayChannels = pgTable(
  'report_day_channels',
  {
    zone: text('zone').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    departmentId: uuid('department_id'),
    channel: inquiryChannel('channel').notNull(),
    contacts: integer('contacts').notNull(),
    resolved: integer('resolved').notNull(),
    firstContact: integer('first_contact').notNull(),
    transfers: integer('transfers').notNull(),
  },
  (table) => [index('report_day_channels_day_idx').on(table.zone, table.day)],
);

/** Inquiries created on a local day, per department and topic. */
export const reportDayTopics = pgTable(
  'report_day_topics',
  {
    zone: text('zone').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    departmentId: uuid('department_id'),
    topicId: uuid('topic_id'),
    contacts: integer('contacts').notNull(),
  },
  (table) => [index('report_day_topics_day_idx').on(table.zone, table.day)],
);

/**
 * Histograms of resolution and first-response times of the inquiries created
 * on a local day: the count, smallest and largest duration in each bin
 * (bins 5 % wide). `department_key` is '*' for the whole center, '-' for inquiries
 * without a department, or the department's id.
 */
export const reportDayDurations = pgTable(
  'report_day_durations',
  {
    zone: text('zone').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    departmentKey: text('department_key').notNull(),
    metric: text('metric').notNull(),
    bin: integer('bin').notNull(),
    count: integer('count').notNull(),
    minSeconds: doublePrecision('min_seconds').notNull(),
    maxSeconds: doublePrecision('max_seconds').notNull(),
  },
  (table) => [index('report_day_durations_day_idx').on(table.zone, table.departmentKey, table.day)],
);

/**
 * Per local day, department key (as in report_day_durations) and staff
 * member: the inquiries the staff member logged (by created_at) and the
 * inquiries now resolved by them (by resolved_at).
 */
export const reportDayStaff = pgTable(
  'report_day_staff',
  {
    zone: text('zone').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    departmentKey: text('department_key').notNull(),
    staffId: uuid('staff_id').notNull(),
    logged: integer('logged').notNull(),
    resolved: integer('resolved').notNull(),
  },
  (table) => [index('report_day_staff_day_idx').on(table.zone, table.departmentKey, table.day)],
);

/** Phone calls offered on a local day, per department of the linked inquiry. */
export const reportDayPhone = pgTable(
  'report_day_phone',
  {
    zone: text('zone').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    departmentId: uuid('department_id'),
    offered: integer('offered').notNull(),
    answered: integer('answered').notNull(),
    abandoned: integer('abandoned').notNull(),
    shortHangups: integer('short_hangups').notNull(),
    talkSeconds: doublePrecision('talk_seconds').notNull(),
    talkCount: integer('talk_count').notNull(),
    waitSeconds: doublePrecision('wait_seconds').notNull(),
    waitCount: integer('wait_count').notNull(),
  },
  (table) => [index('report_day_phone_day_idx').on(table.zone, table.day)],
);
