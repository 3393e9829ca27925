import { randomBytes } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { and, asc, eq, gte, isNotNull, lt } from 'drizzle-orm';
import { ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Queryable } from '../db/client.js';
import { calendarTokens, rotaMembers, rotaSlots, staffUsers } from '../db/schema.js';
import type { DutyKind } from './duty.js';
import { localDate, openCalendar } from './open-hours.js';
import { readSettings } from './settings.js';

/**
 * iCalendar feeds of the published rotation, behind a private token per
 * staff member: `/calendar/<token>/me.ics` (the token owner's schedule) and
 * `/calendar/<token>/team.ics` (everyone's).
 */

export type CalendarFeedUrls = { personalUrl: string; teamUrl: string };

export type FeedKind = 'me' | 'team';

/** The range a feed covers, around the time of the request. */
export const FEED_WEEKS_BACK = 4;
export const FEED_WEEKS_AHEAD = 12;

const HALF_HOUR_MS = 30 * 60_000;

/** 24 random bytes: 192 bits, 32 base64url characters. */
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

const SUMMARIES: Record<DutyKind, string> = {
  on_call: 'On call',
  off_desk: 'Off desk',
  meeting: 'Team meeting',
  leave: 'Leave',
};

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** Returns the staff member's calendar token, creating it on first use. */
export async function ensureCalendarToken(db: Queryable, staffId: string): Promise<string> {
  await db.insert(calendarTokens).values({ staffId, token: newToken() }).onConflictDoNothing({ target: calendarTokens.staffId });
  const [row] = await db.select({ token: calendarTokens.token }).from(calendarTokens).where(eq(calendarTokens.staffId, staffId));
  return row.token;
}

/** Replaces the staff member's calendar token. Feed addresses with the old one stop working at once. */
export async function resetCalendarToken(db: Queryable, staffId: string): Promise<string> {
  const token = newToken();
  await db
    .insert(calendarTokens)
    .values({ staffId, token })
    .onConflictDoUpdate({ target: calendarTokens.staffId, set: { token, createdAt: new Date() } });
  return token;
}

/** Finds the active staff member a token belongs to, or undefined for an unknown token or a deactivated account. */
export async function findTokenOwner(db: Queryable, token: string): Promise<{ staffId: string; displayName: string } | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const [row] = await db
    .select({ staffId: staffUsers.id, displayName: staffUsers.displayName })
    .from(calendarTokens)
    .innerJoin(staffUsers, eq(staffUsers.id, calendarTokens.staffId))
    .where(and(eq(calendarTokens.token, token), eq(staffUsers.active, true)));
  return row;
}

/** Builds the absolute feed addresses for a token. `baseUrl` is PUBLIC_URL or the request's own origin. */
export function feedUrls(baseUrl: string, token: string): CalendarFeedUrls {
  const base = baseUrl.replace(/\/+$/, '');
  return { personalUrl: `${base}/calendar/${token}/me.ics`, teamUrl: `${base}/calendar/${token}/team.ics` };
}

/** A stretch of consecutive half hours of one kind for one rota member. */
export type DutyStretch = { memberId: string; displayName: string; kind: DutyKind; start: Date; end: Date };

type SlotRow = { memberId: string; displayName: string; startsAt: Date; kind: DutyKind };

/** Joins consecutive half hours of the same member and kind into stretches. `slots` must be ordered by member, then time. */
export function mergeSlots(slots: readonly SlotRow[]): DutyStretch[] {
  const stretches: DutyStretch[] = [];
  let last: DutyStretch | undefined;
  for (const slot of slots) {
    const end = new Date(slot.startsAt.getTime() + HALF_HOUR_MS);
    if (last && last.memberId === slot.memberId && last.kind === slot.kind && last.end.getTime() === slot.startsAt.getTime()) {
      last.end = end;
      continue;
    }
    last = { memberId: slot.memberId, displayName: slot.displayName, kind: slot.kind, start: slot.startsAt, end };
    stretches.push(last);
  }
  return stretches;
}

/**
 * Reads the published stretches in [from, to) of one staff member's rota member, or of every member.
 * Only half hours that are open under the current settings count, as in the grid and `Staff.duty`:
 * a slot published before its day became a holiday, a closed weekday or shorter hours is left out.
 */
async function readPublishedStretches(db: Queryable, zone: string, from: Date, to: Date, staffId?: string): Promise<DutyStretch[]> {
  const conditions = [gte(rotaSlots.startsAt, from), lt(rotaSlots.startsAt, to), isNotNull(rotaSlots.publishedKind)];
  if (staffId) conditions.push(eq(rotaMembers.staffId, staffId));
  const rows = await db
    .select({ memberId: rotaMembers.id, displayName: rotaMembers.displayName, startsAt: rotaSlots.startsAt, kind: rotaSlots.publishedKind })
    .from(rotaSlots)
    .innerJoin(rotaMembers, eq(rotaMembers.id, rotaSlots.memberId))
    .where(and(...conditions))
    .orderBy(asc(rotaMembers.id), asc(rotaSlots.startsAt));

  const settings = await readSettings(db, zone);
  const days = openCalendar(settings, localDate(from, zone), localDate(new Date(to.getTime() - 1), zone));
  const open = new Set(days.flatMap((day) => day.halfHours.map((halfHour) => halfHour.startsAt.getTime())));
  return mergeSlots((rows as SlotRow[]).filter((row) => open.has(row.startsAt.getTime())));
}

/**
 * Builds one feed as iCalendar text. Events carry the center's zone (with its
 * VTIMEZONE), and each UID is made of the feed, the member and the start, so
 * a calendar app that polls again updates an event instead of adding a copy.
 */
export async function buildFeed(
  db: Queryable,
  options: { kind: FeedKind; owner: { staffId: string; displayName: string }; zone: string; now?: Date },
): Promise<string> {
  const now = DateTime.fromJSDate(options.now ?? new Date(), { zone: options.zone });
  const from = now.startOf('day').minus({ weeks: FEED_WEEKS_BACK }).toJSDate();
  const to = now.startOf('day').plus({ weeks: FEED_WEEKS_AHEAD }).toJSDate();
  const stretches = await readPublishedStretches(db, options.zone, from, to, options.kind === 'me' ? options.owner.staffId : undefined);

  const calendar = new ICalCalendar({
    prodId: { company: 'Civic Desk', product: 'Rotation', language: 'EN' },
    name: options.kind === 'me' ? `Rotation: ${options.owner.displayName}` : 'Rotation: team',
    // Suggests how often apps poll, as REFRESH-INTERVAL and X-PUBLISHED-TTL, but many apps keep their own schedule.
    ttl: 60 * 60,
  });
  // ical-generator 11 was seen writing DTSTAMP without its UTC "Z" when the calendar itself has a zone name, so
  // the zone is set on each event (which still emits its VTIMEZONE) and named in X-WR-TIMEZONE.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  calendar.x([['X-WR-TIMEZONE', options.zone]]);

  for (const stretch of stretches) {
    const summary = options.kind === 'me' ? SUMMARIES[stretch.kind] : `${stretch.displayName}: ${SUMMARIES[stretch.kind]}`;
    calendar.createEvent({
      id: `${options.kind}-${stretch.memberId}-${stretch.start.getTime()}@civic-desk`,
      start: DateTime.fromJSDate(stretch.start, { zone: options.zone }),
      end: DateTime.fromJSDate(stretch.end, { zone: options.zone }),
      timezone: options.zone,
      summary,
    });
  }
  return calendar.toString();
}
