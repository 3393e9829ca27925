import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable, Transaction } from '../db/client.js';
import { contacts, inquiries, inquiryMessages } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { findTopic } from '../directory/service.js';
import { maskEmail } from '../logger.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../validation/text.js';
import { appendInboxEvent } from './events.js';
import { loadInquiry, type InquiryView } from './views.js';

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

export type IntakeResult =
  | { kind: 'created'; inquiry: InquiryView }
  /** A source id (imported row, e-mail Message-ID) that was already recorded; nothing was written. */
  | { kind: 'duplicate'; inquiryId: number; reference: string }
  | InvalidInputResult;

/**
 * Records a new inquiry from any channel: validates it, finds or creates the
 * resident's contact, stores the first message and appends the "created"
 * event, all in one transaction. Every channel and the importer come through
 * here, so the rules are the same for all of them.
 */
export async function receiveInquiry(deps: CoreDeps, input: IntakeInput, actor?: Actor): Promise<IntakeResult> {
  const parsed = intakeSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;

  let departmentId = values.departmentId ?? null;
  if (values.topicId) {
    const topic = await findTopic(deps.db, values.topicId);
    if (!topic) return invalidField('input.topicId', `no topic with id ${values.topicId}`);
    departmentId ??= topic.departmentId;
  }

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

    const contactId = values.contact ? await findOrCreateContact(tx, values.contact) : null;
    const receivedAt = values.receivedAt ?? new Date();
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
        sourceSystem: values.source?.system ?? null,
        sourceId: values.source?.id ?? null,
        status: values.resolvedAt ? 'resolved' : 'open',
        resolvedAt: values.resolvedAt ?? null,
        resolutionNote: values.resolutionNote ?? null,
        createdAt: receivedAt,
        updatedAt: values.resolvedAt ?? receivedAt,
      })
      .returning({ id: inquiries.id });

    // What a resident wrote opens the thread. An agent's notes on a call or visit stay
    // the inquiry's body, shown as logged by that agent, and are not repeated as a note.
    if (values.body && !actor) {
      await tx.insert(inquiryMessages).values({ inquiryId: row.id, kind: 'resident', body: values.body, createdAt: receivedAt });
    }

    const inquiry = (await loadInquiry(tx, row.id))!;
    await appendInboxEvent(tx, 'created', inquiry, actor);
    return { kind: 'created', inquiry };
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

/**
 * Returns the contact with the same e-mail, or else the same phone number,
 * so repeat contacts by one resident link to one record; creates one when
 * neither matches. A missing name is filled in from the new details.
 */
async function findOrCreateContact(tx: Transaction, details: z.output<typeof contactSchema>): Promise<string | null> {
  if (!details.name && !details.email && !details.phone && !details.address) return null;

  const email = details.email?.toLowerCase();
  let match: { id: string } | undefined;
  if (email) {
    [match] = await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.email, email)).limit(1);
  } else if (details.phone) {
    [match] = await tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.phone, details.phone)).limit(1);
  }

  if (match) {
    await tx
      .update(contacts)
      .set({
        name: sql`coalesce(${contacts.name}, ${details.name ?? null})`,
        phone: sql`coalesce(${contacts.phone}, ${details.phone ?? null})`,
        address: sql`coalesce(${contacts.address}, ${details.address ?? null})`,
      })
      .where(eq(contacts.id, match.id));
    return match.id;
  }

  const [created] = await tx
    .insert(contacts)
    .values({ name: details.name, email, phone: details.phone, address: details.address })
    .returning({ id: contacts.id });
  return created.id;
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
};

const webFormSchema = z.object({
  subject: requiredText('subject', SUBJECT_MAX),
  question: requiredText('question', BODY_MAX),
  name: optionalText('name', 200),
  email: optionalEmail('email'),
  phone: optionalPhone('phone'),
  address: optionalText('address', 500),
});

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
  });
  return withFieldNames(result, {
    'input.body': 'input.question',
    'input.contact.name': 'input.name',
    'input.contact.email': 'input.email',
    'input.contact.phone': 'input.phone',
    'input.contact.address': 'input.address',
  });
}
