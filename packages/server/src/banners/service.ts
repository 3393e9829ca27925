import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { PublicFormConfig } from '../config.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { Queryable, Transaction } from '../db/client.js';
import { bannerApplications, bannerLocations, contacts, inquiries, staffUsers, topicAttributes } from '../db/schema.js';
import { recordAudit } from '../counter/audit.js';
import { CounterRefusal, receiveCounterRequest, type CounterRefusedResult } from '../counter/intake.js';
import { counterTopicId } from '../counter/services.js';
import { clientRateLimitKey } from '../inquiries/client-key.js';
import { appendInboxEvent } from '../inquiries/events.js';
import { hashStatusToken } from '../inquiries/intake.js';
import { loadInquiry } from '../inquiries/views.js';
import type { NotFoundError } from '../inquiries/service.js';
import { DEFAULT_PUBLIC_FORM_LIMITS, PUBLIC_RATE_WINDOW_SECONDS, type RateLimitedResult } from '../inquiries/web-form.js';
import { maskEmail } from '../logger.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import { selectRows } from '../reports/query.js';
import { invalidField, toInvalidInput, type FieldError, type InvalidInputResult } from '../validation/result.js';
import { optionalEmail, optionalPhone, optionalText, requiredText } from '../validation/text.js';
import { containsCardNumber } from '../payments/input.js';
import { addDays, BOOKING_HORIZON_DAYS, checkPeriod, describeRanges, eachDay, isoDate, localToday, nextFreeStarts, rangeLength, type DateRange } from './dates.js';

/**
 * Banner permits: residents ask to hang an event banner on a road overpass
 * for a period of days. Each overpass takes at most `capacity` banners on any
 * one day, counting pending and approved applications; agents approve or
 * decline the pending ones.
 */

export const BANNER_LIMITS = { locationName: 120, locationDescription: 500, eventName: 200, organization: 200, decisionNote: 1000 } as const;

/** Channels through which an application arrives: the public page, the lobby kiosk, or staff at the counter. */
export type BannerChannel = 'web' | 'walk_in' | 'phone' | 'email';

export type BannerStatus = 'pending' | 'approved' | 'declined' | 'cancelled';

/** Statuses that hold a banner space. */
const HOLDING: BannerStatus[] = ['pending', 'approved'];

export type BannerLocationView = typeof bannerLocations.$inferSelect;

export type BannerApplicationView = {
  id: number;
  reference: string;
  locationId: string;
  locationName: string;
  location: BannerLocationView;
  startsOn: string;
  endsOn: string;
  eventName: string;
  organization: string | null;
  channel: BannerChannel;
  status: BannerStatus;
  /** Personal data: for signed-in staff only. */
  contact: { name: string | null; email: string | null; phone: string | null };
  inquiryId: number | null;
  inquiryReference: string | null;
  createdByName: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  version: number;
  createdAt: Date;
};

/** The resident's view behind the private link: only what they submitted and the decision. */
export type PublicBannerApplicationView = Pick<
  BannerApplicationView,
  'reference' | 'locationName' | 'startsOn' | 'endsOn' | 'eventName' | 'organization' | 'status' | 'decidedAt' | 'decisionNote' | 'createdAt'
>;

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------

const locationSchema = z.object({
  name: requiredText('name', BANNER_LIMITS.locationName),
  description: optionalText('description', BANNER_LIMITS.locationDescription),
  capacity: z.number({ error: 'capacity must be a whole number from 1 to 100' }).int('capacity must be a whole number from 1 to 100').min(1, 'capacity must be a whole number from 1 to 100').max(100, 'capacity must be a whole number from 1 to 100'),
  maxDays: z.number({ error: 'maxDays must be a whole number of days from 1 to 90' }).int('maxDays must be a whole number of days from 1 to 90').min(1, 'maxDays must be a whole number of days from 1 to 90').max(90, 'maxDays must be a whole number of days from 1 to 90'),
  active: z.boolean({ error: 'active must be true or false' }),
});

export type BannerLocationInput = { name: unknown; description?: unknown; capacity: unknown; maxDays: unknown; active: unknown };

export type SaveLocationResult = { kind: 'ok'; location: BannerLocationView } | NotFoundError | InvalidInputResult;

/** Lists the overpasses by name; inactive ones only when asked. */
export async function listBannerLocations(db: Queryable, options: { includeInactive: boolean }): Promise<BannerLocationView[]> {
  return db
    .select()
    .from(bannerLocations)
    .where(options.includeInactive ? undefined : eq(bannerLocations.active, true))
    .orderBy(asc(bannerLocations.name));
}

/**
 * Creates an overpass (without `id`) or changes one, audits it and updates
 * the Open311 location list in the same transaction. Lowering the capacity
 * leaves applications already made as they are.
 */
export async function saveBannerLocation(deps: CoreDeps, actor: Actor, id: string | undefined, input: BannerLocationInput): Promise<SaveLocationResult> {
  const parsed = locationSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  if (id !== undefined && !UUID_PATTERN.test(id)) return { kind: 'not_found', message: `No overpass with id ${id.slice(0, 40)}` };
  const values = { ...parsed.data, description: parsed.data.description ?? '' };

  try {
    const result = await inTransaction(deps, async (tx): Promise<SaveLocationResult> => {
      if (id === undefined) {
        const [created] = await tx.insert(bannerLocations).values(values).returning();
        await recordAudit(tx, { entity: 'banner_location', entityId: created.id, action: 'created', actorId: actor.id, after: values });
        await syncBannerLocationAttribute(tx);
        return { kind: 'ok', location: created };
      }
      const [before] = await tx.select().from(bannerLocations).where(eq(bannerLocations.id, id)).for('update');
      if (!before) return { kind: 'not_found', message: `No overpass with id ${id}` };
      const [updated] = await tx.update(bannerLocations).set(values).where(eq(bannerLocations.id, id)).returning();
      await recordAudit(tx, {
        entity: 'banner_location',
        entityId: id,
        action: 'edited',
        actorId: actor.id,
        before: { name: before.name, description: before.description, capacity: before.capacity, maxDays: before.maxDays, active: before.active },
        after: values,
      });
      await syncBannerLocationAttribute(tx);
      return { kind: 'ok', location: updated };
    });
    if (result.kind === 'ok') deps.log.info({ locationId: result.location.id, by: actor.id, created: id === undefined }, 'banner location saved');
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return invalidField('input.name', `an overpass named "${values.name}" exists already; choose another name`);
    throw error;
  }
}

/**
 * Sets the values of the banner service's Open311 `location` attribute to
 * the active overpasses (key: the overpass id, name: its name), so Open311
 * clients list exactly the overpasses that take applications. Runs after
 * every change of an overpass and at server start.
 */
export async function syncBannerLocationAttribute(db: Queryable): Promise<void> {
  const topicId = await counterTopicId(db, 'banner_permit');
  const active = await listBannerLocations(db, { includeInactive: false });
  await db
    .update(topicAttributes)
    .set({ values: active.map((location) => ({ key: location.id, name: location.name })) })
    .where(and(eq(topicAttributes.topicId, topicId), eq(topicAttributes.code, BANNER_LOCATION_ATTRIBUTE)));
}

/** The code of the Open311 attribute that names the overpass. */
export const BANNER_LOCATION_ATTRIBUTE = 'location';

// ---------------------------------------------------------------------------
// Capacity
// ---------------------------------------------------------------------------

/** Counts the banners (pending and approved applications) at one overpass on each day of `range`. */
export async function bannersPerDay(db: Queryable, locationId: string, range: DateRange): Promise<Map<string, number>> {
  const rows = await selectRows<{ day: string; used: number }>(db, sql`
    select to_char(d, 'YYYY-MM-DD') as day, count(a.id)::int as used
    from generate_series(${range.startsOn}::date, ${range.endsOn}::date, interval '1 day') as d
    left join banner_applications a
      on a.location_id = ${locationId} and a.status in ('pending', 'approved') and d::date between a.starts_on and a.ends_on
    group by d
    order by d`);
  return new Map(rows.map((row) => [row.day, Number(row.used)]));
}

/**
 * Returns the next start dates, from the requested start on, on which a
 * period of the same length fits at the overpass. It returns at most three
 * and searches over the booking horizon.
 */
export async function nextFreeBannerDates(db: Queryable, locationId: string, capacity: number, range: DateRange): Promise<DateRange[]> {
  const length = rangeLength(range);
  const used = await bannersPerDay(db, locationId, { startsOn: range.startsOn, endsOn: addDays(range.startsOn, BOOKING_HORIZON_DAYS + length) });
  return nextFreeStarts((day) => used.get(day) ?? 0, capacity, range.startsOn, length, BOOKING_HORIZON_DAYS);
}

export type PlaceApplication = {
  locationId: string;
  startsOn: string;
  endsOn: string;
  eventName: string;
  organization: string | null;
  channel: BannerChannel;
  contactId: string | null;
  inquiryId: number;
  createdById: string | null;
  /** Field names for refusals: the GraphQL input's, or Open311's attribute[...] names. */
  fields: { location: string; startsOn: string; contact: string };
};

/**
 * Writes an application inside the intake's transaction. It locks the
 * overpass row first (SELECT ... FOR UPDATE), so two applications for the
 * last space at one overpass run one after the other, and the second counts
 * the first and is refused. Throws CounterRefusal when the overpass is inactive
 * or full on a day of the period, with the next free dates in the message
 * and in detail.nextFreeDates.
 */
export async function placeBannerApplication(tx: Transaction, application: PlaceApplication): Promise<{ id: number; reference: string }> {
  if (!application.contactId) throw new CounterRefusal(application.fields.contact, 'a contact is required: give a name, an e-mail address or a phone number');
  const [location] = await tx.select().from(bannerLocations).where(eq(bannerLocations.id, application.locationId)).for('update');
  if (!location || !location.active) throw new CounterRefusal(application.fields.location, `overpass ${application.locationId} does not take applications; choose an active overpass`);

  const range = { startsOn: application.startsOn, endsOn: application.endsOn };
  const used = await bannersPerDay(tx, location.id, range);
  const fullDays = eachDay(range).filter((day) => (used.get(day) ?? 0) >= location.capacity);
  if (fullDays.length > 0) {
    const nextFreeDates = await nextFreeBannerDates(tx, location.id, location.capacity, range);
    const offer = nextFreeDates.length > 0 ? `Next free dates for ${rangeLength(range) === 1 ? '1 day' : `${rangeLength(range)} days`}: ${describeRanges(nextFreeDates)}.` : 'No period of that length is free in the next year.';
    throw new CounterRefusal(
      application.fields.startsOn,
      `${location.name} already has ${location.capacity} banner${location.capacity === 1 ? '' : 's'} on ${describeRanges(fullDays.map((day) => ({ startsOn: day, endsOn: day })))}. ${offer}`,
      { nextFreeDates, fullDays, locationName: location.name },
    );
  }

  const [row] = await tx
    .insert(bannerApplications)
    .values({
      locationId: location.id,
      startsOn: application.startsOn,
      endsOn: application.endsOn,
      eventName: application.eventName,
      organization: application.organization,
      contactId: application.contactId,
      channel: application.channel,
      inquiryId: application.inquiryId,
      createdById: application.createdById,
    })
    .returning({ id: bannerApplications.id, reference: bannerApplications.reference });
  await recordAudit(tx, {
    entity: 'banner_application',
    entityId: row.id,
    action: 'created',
    actorId: application.createdById,
    after: { locationId: location.id, startsOn: application.startsOn, endsOn: application.endsOn, eventName: application.eventName, channel: application.channel, status: 'pending' },
  });
  return row;
}

// ---------------------------------------------------------------------------
// Applications
// ---------------------------------------------------------------------------

/** The message for a card number typed into a permit form's free text; the Open311 handlers name their attributes with it too. */
export function cardNumberMessage(field: string): string {
  return `${field} must not contain a card number: permit forms never ask for payment details`;
}

/** Refuses free text holding a run of 13 to 19 digits (the shape of a card number), as payments does. */
export function withoutCardNumber<T extends z.ZodType<string | undefined>>(field: string, schema: T) {
  return schema.refine((value) => value === undefined || !containsCardNumber(value), { message: cardNumberMessage(field) });
}

const applicationSchema = z.object({
  locationId: z.guid({ error: 'locationId must be the id of an overpass' }),
  startsOn: isoDate('startsOn'),
  endsOn: isoDate('endsOn'),
  eventName: withoutCardNumber('eventName', requiredText('eventName', BANNER_LIMITS.eventName)),
  organization: withoutCardNumber('organization', optionalText('organization', BANNER_LIMITS.organization)),
  name: withoutCardNumber('name', requiredText('name', 200)),
  email: optionalEmail('email'),
  phone: optionalPhone('phone'),
});

export type BannerApplicationInput = {
  locationId: unknown;
  startsOn: unknown;
  endsOn: unknown;
  eventName: unknown;
  organization?: unknown;
  name: unknown;
  email?: unknown;
  phone?: unknown;
};

export type NextFreeDatesRefusal = CounterRefusedResult & { nextFreeDates: DateRange[] };

export type ApplyResult =
  | { kind: 'received'; application: BannerApplicationView; statusToken: string }
  | NextFreeDatesRefusal
  | RateLimitedResult
  | InvalidInputResult;

export type ApplyOptions = {
  channel: BannerChannel;
  /** The staff member entering the application at the counter; absent for residents. */
  actor?: Actor;
  /** For resident applications: the caller's address for the rate limit, and the limits. */
  request?: { clientAddress: string | undefined; limits?: PublicFormConfig };
};

/**
 * Checks and records an application. The resident's contact is recorded as
 * an inquiry under the banner service's topic (so it counts in the reports)
 * with a private status link, in the same transaction as the application.
 * Resident applications (without an actor) are rate-limited per client
 * address like the question form; invalid fields count nothing.
 */
export async function applyForBanner(deps: CoreDeps, input: BannerApplicationInput, options: ApplyOptions): Promise<ApplyResult> {
  const parsed = applicationSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;
  const problems: FieldError[] = [];
  if (!values.email && !values.phone) problems.push({ field: 'input.email', message: 'give an e-mail address or a phone number, so the center can tell you the decision' });

  const [location] = await deps.db.select().from(bannerLocations).where(eq(bannerLocations.id, values.locationId));
  if (!location || !location.active) problems.push({ field: 'input.locationId', message: `locationId must be the id of an active overpass; ${values.locationId} is ${location ? 'inactive' : 'unknown'}` });
  else problems.push(...checkPeriod(values, location.maxDays, localToday(deps.centerTimeZone), 'input.'));
  if (problems.length > 0) return invalidFields(problems);

  if (!options.actor) {
    const limits = options.request?.limits ?? DEFAULT_PUBLIC_FORM_LIMITS;
    const rate = await consumeRateLimit(
      deps.db,
      { bucket: 'banner_permit', limit: limits.submissionsPerWindow, windowSeconds: PUBLIC_RATE_WINDOW_SECONDS },
      clientRateLimitKey(options.request?.clientAddress),
    );
    if (!rate.allowed) {
      deps.log.info({ hits: rate.hits, retryAfterSeconds: rate.retryAfterSeconds }, 'banner application rejected by the rate limit');
      const minutes = Math.ceil(rate.retryAfterSeconds / 60);
      return {
        kind: 'rate_limited',
        message: `Too many applications from this address: at most ${limits.submissionsPerWindow} every ${PUBLIC_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
        retryAfterSeconds: rate.retryAfterSeconds,
      };
    }
  }

  const period = values.startsOn === values.endsOn ? values.startsOn : `${values.startsOn} to ${values.endsOn}`;
  const result = await receiveCounterRequest(
    deps,
    'banner_permit',
    {
      channel: options.channel,
      subject: `Banner permit: ${values.eventName} at ${location!.name}`.slice(0, 300),
      body: [`Overpass: ${location!.name}`, `Dates: ${period}`, `Event: ${values.eventName}`, values.organization ? `Organization: ${values.organization}` : undefined].filter(Boolean).join('\n'),
      contact: { name: values.name, email: values.email, phone: values.phone },
      statusLink: true,
    },
    options.actor,
    (tx, context) =>
      placeBannerApplication(tx, {
        locationId: values.locationId,
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        eventName: values.eventName,
        organization: values.organization ?? null,
        channel: options.channel,
        contactId: context.contactId,
        inquiryId: context.inquiryId,
        createdById: options.actor?.id ?? null,
        fields: { location: 'input.locationId', startsOn: 'input.startsOn', contact: 'input.name' },
      }),
  );

  if (result.kind === 'refused') {
    deps.log.info({ locationId: values.locationId, startsOn: values.startsOn, endsOn: values.endsOn, channel: options.channel }, 'banner application rejected: overpass full');
    return { ...result, nextFreeDates: (result.detail.nextFreeDates as DateRange[] | undefined) ?? [] };
  }
  if (result.kind !== 'created') return result;
  if (!result.statusToken) throw new Error('banner application was recorded without a status token');
  deps.log.info(
    { applicationId: result.record.id, locationId: values.locationId, channel: options.channel, contactEmail: maskEmail(values.email), by: options.actor?.id },
    'banner application received',
  );
  return { kind: 'received', application: (await loadBannerApplication(deps.db, result.record.id))!, statusToken: result.statusToken };
}

export type DecisionConflict = { kind: 'conflict'; message: string; current: BannerApplicationView };
export type DecideResult = { kind: 'ok'; application: BannerApplicationView } | DecisionConflict | NotFoundError | InvalidInputResult;

/**
 * Approves or declines a pending application. The update matches the
 * version the agent saw and the pending status, so of two agents deciding at
 * once exactly one succeeds. The other gets a conflict with the current
 * state. A decline needs a note, which the resident sees, and frees the
 * application's days at once.
 */
export async function decideBannerApplication(
  deps: CoreDeps,
  actor: Actor,
  id: number,
  version: number,
  decision: 'approved' | 'declined',
  note: unknown,
): Promise<DecideResult> {
  const noteSchema = decision === 'declined' ? requiredText('note', BANNER_LIMITS.decisionNote) : optionalText('note', BANNER_LIMITS.decisionNote);
  const parsedNote = noteSchema.safeParse(note);
  if (!parsedNote.success) {
    return invalidField('note', decision === 'declined' ? `note is required to decline: tell the resident why (at most ${BANNER_LIMITS.decisionNote} characters)` : parsedNote.error.issues[0].message);
  }

  const changed = await inTransaction(deps, async (tx) => {
    const [row] = await tx
      .update(bannerApplications)
      .set({ status: decision, decidedById: actor.id, decidedAt: sql`now()`, decisionNote: parsedNote.data ?? null, version: sql`${bannerApplications.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(bannerApplications.id, id), eq(bannerApplications.version, version), eq(bannerApplications.status, 'pending')))
      .returning({ id: bannerApplications.id, inquiryId: bannerApplications.inquiryId, startsOn: bannerApplications.startsOn, endsOn: bannerApplications.endsOn });
    if (!row) return false;
    if (row.inquiryId !== null) await resolveApplicationInquiry(tx, actor, row.inquiryId, decision, describeDecision(decision, row, parsedNote.data ?? null));
    await recordAudit(tx, {
      entity: 'banner_application',
      entityId: id,
      action: decision,
      actorId: actor.id,
      before: { status: 'pending', version },
      after: { status: decision, version: version + 1 },
      reason: parsedNote.data ?? null,
    });
    return true;
  });

  const current = await loadBannerApplication(deps.db, id);
  if (!current) return { kind: 'not_found', message: `No banner application with id ${id}` };
  if (!changed) {
    const why =
      current.status !== 'pending'
        ? `${current.reference} was already ${current.status}${current.decidedByName ? ` by ${current.decidedByName}` : ''}`
        : `${current.reference} changed since you loaded it (version ${version}, now ${current.version})`;
    return { kind: 'conflict', message: `${why}. Nothing was changed; check the current state.`, current };
  }
  deps.log.info({ applicationId: id, decision, by: actor.id }, 'banner application decided');
  return { kind: 'ok', application: current };
}

/** Returns the resolution note of a decided application's inquiry, which the resident reads on the status page. */
function describeDecision(decision: 'approved' | 'declined', dates: { startsOn: string; endsOn: string }, note: string | null): string {
  const decided = `Banner permit ${decision} for ${dates.startsOn} to ${dates.endsOn}.`;
  return note ? `${decided} ${note}` : decided;
}

/**
 * Resolves the inquiry that recorded the application, in the decision's
 * transaction, so the inbox and the reports count the request as resolved. An
 * inquiry an agent already resolved is left as it is.
 */
async function resolveApplicationInquiry(tx: Transaction, actor: Actor, inquiryId: number, decision: 'approved' | 'declined', note: string): Promise<void> {
  const [resolved] = await tx
    .update(inquiries)
    .set({ status: 'resolved', resolvedAt: sql`now()`, resolvedById: actor.id, resolutionNote: note, version: sql`${inquiries.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(inquiries.id, inquiryId), eq(inquiries.status, 'open')))
    .returning({ id: inquiries.id });
  if (!resolved) return;
  const inquiry = await loadInquiry(tx, resolved.id);
  if (inquiry) await appendInboxEvent(tx, 'resolved', inquiry, actor);
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

const creators = alias(staffUsers, 'banner_creators');
const deciders = alias(staffUsers, 'banner_deciders');

function applicationQuery(db: Queryable) {
  return db
    .select({
      id: bannerApplications.id,
      reference: bannerApplications.reference,
      locationId: bannerApplications.locationId,
      locationName: bannerLocations.name,
      location: bannerLocations,
      startsOn: bannerApplications.startsOn,
      endsOn: bannerApplications.endsOn,
      eventName: bannerApplications.eventName,
      organization: bannerApplications.organization,
      channel: bannerApplications.channel,
      status: bannerApplications.status,
      contactName: contacts.name,
      contactEmail: contacts.email,
      contactPhone: contacts.phone,
      inquiryId: bannerApplications.inquiryId,
      inquiryReference: inquiries.reference,
      createdByName: creators.displayName,
      decidedByName: deciders.displayName,
      decidedAt: bannerApplications.decidedAt,
      decisionNote: bannerApplications.decisionNote,
      version: bannerApplications.version,
      createdAt: bannerApplications.createdAt,
    })
    .from(bannerApplications)
    .innerJoin(bannerLocations, eq(bannerLocations.id, bannerApplications.locationId))
    .innerJoin(contacts, eq(contacts.id, bannerApplications.contactId))
    .leftJoin(inquiries, eq(inquiries.id, bannerApplications.inquiryId))
    .leftJoin(creators, eq(creators.id, bannerApplications.createdById))
    .leftJoin(deciders, eq(deciders.id, bannerApplications.decidedById));
}

type ApplicationRow = Awaited<ReturnType<ReturnType<typeof applicationQuery>['execute']>>[number];

function toView(row: ApplicationRow): BannerApplicationView {
  const { contactName, contactEmail, contactPhone, ...rest } = row;
  return { ...rest, channel: rest.channel as BannerChannel, contact: { name: contactName, email: contactEmail, phone: contactPhone } };
}

export async function loadBannerApplication(db: Queryable, id: number): Promise<BannerApplicationView | undefined> {
  const [row] = await applicationQuery(db).where(eq(bannerApplications.id, id));
  return row ? toView(row) : undefined;
}

/** Lists applications with the given statuses (all when empty), oldest start first; at most 500. */
export async function listBannerApplications(db: Queryable, statuses: BannerStatus[]): Promise<BannerApplicationView[]> {
  const rows = await applicationQuery(db)
    .where(statuses.length > 0 ? inArray(bannerApplications.status, statuses) : undefined)
    .orderBy(asc(bannerApplications.startsOn), asc(bannerApplications.id))
    .limit(500);
  return rows.map(toView);
}

/** Returns the application behind a private status link, or undefined for an unknown token. */
export async function findBannerApplicationByToken(deps: CoreDeps, token: string): Promise<PublicBannerApplicationView | undefined> {
  if (!/^[A-Za-z0-9_-]{10,100}$/.test(token)) return undefined;
  const [row] = await applicationQuery(deps.db)
    .where(eq(inquiries.statusTokenHash, hashStatusToken(deps, token)))
    .orderBy(desc(bannerApplications.id))
    .limit(1);
  if (!row) return undefined;
  const view = toView(row);
  return {
    reference: view.reference,
    locationName: view.locationName,
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    eventName: view.eventName,
    organization: view.organization,
    status: view.status,
    decidedAt: view.decidedAt,
    decisionNote: view.decisionNote,
    createdAt: view.createdAt,
  };
}

export type CalendarEntry = { id: number; reference: string; eventName: string; startsOn: string; endsOn: string; status: BannerStatus };
export type CalendarLocation = {
  location: BannerLocationView;
  /** One entry per day of the month, in order: the banners (pending and approved) that day. */
  counts: number[];
  /** The same per day, counting only approved applications. */
  approvedCounts: number[];
  /** Pending and approved applications that overlap the month. */
  entries: CalendarEntry[];
};
export type BannerCalendar = { month: string; days: string[]; locations: CalendarLocation[] };

/**
 * Builds the month grid (month: YYYY-MM) of every overpass: the banners on
 * each day against its capacity. Inactive overpasses appear only when they
 * have banners in the month.
 */
export async function bannerCalendar(db: Queryable, month: string): Promise<BannerCalendar | InvalidInputResult> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return invalidField('month', `month must be a month such as 2026-03, not "${month.slice(0, 20)}"`);
  const first = `${month}-01`;
  const days: string[] = [];
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  const last = days[days.length - 1];

  const entries = await db
    .select({
      id: bannerApplications.id,
      reference: bannerApplications.reference,
      locationId: bannerApplications.locationId,
      eventName: bannerApplications.eventName,
      startsOn: bannerApplications.startsOn,
      endsOn: bannerApplications.endsOn,
      status: bannerApplications.status,
    })
    .from(bannerApplications)
    .where(and(inArray(bannerApplications.status, HOLDING), sql`${bannerApplications.startsOn} <= ${last}`, sql`${bannerApplications.endsOn} >= ${first}`))
    .orderBy(asc(bannerApplications.startsOn), asc(bannerApplications.id));

  const locations = await listBannerLocations(db, { includeInactive: true });
  const grid: CalendarLocation[] = [];
  for (const location of locations) {
    const own = entries.filter((entry) => entry.locationId === location.id);
    if (!location.active && own.length === 0) continue;
    const count = (statuses: BannerStatus[]) =>
      days.map((day) => own.filter((entry) => statuses.includes(entry.status) && entry.startsOn <= day && entry.endsOn >= day).length);
    grid.push({
      location,
      counts: count(HOLDING),
      approvedCounts: count(['approved']),
      entries: own.map(({ locationId: _locationId, ...entry }) => entry),
    });
  }
  return { month, days, locations: grid };
}

// ---------------------------------------------------------------------------

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function invalidFields(fields: FieldError[]): InvalidInputResult {
  return { kind: 'invalid_input', message: `Invalid input: ${fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ')}`, fields };
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string }; code?: string }) ?? {};
  return cause.code === '23505' || cause.cause?.code === '23505';
}

