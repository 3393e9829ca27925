const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Formats whole cents as dollars, such as -$25.00. */
export function formatCents(cents: number): string {
  return dollars.format(cents / 100);
}

/** The largest payment the server accepts, in cents: $100,000.00 (PAYMENT_LIMITS.maxAmountCents). */
export const MAX_AMOUNT_CENTS = 10_000_000;

/** The server's message for a larger amount, shown before the request so a huge number never reaches GraphQL's 32-bit Int. */
export const AMOUNT_TOO_LARGE = `amountCents must be at most ${MAX_AMOUNT_CENTS} ($100,000.00)`;

/** Parses a dollar amount typed by staff ("25", "25.5", "$1,025.50") into whole cents; undefined when it is not one. */
export function parseDollars(text: string): number | undefined {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,/g, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export const METHOD_LABELS = { CASH: 'Cash', CHECK: 'Check', CARD: 'Card' } as const;
export const CHANNEL_LABELS = { COUNTER: 'At the counter', PHONE: 'By phone', MAIL: 'By mail' } as const;
export const PURPOSE_LABELS = {
  BANNER_PERMIT: 'Banner permit',
  LEMON_LOT_PERMIT: 'Lemon lot permit',
  CEMETERY_LOT: 'Cemetery lot',
  INTERMENT: 'Interment',
  NOTARY: 'Notary',
  FEE: 'Fee',
} as const;

/** Examples of the reference each purpose expects, shown as the field's hint. */
export const REFERENCE_HINTS: Record<keyof typeof PURPOSE_LABELS, string> = {
  BANNER_PERMIT: 'A banner permit such as BP-000001',
  LEMON_LOT_PERMIT: 'A lemon lot permit such as LL-000001',
  CEMETERY_LOT: 'A lot as section/row/number, such as A/3/12',
  INTERMENT: 'An interment such as IN-000001',
  NOTARY: 'A notary appointment such as NA-000001',
  FEE: '',
};
