import { createHash, createHmac, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { rowsOf, type Queryable, type Transaction } from '../db/client.js';
import { attachments, contacts, inquiries, inquiryMessages } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { toStaffSummary } from '../auth/service.js';
import { findDepartment, findTopicWithDepartment } from '../directory/service.js';
import { maskEmail } from '../logger.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../validation/text.js';
import { chooseOnCallAgent, readOpenHours } from '../rotation/duty.js';
import { appendInboxEvent } from './events.js';
import { hydrateInquiries, loadInquiry, type ContactView, type InquiryView } from './views.js';

/** Limits on inquiry text, shared by every channel. */
export const SUBJECT_MAX = 300;
export const BODY_MAX = 20_000;

/** How far a client's clock may run ahead of the server's before a time counts as in the future. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const contactSchema = z.object({
  name: optionalText('name', 200),
  email: optionalEmail('email'),
  phone: optionalPhone('phone'),
  address: optionalText('address', 500),
});

const instant = (field: string) =>
  z.date({ error: `${field} must be a date-time such as 2026-03-08T09:30:00-07:00` }).refine((value) => !Number.isNaN(value.getTime()), {
    message: `${field} must be a valid date-time`,
  });

/** Everything the intake needs to record an inquiry, whichever channel it came from. */
const intakeSchema = z
  .object({
    channel: z.enum(['phone', 'walk_in', 'email', 'web']),
    subject: requiredText('subject', SUBJECT_MAX),
    body: optionalText('body', BODY_MAX),
    contact: contactSchema.optional(),
    topicId: z.string().nullish(),
    /** When the center received it; defaults to now. Imports pass the source's time. */
    receivedAt: instant('receivedAt').optional(),
    callStartedAt: instant('callStartedAt').optional(),
    callEndedAt: instant('callEndedAt').optional(),
    emailMessageId: optionalText('emailMessageId', 998),
    /** Where an imported inquiry came from; the pair is unique, so an import runs only once per row. */
    source: z.object({ system: requiredText('source.system', 50), id: requiredText('source.id', 200) }).optional(),
    /** For imported history: the inquiry was already resolved at this time. */
    resolvedAt: instant('resolvedAt').optional(),
    resolutionNote: optionalText('resolutionNote', BODY_MAX),
    departmentId: z.string().nullish(),
    /** Where the problem is (Open311, the web form). */
    location: z
      .object({
        latitude: z.number({ error: 'latitude must be a number' }).min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90').nullish(),
        longitude: z
          .number({ error: 'longitude must be a number' })
          .min(-180, 'longitude must be between -180 and 180')
          .max(180, 'longitude must be between -180 and 180')
          .nullish(),
        address: optionalText('address', 500),
      })
      .optional(),
    /** Answers to the topic's Open311 attributes, by attribute code; checked by the caller against the topic's definition. */
    attributes: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
    /** The Open311 API key the request came through. */
    apiKeyId: z.string().optional(),
    /** Files received with the inquiry; the caller enforces its channel's size limits. */
    attachments: z
      .array(z.object({ filename: requiredText('filename', 255), contentType: requiredText('contentType', 255), content: z.instanceof(Uint8Array) }))
      .optional(),
    /** Issues a private status link: the result then carries its token, which is stored only as an HMAC. */
    statusLink: z.boolean().optional(),
  })
  .refine((value) => !value.callEndedAt || !value.callStartedAt || value.callEndedAt >= value.callStartedAt, {
    message: 'the call cannot end before it started',
    path: ['callEndedAt'],
  })
  .refine((value) => !value.callStartedAt || value.callStartedAt.getTime() <= Date.now() + MAX_CLOCK_SKEW_MS, {
    message: 'the call cannot start in the future',
    path: ['callStartedAt'],
  })
  // A call's received time is its start, already checked above.
  .refine((value) => !value.receivedAt || value.callStartedAt || value.receivedAt.getTime() <= Date.now() + MAX_CLOCK_SKEW_MS, {
    message: 'receivedAt cannot be in the future',
    path: ['receivedAt'],
  });

export type IntakeInput = z.input<typeof intakeSchema>;

/**
 * Work a channel does in the intake's transaction after the inquiry and its
 * first message exist, such as recording an e-mail's Message-ID or linking a
 * phone call. An error in it rolls the whole inquiry back.
 */
export type IntakeHook = (tx: Transaction, created: { inquiryId: number; firstMessageId: number | null; attachmentIds: string[] }) => Promise<void>;

export type IntakeOptions = { afterCreate?: IntakeHook };

export type IntakeResult =
  /** statusToken is set when the input asked for a status link; it is shown to the resident once and never stored. */
  | { kind: 'created'; inquiry: InquiryView; statusToken?: string }
  /** A source id (imported row, e-mail Message-ID) that was already recorded; nothing was written. */
  | { kind: 'duplicate'; inquiryId: number; reference: string }
  | InvalidInputResult;

/**
 * Records a new inquiry from any channel: validates it, finds or creates the
 * resident's contact, stores the first message and appends the "created"
 * event, all in one transaction. Every channel and the importer come through
 * here, so the rules are the same for all of them.
 */
export async function receiveInquiry(deps: CoreDeps, input: IntakeInput, actor?: Actor, options: IntakeOptions = {}): Promise<IntakeResult> {
  const parsed = intakeSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;

  let departmentId = values.departmentId ?? null;
  // The topic is read with its department, so the transaction reads a department only when the input names another one.
  const found = values.topicId ? await findTopicWithDepartment(deps.db, values.topicId) : undefined;
  const topic = found?.topic;
  if (values.topicId) {
    if (!topic) return invalidField('input.topicId', `no topic with id ${values.topicId}`);
    departmentId ??= topic.departmentId;
  }
  const knownDepartment = found?.department.id === departmentId ? found.department : undefined;
  const readDepartment = async (db: Queryable) => {
    if (knownDepartment) return knownDepartment;
    return departmentId ? findDepartment(db, departmentId) : undefined;
  };
  const assignable = !actor && (values.channel === 'web' || values.channel === 'email') && !values.receivedAt && !values.resolvedAt;

  const findBySource = async (db: Queryable): Promise<IntakeResult | undefined> => {
    if (!values.source) return undefined;
    const [existing] = await db
      .select({ id: inquiries.id, reference: inquiries.reference })
      .from(inquiries)
      .where(and(eq(inquiries.sourceSystem, values.source.system), eq(inquiries.sourceId, values.source.id)));
    return existing ? { kind: 'duplicate', inquiryId: existing.id, reference: existing.reference } : undefined;
  };

  const result = await inTransaction(deps, async (tx): Promise<IntakeResult> => {
    const duplicate = await findBySource(tx);
    if (duplicate) return duplicate;

    // The three statements do not depend on each other, so they are sent together and the transaction
    // waits for one round trip instead of three.
    const [contact, department, openHours] = await Promise.all([
      values.contact ? findOrCreateContact(tx, values.contact) : null,
      readDepartment(tx),
      assignable ? readOpenHours(tx) : undefined,
    ]);
    const contactId = contact?.id ?? null;
    const receivedAt = values.receivedAt ?? new Date();
    const statusToken = values.statusLink ? newStatusToken() : undefined;
    const [row] = await tx
      .insert(inquiries)
      .values({
        channel: values.channel,
        subject: values.subject,
        body: values.body ?? '',
        contactId,
        topicId: values.topicId ?? null,
        departmentId,
        loggedById: actor?.id ?? null,
        // The agent who takes a call or serves a visitor owns it from the start.
        claimedById: actor ? actor.id : null,
        claimedAt: actor ? new Date() : null,
        callStartedAt: values.callStartedAt ?? null,
        callEndedAt: values.callEndedAt ?? null,
        emailMessageId: values.emailMessageId ?? null,
        statusTokenHash: statusToken ? hashStatusToken(deps, statusToken) : null,
        latitude: values.location?.latitude ?? null,
        longitude: values.location?.longitude ?? null,
        addressText: values.location?.address ?? null,
        attributes: values.attributes ?? null,
        apiKeyId: values.apiKeyId ?? null,
        sourceSystem: values.source?.system ?? null,
        sourceId: values.source?.id ?? null,
        status: values.resolvedAt ? 'resolved' : 'open',
        resolvedAt: values.resolvedAt ?? null,
        resolutionNote: values.resolutionNote ?? null,
        createdAt: receivedAt,
        updatedAt: values.resolvedAt ?? receivedAt,
      })
      .returning();

    // What a resident wrote opens the thread. An agent's notes on a call or visit stay
    // the inquiry's body, shown as logged by that agent, and are not repeated as a note.
    let firstMessageId: number | null = null;
    if (values.body && !actor) {
      const [message] = await tx
        .insert(inquiryMessages)
        .values({ inquiryId: row.id, kind: 'resident', body: values.body, createdAt: receivedAt })
        .returning({ id: inquiryMessages.id });
      firstMessageId = message.id;
    }
    const attachmentIds = await storeAttachments(tx, row.id, firstMessageId, values.attachments ?? []);
    await options.afterCreate?.(tx, { inquiryId: row.id, firstMessageId, attachmentIds });

    // The returned row is the stored one: the insert's triggers change only other rows. A hook may
    // change this one, so after a hook its row is read again. Most records it refers to are already
    // at hand, and hydrateInquiries reads only the others, such as a contact a hook set.
    const known = {
      contacts: contact ? [contact] : [],
      topics: topic ? [topic] : [],
      departments: department ? [department] : [],
      staff: actor ? [toStaffSummary(actor)] : [],
    };
    const stored = options.afterCreate ? (await tx.select().from(inquiries).where(eq(inquiries.id, row.id)))[0] : row;
    const [inquiry] = await hydrateInquiries(tx, [stored], known);
    await appendInboxEvent(tx, 'created', inquiry, actor);

    const assigned = openHours?.autoAssign ? await assignToOnCallAgent(deps, tx, inquiry) : undefined;
    return { kind: 'created', inquiry: assigned ?? inquiry, ...(statusToken ? { statusToken } : {}) };
  }).catch(async (error: unknown) => {
    // Two deliveries of one source id at once: the unique index rejects the second.
    const duplicate = isUniqueViolation(error) ? await findBySource(deps.db) : undefined;
    if (duplicate) return duplicate;
    throw error;
  });

  if (result.kind === 'created') {
    deps.log.info(
      { inquiryId: result.inquiry.id, channel: values.channel, contactEmail: maskEmail(values.contact?.email), by: actor?.id },
      'inquiry received',
    );
  }
  return result;
}

/** Returns a new status-link token: 144 random bits in base64url. */
function newStatusToken(): string {
  return randomBytes(18).toString('base64url');
}

/** Returns the stored form of a status-link token: its HMAC-SHA256 keyed with SESSION_SECRET. */
export function hashStatusToken(deps: Pick<CoreDeps, 'sessionSecret'>, token: string): string {
  return createHmac('sha256', deps.sessionSecret).update(`status:${token}`).digest('hex');
}

/** Stores the files received with an inquiry and returns their ids, in input order. */
async function storeAttachments(
  tx: Transaction,
  inquiryId: number,
  messageId: number | null,
  files: { filename: string; contentType: string; content: Uint8Array }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const [stored] = await tx
      .insert(attachments)
      .values({
        inquiryId,
        messageId,
        filename: file.filename,
        contentType: file.contentType,
        sizeBytes: file.content.byteLength,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: file.content,
      })
      .returning({ id: attachments.id });
    ids.push(stored.id);
  }
  return ids;
}

/** Serialises automatic assignments, so two inquiries arriving at once see each other's claims when counting. */
const AUTO_ASSIGN_LOCK = 4311005;

/**
 * Claims a new web or e-mail inquiry for an agent who is on call in the
 * published rotation and available now. The caller has checked that
 * rota_settings.auto_assign is on. Runs in the intake's transaction and
 * appends a "claimed" event with no actor, so the inbox shows the claim live.
 * Returns the claimed inquiry, or undefined when no agent is on call and
 * available.
 * Imports are never assigned: they carry their original receivedAt.
 */
async function assignToOnCallAgent(deps: CoreDeps, tx: Transaction, inquiry: InquiryView): Promise<InquiryView | undefined> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUTO_ASSIGN_LOCK})`);

  const agentId = await chooseOnCallAgent(tx, deps.centerTimeZone, new Date());
  if (!agentId) {
    deps.log.info({ inquiryId: inquiry.id }, 'no agent is on call and available, so the inquiry stays unclaimed');
    return undefined;
  }

  await tx
    .update(inquiries)
    .set({ claimedById: agentId, claimedAt: sql`now()`, version: sql`${inquiries.version} + 1`, updatedAt: sql`now()` })
    .where(eq(inquiries.id, inquiry.id));
  const claimed = (await loadInquiry(tx, inquiry.id))!;
  await appendInboxEvent(tx, 'claimed', claimed);
  deps.log.info({ inquiryId: inquiry.id, claimedBy: agentId }, 'inquiry assigned to the on-call agent');
  return claimed;
}

/**
 * Returns the contact with the same e-mail, or else the same phone number,
 * so repeat contacts by one resident link to one record; creates one when
 * neither matches. A missing name, phone or address is filled in from the
 * new details. One statement: the lookup, the update and the insert are
 * common table expressions, and exactly one of the last two returns a row.
 */
async function findOrCreateContact(tx: Transaction, details: z.output<typeof contactSchema>): Promise<ContactView | null> {
  if (!details.name && !details.email && !details.phone && !details.address) return null;

  const email = details.email?.toLowerCase() ?? null;
  const name = details.name ?? null;
  const phone = details.phone ?? null;
  const address = details.address ?? null;
  let match = sql`false`;
  if (email) match = sql`${contacts.email} = ${email}`;
  else if (phone) match = sql`${contacts.phone} = ${phone}`;
  const result = await tx.execute(sql`
    with found as (select ${contacts.id} as id from ${contacts} where ${match} limit 1)
    , updated as (
      update ${contacts}
      set name = coalesce(${contacts.name}, ${name}::text),
          phone = coalesce(${contacts.phone}, ${phone}::text),
          address = coalesce(${contacts.address}, ${address}::text)
      where ${contacts.id} = (select id from found)
      returning id, name, email, phone, address
    )
    , created as (
      insert into ${contacts} (name, email, phone, address)
      select ${name}::text, ${email}::text, ${phone}::text, ${address}::text
      where not exists (select 1 from found)
      returning id, name, email, phone, address
    )
    select * from updated union all select * from created`);
  const [row] = rowsOf<ContactView>(result);
  return { id: row.id, name: row.name, email: row.email, phone: row.phone, address: row.address };
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string }; code?: string }) ?? {};
  return cause.code === '23505' || cause.cause?.code === '23505';
}

/** Reports errors under the channel's own input names (input.callerName rather than input.contact.name). */
function withFieldNames(result: IntakeResult, names: Record<string, string>): IntakeResult {
  if (result.kind !== 'invalid_input') return result;
  const fields = result.fields.map((entry) => ({ ...entry, field: names[entry.field] ?? entry.field }));
  const summary = fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ');
  return { ...result, fields, message: `Invalid input: ${summary}` };
}

/** Shapes for the channel-specific entry points, mapped onto IntakeInput. */
export type PhoneCallEntry = {
  subject: string;
  callerName?: string | null;
  callerPhone?: string | null;
  callerEmail?: string | null;
  topicId?: string | null;
  notes?: string | null;
  callStartedAt: Date;
  callEndedAt?: Date | null;
};

export async function logPhoneCall(deps: CoreDeps, actor: Actor, entry: PhoneCallEntry): Promise<IntakeResult> {
  const result = await receiveInquiry(
    deps,
    {
      channel: 'phone',
      subject: entry.subject,
      body: entry.notes,
      contact: { name: entry.callerName, phone: entry.callerPhone, email: entry.callerEmail },
      topicId: entry.topicId,
      receivedAt: entry.callStartedAt,
      callStartedAt: entry.callStartedAt,
      callEndedAt: entry.callEndedAt ?? undefined,
    },
    actor,
  );
  return withFieldNames(result, {
    'input.body': 'input.notes',
    'input.contact.name': 'input.callerName',
    'input.contact.phone': 'input.callerPhone',
    'input.contact.email': 'input.callerEmail',
  });
}

export type WalkInEntry = {
  subject: string;
  visitorName?: string | null;
  visitorPhone?: string | null;
  topicId?: string | null;
  notes?: string | null;
};

export async function logWalkIn(deps: CoreDeps, actor: Actor, entry: WalkInEntry): Promise<IntakeResult> {
  const result = await receiveInquiry(
    deps,
    {
      channel: 'walk_in',
      subject: entry.subject,
      body: entry.notes,
      contact: { name: entry.visitorName, phone: entry.visitorPhone },
      topicId: entry.topicId,
    },
    actor,
  );
  return withFieldNames(result, {
    'input.body': 'input.notes',
    'input.contact.name': 'input.visitorName',
    'input.contact.phone': 'input.visitorPhone',
  });
}

export type WebFormEntry = {
  subject: string;
  question: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  topicId?: string | null;
  /** The place the question is about, checked by receiveInquiry. */
  location?: { address?: string | null; latitude?: number | null; longitude?: number | null } | null;
  /** Files already checked by the caller (see web-form.ts for the photo rules). */
  attachments?: IntakeInput['attachments'];
  statusLink?: boolean;
};

const webFormSchema = z.object({
  subject: requiredText('subject', SUBJECT_MAX),
  question: requiredText('question', BODY_MAX),
  name: optionalText('name', 200),
  email: optionalEmail('email'),
  phone: optionalPhone('phone'),
  address: optionalText('address', 500),
  topicId: z.guid({ error: 'topicId must be the id of a topic' }).nullish(),
  location: z
    .object({
      address: optionalText('location.address', 500),
      latitude: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90').nullish(),
      longitude: z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180').nullish(),
    })
    .refine((value) => (value.latitude == null) === (value.longitude == null), {
      message: 'give both latitude and longitude, or neither',
      path: ['latitude'],
    })
    .nullish(),
});

/** Checks the fields of a public-form question, every field at once, without storing anything. */
export function checkWebForm(entry: WebFormEntry): InvalidInputResult | undefined {
  const checked = webFormSchema.safeParse(entry);
  return checked.success ? undefined : toInvalidInput(checked.error, 'input');
}

/** Records a question from the public form. The question is required here, unlike in staff-logged entries, and every field is checked at once. */
export async function submitWebInquiry(deps: CoreDeps, entry: WebFormEntry): Promise<IntakeResult> {
  const checked = webFormSchema.safeParse(entry);
  if (!checked.success) return toInvalidInput(checked.error, 'input');
  const values = checked.data;

  const result = await receiveInquiry(deps, {
    channel: 'web',
    subject: values.subject,
    body: values.question,
    contact: { name: values.name, email: values.email, phone: values.phone, address: values.address },
    topicId: values.topicId,
    location: values.location ?? undefined,
    attachments: entry.attachments,
    statusLink: entry.statusLink,
  });
  return withFieldNames(result, {
    'input.body': 'input.question',
    'input.contact.name': 'input.name',
    'input.contact.email': 'input.email',
    'input.contact.phone': 'input.phone',
    'input.contact.address': 'input.address',
  });
}
