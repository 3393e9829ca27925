import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { bannerApplications, cemeteryInterments, cemeteryLots, lemonLotPermits, notaryAppointments } from '../db/schema.js';
import { referenceExample } from './input.js';
import type { PaymentPurpose } from './views.js';

/** The columns of `payments` that link a payment to what it pays for, and the inquiry of that record. */
export type PaymentTarget = {
  bannerApplicationId: number | null;
  lemonLotPermitId: number | null;
  cemeteryLotId: string | null;
  intermentId: number | null;
  notaryAppointmentId: number | null;
  /** The inquiry that recorded the paid record's contact, if it has one. */
  inquiryId: number | null;
};

const NO_TARGET: PaymentTarget = { bannerApplicationId: null, lemonLotPermitId: null, cemeteryLotId: null, intermentId: null, notaryAppointmentId: null, inquiryId: null };

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Normalises "BP-000012", "bp12" or "12" with prefix BP to the stored form, BP- and at least six digits. */
export function normaliseReference(prefix: string, value: string): string | undefined {
  const match = new RegExp(`^(?:${prefix}-?)?0*([0-9]{1,15})$`, 'i').exec(value.trim());
  const id = match ? Number(match[1]) : 0;
  if (!match || id < 1 || !Number.isSafeInteger(id)) return undefined;
  return `${prefix}-${id < 1_000_000 ? String(id).padStart(6, '0') : id}`;
}

export type TargetLookup = { kind: 'found'; target: PaymentTarget } | { kind: 'invalid'; message: string };

/**
 * Finds the record a payment is for from its reference. A fee has no
 * record. The message of a failed lookup names the reference and what is
 * expected.
 */
export async function findPaymentTarget(db: Queryable, purpose: PaymentPurpose, reference: string | undefined): Promise<TargetLookup> {
  if (purpose === 'fee') return { kind: 'found', target: NO_TARGET };
  const trimmed = (reference ?? '').trim();
  const invalid = (problem: string): TargetLookup => ({ kind: 'invalid', message: `reference ${JSON.stringify(trimmed.slice(0, 60))} ${problem}; expected ${referenceExample(purpose)}` });

  switch (purpose) {
    case 'banner_permit': {
      const normal = normaliseReference('BP', trimmed);
      if (!normal) return invalid('is not a banner permit reference');
      const [row] = await db.select({ id: bannerApplications.id, inquiryId: bannerApplications.inquiryId }).from(bannerApplications).where(eq(bannerApplications.reference, normal));
      return row ? { kind: 'found', target: { ...NO_TARGET, bannerApplicationId: row.id, inquiryId: row.inquiryId } } : invalid('matches no banner permit');
    }
    case 'lemon_lot_permit': {
      const normal = normaliseReference('LL', trimmed);
      if (!normal) return invalid('is not a lemon lot permit reference');
      const [row] = await db.select({ id: lemonLotPermits.id, inquiryId: lemonLotPermits.inquiryId }).from(lemonLotPermits).where(eq(lemonLotPermits.reference, normal));
      return row ? { kind: 'found', target: { ...NO_TARGET, lemonLotPermitId: row.id, inquiryId: row.inquiryId } } : invalid('matches no lemon lot permit');
    }
    case 'interment': {
      const normal = normaliseReference('IN', trimmed);
      if (!normal) return invalid('is not an interment reference');
      const [row] = await db.select({ id: cemeteryInterments.id, inquiryId: cemeteryInterments.inquiryId }).from(cemeteryInterments).where(eq(cemeteryInterments.reference, normal));
      return row ? { kind: 'found', target: { ...NO_TARGET, intermentId: row.id, inquiryId: row.inquiryId } } : invalid('matches no interment');
    }
    case 'notary': {
      const normal = normaliseReference('NA', trimmed);
      if (!normal) return invalid('is not a notary appointment reference');
      const [row] = await db.select({ id: notaryAppointments.id, inquiryId: notaryAppointments.inquiryId }).from(notaryAppointments).where(eq(notaryAppointments.reference, normal));
      return row ? { kind: 'found', target: { ...NO_TARGET, notaryAppointmentId: row.id, inquiryId: row.inquiryId } } : invalid('matches no notary appointment');
    }
    case 'cemetery_lot': {
      const columns = { id: cemeteryLots.id, inquiryId: cemeteryLots.saleInquiryId };
      if (UUID_PATTERN.test(trimmed)) {
        const [row] = await db.select(columns).from(cemeteryLots).where(eq(cemeteryLots.id, trimmed));
        return row ? { kind: 'found', target: { ...NO_TARGET, cemeteryLotId: row.id, inquiryId: row.inquiryId } } : invalid('matches no cemetery lot');
      }
      const parts = trimmed.split('/').map((part) => part.trim());
      if (parts.length !== 3 || !parts[0] || !parts[1] || !/^[0-9]{1,9}$/.test(parts[2]!)) return invalid('is not a cemetery lot');
      const [row] = await db
        .select(columns)
        .from(cemeteryLots)
        .where(and(eq(cemeteryLots.section, parts[0]), eq(cemeteryLots.row, parts[1]), eq(cemeteryLots.number, Number(parts[2]))));
      return row ? { kind: 'found', target: { ...NO_TARGET, cemeteryLotId: row.id, inquiryId: row.inquiryId } } : invalid('matches no cemetery lot');
    }
  }
}
