import { aliasedTable, and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { StaffSummary } from '../auth/service.js';
import type { Queryable } from '../db/client.js';
import {
  bannerApplications,
  cemeteryInterments,
  cemeteryLots,
  drawerCloses,
  inquiries,
  lemonLotPermits,
  notaryAppointments,
  payments,
  staffUsers,
} from '../db/schema.js';

export type PaymentMethod = 'cash' | 'check' | 'card';
export type PaymentChannel = 'counter' | 'phone' | 'mail';
export type PaymentPurpose = 'banner_permit' | 'lemon_lot_permit' | 'cemetery_lot' | 'interment' | 'notary' | 'fee';

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['cash', 'check', 'card'];
export const PAYMENT_CHANNELS: readonly PaymentChannel[] = ['counter', 'phone', 'mail'];
export const PAYMENT_PURPOSES: readonly PaymentPurpose[] = ['banner_permit', 'lemon_lot_permit', 'cemetery_lot', 'interment', 'notary', 'fee'];

/** A payment as staff see it. payerName is personal data. */
export type PaymentView = {
  id: number;
  reference: string;
  amountCents: number;
  method: PaymentMethod;
  channel: PaymentChannel;
  purpose: PaymentPurpose;
  /** The paid record's reference (BP-000001, LL-…, IN-…, NA-…, or section/row/number for a cemetery lot); null for a fee. */
  targetReference: string | null;
  feeDescription: string | null;
  payerName: string;
  checkNumber: string | null;
  cardLast4: string | null;
  note: string | null;
  receivedBy: StaffSummary;
  receivedAt: Date;
  businessDate: string;
  inquiryId: number | null;
  inquiryReference: string | null;
  drawerCloseId: string | null;
  reversalOfId: number | null;
  reversalOfReference: string | null;
  reversalReason: string | null;
  /** The reversal of this payment, when it has one. */
  reversedById: number | null;
  reversedByReference: string | null;
  version: number;
};

const receiver = aliasedTable(staffUsers, 'receiver');
const original = aliasedTable(payments, 'original');
const reversal = aliasedTable(payments, 'reversal');

function selectPayments(db: Queryable) {
  return db
    .select({
      id: payments.id,
      reference: payments.reference,
      amountCents: payments.amountCents,
      method: payments.method,
      channel: payments.channel,
      purpose: payments.purpose,
      bannerReference: bannerApplications.reference,
      lemonLotReference: lemonLotPermits.reference,
      lotSection: cemeteryLots.section,
      lotRow: cemeteryLots.row,
      lotNumber: cemeteryLots.number,
      intermentReference: cemeteryInterments.reference,
      notaryReference: notaryAppointments.reference,
      feeDescription: payments.feeDescription,
      payerName: payments.payerName,
      checkNumber: payments.checkNumber,
      cardLast4: payments.cardLast4,
      note: payments.note,
      receivedById: receiver.id,
      receivedByEmail: receiver.email,
      receivedByName: receiver.displayName,
      receivedByRole: receiver.role,
      receivedByActive: receiver.active,
      receivedByExtension: receiver.phoneExtension,
      receivedAt: payments.receivedAt,
      businessDate: payments.businessDate,
      inquiryId: payments.inquiryId,
      inquiryReference: inquiries.reference,
      drawerCloseId: payments.drawerCloseId,
      reversalOfId: payments.reversalOfId,
      reversalOfReference: original.reference,
      reversalReason: payments.reversalReason,
      reversedById: reversal.id,
      reversedByReference: reversal.reference,
      version: payments.version,
    })
    .from(payments)
    .innerJoin(receiver, eq(receiver.id, payments.receivedById))
    .leftJoin(bannerApplications, eq(bannerApplications.id, payments.bannerApplicationId))
    .leftJoin(lemonLotPermits, eq(lemonLotPermits.id, payments.lemonLotPermitId))
    .leftJoin(cemeteryLots, eq(cemeteryLots.id, payments.cemeteryLotId))
    .leftJoin(cemeteryInterments, eq(cemeteryInterments.id, payments.intermentId))
    .leftJoin(notaryAppointments, eq(notaryAppointments.id, payments.notaryAppointmentId))
    .leftJoin(inquiries, eq(inquiries.id, payments.inquiryId))
    .leftJoin(original, eq(original.id, payments.reversalOfId))
    .leftJoin(reversal, eq(reversal.reversalOfId, payments.id));
}

type PaymentRow = {
  id: number;
  reference: string;
  amountCents: number;
  method: PaymentMethod;
  channel: PaymentChannel;
  purpose: PaymentPurpose;
  bannerReference: string | null;
  lemonLotReference: string | null;
  lotSection: string | null;
  lotRow: string | null;
  lotNumber: number | null;
  intermentReference: string | null;
  notaryReference: string | null;
  feeDescription: string | null;
  payerName: string;
  checkNumber: string | null;
  cardLast4: string | null;
  note: string | null;
  receivedById: string;
  receivedByEmail: string;
  receivedByName: string;
  receivedByRole: 'agent' | 'manager';
  receivedByActive: boolean;
  receivedByExtension: string | null;
  receivedAt: Date;
  businessDate: string;
  inquiryId: number | null;
  inquiryReference: string | null;
  drawerCloseId: string | null;
  reversalOfId: number | null;
  reversalOfReference: string | null;
  reversalReason: string | null;
  reversedById: number | null;
  reversedByReference: string | null;
  version: number;
};

function toView(row: PaymentRow): PaymentView {
  const lotReference = row.lotSection !== null ? `${row.lotSection}/${row.lotRow}/${row.lotNumber}` : null;
  return {
    id: row.id,
    reference: row.reference,
    amountCents: row.amountCents,
    method: row.method,
    channel: row.channel,
    purpose: row.purpose,
    targetReference: row.bannerReference ?? row.lemonLotReference ?? lotReference ?? row.intermentReference ?? row.notaryReference ?? null,
    feeDescription: row.feeDescription,
    payerName: row.payerName,
    checkNumber: row.checkNumber,
    cardLast4: row.cardLast4,
    note: row.note,
    receivedBy: {
      id: row.receivedById,
      email: row.receivedByEmail,
      displayName: row.receivedByName,
      role: row.receivedByRole,
      active: row.receivedByActive,
      phoneExtension: row.receivedByExtension,
    },
    receivedAt: row.receivedAt,
    businessDate: row.businessDate,
    inquiryId: row.inquiryId,
    inquiryReference: row.inquiryReference,
    drawerCloseId: row.drawerCloseId,
    reversalOfId: row.reversalOfId,
    reversalOfReference: row.reversalOfReference,
    reversalReason: row.reversalReason,
    reversedById: row.reversedById,
    reversedByReference: row.reversedByReference,
    version: row.version,
  };
}

export async function loadPayment(db: Queryable, id: number): Promise<PaymentView | undefined> {
  const [row] = await selectPayments(db).where(eq(payments.id, id));
  return row ? toView(row) : undefined;
}

export type PaymentFilter = { businessDate?: string; staffId?: string };

/** Payments of a business day and/or a staff member's drawer, oldest first. At most 1,000. */
export async function listPayments(db: Queryable, filter: PaymentFilter): Promise<PaymentView[]> {
  const conditions: SQL[] = [];
  if (filter.businessDate) conditions.push(eq(payments.businessDate, filter.businessDate));
  if (filter.staffId) conditions.push(eq(payments.receivedById, filter.staffId));
  const rows = await selectPayments(db)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(payments.receivedAt), asc(payments.id))
    .limit(1000);
  return rows.map(toView);
}

export type DrawerTotals = { cashCents: number; checkCents: number; cardCents: number; totalCents: number; count: number };

/**
 * Sums the payments of one staff member's drawer on one business day by
 * method, reversals included (their amounts are negative).
 */
export async function drawerTotals(db: Queryable, staffId: string, businessDate: string): Promise<DrawerTotals> {
  const rows = await db
    .select({ method: payments.method, cents: sql<string>`coalesce(sum(${payments.amountCents}), 0)`, count: sql<string>`count(*)` })
    .from(payments)
    .where(and(eq(payments.receivedById, staffId), eq(payments.businessDate, businessDate)))
    .groupBy(payments.method);
  const totals: DrawerTotals = { cashCents: 0, checkCents: 0, cardCents: 0, totalCents: 0, count: 0 };
  for (const row of rows) {
    const cents = Number(row.cents);
    if (row.method === 'cash') totals.cashCents = cents;
    if (row.method === 'check') totals.checkCents = cents;
    if (row.method === 'card') totals.cardCents = cents;
    totals.totalCents += cents;
    totals.count += Number(row.count);
  }
  return totals;
}

export type DrawerCloseView = {
  id: string;
  staff: StaffSummary;
  businessDate: string;
  expectedCashCents: number;
  countedCashCents: number;
  expectedCheckCents: number;
  countedCheckCents: number;
  expectedCardCents: number;
  countedCardCents: number;
  differenceCents: number;
  flagged: boolean;
  note: string | null;
  closedBy: StaffSummary;
  closedAt: Date;
  paymentCount: number;
};

const closer = aliasedTable(staffUsers, 'closer');

function selectCloses(db: Queryable) {
  return db
    .select({
      close: drawerCloses,
      staff: { id: staffUsers.id, email: staffUsers.email, displayName: staffUsers.displayName, role: staffUsers.role, active: staffUsers.active, phoneExtension: staffUsers.phoneExtension },
      closedBy: { id: closer.id, email: closer.email, displayName: closer.displayName, role: closer.role, active: closer.active, phoneExtension: closer.phoneExtension },
      paymentCount: sql<string>`(select count(*) from payments p where p.drawer_close_id = ${drawerCloses.id})`,
    })
    .from(drawerCloses)
    .innerJoin(staffUsers, eq(staffUsers.id, drawerCloses.staffId))
    .innerJoin(closer, eq(closer.id, drawerCloses.closedById));
}

function toCloseView(row: Awaited<ReturnType<typeof selectCloses>>[number]): DrawerCloseView {
  const { close } = row;
  return {
    id: close.id,
    staff: row.staff,
    businessDate: close.businessDate,
    expectedCashCents: close.expectedCashCents,
    countedCashCents: close.countedCashCents,
    expectedCheckCents: close.expectedCheckCents,
    countedCheckCents: close.countedCheckCents,
    expectedCardCents: close.expectedCardCents,
    countedCardCents: close.countedCardCents,
    differenceCents: close.differenceCents,
    flagged: close.flagged,
    note: close.note,
    closedBy: row.closedBy,
    closedAt: close.closedAt,
    paymentCount: Number(row.paymentCount),
  };
}

export async function loadDrawerClose(db: Queryable, id: string): Promise<DrawerCloseView | undefined> {
  const [row] = await selectCloses(db).where(eq(drawerCloses.id, id));
  return row ? toCloseView(row) : undefined;
}

export async function findDrawerClose(db: Queryable, staffId: string, businessDate: string): Promise<DrawerCloseView | undefined> {
  const [row] = await selectCloses(db).where(and(eq(drawerCloses.staffId, staffId), eq(drawerCloses.businessDate, businessDate)));
  return row ? toCloseView(row) : undefined;
}

export type CloseFilter = { staffId?: string; flaggedOnly?: boolean; staffIds?: string[] };

/** Drawer closes, newest business day first. At most 500. */
export async function listDrawerCloses(db: Queryable, filter: CloseFilter): Promise<DrawerCloseView[]> {
  const conditions: SQL[] = [];
  if (filter.staffId) conditions.push(eq(drawerCloses.staffId, filter.staffId));
  if (filter.staffIds) conditions.push(inArray(drawerCloses.staffId, filter.staffIds));
  if (filter.flaggedOnly) conditions.push(eq(drawerCloses.flagged, true));
  const rows = await selectCloses(db)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(drawerCloses.businessDate), asc(staffUsers.displayName))
    .limit(500);
  return rows.map(toCloseView);
}
