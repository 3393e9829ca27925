import { and, asc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DateTime } from 'luxon';
import type { Queryable } from '../db/client.js';
import { staffUsers, topics, walkInVisits } from '../db/schema.js';
import type { StaffSummary } from '../auth/service.js';
import type { TopicRecord } from '../directory/service.js';
import type { EventRecord } from '../events/service.js';

export type WalkInStatus = 'waiting' | 'serving' | 'done' | 'left';

export type WalkInVisitView = {
  id: string;
  visitorName: string;
  reason: string;
  topic: TopicRecord | null;
  status: WalkInStatus;
  checkedInAt: Date;
  checkedInBy: StaffSummary | null;
  servedAt: Date | null;
  servedBy: StaffSummary | null;
  completedAt: Date | null;
  outcome: string | null;
  inquiryId: number | null;
  waitSeconds: number | null;
  serviceSeconds: number | null;
  version: number;
  /** True when the visitor checked in on the public self check-in screen, which records no staff member. */
  selfCheckIn: boolean;
  ticketCode: string | null;
  language: string | null;
};

export type WalkInEventType = 'checked_in' | 'served' | 'completed' | 'left';

export type WalkInEventView = { id: number; type: WalkInEventType; occurredAt: Date; actor: StaffSummary | null; visit: WalkInVisitView };

export type DayFigures = {
  date: string;
  checkedIn: number;
  served: number;
  completed: number;
  left: number;
  waiting: number;
  averageWaitSeconds: number | null;
  averageServiceSeconds: number | null;
};

const checkedInBy = alias(staffUsers, 'checked_in_by');
const servedBy = alias(staffUsers, 'served_by');

function staffColumns(table: typeof checkedInBy | typeof servedBy) {
  return {
    id: table.id,
    email: table.email,
    displayName: table.displayName,
    role: table.role,
    active: table.active,
    phoneExtension: table.phoneExtension,
  };
}

const seconds = (from: Date | null, to: Date | null) => (from && to ? Math.floor((to.getTime() - from.getTime()) / 1000) : null);

async function selectVisits(db: Queryable, where: SQL | undefined): Promise<WalkInVisitView[]> {
  const rows = await db
    .select({ visit: walkInVisits, topic: topics, checkedInBy: staffColumns(checkedInBy), servedBy: staffColumns(servedBy) })
    .from(walkInVisits)
    .leftJoin(topics, eq(topics.id, walkInVisits.topicId))
    .leftJoin(checkedInBy, eq(checkedInBy.id, walkInVisits.checkedInById))
    .leftJoin(servedBy, eq(servedBy.id, walkInVisits.servedById))
    .where(where)
    .orderBy(asc(walkInVisits.checkedInAt), asc(walkInVisits.id));

  return rows.map(({ visit, topic, checkedInBy: checker, servedBy: server }) => ({
    id: visit.id,
    visitorName: visit.visitorName,
    reason: visit.reason,
    topic: topic ?? null,
    status: visit.status,
    checkedInAt: visit.checkedInAt,
    checkedInBy: checker?.id ? (checker as StaffSummary) : null,
    servedAt: visit.servedAt,
    servedBy: server?.id ? (server as StaffSummary) : null,
    completedAt: visit.completedAt,
    outcome: visit.outcome,
    inquiryId: visit.inquiryId,
    waitSeconds: seconds(visit.checkedInAt, visit.servedAt),
    serviceSeconds: visit.status === 'done' ? seconds(visit.servedAt, visit.completedAt) : null,
    version: visit.version,
    selfCheckIn: visit.ticketNumber !== null,
    ticketCode: visit.ticketNumber === null ? null : formatTicketCode(visit.ticketNumber),
    language: visit.language,
  }));
}

/**
 * Formats the day's self check-in number as a ticket code: "A-001" to
 * "A-999", then "B-001" and on, so the code stays three digits long.
 */
export function formatTicketCode(ticketNumber: number): string {
  const letter = String.fromCharCode(65 + (Math.floor((ticketNumber - 1) / 999) % 26));
  const digits = ((ticketNumber - 1) % 999) + 1;
  return `${letter}-${String(digits).padStart(3, '0')}`;
}

export async function loadVisit(db: Queryable, id: string): Promise<WalkInVisitView | undefined> {
  const [view] = await selectVisits(db, eq(walkInVisits.id, id));
  return view;
}

/** Returns the visitors waiting or being served, in check-in order. */
export async function readQueue(db: Queryable): Promise<WalkInVisitView[]> {
  return selectVisits(db, inArray(walkInVisits.status, ['waiting', 'serving']));
}

/** Counts the day's visits in the center's time zone and averages their waiting and service times. */
export async function readDayFigures(db: Queryable, timeZone: string, now = new Date()): Promise<DayFigures> {
  const day = DateTime.fromJSDate(now).setZone(timeZone).startOf('day');
  const start = day.toJSDate();
  const end = day.plus({ days: 1 }).toJSDate();
  const within = (column: typeof walkInVisits.checkedInAt | typeof walkInVisits.servedAt | typeof walkInVisits.completedAt) =>
    and(gte(column, start), lt(column, end));

  const [row] = await db
    .select({
      checkedIn: sql<number>`count(*) filter (where ${within(walkInVisits.checkedInAt)})`.mapWith(Number),
      served: sql<number>`count(*) filter (where ${within(walkInVisits.servedAt)})`.mapWith(Number),
      completed: sql<number>`count(*) filter (where ${walkInVisits.status} = 'done' and ${within(walkInVisits.completedAt)})`.mapWith(Number),
      left: sql<number>`count(*) filter (where ${walkInVisits.status} = 'left' and ${within(walkInVisits.completedAt)})`.mapWith(Number),
      waiting: sql<number>`count(*) filter (where ${walkInVisits.status} = 'waiting')`.mapWith(Number),
      averageWait: sql<string | null>`avg(extract(epoch from ${walkInVisits.servedAt} - ${walkInVisits.checkedInAt})) filter (where ${within(walkInVisits.servedAt)})`,
      averageService: sql<string | null>`avg(extract(epoch from ${walkInVisits.completedAt} - ${walkInVisits.servedAt})) filter (where ${walkInVisits.status} = 'done' and ${within(walkInVisits.completedAt)})`,
    })
    .from(walkInVisits);

  const rounded = (value: string | null) => (value === null ? null : Math.round(Number(value)));
  return {
    date: day.toISODate()!,
    checkedIn: row.checkedIn,
    served: row.served,
    completed: row.completed,
    left: row.left,
    waiting: row.waiting,
    averageWaitSeconds: rounded(row.averageWait),
    averageServiceSeconds: rounded(row.averageService),
  };
}

const dateFields = ['checkedInAt', 'servedAt', 'completedAt'] as const;

/** Rebuilds the event view from a `walkin` event, whose payload is the visit and the actor right after the change. */
export function toWalkInEventView(event: EventRecord): WalkInEventView {
  const payload = event.payload as { visit: Record<string, unknown>; actor: StaffSummary | null };
  const visit = { ...payload.visit };
  for (const field of dateFields) {
    if (typeof visit[field] === 'string') visit[field] = new Date(visit[field]);
  }
  // Events written before self check-in existed lack these fields.
  visit.selfCheckIn ??= false;
  visit.ticketCode ??= null;
  visit.language ??= null;
  return { id: event.id, type: event.type as WalkInEventType, occurredAt: event.createdAt, actor: payload.actor, visit: visit as WalkInVisitView };
}
