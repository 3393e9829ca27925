import { and, asc, desc, eq, isNotNull, isNull, lte, gte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { PublicFormConfig } from '../config.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { Queryable, Transaction } from '../db/client.js';
import { contacts, inquiries, lemonLotPermits, lemonLotSettings, staffUsers } from '../db/schema.js';
import { recordAudit } from '../counter/audit.js';
import { queueEmail } from '../email/outbox.js';
import { CounterRefusal, receiveCounterRequest } from '../counter/intake.js';
import { clientRateLimitKey } from '../inquiries/client-key.js';
import type { NotFoundError } from '../inquiries/service.js';
import { DEFAULT_PUBLIC_FORM_LIMITS, PUBLIC_RATE_WINDOW_SECONDS, type RateLimitedResult } from '../inquiries/web-form.js';
import { maskEmail } from '../logger.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import { selectRows } from '../reports/query.js';
import { invalidField, toInvalidInput, type FieldError, type InvalidInputResult } from '../validation/result.js';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../validation/text.js';
import { addDays, BOOKING_HORIZON_DAYS, checkPeriod, describeRanges, eachDay, isoDate, localToday, nextFreeStarts, rangeLength, type DateRange } from '../banners/dates.js';
import { invalidFields, withoutCardNumber, type NextFreeDatesRefusal } from '../banners/service.js';

/**
 * The lemon lot: the county's used-car sale lot, where a resident parks a
 * car for sale for a period of days. The lot has `capacity` spaces, so at
 * most that many active permits on any one day. Holders with an e-mail
 * address are reminded `reminderDays` before their permit ends.
 */

export type LemonLotSettingsView = { capacity: number; maxDays: number; reminderDays: number; updatedAt: Date };

export type LemonLotChannel = 'web' | 'walk_in' | 'phone' | 'email';

export type LemonLotPermitView = {
  id: number;
  reference: string;
  vehicleMake: string;
  vehicleModel: string;
  vehicleYear: number | null;
  vehicleColor: string | null;
  plate: string;
  plateState: string | null;
  plateKey: string;
  vin: string | null;
  startsOn: string;
  endsOn: string;
  channel: LemonLotChannel;
  status: 'active' | 'cancelled';
  /** Personal data: for signed-in staff only. */
  contact: { name: string | null; email: string | null; phone: string | null };
  inquiryId: number | null;
  inquiryReference: string | null;
  createdByName: string | null;
  reminderQueuedAt: Date | null;
  version: number;
  createdAt: Date;
};

export const LEMON_LOT_LIMITS = { text: 60, plate: 12, vin: 17, reason: 500 } as const;

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

/** Creates the settings row with its defaults when it is missing (a new or emptied database). */
async function ensureSettingsRow(db: Queryable): Promise<void> {
  await db.insert(lemonLotSettings).values({ id: 1 }).onConflictDoNothing();
}

export async function readLemonLotSettings(db: Queryable): Promise<LemonLotSettingsView> {
  await ensureSettingsRow(db);
  const [row] = await db.select().from(lemonLotSettings).where(eq(lemonLotSettings.id, 1));
  return { capacity: row.capacity, maxDays: row.maxDays, reminderDays: row.reminderDays, updatedAt: row.updatedAt };
}

const wholeNumber = (field: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `${field} must be a whole number of ${unit} from ${min} to ${max}` })
    .int(`${field} must be a whole number of ${unit} from ${min} to ${max}`)
    .min(min, `${field} must be a whole number of ${unit} from ${min} to ${max}`)
    .max(max, `${field} must be a whole number of ${unit} from ${min} to ${max}`);

const settingsSchema = z.object({
  capacity: wholeNumber('capacity', 1, 1000, 'spaces'),
  maxDays: wholeNumber('maxDays', 1, 365, 'days'),
  reminderDays: wholeNumber('reminderDays', 0, 30, 'days'),
});

export type SettingsResult = { kind: 'ok'; settings: LemonLotSettingsView } | InvalidInputResult;

/** Changes the lot's settings (manager) and audits the change. Permits already granted stay as they are. */
export async function updateLemonLotSettings(deps: CoreDeps, actor: Actor, input: { capacity: unknown; maxDays: unknown; reminderDays: unknown }): Promise<SettingsResult> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  await inTransaction(deps, async (tx) => {
    await ensureSettingsRow(tx);
    const [before] = await tx.select().from(lemonLotSettings).where(eq(lemonLotSettings.id, 1)).for('update');
    await tx.update(lemonLotSettings).set({ ...parsed.data, updatedAt: sql`now()` }).where(eq(lemonLotSettings.id, 1));
    await recordAudit(tx, {
      entity: 'lemon_lot_settings',
      entityId: 1,
      action: 'edited',
      actorId: actor.id,
      before: { capacity: before.capacity, maxDays: before.maxDays, reminderDays: before.reminderDays },
      after: parsed.data,
    });
  });
  deps.log.info({ ...parsed.data, by: actor.id }, 'lemon lot settings changed');
  return { kind: 'ok', settings: await readLemonLotSettings(deps.db) };
}

// ---------------------------------------------------------------------------
// Capacity
// ---------------------------------------------------------------------------

/** Counts the active permits on each day of `range`. */
export async function permitsPerDay(db: Queryable, range: DateRange): Promise<Map<string, number>> {
  const rows = await selectRows<{ day: string; used: number }>(
    db,
    sql`
    select to_char(d, 'YYYY-MM-DD') as day, count(p.id)::int as used
    from generate_series(${range.startsOn}::date, ${range.endsOn}::date, interval '1 day') as d
    left join lemon_lot_permits p on p.status = 'active' and d::date between p.starts_on and p.ends_on
    group by d
    order by d`,
  );
  return new Map(rows.map((row) => [row.day, Number(row.used)]));
}

/** Upper-cases a plate and drops everything but letters and digits, as the plate_key column does. */
export function plateKeyOf(plate: string): string {
  return plate.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

export type VehicleAndPeriod = {
  vehicleMake: string;
  vehicleModel: string;
  vehicleYear: number | null;
  vehicleColor: string | null;
  plate: string;
  plateState: string | null;
  vin: string | null;
  startsOn: string;
  endsOn: string;
};

export type PlacePermit = VehicleAndPeriod & {
  channel: LemonLotChannel;
  contactId: string | null;
  inquiryId: number;
  createdById: string | null;
  /** Field names for refusals: the GraphQL input's, or Open311's attribute[...] names. */
  fields: { startsOn: string; plate: string; contact: string };
};

/**
 * Writes a permit inside the intake's transaction. It locks the settings row
 * first (SELECT ... FOR UPDATE), so permits for the last space are granted
 * one at a time. Throws CounterRefusal when the lot is full on a day of the
 * period (with the next free dates) or when the same plate already holds an
 * active permit that overlaps the period.
 */
export async function placeLemonLotPermit(tx: Transaction, permit: PlacePermit): Promise<{ id: number; reference: string }> {
  const contactId = permit.contactId;
  if (!contactId) throw new CounterRefusal(permit.fields.contact, 'a contact is required: give a name, an e-mail address or a phone number');
  await ensureSettingsRow(tx);
  const [settings] = await tx.select().from(lemonLotSettings).where(eq(lemonLotSettings.id, 1)).for('update');

  const [sameCar] = await tx
    .select({ reference: lemonLotPermits.reference })
    .from(lemonLotPermits)
    .where(
      and(
        eq(lemonLotPermits.plateKey, plateKeyOf(permit.plate)),
        eq(lemonLotPermits.status, 'active'),
        lte(lemonLotPermits.startsOn, permit.endsOn),
        gte(lemonLotPermits.endsOn, permit.startsOn),
      ),
    )
    .limit(1);
  if (sameCar) {
    // Only staff entering a permit see the other permit's reference: a resident or an Open311 client must not learn it.
    const holder = permit.createdById ? ` permit ${sameCar.reference}` : ' a lemon lot permit';
    throw new CounterRefusal(permit.fields.plate, `plate ${permit.plate} already holds${holder} in this period`);
  }

  const range = { startsOn: permit.startsOn, endsOn: permit.endsOn };
  const used = await permitsPerDay(tx, range);
  const fullDays = eachDay(range).filter((day) => (used.get(day) ?? 0) >= settings.capacity);
  if (fullDays.length > 0) {
    const length = rangeLength(range);
    const ahead = await permitsPerDay(tx, { startsOn: range.startsOn, endsOn: addDays(range.startsOn, BOOKING_HORIZON_DAYS + length) });
    const nextFreeDates = nextFreeStarts((day) => ahead.get(day) ?? 0, settings.capacity, range.startsOn, length, BOOKING_HORIZON_DAYS);
    const offer = nextFreeDates.length > 0 ? `Next free dates for ${length === 1 ? '1 day' : `${length} days`}: ${describeRanges(nextFreeDates)}.` : 'No period of that length is free in the next year.';
    throw new CounterRefusal(
      permit.fields.startsOn,
      `The lemon lot is full (${settings.capacity === 1 ? '1 space' : `${settings.capacity} spaces`}) on ${describeRanges(fullDays.map((day) => ({ startsOn: day, endsOn: day })))}. ${offer}`,
      { nextFreeDates, fullDays },
    );
  }

  const { fields: _fields, contactId: _contactId, ...values } = permit;
  const [row] = await tx.insert(lemonLotPermits).values({ ...values, contactId }).returning({ id: lemonLotPermits.id, reference: lemonLotPermits.reference });
  await recordAudit(tx, {
    entity: 'lemon_lot_permit',
    entityId: row.id,
    action: 'created',
    actorId: permit.createdById,
    after: { startsOn: permit.startsOn, endsOn: permit.endsOn, plateKey: plateKeyOf(permit.plate), channel: permit.channel, status: 'active' },
  });
  return row;
}

// ---------------------------------------------------------------------------
// Applications and cancellation
// ---------------------------------------------------------------------------

const currentYear = new Date().getUTCFullYear();

const permitSchema = z.object({
  vehicleMake: withoutCardNumber('vehicleMake', requiredText('vehicleMake', LEMON_LOT_LIMITS.text)),
  vehicleModel: withoutCardNumber('vehicleModel', requiredText('vehicleModel', LEMON_LOT_LIMITS.text)),
  vehicleYear: z
    .number({ error: `vehicleYear must be a year from 1900 to ${currentYear + 1}` })
    .int(`vehicleYear must be a year from 1900 to ${currentYear + 1}`)
    .min(1900, `vehicleYear must be a year from 1900 to ${currentYear + 1}`)
    .max(currentYear + 1, `vehicleYear must be a year from 1900 to ${currentYear + 1}`)
    .nullish(),
  vehicleColor: withoutCardNumber('vehicleColor', optionalText('vehicleColor', LEMON_LOT_LIMITS.text)),
  plate: requiredText('plate', 20).refine((value) => /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(value) && plateKeyOf(value).length >= 1 && plateKeyOf(value).length <= LEMON_LOT_LIMITS.plate, {
    message: `plate must be 1 to ${LEMON_LOT_LIMITS.plate} letters and digits, with spaces or dashes allowed, such as ABC-1234`,
  }),
  plateState: optionalText('plateState', 20).refine((value) => value === undefined || /^[A-Za-z]{2}$/.test(value), { message: 'plateState must be a two-letter state code such as NM' }),
  vin: optionalText('vin', LEMON_LOT_LIMITS.vin).refine((value) => value === undefined || /^[A-HJ-NPR-Za-hj-npr-z0-9]{17}$/.test(value), {
    message: 'vin must be the 17 letters and digits of the vehicle identification number (no I, O or Q)',
  }),
  startsOn: isoDate('startsOn'),
  endsOn: isoDate('endsOn'),
  name: withoutCardNumber('name', requiredText('name', 200)),
  email: optionalEmail('email'),
  phone: optionalPhone('phone'),
});

export type LemonLotPermitInput = { [K in keyof z.input<typeof permitSchema>]?: unknown };

export type PermitResult =
  | { kind: 'received'; permit: LemonLotPermitView; statusToken: string }
  | NextFreeDatesRefusal
  | RateLimitedResult
  | InvalidInputResult;

export type PermitOptions = {
  channel: LemonLotChannel;
  /** The staff member entering the permit at the counter; absent for residents. */
  actor?: Actor;
  request?: { clientAddress: string | undefined; limits?: PublicFormConfig };
};

/** Normalises the checked vehicle fields for storage: plate and VIN in capitals, the state code too. */
export function normaliseVehicle(values: z.output<typeof permitSchema>): VehicleAndPeriod {
  return {
    vehicleMake: values.vehicleMake,
    vehicleModel: values.vehicleModel,
    vehicleYear: values.vehicleYear ?? null,
    vehicleColor: values.vehicleColor ?? null,
    plate: values.plate.toUpperCase(),
    plateState: values.plateState?.toUpperCase() ?? null,
    vin: values.vin?.toUpperCase() ?? null,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
  };
}

/**
 * Checks and records a lemon lot permit, with the holder's contact as an
 * inquiry under the lemon lot's topic in the same transaction. Resident
 * applications (without an actor) are rate-limited per client address.
 */
export async function applyForLemonLot(deps: CoreDeps, input: LemonLotPermitInput, options: PermitOptions): Promise<PermitResult> {
  const parsed = permitSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;
  const settings = await readLemonLotSettings(deps.db);
  const problems: FieldError[] = checkPeriod(values, settings.maxDays, localToday(deps.centerTimeZone), 'input.');
  if (!values.email && !values.phone) problems.push({ field: 'input.email', message: 'give an e-mail address or a phone number, so the center can remind you before the permit ends' });
  if (problems.length > 0) return invalidFields(problems);

  if (!options.actor) {
    const limits = options.request?.limits ?? DEFAULT_PUBLIC_FORM_LIMITS;
    const rate = await consumeRateLimit(
      deps.db,
      { bucket: 'lemon_lot', limit: limits.submissionsPerWindow, windowSeconds: PUBLIC_RATE_WINDOW_SECONDS },
      clientRateLimitKey(options.request?.clientAddress),
    );
    if (!rate.allowed) {
      deps.log.info({ hits: rate.hits, retryAfterSeconds: rate.retryAfterSeconds }, 'lemon lot application rejected by the rate limit');
      const minutes = Math.ceil(rate.retryAfterSeconds / 60);
      return {
        kind: 'rate_limited',
        message: `Too many applications from this address: at most ${limits.submissionsPerWindow} every ${PUBLIC_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
        retryAfterSeconds: rate.retryAfterSeconds,
      };
    }
  }

  const vehicle = normaliseVehicle(values);
  const description = [vehicle.vehicleYear, vehicle.vehicleColor, vehicle.vehicleMake, vehicle.vehicleModel].filter(Boolean).join(' ');
  const result = await receiveCounterRequest(
    deps,
    'lemon_lot',
    {
      channel: options.channel,
      subject: `Lemon lot permit: ${description}`.slice(0, 300),
      body: [`Vehicle: ${description}`, `Plate: ${vehicle.plate}${vehicle.plateState ? ` (${vehicle.plateState})` : ''}`, vehicle.vin ? `VIN: ${vehicle.vin}` : undefined, `Dates: ${vehicle.startsOn} to ${vehicle.endsOn}`]
        .filter(Boolean)
        .join('\n'),
      contact: { name: values.name, email: values.email, phone: values.phone },
      statusLink: true,
    },
    options.actor,
    (tx, context) =>
      placeLemonLotPermit(tx, {
        ...vehicle,
        channel: options.channel,
        contactId: context.contactId,
        inquiryId: context.inquiryId,
        createdById: options.actor?.id ?? null,
        fields: { startsOn: 'input.startsOn', plate: 'input.plate', contact: 'input.name' },
      }),
  );

  if (result.kind === 'refused') {
    deps.log.info({ startsOn: values.startsOn, endsOn: values.endsOn, field: result.field, channel: options.channel }, 'lemon lot permit rejected');
    return { ...result, nextFreeDates: (result.detail.nextFreeDates as DateRange[] | undefined) ?? [] };
  }
  if (result.kind !== 'created') return result;
  if (!result.statusToken) throw new Error('lemon lot permit was recorded without a status token');
  deps.log.info({ permitId: result.record.id, channel: options.channel, contactEmail: maskEmail(values.email), by: options.actor?.id }, 'lemon lot permit granted');
  return { kind: 'received', permit: (await loadLemonLotPermit(deps.db, result.record.id))!, statusToken: result.statusToken };
}

export type CancelResult =
  | { kind: 'ok'; permit: LemonLotPermitView }
  | { kind: 'conflict'; message: string; current: LemonLotPermitView }
  | NotFoundError
  | InvalidInputResult;

/**
 * Cancels an active permit, which frees its space on every remaining day.
 * The update matches the version the agent saw, so a permit changed
 * meanwhile is not cancelled blindly; the reason goes to the audit trail.
 */
export async function cancelLemonLotPermit(deps: CoreDeps, actor: Actor, id: number, version: number, reason: unknown): Promise<CancelResult> {
  const parsedReason = requiredText('reason', LEMON_LOT_LIMITS.reason).safeParse(reason);
  if (!parsedReason.success) return invalidField('reason', `reason is required to cancel a permit, at most ${LEMON_LOT_LIMITS.reason} characters`);

  const changed = await inTransaction(deps, async (tx) => {
    const [row] = await tx
      .update(lemonLotPermits)
      .set({ status: 'cancelled', version: sql`${lemonLotPermits.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(lemonLotPermits.id, id), eq(lemonLotPermits.version, version), eq(lemonLotPermits.status, 'active')))
      .returning({ id: lemonLotPermits.id });
    if (!row) return false;
    await recordAudit(tx, {
      entity: 'lemon_lot_permit',
      entityId: id,
      action: 'cancelled',
      actorId: actor.id,
      before: { status: 'active', version },
      after: { status: 'cancelled', version: version + 1 },
      reason: parsedReason.data,
    });
    return true;
  });

  const current = await loadLemonLotPermit(deps.db, id);
  if (!current) return { kind: 'not_found', message: `No lemon lot permit with id ${id}` };
  if (!changed) {
    const why = current.status !== 'active' ? `${current.reference} is already ${current.status}` : `${current.reference} changed since you loaded it (version ${version}, now ${current.version})`;
    return { kind: 'conflict', message: `${why}. Nothing was changed.`, current };
  }
  deps.log.info({ permitId: id, by: actor.id }, 'lemon lot permit cancelled');
  return { kind: 'ok', permit: current };
}

// ---------------------------------------------------------------------------
// Reminders
// ---------------------------------------------------------------------------

/** How often the server looks for permits whose holders are due a reminder. */
export const REMINDER_SWEEP_MINUTES = 15;

export type ReminderDeps = Pick<CoreDeps, 'db' | 'log' | 'centerTimeZone'> & { mailFrom: string };

/**
 * Queues one 'reminder' e-mail for each active permit that ends within the
 * lot's reminderDays of today (in the center's zone) and has not ended,
 * whose holder has an e-mail address and which has no reminder yet. Each
 * permit is reminded once: reminder_queued_at is set in the transaction that
 * queues the e-mail, and rows are claimed with FOR UPDATE SKIP LOCKED, so
 * two processes never queue the same reminder. Returns how many were queued.
 */
export async function queueLemonLotReminders(deps: ReminderDeps, now: Date): Promise<number> {
  const today = localToday(deps.centerTimeZone, now);
  const settings = await readLemonLotSettings(deps.db);
  const lastDay = addDays(today, settings.reminderDays);

  const queued = await deps.db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: lemonLotPermits.id,
        reference: lemonLotPermits.reference,
        endsOn: lemonLotPermits.endsOn,
        plate: lemonLotPermits.plate,
        inquiryId: lemonLotPermits.inquiryId,
        email: contacts.email,
        name: contacts.name,
      })
      .from(lemonLotPermits)
      .innerJoin(contacts, eq(contacts.id, lemonLotPermits.contactId))
      .where(
        and(
          eq(lemonLotPermits.status, 'active'),
          isNull(lemonLotPermits.reminderQueuedAt),
          isNotNull(contacts.email),
          isNotNull(lemonLotPermits.inquiryId),
          gte(lemonLotPermits.endsOn, today),
          lte(lemonLotPermits.endsOn, lastDay),
        ),
      )
      .orderBy(asc(lemonLotPermits.endsOn), asc(lemonLotPermits.id))
      .limit(200)
      .for('update', { of: lemonLotPermits, skipLocked: true });

    for (const permit of due) {
      const greeting = permit.name ? `Hello ${permit.name},` : 'Hello,';
      await queueEmail(tx, {
        kind: 'reminder',
        inquiryId: permit.inquiryId!,
        toAddress: permit.email!,
        subject: `Your lemon lot permit ends on ${permit.endsOn} [${permit.reference}]`,
        bodyText: `${greeting}\n\nYour lemon lot permit ${permit.reference} for the car with plate ${permit.plate} ends on ${permit.endsOn}. Please move the car by the end of that day, or contact the center to apply for a new permit.\n\n--\nCounty 311`,
        mailFrom: deps.mailFrom,
      });
      await tx.update(lemonLotPermits).set({ reminderQueuedAt: now }).where(eq(lemonLotPermits.id, permit.id));
      await recordAudit(tx, { entity: 'lemon_lot_permit', entityId: permit.id, action: 'reminder_queued', actorId: null, after: { endsOn: permit.endsOn } });
    }
    return due.length;
  });
  if (queued > 0) deps.log.info({ queued, today }, 'lemon lot reminders queued');
  return queued;
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

const creators = alias(staffUsers, 'lemon_lot_creators');

function permitQuery(db: Queryable) {
  return db
    .select({
      permit: lemonLotPermits,
      contactName: contacts.name,
      contactEmail: contacts.email,
      contactPhone: contacts.phone,
      inquiryReference: inquiries.reference,
      createdByName: creators.displayName,
    })
    .from(lemonLotPermits)
    .innerJoin(contacts, eq(contacts.id, lemonLotPermits.contactId))
    .leftJoin(inquiries, eq(inquiries.id, lemonLotPermits.inquiryId))
    .leftJoin(creators, eq(creators.id, lemonLotPermits.createdById));
}

type PermitRow = Awaited<ReturnType<ReturnType<typeof permitQuery>['execute']>>[number];

function toView(row: PermitRow): LemonLotPermitView {
  const permit = row.permit;
  return {
    id: permit.id,
    reference: permit.reference,
    vehicleMake: permit.vehicleMake,
    vehicleModel: permit.vehicleModel,
    vehicleYear: permit.vehicleYear,
    vehicleColor: permit.vehicleColor,
    plate: permit.plate,
    plateState: permit.plateState,
    plateKey: permit.plateKey,
    vin: permit.vin,
    startsOn: permit.startsOn,
    endsOn: permit.endsOn,
    channel: permit.channel as LemonLotChannel,
    status: permit.status,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    inquiryId: permit.inquiryId,
    inquiryReference: row.inquiryReference,
    createdByName: row.createdByName,
    reminderQueuedAt: permit.reminderQueuedAt,
    version: permit.version,
    createdAt: permit.createdAt,
  };
}

export async function loadLemonLotPermit(db: Queryable, id: number): Promise<LemonLotPermitView | undefined> {
  const [row] = await permitQuery(db).where(eq(lemonLotPermits.id, id));
  return row ? toView(row) : undefined;
}

/** Lists the active permits that have not ended by `today`, soonest end first; at most 500. */
export async function listCurrentLemonLotPermits(db: Queryable, today: string): Promise<LemonLotPermitView[]> {
  const rows = await permitQuery(db)
    .where(and(eq(lemonLotPermits.status, 'active'), gte(lemonLotPermits.endsOn, today)))
    .orderBy(asc(lemonLotPermits.endsOn), asc(lemonLotPermits.id))
    .limit(500);
  return rows.map(toView);
}

/**
 * Finds every permit, cancelled and past ones included, held for a car: by
 * plate (compared as plate_key, so "abc 123" finds ABC-123) or by VIN
 * (stored in capitals, so letters match in any case). Newest period first; at most 200.
 */
export async function searchLemonLotPermits(db: Queryable, search: { plate?: string | null; vin?: string | null }): Promise<LemonLotPermitView[] | InvalidInputResult> {
  const plateKey = search.plate ? plateKeyOf(search.plate) : '';
  const vin = search.vin?.trim().toUpperCase() ?? '';
  if (plateKey === '' && vin === '') return invalidField('plate', 'give a plate or a VIN to search for');
  if (plateKey.length > 20 || vin.length > 17) return invalidField(vin.length > 17 ? 'vin' : 'plate', 'a plate has at most 12 letters and digits and a VIN 17');
  const conditions = [plateKey ? eq(lemonLotPermits.plateKey, plateKey) : undefined, vin ? eq(lemonLotPermits.vin, vin) : undefined].filter(Boolean);
  const rows = await permitQuery(db)
    .where(or(...conditions))
    .orderBy(desc(lemonLotPermits.startsOn), desc(lemonLotPermits.id))
    .limit(200);
  return rows.map(toView);
}
