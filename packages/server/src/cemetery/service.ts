import { and, eq, lte, ne, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { Transaction } from '../db/client.js';
import { cemeteryInterments, cemeteryLots } from '../db/schema.js';
import { recordAudit } from '../counter/audit.js';
import { CounterRefusal, receiveCounterRequest } from '../counter/intake.js';
import { resolveInquiry } from '../inquiries/service.js';
import { isUuid } from '../auth/service.js';
import { readSettings, isoDate } from '../rotation/settings.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../validation/text.js';
import { findSlot, INTERMENT_HORIZON_DAYS, nextFreeSlots, type IntermentSlot } from './slots.js';
import { loadInterment, loadLot, lotLabel, type IntermentView, type LotView } from './views.js';

/**
 * The county cemetery: lots by section, row and number, their sale to a
 * purchaser, and interments in sold lots. A lot is available until sold,
 * sold once (a conditional update settles two sales at once), and occupied
 * from its first completed interment. An interment needs a free slot (see
 * slots.ts) and room in the lot: interments that are not cancelled stay
 * below the lot's capacity.
 */

export const CEMETERY_LIMITS = { section: 20, row: 20, maxNumber: 100_000, lotsPerCall: 500, maxPriceCents: 100_000_000, maxCapacity: 20, name: 200, note: 2000, reason: 500 } as const;

/** Channels through which staff record a sale or an interment. */
export type StaffChannel = 'walk_in' | 'phone';

export const placeText = (field: string, max: number) =>
  requiredText(field, max).pipe(z.string().regex(/^[A-Za-z0-9 -]+$/, `${field} must contain only letters, digits, spaces and dashes, such as "A" or "North 2"`));

const addLotsSchema = z
  .object({
    section: placeText('section', CEMETERY_LIMITS.section),
    row: placeText('row', CEMETERY_LIMITS.row),
    fromNumber: z.number({ error: 'fromNumber must be a whole number' }).int('fromNumber must be a whole number').min(1, 'fromNumber must be at least 1').max(CEMETERY_LIMITS.maxNumber, `fromNumber must be at most ${CEMETERY_LIMITS.maxNumber}`),
    toNumber: z.number({ error: 'toNumber must be a whole number' }).int('toNumber must be a whole number').max(CEMETERY_LIMITS.maxNumber, `toNumber must be at most ${CEMETERY_LIMITS.maxNumber}`).nullish(),
    priceCents: z.number({ error: 'priceCents must be a whole number of cents' }).int('priceCents must be a whole number of cents').min(0, 'priceCents cannot be negative').max(CEMETERY_LIMITS.maxPriceCents, `priceCents must be at most ${CEMETERY_LIMITS.maxPriceCents}`),
    capacity: z.number({ error: 'capacity must be a whole number' }).int('capacity must be a whole number').min(1, 'capacity must be at least 1').max(CEMETERY_LIMITS.maxCapacity, `capacity must be at most ${CEMETERY_LIMITS.maxCapacity}`).nullish(),
  })
  .refine((value) => value.toNumber == null || value.toNumber >= value.fromNumber, { message: 'toNumber must be at least fromNumber', path: ['toNumber'] })
  .refine((value) => value.toNumber == null || value.toNumber - value.fromNumber < CEMETERY_LIMITS.lotsPerCall, {
    message: `at most ${CEMETERY_LIMITS.lotsPerCall} lots per call; split the range`,
    path: ['toNumber'],
  });

export type AddLotsInput = z.input<typeof addLotsSchema>;

export type AddLotsResult = { kind: 'added'; lots: LotView[]; skippedNumbers: number[] } | InvalidInputResult;

/**
 * Adds the lots fromNumber..toNumber (or the one lot fromNumber) of a row, all
 * available at one price and capacity. Numbers that already exist in that
 * row are left as they are and returned as skipped.
 */
export async function addLots(deps: CoreDeps, actor: Actor, input: AddLotsInput): Promise<AddLotsResult> {
  const parsed = addLotsSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;
  const last = values.toNumber ?? values.fromNumber;
  const numbers = Array.from({ length: last - values.fromNumber + 1 }, (_, index) => values.fromNumber + index);

  const created = await inTransaction(deps, async (tx) => {
    const rows = await tx
      .insert(cemeteryLots)
      .values(numbers.map((number) => ({ section: values.section, row: values.row, number, priceCents: values.priceCents, capacity: values.capacity ?? 1 })))
      .onConflictDoNothing({ target: [cemeteryLots.section, cemeteryLots.row, cemeteryLots.number] })
      .returning();
    for (const row of rows) {
      await recordAudit(tx, {
        entity: 'cemetery_lot',
        entityId: row.id,
        action: 'created',
        actorId: actor.id,
        after: { section: row.section, row: row.row, number: row.number, priceCents: row.priceCents, capacity: row.capacity, status: row.status },
      });
    }
    return rows;
  });

  const createdNumbers = new Set(created.map((row) => row.number));
  const lots = (await Promise.all(created.map((row) => loadLot(deps.db, row.id)))).filter((lot): lot is LotView => lot !== undefined);
  lots.sort((a, b) => a.number - b.number);
  deps.log.info({ staffId: actor.id, section: values.section, row: values.row, added: created.length }, 'cemetery lots added');
  return { kind: 'added', lots, skippedNumbers: numbers.filter((number) => !createdNumbers.has(number)) };
}

const contactSchema = (root: string) =>
  z.object({
    name: requiredText(`${root}.name`, CEMETERY_LIMITS.name),
    email: optionalEmail(`${root}.email`),
    phone: optionalPhone(`${root}.phone`),
    address: optionalText(`${root}.address`, 500),
  });

const staffChannel = z.enum(['walk_in', 'phone'], { error: 'channel must be WALK_IN or PHONE' });

const sellSchema = z.object({
  lotId: z.string().refine(isUuid, 'lotId must be the id of a cemetery lot'),
  channel: staffChannel,
  purchaser: contactSchema('purchaser'),
  note: optionalText('note', CEMETERY_LIMITS.note),
});

export type SellLotInput = z.input<typeof sellSchema>;

export type SellLotResult =
  | { kind: 'sold'; lot: LotView; inquiryReference: string }
  | { kind: 'lot_unavailable'; message: string; status: LotView['status'] }
  | { kind: 'not_found'; message: string }
  | InvalidInputResult;

/**
 * Sells an available lot to a purchaser, recorded as a counter request (an
 * inquiry under the cemetery topic, claimed by the agent and then resolved,
 * because the sale is complete). The status changes only from available, so
 * of two sales of one lot at once exactly one succeeds.
 */
export async function sellLot(deps: CoreDeps, actor: Actor, input: SellLotInput): Promise<SellLotResult> {
  const parsed = sellSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;
  const lot = await loadLot(deps.db, values.lotId);
  if (!lot) return { kind: 'not_found', message: `no cemetery lot has the id ${values.lotId}` };

  const label = lotLabel(lot);
  const result = await receiveCounterRequest(
    deps,
    'cemetery',
    {
      channel: values.channel,
      subject: `Cemetery lot sale: ${label}`,
      body: values.note ?? '',
      contact: { name: values.purchaser.name, email: values.purchaser.email, phone: values.purchaser.phone, address: values.purchaser.address },
    },
    actor,
    async (tx, context) => {
      const [sold] = await tx
        .update(cemeteryLots)
        .set({
          status: 'sold',
          purchaserContactId: context.contactId,
          soldAt: sql`now()`,
          soldById: actor.id,
          saleInquiryId: context.inquiryId,
          version: sql`${cemeteryLots.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(cemeteryLots.id, values.lotId), eq(cemeteryLots.status, 'available')))
        .returning({ id: cemeteryLots.id, status: cemeteryLots.status, priceCents: cemeteryLots.priceCents });
      if (!sold) {
        const [current] = await tx.select({ status: cemeteryLots.status }).from(cemeteryLots).where(eq(cemeteryLots.id, values.lotId));
        throw new CounterRefusal('lotId', `${label} is ${current?.status ?? 'gone'}, not available; only an available lot can be sold`, { status: current?.status });
      }
      await recordAudit(tx, {
        entity: 'cemetery_lot',
        entityId: values.lotId,
        action: 'sold',
        actorId: actor.id,
        before: { status: 'available' },
        after: { status: 'sold', purchaserContactId: context.contactId, inquiryId: context.inquiryId, priceCents: sold.priceCents },
      });
      return sold;
    },
  );

  if (result.kind === 'invalid_input') return result;
  if (result.kind === 'refused') return { kind: 'lot_unavailable', message: result.message, status: (result.detail.status as LotView['status']) ?? lot.status };

  // The sale is complete at the counter, so its inquiry needs no follow-up.
  await resolveInquiry(deps, actor, result.inquiry.id, result.inquiry.version, `Sold ${label}.`);
  deps.log.info({ staffId: actor.id, lotId: values.lotId, inquiryId: result.inquiry.id }, 'cemetery lot sold');
  return { kind: 'sold', lot: (await loadLot(deps.db, values.lotId))!, inquiryReference: result.inquiry.reference };
}

const scheduleSchema = z.object({
  lotId: z.string().refine(isUuid, 'lotId must be the id of a cemetery lot'),
  slotStartsAt: z.date({ error: 'slotStartsAt must be a date-time such as 2026-03-09T09:00:00-07:00' }),
  deceasedName: requiredText('deceasedName', CEMETERY_LIMITS.name),
  dateOfDeath: isoDate('dateOfDeath').nullish(),
  funeralHome: optionalText('funeralHome', CEMETERY_LIMITS.name),
  channel: staffChannel,
  arranger: contactSchema('arranger'),
});

export type ScheduleIntermentInput = z.input<typeof scheduleSchema>;

export type ScheduleIntermentResult =
  | { kind: 'scheduled'; interment: IntermentView }
  /** Another interment has the slot. nextFreeSlots are the first free ones after it. */
  | { kind: 'slot_taken'; message: string; nextFreeSlots: IntermentSlot[] }
  | { kind: 'refused'; field: string; message: string }
  | { kind: 'not_found'; message: string }
  | InvalidInputResult;

/**
 * Schedules an interment in a sold or occupied lot that has room, in a free
 * slot. The lot row is locked while its room is counted. The insert waits for
 * any other transaction that takes the same slot, so of two bookings of one
 * slot at once exactly one is scheduled. The other gets `slot_taken` with the
 * next free slots.
 */
export async function scheduleInterment(deps: CoreDeps, actor: Actor, input: ScheduleIntermentInput, now = new Date()): Promise<ScheduleIntermentResult> {
  const parsed = scheduleSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;
  const today = DateTime.fromJSDate(now, { zone: deps.centerTimeZone }).toISODate()!;
  if (values.dateOfDeath && values.dateOfDeath > today) return invalidField('input.dateOfDeath', `dateOfDeath must not be after today, ${today}`);

  const settings = await readSettings(deps.db, deps.centerTimeZone);
  const slot = findSlot(settings, values.slotStartsAt);
  if (!slot) {
    const offered = await nextFreeSlots(deps.db, deps.centerTimeZone, values.slotStartsAt, now);
    return invalidField('input.slotStartsAt', `must be the start of an interment slot (${offered.length > 0 ? `for example ${offered[0].startsAt.toISOString()}` : 'none is free'}); slots start at fixed local times on open days`);
  }
  if (slot.startsAt <= now) return invalidField('input.slotStartsAt', 'must be in the future');
  if (slot.startsAt.getTime() - now.getTime() > INTERMENT_HORIZON_DAYS * 86_400_000) {
    return invalidField('input.slotStartsAt', `must be within ${INTERMENT_HORIZON_DAYS} days`);
  }
  const lot = await loadLot(deps.db, values.lotId);
  if (!lot) return { kind: 'not_found', message: `no cemetery lot has the id ${values.lotId}` };
  const label = lotLabel(lot);

  const result = await receiveCounterRequest(
    deps,
    'cemetery',
    { channel: values.channel, subject: `Interment: ${label}`, body: '', contact: values.arranger },
    actor,
    async (tx, context) => {
      await checkLotRoom(tx, values.lotId, label);
      const [created] = await tx
        .insert(cemeteryInterments)
        .values({
          lotId: values.lotId,
          deceasedName: values.deceasedName,
          dateOfDeath: values.dateOfDeath ?? null,
          slotStartsAt: slot.startsAt,
          slotEndsAt: slot.endsAt,
          funeralHome: values.funeralHome ?? null,
          contactId: context.contactId,
          inquiryId: context.inquiryId,
          createdById: actor.id,
        })
        // The partial unique index decides; a competing insert waits here until the other commits or rolls back.
        .onConflictDoNothing({ target: cemeteryInterments.slotStartsAt, where: sql`status <> 'cancelled'` })
        .returning({ id: cemeteryInterments.id });
      if (!created) {
        const offered = await nextFreeSlots(tx, deps.centerTimeZone, slot.startsAt, now);
        throw new CounterRefusal('slotStartsAt', `the interment slot at ${slot.date} ${slot.localTime} is taken`, { slotTaken: true, nextFreeSlots: offered });
      }
      await recordAudit(tx, {
        entity: 'interment',
        entityId: created.id,
        action: 'scheduled',
        actorId: actor.id,
        after: { lotId: values.lotId, slotStartsAt: slot.startsAt.toISOString(), status: 'scheduled', inquiryId: context.inquiryId },
      });
      return created;
    },
  );

  if (result.kind === 'invalid_input') return result;
  if (result.kind === 'refused') {
    if (result.detail.slotTaken) return { kind: 'slot_taken', message: result.message, nextFreeSlots: result.detail.nextFreeSlots as IntermentSlot[] };
    return { kind: 'refused', field: `input.${result.field}`, message: result.message };
  }
  const interment = (await loadInterment(deps.db, result.record.id))!;
  // The booking is complete once recorded, so its inquiry needs no follow-up either.
  await resolveInquiry(deps, actor, result.inquiry.id, result.inquiry.version, `Scheduled interment ${interment.reference} in ${label}.`);
  deps.log.info({ staffId: actor.id, lotId: values.lotId, intermentId: result.record.id }, 'interment scheduled');
  return { kind: 'scheduled', interment };
}

/** Locks the lot and refuses unless it is sold or occupied and has room for one more interment. */
async function checkLotRoom(tx: Transaction, lotId: string, label: string): Promise<void> {
  const [lot] = await tx.select({ status: cemeteryLots.status, capacity: cemeteryLots.capacity }).from(cemeteryLots).where(eq(cemeteryLots.id, lotId)).for('update');
  if (!lot) throw new CounterRefusal('lotId', `no cemetery lot has the id ${lotId}`);
  if (lot.status === 'available') throw new CounterRefusal('lotId', `${label} is not sold; sell it before scheduling an interment`);
  const [{ count }] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(cemeteryInterments)
    .where(and(eq(cemeteryInterments.lotId, lotId), ne(cemeteryInterments.status, 'cancelled')));
  if (Number(count) >= lot.capacity) throw new CounterRefusal('lotId', `${label} is full: its capacity is ${lot.capacity} interment${lot.capacity === 1 ? '' : 's'}; choose another lot`);
}

export type IntermentChangeResult =
  | { kind: 'ok'; interment: IntermentView }
  | { kind: 'not_found'; message: string }
  | InvalidInputResult;

/**
 * Marks a scheduled interment completed; its lot becomes occupied. Only a
 * scheduled interment whose slot has started changes; `version` guards
 * against a stale screen.
 */
export async function completeInterment(deps: CoreDeps, actor: Actor, id: number, version: number, now = new Date()): Promise<IntermentChangeResult> {
  return changeInterment(deps, actor, id, version, 'completed', null, now);
}

/** Cancels a scheduled interment with a reason, which frees its slot for any lot. */
export async function cancelInterment(deps: CoreDeps, actor: Actor, id: number, version: number, reason: string): Promise<IntermentChangeResult> {
  const parsed = requiredText('reason', CEMETERY_LIMITS.reason).safeParse(reason);
  if (!parsed.success) return invalidField('reason', parsed.error.issues[0].message);
  return changeInterment(deps, actor, id, version, 'cancelled', parsed.data, new Date());
}

async function changeInterment(deps: CoreDeps, actor: Actor, id: number, version: number, status: 'completed' | 'cancelled', reason: string | null, now: Date): Promise<IntermentChangeResult> {
  const outcome = await inTransaction(deps, async (tx): Promise<IntermentChangeResult | undefined> => {
    const [changed] = await tx
      .update(cemeteryInterments)
      .set({ status, version: sql`${cemeteryInterments.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(cemeteryInterments.id, id),
          eq(cemeteryInterments.status, 'scheduled'),
          eq(cemeteryInterments.version, version),
          status === 'completed' ? lte(cemeteryInterments.slotStartsAt, now) : undefined,
        ),
      )
      .returning({ lotId: cemeteryInterments.lotId });
    if (!changed) {
      const [current] = await tx
        .select({ status: cemeteryInterments.status, version: cemeteryInterments.version, slotStartsAt: cemeteryInterments.slotStartsAt })
        .from(cemeteryInterments)
        .where(eq(cemeteryInterments.id, id));
      if (!current) return { kind: 'not_found', message: `no interment has the id ${id}` };
      if (current.status !== 'scheduled') return invalidField('id', `the interment is ${current.status}; only a scheduled interment can be ${status}`);
      if (current.version === version && status === 'completed' && current.slotStartsAt > now) {
        const local = DateTime.fromJSDate(current.slotStartsAt, { zone: deps.centerTimeZone }).toFormat('yyyy-MM-dd HH:mm');
        return invalidField('id', `the interment's slot starts at ${local}; it can be marked completed only once its slot has started`);
      }
      return invalidField('version', `the interment changed since it was loaded (version ${current.version}, not ${version}); reload and try again`);
    }
    await recordAudit(tx, { entity: 'interment', entityId: id, action: status, actorId: actor.id, before: { status: 'scheduled' }, after: { status }, reason });
    if (status === 'completed') {
      const [occupied] = await tx
        .update(cemeteryLots)
        .set({ status: 'occupied', version: sql`${cemeteryLots.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(cemeteryLots.id, changed.lotId), ne(cemeteryLots.status, 'occupied')))
        .returning({ id: cemeteryLots.id });
      if (occupied) {
        await recordAudit(tx, { entity: 'cemetery_lot', entityId: changed.lotId, action: 'occupied', actorId: actor.id, before: { status: 'sold' }, after: { status: 'occupied', intermentId: id } });
      }
    }
    return undefined;
  });
  if (outcome) return outcome;
  deps.log.info({ staffId: actor.id, intermentId: id, status }, 'interment changed');
  return { kind: 'ok', interment: (await loadInterment(deps.db, id))! };
}
