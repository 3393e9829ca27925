import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { isUuid, type StaffSummary } from '../auth/service.js';
import type { Actor } from '../core/deps.js';
import { AppError } from '../core/errors.js';
import type { Queryable } from '../db/client.js';
import { staffUsers } from '../db/schema.js';
import { listAudit, type AuditEntryView } from '../counter/audit.js';
import { actorOf } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';
import { closeDrawer, editPayment, localDate, recordPayment, reversePayment } from './service.js';
import { drawerTotals, findDrawerClose, listDrawerCloses, listPayments, loadDrawerClose, loadPayment, type DrawerCloseView, type PaymentView } from './views.js';

/** One staff member's drawer on one business day, as the Drawer type returns it. */
export type DrawerView = {
  staff: StaffSummary;
  businessDate: string;
  expectedCashCents: number;
  expectedCheckCents: number;
  expectedCardCents: number;
  expectedTotalCents: number;
  payments: PaymentView[];
  close: DrawerCloseView | null;
};

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a GraphQL ID as a payment id; undefined when it cannot be one. */
function paymentId(id: string): number | undefined {
  const value = Number(id);
  return /^[0-9]{1,15}$/.test(id) && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function checkDate(value: string, field: string): string {
  if (!DATE_PATTERN.test(value) || !DateTime.fromISO(value).isValid) throw new AppError('BAD_USER_INPUT', `${field} must be a date such as 2026-03-09, not ${JSON.stringify(value.slice(0, 40))}`);
  return value;
}

async function loadStaff(db: Queryable, id: string): Promise<StaffSummary | undefined> {
  const [row] = await db
    .select({ id: staffUsers.id, email: staffUsers.email, displayName: staffUsers.displayName, role: staffUsers.role, active: staffUsers.active, phoneExtension: staffUsers.phoneExtension })
    .from(staffUsers)
    .where(eq(staffUsers.id, id));
  return row;
}

/**
 * Checks that `actor` may read the audit trail of a record: managers read
 * every trail, agents the trails of their own drawer's payments and closes
 * and of the other counter records, which every agent works on.
 */
async function assertMayReadAudit(db: Queryable, actor: Actor, entity: string, entityId: string): Promise<void> {
  if (actor.role === 'manager') return;
  if (entity === 'payment') {
    const id = paymentId(entityId);
    const payment = id === undefined ? undefined : await loadPayment(db, id);
    if (payment && payment.receivedBy.id !== actor.id) throw new AppError('FORBIDDEN', "Only a manager can read the audit trail of another staff member's payment");
  }
  if (entity === 'drawer_close' && isUuid(entityId)) {
    const close = await loadDrawerClose(db, entityId);
    if (close && close.staff.id !== actor.id) throw new AppError('FORBIDDEN', "Only a manager can read the audit trail of another staff member's drawer");
  }
}

function toJsonText(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Lists an audit entry's fields with their values before and after, in the order they were stored. */
function auditChanges(entry: AuditEntryView) {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({ field, before: toJsonText(before[field]), after: toJsonText(after[field]) }));
}

/** Turns a service result into a union member: the payment or close itself on success, else the typed failure. */
function toUnionMember(result: { kind: string; payment?: PaymentView; close?: DrawerCloseView }) {
  if (result.kind === 'ok') return { ...(result.payment ?? result.close), kind: 'ok' };
  return result;
}

function resultType(result: unknown, okType: string): string {
  const kind = (result as { kind?: string }).kind ?? 'ok';
  switch (kind) {
    case 'ok':
      return okType;
    case 'invalid_input':
      return 'InvalidInput';
    case 'not_found':
      return 'NotFound';
    case 'locked':
      return 'PaymentLocked';
    case 'version_conflict':
      return 'PaymentVersionConflict';
    case 'already_reversed':
      return 'PaymentAlreadyReversed';
    case 'already_closed':
      return 'DrawerAlreadyClosed';
    default:
      throw new Error(`unexpected payment result ${kind}`);
  }
}

export const paymentResolvers: Resolvers = {
  Query: {
    async payment(_parent, args, context) {
      const id = paymentId(args.id);
      return id === undefined ? null : ((await loadPayment(context.deps.db, id)) ?? null);
    },
    async drawer(_parent, args, context) {
      const actor = actorOf(context);
      const staffId = args.staffId ?? actor.id;
      if (actor.role !== 'manager' && staffId !== actor.id) throw new AppError('FORBIDDEN', "Only a manager can read another staff member's drawer");
      const businessDate = args.businessDate ? checkDate(args.businessDate, 'businessDate') : localDate(new Date(), context.deps.centerTimeZone);
      const staff = isUuid(staffId) ? await loadStaff(context.deps.db, staffId) : undefined;
      if (!staff) throw new AppError('BAD_USER_INPUT', `staffId ${JSON.stringify(staffId.slice(0, 40))} is not a staff member; use an id from the staff query`);
      const [totals, payments, close] = await Promise.all([
        drawerTotals(context.deps.db, staffId, businessDate),
        listPayments(context.deps.db, { staffId, businessDate }),
        findDrawerClose(context.deps.db, staffId, businessDate),
      ]);
      return {
        staff,
        businessDate,
        expectedCashCents: totals.cashCents,
        expectedCheckCents: totals.checkCents,
        expectedCardCents: totals.cardCents,
        expectedTotalCents: totals.totalCents,
        payments,
        close: close ?? null,
      };
    },
    paymentsOfDay: (_parent, args, context) => listPayments(context.deps.db, { businessDate: checkDate(args.businessDate, 'businessDate') }),
    async drawerCloses(_parent, args, context) {
      const actor = actorOf(context);
      return listDrawerCloses(context.deps.db, { staffId: actor.role === 'manager' ? undefined : actor.id, flaggedOnly: args.flaggedOnly ?? false });
    },
    async auditTrail(_parent, args, context) {
      await assertMayReadAudit(context.deps.db, actorOf(context), args.entity, args.entityId);
      return listAudit(context.deps.db, args.entity, args.entityId);
    },
  },
  Mutation: {
    recordPayment: async (_parent, args, context) => toUnionMember(await recordPayment(context.deps, actorOf(context), args.input)) as never,
    async editPayment(_parent, args, context) {
      const id = paymentId(args.id);
      if (id === undefined) return { kind: 'not_found', message: `No payment with id ${args.id.slice(0, 40)}` };
      return toUnionMember(await editPayment(context.deps, actorOf(context), id, args.version, args.input)) as never;
    },
    async reversePayment(_parent, args, context) {
      const id = paymentId(args.id);
      if (id === undefined) return { kind: 'not_found', message: `No payment with id ${args.id.slice(0, 40)}` };
      return toUnionMember(await reversePayment(context.deps, actorOf(context), id, args.reason)) as never;
    },
    async closeDrawer(_parent, args, context) {
      return toUnionMember(await closeDrawer(context.deps, actorOf(context), args.input)) as never;
    },
  },
  PaymentMethod: { CASH: 'cash', CHECK: 'check', CARD: 'card' },
  PaymentChannel: { COUNTER: 'counter', PHONE: 'phone', MAIL: 'mail' },
  PaymentPurpose: { BANNER_PERMIT: 'banner_permit', LEMON_LOT_PERMIT: 'lemon_lot_permit', CEMETERY_LOT: 'cemetery_lot', INTERMENT: 'interment', NOTARY: 'notary', FEE: 'fee' },
  Payment: {
    id: (payment) => String(payment.id),
    closed: (payment) => payment.drawerCloseId !== null,
    editable: (payment) => payment.drawerCloseId === null && payment.reversalOfId === null && payment.reversedById === null,
    reversalOfId: (payment) => (payment.reversalOfId === null ? null : String(payment.reversalOfId)),
    reversedById: (payment) => (payment.reversedById === null ? null : String(payment.reversedById)),
    receiptPath: (payment) => `/counter/payments/${payment.id}/receipt`,
  },
  AuditEntry: {
    id: (entry) => String(entry.id),
    actor: async (entry, _args, context) => (entry.actorId ? ((await loadStaff(context.deps.db, entry.actorId)) ?? null) : null),
    changes: (entry) => auditChanges(entry),
  },
  RecordPaymentResult: { __resolveType: (result) => resultType(result, 'Payment') as 'Payment' },
  EditPaymentResult: { __resolveType: (result) => resultType(result, 'Payment') as 'Payment' },
  ReversePaymentResult: { __resolveType: (result) => resultType(result, 'Payment') as 'Payment' },
  CloseDrawerResult: { __resolveType: (result) => resultType(result, 'DrawerClose') as 'DrawerClose' },
};
