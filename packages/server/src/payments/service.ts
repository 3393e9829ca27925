import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { isUuid } from '../auth/service.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { AppError } from '../core/errors.js';
import type { Transaction } from '../db/client.js';
import { drawerCloses, payments } from '../db/schema.js';
import { recordAudit } from '../counter/audit.js';
import { receiveCounterRequest } from '../counter/intake.js';
import { resolveInquiry, type NotFoundError } from '../inquiries/service.js';
import { openPeriodOn, readOpenHours } from '../rotation/duty.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { paymentFields, paymentRules, PAYMENT_LIMITS, recordPaymentSchema, safeOptionalText, safeRequiredText, type RecordPaymentFields } from './input.js';
import { findPaymentTarget, type PaymentTarget } from './targets.js';
import { drawerTotals, findDrawerClose, loadDrawerClose, loadPayment, type DrawerCloseView, type PaymentChannel, type PaymentMethod, type PaymentPurpose, type PaymentView } from './views.js';

/**
 * Payments taken at the counter, by phone or by mail, and the daily close of
 * each staff member's drawer. Every change is written to the audit trail in
 * the same transaction. Each change to a drawer first takes a
 * transaction-level advisory lock on that staff member's drawers. The
 * changes are a payment recorded, edited or reversed into it, and its close.
 * So a close never misses or half-counts a payment written at the same moment.
 */

export type PaymentInput = {
  amountCents: unknown;
  method: unknown;
  purpose: unknown;
  reference?: unknown;
  feeDescription?: unknown;
  checkNumber?: unknown;
  cardLast4?: unknown;
  note?: unknown;
};

export type RecordPaymentInput = PaymentInput & { channel: unknown; payerName: unknown };

export type PaymentResult = { kind: 'ok'; payment: PaymentView } | InvalidInputResult;

/** The payment cannot change: it is in a closed drawer, was reversed, or is itself a reversal. */
export type PaymentLockedResult = { kind: 'locked'; message: string; payment: PaymentView };
export type PaymentVersionConflictResult = { kind: 'version_conflict'; message: string; current: PaymentView };
export type AlreadyReversedResult = { kind: 'already_reversed'; message: string; reversal: PaymentView };
export type DrawerAlreadyClosedResult = { kind: 'already_closed'; message: string; close: DrawerCloseView };

export type EditPaymentResult = PaymentResult | NotFoundError | PaymentLockedResult | PaymentVersionConflictResult;
export type ReversePaymentResult = PaymentResult | NotFoundError | PaymentLockedResult | AlreadyReversedResult;
export type CloseDrawerResult = { kind: 'ok'; close: DrawerCloseView } | InvalidInputResult | DrawerAlreadyClosedResult;

/** The inquiry channel under which a payment's contact is counted; a mailed payment counts as e-mail, the written channel. */
const INQUIRY_CHANNEL: Record<PaymentChannel, 'walk_in' | 'phone' | 'email'> = { counter: 'walk_in', phone: 'phone', mail: 'email' };

/** Waits for, then holds until commit, the lock on `staffId`'s drawers. */
async function lockDrawer(tx: Transaction, staffId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('payments-drawer'), hashtext(${staffId}))`);
}

/** Returns the local date of `instant` in `zone`, as YYYY-MM-DD. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/**
 * Returns the business day a payment received at `now` belongs to in
 * `staffId`'s drawer: today in the center's zone, unless that drawer is
 * already closed for today. Then it is the next day on which the center is
 * open (per the rotation's open days and holidays) whose drawer is not
 * closed yet. Call it while holding the drawer lock.
 */
export async function openBusinessDate(tx: Transaction, staffId: string, zone: string, now: Date): Promise<string> {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const closedRows = await tx
    .select({ businessDate: drawerCloses.businessDate })
    .from(drawerCloses)
    .where(and(eq(drawerCloses.staffId, staffId), gte(drawerCloses.businessDate, today.toISODate()!)));
  const closed = new Set(closedRows.map((row) => row.businessDate));
  if (!closed.has(today.toISODate()!)) return today.toISODate()!;

  const hours = await readOpenHours(tx);
  for (let offset = 1; offset <= 60; offset += 1) {
    const day = today.plus({ days: offset });
    const isOpen = openPeriodOn(hours, zone, day.plus({ hours: 12 }).toJSDate()) !== undefined;
    if (isOpen && !closed.has(day.toISODate()!)) return day.toISODate()!;
  }
  // NOTE: reached only when the rotation settings leave the center closed for 60 days; the next unclosed calendar day is used then.
  let day = today.plus({ days: 1 });
  while (closed.has(day.toISODate()!)) day = day.plus({ days: 1 });
  return day.toISODate()!;
}

/** Returns the audited fields of a payment: what it paid, how, and into which drawer. */
function auditSnapshot(payment: PaymentView): Record<string, unknown> {
  return {
    reference: payment.reference,
    amountCents: payment.amountCents,
    method: payment.method,
    channel: payment.channel,
    purpose: payment.purpose,
    target: payment.targetReference,
    feeDescription: payment.feeDescription,
    payerName: payment.payerName,
    checkNumber: payment.checkNumber,
    cardLast4: payment.cardLast4,
    note: payment.note,
    businessDate: payment.businessDate,
  };
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => before[key] !== after[key]);
  return { before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])), after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])) };
}

async function mustLoad(db: CoreDeps['db'], id: number): Promise<PaymentView> {
  const view = await loadPayment(db, id);
  if (!view) throw new Error(`payment ${id} vanished after it was written`);
  return view;
}

function notFound(id: number | string): NotFoundError {
  return { kind: 'not_found', message: `No payment with id ${String(id).slice(0, 40)}` };
}

/** Agents handle their own drawer; managers handle everyone's. */
function assertOwnDrawer(actor: Actor, staffId: string, action: string): void {
  if (actor.role !== 'manager' && actor.id !== staffId) throw new AppError('FORBIDDEN', `Only a manager can ${action} another staff member's drawer`);
}

type InsertValues = typeof payments.$inferInsert;

function insertValues(fields: RecordPaymentFields, target: PaymentTarget, actor: Actor, now: Date): Omit<InsertValues, 'businessDate' | 'inquiryId'> {
  return {
    amountCents: fields.amountCents,
    method: fields.method as PaymentMethod,
    channel: fields.channel as PaymentChannel,
    purpose: fields.purpose as PaymentPurpose,
    bannerApplicationId: target.bannerApplicationId,
    lemonLotPermitId: target.lemonLotPermitId,
    cemeteryLotId: target.cemeteryLotId,
    intermentId: target.intermentId,
    notaryAppointmentId: target.notaryAppointmentId,
    feeDescription: fields.purpose === 'fee' ? (fields.feeDescription ?? null) : null,
    payerName: fields.payerName,
    checkNumber: fields.checkNumber ?? null,
    cardLast4: fields.cardLast4 ?? null,
    note: fields.note ?? null,
    receivedById: actor.id,
    receivedAt: now,
  };
}

/**
 * Records a payment received by `actor`. It is linked to the paid record's
 * inquiry. A fee, or a record without an inquiry, gets a new inquiry under
 * the payment service's topic, claimed by and then resolved for `actor`, so
 * the contact counts in the reports. `now` is the time of receipt.
 */
export async function recordPayment(deps: CoreDeps, actor: Actor, input: RecordPaymentInput, now: Date = new Date()): Promise<PaymentResult> {
  const parsed = recordPaymentSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const fields = parsed.data;
  const lookup = await findPaymentTarget(deps.db, fields.purpose as PaymentPurpose, fields.reference);
  if (lookup.kind === 'invalid') return invalidField('input.reference', lookup.message);
  const target = lookup.target;

  async function insert(tx: Transaction, inquiryId: number | null): Promise<number> {
    await lockDrawer(tx, actor.id);
    const businessDate = await openBusinessDate(tx, actor.id, deps.centerTimeZone, now);
    const [row] = await tx
      .insert(payments)
      .values({ ...insertValues(fields, target, actor, now), businessDate, inquiryId })
      .returning({ id: payments.id });
    const created = (await loadPayment(tx, row!.id))!;
    await recordAudit(tx, { entity: 'payment', entityId: created.id, action: 'created', actorId: actor.id, after: auditSnapshot(created) });
    return created.id;
  }

  if (target.inquiryId !== null) {
    const id = await inTransaction(deps, (tx) => insert(tx, target.inquiryId));
    const payment = await mustLoad(deps.db, id);
    deps.log.info({ paymentId: id, staffId: actor.id, businessDate: payment.businessDate }, 'payment recorded');
    return { kind: 'ok', payment };
  }

  const subject = fields.purpose === 'fee' ? `Fee payment: ${fields.feeDescription}` : `Payment for ${fields.reference}`;
  const received = await receiveCounterRequest(
    deps,
    'payment',
    { channel: INQUIRY_CHANNEL[fields.channel as PaymentChannel], subject, contact: { name: fields.payerName } },
    actor,
    (tx, context) => insert(tx, context.inquiryId),
  );
  if (received.kind === 'invalid_input') return received;
  if (received.kind === 'refused') return invalidField(received.field, received.message);

  const payment = await mustLoad(deps.db, received.record);
  // The payment is the whole contact, so its inquiry is resolved at once.
  const resolved = await resolveInquiry(deps, actor, received.inquiry.id, received.inquiry.version, `Payment ${payment.reference} recorded.`);
  if (resolved.kind !== 'ok') deps.log.warn({ paymentId: payment.id, inquiryId: received.inquiry.id, outcome: resolved.kind }, 'payment inquiry could not be resolved');
  deps.log.info({ paymentId: payment.id, staffId: actor.id, businessDate: payment.businessDate, inquiryId: received.inquiry.id }, 'payment recorded');
  return { kind: 'ok', payment };
}

const editSchema = paymentFields.superRefine(paymentRules);

function lockedReason(payment: PaymentView): string | undefined {
  if (payment.reversalOfId !== null) return `${payment.reference} is a reversal and cannot change`;
  if (payment.drawerCloseId !== null) return `${payment.reference} is in the closed drawer of ${payment.businessDate} and can no longer be edited; reverse it with a reason instead`;
  if (payment.reversedById !== null) return `${payment.reference} was reversed by ${payment.reversedByReference} and can no longer be edited`;
  return undefined;
}

/**
 * Replaces the amount, method, purpose, paid record and note of a payment
 * whose drawer is still open, if `version` is still its version. The payer,
 * channel, drawer and inquiry stay as recorded. The audit entry keeps the
 * changed fields before and after.
 */
export async function editPayment(deps: CoreDeps, actor: Actor, id: number, version: number, input: PaymentInput): Promise<EditPaymentResult> {
  const current = await loadPayment(deps.db, id);
  if (!current) return notFound(id);
  assertOwnDrawer(actor, current.receivedBy.id, 'edit a payment of');
  const locked = lockedReason(current);
  if (locked) return { kind: 'locked', message: locked, payment: current };

  const parsed = editSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const fields = parsed.data;
  const lookup = await findPaymentTarget(deps.db, fields.purpose as PaymentPurpose, fields.reference);
  if (lookup.kind === 'invalid') return invalidField('input.reference', lookup.message);
  const target = lookup.target;

  const outcome = await inTransaction(deps, async (tx) => {
    await lockDrawer(tx, current.receivedBy.id);
    const [updated] = await tx
      .update(payments)
      .set({
        amountCents: fields.amountCents,
        method: fields.method as PaymentMethod,
        purpose: fields.purpose as PaymentPurpose,
        bannerApplicationId: target.bannerApplicationId,
        lemonLotPermitId: target.lemonLotPermitId,
        cemeteryLotId: target.cemeteryLotId,
        intermentId: target.intermentId,
        notaryAppointmentId: target.notaryAppointmentId,
        feeDescription: fields.purpose === 'fee' ? (fields.feeDescription ?? null) : null,
        checkNumber: fields.checkNumber ?? null,
        cardLast4: fields.cardLast4 ?? null,
        note: fields.note ?? null,
        version: sql`${payments.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(payments.id, id), eq(payments.version, version), isNull(payments.drawerCloseId)))
      .returning({ id: payments.id });
    if (!updated) return 'unchanged' as const;
    const after = (await loadPayment(tx, id))!;
    const changes = changedFields(auditSnapshot(current), auditSnapshot(after));
    await recordAudit(tx, { entity: 'payment', entityId: id, action: 'edited', actorId: actor.id, ...changes });
    return 'updated' as const;
  });

  const latest = await mustLoad(deps.db, id);
  if (outcome === 'updated') {
    deps.log.info({ paymentId: id, staffId: actor.id }, 'payment edited');
    return { kind: 'ok', payment: latest };
  }
  const nowLocked = lockedReason(latest);
  if (nowLocked) return { kind: 'locked', message: nowLocked, payment: latest };
  return { kind: 'version_conflict', message: `${latest.reference} was changed by someone else (version ${latest.version}, not ${version}); reload it and edit again`, current: latest };
}

const reasonSchema = safeRequiredText('reason', PAYMENT_LIMITS.reason);

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const { code, constraint_name: constraintName, constraint: pgliteConstraint } = cause as { code?: string; constraint_name?: string; constraint?: string };
    if (code === '23505' && (constraintName ?? pgliteConstraint ?? constraint) === constraint) return true;
  }
  return false;
}

/**
 * Reverses a payment with a reason: a new payment of the negative amount in
 * `actor`'s drawer of the current business day (the next open one when
 * today's is closed), whatever the state of the original's drawer. A payment
 * is reversed at most once. Of two reversals at once, the unique index on
 * reversal_of_id lets exactly one commit, and the other gets already_reversed.
 */
export async function reversePayment(deps: CoreDeps, actor: Actor, id: number, reason: unknown, now: Date = new Date()): Promise<ReversePaymentResult> {
  const parsedReason = reasonSchema.safeParse(reason);
  if (!parsedReason.success) return toInvalidInput(parsedReason.error, 'reason');
  const current = await loadPayment(deps.db, id);
  if (!current) return notFound(id);
  assertOwnDrawer(actor, current.receivedBy.id, 'reverse a payment of');
  if (current.reversalOfId !== null) return { kind: 'locked', message: `${current.reference} is itself a reversal and cannot be reversed`, payment: current };
  if (current.reversedById !== null) return alreadyReversed(deps, current);

  let reversalId: number;
  try {
    reversalId = await inTransaction(deps, async (tx) => {
      await lockDrawer(tx, actor.id);
      const businessDate = await openBusinessDate(tx, actor.id, deps.centerTimeZone, now);
      const [row] = await tx
        .insert(payments)
        .values({
          amountCents: -current.amountCents,
          method: current.method,
          channel: current.channel,
          purpose: current.purpose,
          ...(await originalTarget(tx, id)),
          payerName: current.payerName,
          checkNumber: current.checkNumber,
          cardLast4: current.cardLast4,
          receivedById: actor.id,
          receivedAt: now,
          businessDate,
          inquiryId: current.inquiryId,
          reversalOfId: id,
          reversalReason: parsedReason.data,
        })
        .returning({ id: payments.id });
      const reversal = (await loadPayment(tx, row!.id))!;
      await recordAudit(tx, {
        entity: 'payment',
        entityId: id,
        action: 'reversed',
        actorId: actor.id,
        after: { reversal: reversal.reference, amountCents: reversal.amountCents, businessDate },
        reason: parsedReason.data,
      });
      await recordAudit(tx, { entity: 'payment', entityId: reversal.id, action: 'created', actorId: actor.id, after: { ...auditSnapshot(reversal), reversalOf: current.reference }, reason: parsedReason.data });
      return reversal.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'payments_reversal_of_id_unique')) {
      const latest = await mustLoad(deps.db, id);
      if (latest.reversedById !== null) return alreadyReversed(deps, latest);
    }
    throw error;
  }
  const reversal = await mustLoad(deps.db, reversalId);
  deps.log.info({ paymentId: id, reversalId, staffId: actor.id, businessDate: reversal.businessDate }, 'payment reversed');
  return { kind: 'ok', payment: reversal };
}

async function originalTarget(tx: Transaction, id: number) {
  const [row] = await tx
    .select({
      bannerApplicationId: payments.bannerApplicationId,
      lemonLotPermitId: payments.lemonLotPermitId,
      cemeteryLotId: payments.cemeteryLotId,
      intermentId: payments.intermentId,
      notaryAppointmentId: payments.notaryAppointmentId,
      feeDescription: payments.feeDescription,
    })
    .from(payments)
    .where(eq(payments.id, id));
  return row!;
}

async function alreadyReversed(deps: CoreDeps, payment: PaymentView): Promise<AlreadyReversedResult> {
  const reversal = await mustLoad(deps.db, payment.reversedById!);
  return { kind: 'already_reversed', message: `${payment.reference} was already reversed by ${reversal.reference} (${reversal.receivedBy.displayName}); nothing was changed`, reversal };
}

const countedCents = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of cents, such as 12550 for $125.50` })
    .int(`${field} must be a whole number of cents, such as 12550 for $125.50`)
    .min(0, `${field} must be 0 or more`)
    .max(100_000_000, `${field} must be at most 100000000 ($1,000,000.00)`);

const closeSchema = z.object({
  businessDate: z.string({ error: 'businessDate is required, as YYYY-MM-DD' }).refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid, {
    message: 'businessDate must be a date such as 2026-03-09',
  }),
  countedCashCents: countedCents('countedCashCents'),
  countedCheckCents: countedCents('countedCheckCents'),
  countedCardCents: countedCents('countedCardCents'),
  note: safeOptionalText('note', PAYMENT_LIMITS.note),
});

export type CloseDrawerInput = {
  /** Whose drawer; the actor's own when absent. Only a manager may close another's. */
  staffId?: string | null;
  businessDate: unknown;
  countedCashCents: unknown;
  countedCheckCents: unknown;
  countedCardCents: unknown;
  note?: unknown;
};

/**
 * Closes a staff member's drawer for a business day with the counted cash,
 * check and card totals. The expected totals are the sums of that drawer's
 * payments, reversals included. The close is flagged when any method's
 * counted total differs from its expected total, so a cash surplus and an
 * equal card shortfall are still flagged. differenceCents is counted minus
 * expected over all methods. In the same transaction every payment of the
 * drawer is tied to the close, after which the database refuses to change it.
 */
export async function closeDrawer(deps: CoreDeps, actor: Actor, input: CloseDrawerInput, now: Date = new Date()): Promise<CloseDrawerResult> {
  const staffId = input.staffId ?? actor.id;
  assertOwnDrawer(actor, staffId, 'close');
  if (!isUuid(staffId)) return invalidField('input.staffId', 'staffId must be the id of a staff member; use an id from the staff query');
  const parsed = closeSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const fields = parsed.data;
  const today = localDate(now, deps.centerTimeZone);
  if (fields.businessDate > today) return invalidField('input.businessDate', `businessDate must not be after today, ${today}; a day's drawer is closed at the end of that day`);

  const existing = await findDrawerClose(deps.db, staffId, fields.businessDate);
  if (existing) return drawerAlreadyClosed(existing);

  let closeId: string;
  try {
    closeId = await inTransaction(deps, async (tx) => {
      await lockDrawer(tx, staffId);
      const [already] = await tx.select({ id: drawerCloses.id }).from(drawerCloses).where(and(eq(drawerCloses.staffId, staffId), eq(drawerCloses.businessDate, fields.businessDate)));
      if (already) return { alreadyClosedId: already.id };

      const expected = await drawerTotals(tx, staffId, fields.businessDate);
      const counted = { cash: fields.countedCashCents, check: fields.countedCheckCents, card: fields.countedCardCents };
      const differenceCents = counted.cash + counted.check + counted.card - expected.totalCents;
      const flagged = counted.cash !== expected.cashCents || counted.check !== expected.checkCents || counted.card !== expected.cardCents;
      const [close] = await tx
        .insert(drawerCloses)
        .values({
          staffId,
          businessDate: fields.businessDate,
          expectedCashCents: expected.cashCents,
          countedCashCents: counted.cash,
          expectedCheckCents: expected.checkCents,
          countedCheckCents: counted.check,
          expectedCardCents: expected.cardCents,
          countedCardCents: counted.card,
          differenceCents,
          flagged,
          note: fields.note ?? null,
          closedById: actor.id,
        })
        .returning({ id: drawerCloses.id });
      const tied = await tx
        .update(payments)
        .set({ drawerCloseId: close!.id, updatedAt: sql`now()` })
        .where(and(eq(payments.receivedById, staffId), eq(payments.businessDate, fields.businessDate), isNull(payments.drawerCloseId)))
        .returning({ id: payments.id });
      for (const payment of tied) {
        await recordAudit(tx, { entity: 'payment', entityId: payment.id, action: 'closed', actorId: actor.id, after: { drawerCloseId: close!.id, businessDate: fields.businessDate } });
      }
      await recordAudit(tx, {
        entity: 'drawer_close',
        entityId: close!.id,
        action: 'closed',
        actorId: actor.id,
        after: { staffId, businessDate: fields.businessDate, expected, counted, differenceCents, flagged, payments: tied.length },
        reason: fields.note ?? null,
      });
      return { closeId: close!.id };
    }).then((result) => {
      if ('alreadyClosedId' in result) throw new DrawerClosedMeanwhile(result.alreadyClosedId!);
      return result.closeId as string;
    });
  } catch (error) {
    if (error instanceof DrawerClosedMeanwhile || isUniqueViolation(error, 'drawer_closes_staff_day_idx')) {
      const latest = await findDrawerClose(deps.db, staffId, fields.businessDate);
      if (latest) return drawerAlreadyClosed(latest);
    }
    throw error;
  }

  const close = (await loadDrawerClose(deps.db, closeId))!;
  const log = close.flagged ? deps.log.warn.bind(deps.log) : deps.log.info.bind(deps.log);
  log({ drawerCloseId: close.id, staffId, businessDate: close.businessDate, differenceCents: close.differenceCents, flagged: close.flagged }, 'drawer closed');
  return { kind: 'ok', close };
}

class DrawerClosedMeanwhile extends Error {
  constructor(readonly closeId: string) {
    super(`drawer close ${closeId} exists already`);
  }
}

function drawerAlreadyClosed(close: DrawerCloseView): DrawerAlreadyClosedResult {
  return {
    kind: 'already_closed',
    message: `The drawer of ${close.staff.displayName} for ${close.businessDate} was already closed by ${close.closedBy.displayName}; nothing was changed`,
    close,
  };
}
