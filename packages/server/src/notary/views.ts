import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Queryable } from '../db/client.js';
import { contacts, inquiries, notaryAppointments, notaryCommissions, staffUsers } from '../db/schema.js';
import { bookedKey, readNotaryDuty } from './availability.js';

export type NotaryAppointmentStatus = 'booked' | 'completed' | 'cancelled' | 'no_show';

export type NotaryAppointmentView = {
  id: number;
  reference: string;
  staffId: string;
  notaryName: string;
  startsAt: Date;
  endsAt: Date;
  documentKind: string;
  documentCount: number;
  /** Personal data: for signed-in staff only. */
  contact: { name: string | null; email: string | null; phone: string | null };
  channel: 'phone' | 'walk_in' | 'email' | 'web';
  status: NotaryAppointmentStatus;
  inquiryReference: string | null;
  version: number;
  createdAt: Date;
  /**
   * True for a booked appointment whose notary is no longer on duty then in
   * the published rotation (or whose commission lapsed): staff must move or
   * cancel it, because it is never changed automatically.
   */
  conflict: boolean;
};

export type NotaryView = {
  staffId: string;
  displayName: string;
  email: string;
  commissionNumber: string | null;
  expiresOn: string | null;
  active: boolean;
};

/** Lists every staff member with a notary commission, active or not, by name. */
export async function listNotaries(db: Queryable): Promise<NotaryView[]> {
  return db
    .select({
      staffId: notaryCommissions.staffId,
      displayName: staffUsers.displayName,
      email: staffUsers.email,
      commissionNumber: notaryCommissions.commissionNumber,
      expiresOn: notaryCommissions.expiresOn,
      active: notaryCommissions.active,
    })
    .from(notaryCommissions)
    .innerJoin(staffUsers, eq(staffUsers.id, notaryCommissions.staffId))
    .orderBy(asc(staffUsers.displayName), asc(staffUsers.id));
}

async function selectAppointments(db: Queryable, zone: string, where: SQL | undefined): Promise<NotaryAppointmentView[]> {
  const rows = await db
    .select({
      appointment: notaryAppointments,
      notaryName: staffUsers.displayName,
      contactName: contacts.name,
      contactEmail: contacts.email,
      contactPhone: contacts.phone,
      inquiryReference: inquiries.reference,
    })
    .from(notaryAppointments)
    .innerJoin(staffUsers, eq(staffUsers.id, notaryAppointments.staffId))
    .innerJoin(contacts, eq(contacts.id, notaryAppointments.contactId))
    .leftJoin(inquiries, eq(inquiries.id, notaryAppointments.inquiryId))
    .where(where)
    .orderBy(asc(notaryAppointments.startsAt), asc(staffUsers.displayName), asc(notaryAppointments.id));
  if (rows.length === 0) return [];

  const booked = rows.filter((row) => row.appointment.status === 'booked');
  const onDuty = new Set<string>();
  if (booked.length > 0) {
    const from = booked[0].appointment.startsAt;
    const to = new Date(booked.at(-1)!.appointment.startsAt.getTime() + 1);
    const staffIds = [...new Set(booked.map((row) => row.appointment.staffId))];
    for (const entry of await readNotaryDuty(db, zone, from, to, staffIds)) onDuty.add(bookedKey(entry.staffId, entry.startsAt));
  }

  return rows.map((row) => ({
    id: row.appointment.id,
    reference: row.appointment.reference,
    staffId: row.appointment.staffId,
    notaryName: row.notaryName,
    startsAt: row.appointment.startsAt,
    endsAt: row.appointment.endsAt,
    documentKind: row.appointment.documentKind,
    documentCount: row.appointment.documentCount,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    channel: row.appointment.channel,
    status: row.appointment.status,
    inquiryReference: row.inquiryReference,
    version: row.appointment.version,
    createdAt: row.appointment.createdAt,
    conflict: row.appointment.status === 'booked' && !onDuty.has(bookedKey(row.appointment.staffId, row.appointment.startsAt)),
  }));
}

export async function loadAppointment(db: Queryable, zone: string, id: number): Promise<NotaryAppointmentView | undefined> {
  const [appointment] = await selectAppointments(db, zone, eq(notaryAppointments.id, id));
  return appointment;
}

/** Lists the appointments of one local date (YYYY-MM-DD in `zone`), every status, by time and notary. */
export async function listAppointmentsOn(db: Queryable, zone: string, date: string): Promise<NotaryAppointmentView[]> {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  return selectAppointments(db, zone, and(gte(notaryAppointments.startsAt, start.toJSDate()), lt(notaryAppointments.startsAt, start.plus({ days: 1 }).toJSDate())));
}

/** Lists booked appointments from `now` on whose notary is no longer on duty then. */
export async function listConflicts(db: Queryable, zone: string, now: Date): Promise<NotaryAppointmentView[]> {
  const upcoming = await selectAppointments(db, zone, and(gte(notaryAppointments.startsAt, now), eq(notaryAppointments.status, 'booked')));
  return upcoming.filter((appointment) => appointment.conflict);
}
