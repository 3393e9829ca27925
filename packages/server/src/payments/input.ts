import { z } from 'zod';
import { optionalText, requiredText } from '../validation/text.js';
import { PAYMENT_CHANNELS, PAYMENT_METHODS, PAYMENT_PURPOSES } from './views.js';

/** Limits of payment input, also stated in schema.graphql and docs/counter-services.md. */
export const PAYMENT_LIMITS = {
  /** $100,000.00: above the price of any lot or permit the county sells. */
  maxAmountCents: 10_000_000,
  payerName: 200,
  feeDescription: 200,
  reference: 60,
  checkNumber: 20,
  note: 1000,
  reason: 500,
} as const;

/**
 * A run of 13 to 19 digits, optionally split by single spaces or dashes: the
 * shape of a payment card number. The center keeps only a card's last four
 * digits, so any text field containing such a run is rejected.
 */
const CARD_NUMBER_PATTERN = /(?:\d[ -]?){12,18}\d/;

/**
 * A UUID, such as a cemetery lot's id given as a payment's reference. About 2%
 * of random UUIDs have 13 or more digits in a row across their dashes (measured
 * over 200,000), so UUIDs are taken out before looking for a card number.
 */
const UUID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function containsCardNumber(value: string): boolean {
  return CARD_NUMBER_PATTERN.test(value.replace(UUID_PATTERN, ' '));
}

/** Rejects text that looks like a full card number, naming the field. */
function withoutCardNumber<T extends z.ZodType<string | undefined>>(field: string, schema: T) {
  return schema.refine((value) => value === undefined || !containsCardNumber(value), {
    message: `${field} must not contain a card number; record only the card's last 4 digits in cardLast4`,
  });
}

export const safeRequiredText = (field: string, max: number) => withoutCardNumber(field, requiredText(field, max));
export const safeOptionalText = (field: string, max: number) => withoutCardNumber(field, optionalText(field, max));

const amountCents = z
  .number({ error: 'amountCents must be a whole number of cents, such as 2500 for $25.00' })
  .int('amountCents must be a whole number of cents, such as 2500 for $25.00')
  .min(1, 'amountCents must be at least 1 cent')
  .max(PAYMENT_LIMITS.maxAmountCents, `amountCents must be at most ${PAYMENT_LIMITS.maxAmountCents} ($100,000.00)`);

/**
 * The fields that describe what was paid and how; shared by recording and
 * editing. Cross-field rules (a check needs its number, a fee its
 * description) are checked by `paymentRules`.
 */
export const paymentFields = z.object({
  amountCents,
  method: z.enum(PAYMENT_METHODS as [string, ...string[]], { error: `method must be one of ${PAYMENT_METHODS.join(', ')}` }),
  purpose: z.enum(PAYMENT_PURPOSES as [string, ...string[]], { error: `purpose must be one of ${PAYMENT_PURPOSES.join(', ')}` }),
  reference: safeOptionalText('reference', PAYMENT_LIMITS.reference),
  feeDescription: safeOptionalText('feeDescription', PAYMENT_LIMITS.feeDescription),
  checkNumber: safeOptionalText('checkNumber', PAYMENT_LIMITS.checkNumber).refine((value) => value === undefined || /^[0-9A-Za-z-]+$/.test(value), {
    message: 'checkNumber must contain only digits, letters and dashes, such as 1042',
  }),
  cardLast4: optionalText('cardLast4', 50).refine((value) => value === undefined || /^[0-9]{4}$/.test(value), {
    message: 'cardLast4 must be exactly the last 4 digits of the card, such as 4242',
  }),
  note: safeOptionalText('note', PAYMENT_LIMITS.note),
});

type PaymentFields = z.output<typeof paymentFields>;

/** Adds the cross-field errors of a payment's fields to `context`. */
export function paymentRules(value: PaymentFields, context: z.RefinementCtx): void {
  if (value.method === 'check' && !value.checkNumber) context.addIssue({ code: 'custom', path: ['checkNumber'], message: 'checkNumber is required for a payment by check' });
  if (value.method === 'card' && !value.cardLast4) context.addIssue({ code: 'custom', path: ['cardLast4'], message: 'cardLast4 is required for a payment by card: the last 4 digits only' });
  if (value.method !== 'check' && value.checkNumber) context.addIssue({ code: 'custom', path: ['checkNumber'], message: 'checkNumber is only for a payment by check' });
  if (value.method !== 'card' && value.cardLast4) context.addIssue({ code: 'custom', path: ['cardLast4'], message: 'cardLast4 is only for a payment by card' });
  if (value.purpose === 'fee' && !value.feeDescription) context.addIssue({ code: 'custom', path: ['feeDescription'], message: 'feeDescription is required for a fee, such as "Copy of a permit"' });
  if (value.purpose !== 'fee' && !value.reference) {
    context.addIssue({ code: 'custom', path: ['reference'], message: `reference is required for purpose ${value.purpose}: ${referenceExample(value.purpose as string)}` });
  }
}

export const recordPaymentSchema = paymentFields
  .extend({
    channel: z.enum(PAYMENT_CHANNELS as [string, ...string[]], { error: `channel must be one of ${PAYMENT_CHANNELS.join(', ')}` }),
    payerName: safeRequiredText('payerName', PAYMENT_LIMITS.payerName),
  })
  .superRefine(paymentRules);

export type RecordPaymentFields = z.output<typeof recordPaymentSchema>;

/** Describes the reference a purpose expects, for error messages. */
export function referenceExample(purpose: string): string {
  switch (purpose) {
    case 'banner_permit':
      return 'a banner permit reference such as BP-000001';
    case 'lemon_lot_permit':
      return 'a lemon lot permit reference such as LL-000001';
    case 'cemetery_lot':
      return 'a cemetery lot as section/row/number, such as A/3/12, or its id';
    case 'interment':
      return 'an interment reference such as IN-000001';
    case 'notary':
      return 'a notary appointment reference such as NA-000001';
    default:
      return 'no reference';
  }
}
