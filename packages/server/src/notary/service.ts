import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isUuid } from '../auth/service.js';
import type { PublicFormConfig } from '../config.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { Transaction } from '../db/client.js';
import { notaryAppointments, notaryCommissions, staffUsers } from '../db/schema.js';
import { recordAudit } from '../counter/audit.js';
import { CounterRefusal, receiveCounterRequest, type CounterCreateContext } from '../counter/intake.js';
import { queueEmail } from '../email/outbox.js';
import { clientRateLimitKey } from '../inquiries/client-key.js';
import { resolveInquiry } from '../inquiries/service.js';
import { DEFAULT_PUBLIC_FORM_LIMITS, PUBLIC_RATE_WINDOW_SECONDS, type RateLimitedResult } from '../inquiries/web-form.js';
import { maskEmail } from '../logger.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import { isoDate } from '../rotation/settings.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../validation/text.js';
import { bookingHorizon, freeNotarySlots, NOTARY_APPOINTMENT_MINUTES, NOTARY_BOOKING_WEEKS, readNotaryDuty, type FreeNotarySlot } from './availability.js';
import { loadAppointment, type NotaryAppointmentView } from './views.js';

/**
 * Notary appointments: a resident (on the public page or through Open311) or
 * an agent (for a caller or a visitor) books a half hour with a notary who is
 * on duty then (see availability.ts). The partial unique index on (notary,
 * start) of booked appointments settles two bookings at once: exactly one
 * gets the notary, the other another notary free then or `slot_taken`.
 */

/** Kinds of documents, as keys; the pages show their names. */
export const NOTARY_DOCUMENT_KINDS = ['affidavit', 'power_of_attorney', 'deed', 'vehicle_title', 'other'] as const;
export type NotaryDocumentKind = (typeof NOTARY_DOCUMENT_KINDS)[number];

export const NOTARY_LIMITS = { maxDocuments: 20, name: 200, commissionNumber: 50, reason: 500 } as const;

/** How many free slots a `slot_taken` result offers. */
const OFFERED_SLOT_COUNT = 5;

/** Rate-limit bucket of the public notary page, counted apart from the question form. */
const NOTARY_RATE_BUCKET = 'notary';

// ---------------------------------------------------------------------------
// Commissions

const commissionSchema = z.object({
  staffId: z.string().refine(isUuid, 'staffId must be the id of a staff member'),
  commissionNumber: optionalText('commissionNumber', NOTARY_LIMITS.commissionNumber),
  expiresOn: isoDate('expiresOn').nullish(),
  active: z.boolean({ error: 'active must be true or false' }),
});

export type CommissionInput = z.input<typeof commissionSchema>;

/** Records that a staff member is a notary, or changes their commission; `active: false` stops new bookings with them. */
export async function setNotaryCommission(deps: CoreDeps, actor: Actor, input: CommissionInput): Promise<{ kind: 'ok' } | { kind: 'not_found'; message: string } | InvalidInputResult> {
  const parsed = commissionSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;
  const [staff] = await deps.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.id, values.staffId));
  if (!staff) return { kind: 'not_found', message: `no staff member has the id ${values.staffId}` };

  await inTransaction(deps, async (tx) => {
    const [before] = await tx.select().from(notaryCommissions).where(eq(notaryCommissions.staffId, values.staffId)).for('update');
    const after = { commissionNumber: values.commissionNumber ?? null, expiresOn: values.expiresOn ?? null, active: values.active };
    await tx
      .insert(notaryCommissions)
      .values({ staffId: values.staffId, ...after })
      .onConflictDoUpdate({ target: notaryCommissions.staffId, set: after });
    await recordAudit(tx, {
      entity: 'notary_commission',
      entityId: values.staffId,
      action: before ? 'edited' : 'created',
      actorId: actor.id,
      before: before ? { commissionNumber: before.commissionNumber, expiresOn: before.expiresOn, active: before.active } : null,
      after,
    });
  });
  deps.log.info({ staffId: actor.id, notaryId: values.staffId, active: values.active }, 'notary commission saved');
  return { kind: 'ok' };
}

// ---------------------------------------------------------------------------
// Booking

const bookingFields = {
  startsAt: z.date({ error: 'startsAt must be a date-time such as 2026-03-09T09:30:00-07:00' }),
  documentKind: z.enum(NOTARY_DOCUMENT_KINDS, { error: `documentKind must be one of ${NOTARY_DOCUMENT_KINDS.join(', ')}` }),
  documentCount: z
    .number({ error: 'documentCount must be a whole number' })
    .int('documentCount must be a whole number')
    .min(1, 'documentCount must be at least 1')
    .max(NOTARY_LIMITS.maxDocuments, `documentCount must be at most ${NOTARY_LIMITS.maxDocuments}`),
  contact: z.object({
    name: requiredText('contact.name', NOTARY_LIMITS.name),
    email: optionalEmail('contact.email'),
    phone: optionalPhone('contact.phone'),
  }),
};

const publicBookingSchema = z.object(bookingFields);
const staffBookingSchema = z.object({
  ...bookingFields,
  channel: z.enum(['walk_in', 'phone'], { error: 'channel must be WALK_IN or PHONE' }),
  staffId: z.string().refine(isUuid, 'staffId must be the id of a notary').nullish(),
});

/** The document kind arrives as any string and is checked against NOTARY_DOCUMENT_KINDS. */
export type PublicBookingInput = Omit<z.input<typeof publicBookingSchema>, 'documentKind'> & { documentKind: string };
export type StaffBookingInput = Omit<z.input<typeof staffBookingSchema>, 'documentKind'> & { documentKind: string };

/** Origin of the confirmation e-mail's manage link and its sender. Without these settings no e-mail is queued. */
export type NotaryMailSettings = { publicBaseUrl: string | undefined; mailFrom: string };

export type BookingResult =
  | { kind: 'booked'; appointment: NotaryAppointmentView; manageToken: string; confirmationQueued: boolean }
  /** No notary is free at that time any more; nextFreeSlots are the first free ones after it. */
  | { kind: 'slot_taken'; message: string; nextFreeSlots: FreeNotarySlot[] }
  | RateLimitedResult
  | InvalidInputResult;

/** Returns the stored form of a manage-link token: its HMAC-SHA256 keyed with SESSION_SECRET. */
export function hashManageToken(deps: Pick<CoreDeps, 'sessionSecret'>, token: string): string {
  return createHmac('sha256', deps.sessionSecret).update(`notary:${token}`).digest('hex');
}

/** Checks that `startsAt` is a half-hour start after `now` within the booking horizon; returns the problem, if any. */
export function checkStart(zone: string, startsAt: Date, now: Date): string | undefined {
  if (Number.isNaN(startsAt.getTime())) return 'must be a valid date-time';
  const local = DateTime.fromJSDate(startsAt, { zone });
  if ((local.minute !== 0 && local.minute !== 30) || local.second !== 0 || local.millisecond !== 0) return 'must be the start of a half hour, such as 09:00 or 09:30';
  if (startsAt <= now) return 'must be in the future';
  if (startsAt >= bookingHorizon(zone, now)) return `must be within the next ${NOTARY_BOOKING_WEEKS} weeks`;
  return undefined;
}

type BookingRequest = {
  startsAt: Date;
  documentKind: string;
  documentCount: number;
  contactName: string;
  contactEmail: string | undefined;
  channel: 'web' | 'walk_in' | 'phone';
  staffId?: string | null;
  actorId: string | null;
};

/**
 * Writes the appointment in the counter request's transaction. It reads the
 * notaries on duty at the start again, inside the transaction, and tries them
 * with the fewest bookings that day first. The insert skips a notary whose
 * half hour another transaction has booked (waiting for it to commit), so
 * the unique index decides every race. Throws CounterRefusal when no notary is
 * free. Open311 calls it too.
 */
export async function bookInTransaction(
  tx: Transaction,
  deps: CoreDeps,
  request: BookingRequest,
  context: CounterCreateContext,
  mail: NotaryMailSettings | undefined,
  now: Date,
): Promise<{ id: number; reference: string; manageToken: string; confirmationQueued: boolean }> {
  const zone = deps.centerTimeZone;
  const candidates = await readNotaryDuty(tx, zone, request.startsAt, new Date(request.startsAt.getTime() + 1), request.staffId ? [request.staffId] : undefined);
  const ranked = await rankByDayLoad(tx, zone, request.startsAt, candidates.map((entry) => entry.staffId));
  const manageToken = randomBytes(18).toString('base64url');

  for (const staffId of ranked) {
    const [created] = await tx
      .insert(notaryAppointments)
      .values({
        staffId,
        startsAt: request.startsAt,
        endsAt: new Date(request.startsAt.getTime() + NOTARY_APPOINTMENT_MINUTES * 60_000),
        documentKind: request.documentKind,
        documentCount: request.documentCount,
        contactId: context.contactId!,
        channel: request.channel,
        manageTokenHash: hashManageToken(deps, manageToken),
        inquiryId: context.inquiryId,
        createdById: request.actorId,
      })
      .onConflictDoNothing({ target: [notaryAppointments.staffId, notaryAppointments.startsAt], where: sql`status = 'booked'` })
      .returning({ id: notaryAppointments.id, reference: notaryAppointments.reference });
    if (!created) continue;

    await recordAudit(tx, {
      entity: 'notary_appointment',
      entityId: created.id,
      action: 'booked',
      actorId: request.actorId,
      after: { staffId, startsAt: request.startsAt.toISOString(), documentKind: request.documentKind, documentCount: request.documentCount, channel: request.channel },
    });
    const confirmationQueued = await queueConfirmation(tx, deps, { ...request, reference: created.reference, inquiryId: context.inquiryId, manageToken }, mail);
    return { ...created, manageToken, confirmationQueued };
  }

  const offered = (await freeNotarySlots(tx, zone, now, request.staffId ?? undefined)).filter((slot) => slot.startsAt > request.startsAt).slice(0, OFFERED_SLOT_COUNT);
  const local = DateTime.fromJSDate(request.startsAt, { zone }).toFormat('yyyy-MM-dd HH:mm');
  const message = candidates.length === 0 ? `no notary is on duty at ${local}` : `every notary on duty at ${local} is booked`;
  throw new CounterRefusal('startsAt', message, { nextFreeSlots: offered });
}

/** Orders notaries by how many appointments they have booked on the local day of `startsAt`, fewest first, then by id. */
async function rankByDayLoad(tx: Transaction, zone: string, startsAt: Date, staffIds: string[]): Promise<string[]> {
  if (staffIds.length <= 1) return staffIds;
  const day = DateTime.fromJSDate(startsAt, { zone }).startOf('day');
  const rows = await tx
    .select({ staffId: notaryAppointments.staffId, count: sql<number>`count(*)::int` })
    .from(notaryAppointments)
    .where(
      and(
        eq(notaryAppointments.status, 'booked'),
        gte(notaryAppointments.startsAt, day.toJSDate()),
        lt(notaryAppointments.startsAt, day.plus({ days: 1 }).toJSDate()),
      ),
    )
    .groupBy(notaryAppointments.staffId);
  const load = new Map(rows.map((row) => [row.staffId, Number(row.count)]));
  return [...staffIds].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a.localeCompare(b));
}

/** Returns the confirmation e-mail's subject and body, in English and Spanish. */
export function confirmationText(reference: string, local: string, link: string | undefined): { subject: string; body: string } {
  const linkEn = link ? `\nTo see or cancel it, open ${link}\n` : '';
  const linkEs = link ? `\nPara verla o cancelarla, abra ${link}\n` : '';
  return {
    subject: `Notary appointment ${reference} / Cita con notario ${reference}`,
    body: [
      `Your notary appointment ${reference} is booked for ${local}. Bring your documents unsigned and a photo ID.`,
      linkEn,
      `Su cita con notario ${reference} está reservada para el ${local}. Traiga sus documentos sin firmar y una identificación con foto.`,
      linkEs,
    ].join('\n'),
  };
}

async function queueConfirmation(
  tx: Transaction,
  deps: CoreDeps,
  booking: BookingRequest & { reference: string; inquiryId: number; manageToken: string },
  mail: NotaryMailSettings | undefined,
): Promise<boolean> {
  if (!booking.contactEmail || !mail) return false;
  const local = DateTime.fromJSDate(booking.startsAt, { zone: deps.centerTimeZone }).toFormat('yyyy-MM-dd HH:mm');
  const link = mail.publicBaseUrl ? `${mail.publicBaseUrl}/notary/manage/${booking.manageToken}` : undefined;
  const text = confirmationText(booking.reference, local, link);
  const email = await queueEmail(tx, { kind: 'confirmation', inquiryId: booking.inquiryId, toAddress: booking.contactEmail, subject: text.subject, bodyText: text.body, mailFrom: mail.mailFrom });
  deps.log.info({ inquiryId: booking.inquiryId, outboundEmailId: email.id, to: maskEmail(booking.contactEmail) }, 'notary confirmation queued');
  return true;
}

async function book(
  deps: CoreDeps,
  values: z.output<typeof publicBookingSchema> & { channel: 'web' | 'walk_in' | 'phone'; staffId?: string | null },
  actor: Actor | undefined,
  mail: NotaryMailSettings | undefined,
  now: Date,
): Promise<BookingResult> {
  const problem = checkStart(deps.centerTimeZone, values.startsAt, now);
  if (problem) return invalidField('input.startsAt', `startsAt ${problem}`);

  const result = await receiveCounterRequest(
    deps,
    'notary',
    {
      channel: values.channel,
      subject: 'Notary appointment',
      body: `${values.documentCount} × ${values.documentKind}`,
      contact: { name: values.contact.name, email: values.contact.email, phone: values.contact.phone },
    },
    actor,
    (tx, context) =>
      bookInTransaction(
        tx,
        deps,
        {
          startsAt: values.startsAt,
          documentKind: values.documentKind,
          documentCount: values.documentCount,
          contactName: values.contact.name,
          contactEmail: values.contact.email,
          channel: values.channel,
          staffId: values.staffId,
          actorId: actor?.id ?? null,
        },
        context,
        mail,
        now,
      ),
  );
  if (result.kind === 'invalid_input') return result;
  if (result.kind === 'refused') return { kind: 'slot_taken', message: result.message, nextFreeSlots: result.detail.nextFreeSlots as FreeNotarySlot[] };

  deps.log.info({ appointmentId: result.record.id, inquiryId: result.inquiry.id, channel: values.channel, by: actor?.id }, 'notary appointment booked');
  const appointment = (await loadAppointment(deps.db, deps.centerTimeZone, result.record.id))!;
  // An agent's booking is complete once recorded. A resident's stays open in the inbox, so staff see new bookings.
  if (actor) await resolveInquiry(deps, actor, result.inquiry.id, result.inquiry.version, `Booked notary appointment ${appointment.reference}.`);
  return { kind: 'booked', appointment, manageToken: result.record.manageToken, confirmationQueued: result.record.confirmationQueued };
}

export type PublicBookingRequest = { clientAddress: string | undefined; limits?: PublicFormConfig; mail?: NotaryMailSettings };

/**
 * Books an appointment from the public page. Invalid fields count nothing
 * against the rate limit, which allows as many bookings per client address
 * as the question form allows questions.
 */
export async function bookPublicAppointment(deps: CoreDeps, input: PublicBookingInput, request: PublicBookingRequest, now = new Date()): Promise<BookingResult> {
  const parsed = publicBookingSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');

  const limits = request.limits ?? DEFAULT_PUBLIC_FORM_LIMITS;
  const rate = await consumeRateLimit(
    deps.db,
    { bucket: NOTARY_RATE_BUCKET, limit: limits.submissionsPerWindow, windowSeconds: PUBLIC_RATE_WINDOW_SECONDS },
    clientRateLimitKey(request.clientAddress),
  );
  if (!rate.allowed) {
    deps.log.info({ hits: rate.hits, retryAfterSeconds: rate.retryAfterSeconds }, 'notary booking rejected by the rate limit');
    const minutes = Math.ceil(rate.retryAfterSeconds / 60);
    return {
      kind: 'rate_limited',
      message: `Too many bookings from this address: at most ${limits.submissionsPerWindow} every ${PUBLIC_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
      retryAfterSeconds: rate.retryAfterSeconds,
    };
  }
  return book(deps, { ...parsed.data, channel: 'web' }, undefined, request.mail, now);
}

/** Books an appointment for a caller or a visitor, with the notary named or any notary free then. */
export async function bookStaffAppointment(
  deps: CoreDeps,
  actor: Actor,
  input: StaffBookingInput,
  mail?: NotaryMailSettings,
  now = new Date(),
): Promise<Exclude<BookingResult, RateLimitedResult>> {
  const parsed = staffBookingSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const result = await book(deps, parsed.data, actor, mail, now);
  if (result.kind === 'rate_limited') throw new Error('staff bookings are not rate-limited');
  return result;
}

// ---------------------------------------------------------------------------
// Changes

export type AppointmentChangeResult =
  | { kind: 'ok'; appointment: NotaryAppointmentView }
  | { kind: 'not_found'; message: string }
  | InvalidInputResult;

/**
 * Marks a booked appointment completed, no-show or cancelled (with an
 * optional reason). Only a booked appointment changes; `version` guards
 * against a stale screen.
 */
export async function markAppointment(
  deps: CoreDeps,
  actor: Actor,
  id: number,
  version: number,
  status: 'completed' | 'no_show' | 'cancelled',
  reason?: string | null,
  now = new Date(),
): Promise<AppointmentChangeResult> {
  const parsedReason = optionalText('reason', NOTARY_LIMITS.reason).safeParse(reason);
  if (!parsedReason.success) return invalidField('reason', parsedReason.error.issues[0].message);

  const outcome = await inTransaction(deps, async (tx): Promise<AppointmentChangeResult | undefined> => {
    const [changed] = await tx
      .update(notaryAppointments)
      .set({ status, version: sql`${notaryAppointments.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(notaryAppointments.id, id),
          eq(notaryAppointments.status, 'booked'),
          eq(notaryAppointments.version, version),
          status === 'cancelled' ? undefined : lte(notaryAppointments.startsAt, now),
        ),
      )
      .returning({ id: notaryAppointments.id });
    if (!changed) {
      const [current] = await tx
        .select({ status: notaryAppointments.status, version: notaryAppointments.version, startsAt: notaryAppointments.startsAt })
        .from(notaryAppointments)
        .where(eq(notaryAppointments.id, id));
      if (!current) return { kind: 'not_found', message: `no notary appointment has the id ${id}` };
      if (current.status !== 'booked') return invalidField('id', `the appointment is ${current.status}; only a booked appointment can change`);
      if (current.version === version && status !== 'cancelled' && current.startsAt > now) {
        const local = DateTime.fromJSDate(current.startsAt, { zone: deps.centerTimeZone }).toFormat('yyyy-MM-dd HH:mm');
        return invalidField('outcome', `the appointment starts at ${local}; it can be marked ${status === 'completed' ? 'COMPLETED' : 'NO_SHOW'} only once it has started`);
      }
      return invalidField('version', `the appointment changed since it was loaded (version ${current.version}, not ${version}); reload and try again`);
    }
    await recordAudit(tx, { entity: 'notary_appointment', entityId: id, action: status, actorId: actor.id, before: { status: 'booked' }, after: { status }, reason: parsedReason.data ?? null });
    return undefined;
  });
  if (outcome) return outcome;
  deps.log.info({ staffId: actor.id, appointmentId: id, status }, 'notary appointment changed');
  return { kind: 'ok', appointment: (await loadAppointment(deps.db, deps.centerTimeZone, id))! };
}

/** The appointment as the resident's manage link shows it: only what they booked, never the contact details. */
export type ManagedAppointmentView = {
  reference: string;
  startsAt: Date;
  endsAt: Date;
  documentKind: string;
  documentCount: number;
  status: NotaryAppointmentView['status'];
  /** True while the appointment is booked and has not started. */
  cancellable: boolean;
};

async function findByToken(deps: CoreDeps, token: string) {
  if (!/^[A-Za-z0-9_-]{10,100}$/.test(token)) return undefined;
  const [row] = await deps.db.select().from(notaryAppointments).where(eq(notaryAppointments.manageTokenHash, hashManageToken(deps, token)));
  return row;
}

function toManaged(row: typeof notaryAppointments.$inferSelect, now: Date): ManagedAppointmentView {
  return {
    reference: row.reference,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    documentKind: row.documentKind,
    documentCount: row.documentCount,
    status: row.status,
    cancellable: row.status === 'booked' && row.startsAt > now,
  };
}

/** Returns the appointment of a manage-link token, or undefined for an unknown token. */
export async function appointmentByToken(deps: CoreDeps, token: string, now = new Date()): Promise<ManagedAppointmentView | undefined> {
  const row = await findByToken(deps, token);
  return row ? toManaged(row, now) : undefined;
}

/**
 * Cancels the appointment of a manage-link token, if it is booked and has
 * not started. Returns undefined for an unknown token; an appointment that
 * cannot be cancelled is returned unchanged.
 */
export async function cancelByToken(deps: CoreDeps, token: string, now = new Date()): Promise<ManagedAppointmentView | undefined> {
  const row = await findByToken(deps, token);
  if (!row) return undefined;
  if (row.status !== 'booked' || row.startsAt <= now) return toManaged(row, now);

  await inTransaction(deps, async (tx) => {
    const [changed] = await tx
      .update(notaryAppointments)
      .set({ status: 'cancelled', version: sql`${notaryAppointments.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(notaryAppointments.id, row.id), eq(notaryAppointments.status, 'booked')))
      .returning({ id: notaryAppointments.id });
    if (changed) {
      await recordAudit(tx, { entity: 'notary_appointment', entityId: row.id, action: 'cancelled', actorId: null, before: { status: 'booked' }, after: { status: 'cancelled' }, reason: 'Cancelled by the resident through the manage link' });
    }
  });
  deps.log.info({ appointmentId: row.id }, 'notary appointment cancelled by the resident');
  return appointmentByToken(deps, token, now);
}
