import { and, asc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { DateTime } from 'luxon';
import type { Queryable } from '../db/client.js';
import { cemeteryInterments, cemeteryLots, contacts, inquiries, staffUsers } from '../db/schema.js';
import { listAudit, type AuditEntryView } from '../counter/audit.js';
import { readSettings } from '../rotation/settings.js';
import { slotsOfDate, type IntermentSlot } from './slots.js';

export type LotStatus = 'available' | 'sold' | 'occupied';
export type IntermentStatus = 'scheduled' | 'completed' | 'cancelled';

/** A resident's contact details: personal data, for signed-in staff only. */
export type CemeteryContactView = { name: string | null; email: string | null; phone: string | null; address: string | null };

export type LotView = {
  id: string;
  section: string;
  row: string;
  number: number;
  status: LotStatus;
  priceCents: number;
  capacity: number;
  /** Interments in the lot that are not cancelled. */
  intermentCount: number;
  purchaser: CemeteryContactView | null;
  soldAt: Date | null;
  soldByName: string | null;
  saleInquiryReference: string | null;
  version: number;
  createdAt: Date;
};

export type IntermentView = {
  id: number;
  reference: string;
  lotId: string;
  lotLabel: string;
  deceasedName: string;
  dateOfDeath: string | null;
  slotStartsAt: Date;
  slotEndsAt: Date;
  funeralHome: string | null;
  arranger: CemeteryContactView | null;
  status: IntermentStatus;
  inquiryReference: string | null;
  version: number;
  createdAt: Date;
};

export type LotFilter = { section?: string | null; row?: string | null; status?: LotStatus | null };

/** Maximum number of lots one listing returns. */
export const MAX_LOTS_LISTED = 2000;

/** Formats the lot's place as staff write it: section, row and number. */
export function lotLabel(lot: { section: string; row: string; number: number }): string {
  return `section ${lot.section}, row ${lot.row}, lot ${lot.number}`;
}

const purchaser = alias(contacts, 'purchaser');
const saleInquiry = alias(inquiries, 'sale_inquiry');

const activeInterments = sql<number>`(select count(*)::int from ${cemeteryInterments} where ${cemeteryInterments.lotId} = ${cemeteryLots.id} and ${cemeteryInterments.status} <> 'cancelled')`;

function contactOrNull(row: { name: string | null; email: string | null; phone: string | null; address: string | null; id: string | null }): CemeteryContactView | null {
  return row.id === null ? null : { name: row.name, email: row.email, phone: row.phone, address: row.address };
}

async function selectLots(db: Queryable, where: SQL | undefined, limit = MAX_LOTS_LISTED): Promise<LotView[]> {
  const rows = await db
    .select({
      lot: cemeteryLots,
      intermentCount: activeInterments,
      purchaserId: purchaser.id,
      purchaserName: purchaser.name,
      purchaserEmail: purchaser.email,
      purchaserPhone: purchaser.phone,
      purchaserAddress: purchaser.address,
      soldByName: staffUsers.displayName,
      saleInquiryReference: saleInquiry.reference,
    })
    .from(cemeteryLots)
    .leftJoin(purchaser, eq(purchaser.id, cemeteryLots.purchaserContactId))
    .leftJoin(staffUsers, eq(staffUsers.id, cemeteryLots.soldById))
    .leftJoin(saleInquiry, eq(saleInquiry.id, cemeteryLots.saleInquiryId))
    .where(where)
    .orderBy(asc(cemeteryLots.section), asc(cemeteryLots.row), asc(cemeteryLots.number))
    .limit(limit);
  return rows.map((row) => ({
    id: row.lot.id,
    section: row.lot.section,
    row: row.lot.row,
    number: row.lot.number,
    status: row.lot.status,
    priceCents: row.lot.priceCents,
    capacity: row.lot.capacity,
    intermentCount: Number(row.intermentCount),
    purchaser: contactOrNull({ id: row.purchaserId, name: row.purchaserName, email: row.purchaserEmail, phone: row.purchaserPhone, address: row.purchaserAddress }),
    soldAt: row.lot.soldAt,
    soldByName: row.soldByName,
    saleInquiryReference: row.saleInquiryReference,
    version: row.lot.version,
    createdAt: row.lot.createdAt,
  }));
}

/** Lists lots by section, row and number, optionally filtered; at most MAX_LOTS_LISTED. */
export async function listLots(db: Queryable, filter: LotFilter = {}): Promise<LotView[]> {
  const conditions = [
    filter.section ? eq(cemeteryLots.section, filter.section) : undefined,
    filter.row ? eq(cemeteryLots.row, filter.row) : undefined,
    filter.status ? eq(cemeteryLots.status, filter.status) : undefined,
  ].filter((condition) => condition !== undefined);
  return selectLots(db, conditions.length > 0 ? and(...conditions) : undefined);
}

export async function loadLot(db: Queryable, id: string): Promise<LotView | undefined> {
  const [lot] = await selectLots(db, eq(cemeteryLots.id, id), 1);
  return lot;
}

/** Lists the distinct sections, in order, for the page's filter. */
export async function listSections(db: Queryable): Promise<string[]> {
  const rows = await db.selectDistinct({ section: cemeteryLots.section }).from(cemeteryLots).orderBy(asc(cemeteryLots.section));
  return rows.map((row) => row.section);
}

const arranger = alias(contacts, 'arranger');

async function selectInterments(db: Queryable, where: SQL | undefined): Promise<IntermentView[]> {
  const rows = await db
    .select({
      interment: cemeteryInterments,
      section: cemeteryLots.section,
      row: cemeteryLots.row,
      number: cemeteryLots.number,
      arrangerId: arranger.id,
      arrangerName: arranger.name,
      arrangerEmail: arranger.email,
      arrangerPhone: arranger.phone,
      arrangerAddress: arranger.address,
      inquiryReference: inquiries.reference,
    })
    .from(cemeteryInterments)
    .innerJoin(cemeteryLots, eq(cemeteryLots.id, cemeteryInterments.lotId))
    .leftJoin(arranger, eq(arranger.id, cemeteryInterments.contactId))
    .leftJoin(inquiries, eq(inquiries.id, cemeteryInterments.inquiryId))
    .where(where)
    .orderBy(asc(cemeteryInterments.slotStartsAt), asc(cemeteryInterments.id));
  return rows.map((row) => ({
    id: row.interment.id,
    reference: row.interment.reference,
    lotId: row.interment.lotId,
    lotLabel: lotLabel(row),
    deceasedName: row.interment.deceasedName,
    dateOfDeath: row.interment.dateOfDeath,
    slotStartsAt: row.interment.slotStartsAt,
    slotEndsAt: row.interment.slotEndsAt,
    funeralHome: row.interment.funeralHome,
    arranger: contactOrNull({ id: row.arrangerId, name: row.arrangerName, email: row.arrangerEmail, phone: row.arrangerPhone, address: row.arrangerAddress }),
    status: row.interment.status,
    inquiryReference: row.inquiryReference,
    version: row.interment.version,
    createdAt: row.interment.createdAt,
  }));
}

export async function loadInterment(db: Queryable, id: number): Promise<IntermentView | undefined> {
  const [interment] = await selectInterments(db, eq(cemeteryInterments.id, id));
  return interment;
}

export type LotHistoryView = { lot: LotView; interments: IntermentView[]; audit: AuditEntryView[] };

/** Returns a lot with every interment in it (cancelled ones too) and its audit trail with that of its interments, oldest first. */
export async function lotHistory(db: Queryable, id: string): Promise<LotHistoryView | undefined> {
  const lot = await loadLot(db, id);
  if (!lot) return undefined;
  const interments = await selectInterments(db, eq(cemeteryInterments.lotId, id));
  const trails = await Promise.all([listAudit(db, 'cemetery_lot', id), ...interments.map((interment) => listAudit(db, 'interment', interment.id))]);
  const audit = trails.flat().sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  return { lot, interments, audit };
}

export type ScheduleDayView = { date: string; slots: { slot: IntermentSlot; interment: IntermentView | null }[] };

/**
 * Returns the interment schedule of the seven days from `weekStart`: each
 * open day's slots with the interment booked in each, if any. Cancelled
 * interments free their slot and are left out.
 */
export async function intermentWeek(db: Queryable, zone: string, weekStart: string): Promise<ScheduleDayView[]> {
  const settings = await readSettings(db, zone);
  const start = DateTime.fromISO(weekStart, { zone }).startOf('day');
  const end = start.plus({ days: 7 });
  const interments = await selectInterments(
    db,
    and(
      gte(cemeteryInterments.slotStartsAt, start.toJSDate()),
      lt(cemeteryInterments.slotStartsAt, end.toJSDate()),
      ne(cemeteryInterments.status, 'cancelled'),
    ),
  );
  const byStart = new Map(interments.map((interment) => [interment.slotStartsAt.getTime(), interment]));

  const days: ScheduleDayView[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const date = start.plus({ days: offset }).toISODate()!;
    const slots = slotsOfDate(settings, date);
    if (slots.length === 0) continue;
    days.push({ date, slots: slots.map((slot) => ({ slot, interment: byStart.get(slot.startsAt.getTime()) ?? null })) });
  }
  return days;
}
