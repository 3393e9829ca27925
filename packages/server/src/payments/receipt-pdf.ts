import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import { DEFAULT_CENTER_NAME, pdfText } from '../kudos/certificate.js';
import type { PaymentView } from './views.js';

const METHOD_NAMES = { cash: 'Cash', check: 'Check', card: 'Card' } as const;
const CHANNEL_NAMES = { counter: 'At the counter', phone: 'By phone', mail: 'By mail' } as const;
const PURPOSE_NAMES = {
  banner_permit: 'Banner permit',
  lemon_lot_permit: 'Lemon lot permit',
  cemetery_lot: 'Cemetery lot',
  interment: 'Interment',
  notary: 'Notary',
  fee: 'Fee',
} as const;

/** Formats cents as US dollars, such as -$25.00. */
export function formatDollars(cents: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}

/** Lists the receipt's lines as label and value pairs, in print order. */
export function receiptLines(payment: PaymentView, timeZone: string): [string, string][] {
  const method =
    METHOD_NAMES[payment.method] +
    (payment.checkNumber ? `, check number ${payment.checkNumber}` : '') +
    (payment.cardLast4 ? `, card ending ${payment.cardLast4}` : '');
  const purpose = PURPOSE_NAMES[payment.purpose] + (payment.targetReference ? ` ${payment.targetReference}` : '') + (payment.feeDescription ? `: ${payment.feeDescription}` : '');
  const lines: [string, string][] = [
    ['Receipt number', payment.reference],
    ['Date', DateTime.fromJSDate(payment.receivedAt, { zone: timeZone }).setLocale('en-US').toLocaleString(DateTime.DATETIME_MED)],
    ['Business day', payment.businessDate],
    ['Amount', formatDollars(payment.amountCents)],
    ['Method', method],
    ['Received', CHANNEL_NAMES[payment.channel]],
    ['For', purpose],
    ['Paid by', payment.payerName],
    ['Received by', payment.receivedBy.displayName],
  ];
  if (payment.reversalOfReference) lines.push(['Reverses receipt', payment.reversalOfReference], ['Reason', payment.reversalReason ?? '']);
  if (payment.reversedByReference) lines.push(['Reversed by receipt', payment.reversedByReference]);
  return lines;
}

/** Builds the receipt of a payment as a one-page US Letter PDF with pdfkit, the same lines as the receipt page. */
export function buildReceiptPdf(payment: PaymentView, options: { timeZone: string; centerName?: string }): Promise<Buffer> {
  const centerName = options.centerName ?? DEFAULT_CENTER_NAME;
  const title = payment.reversalOfReference ? 'Reversal receipt' : 'Receipt';
  const doc = new PDFDocument({ size: 'LETTER', margin: 72, info: { Title: `${title} ${payment.reference}`, Author: centerName } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fillColor('#1d4e89').font('Helvetica-Bold').fontSize(14).text(pdfText(centerName));
  doc.fillColor('#000000').fontSize(26).text(title, { paragraphGap: 18 });
  for (const [label, value] of receiptLines(payment, options.timeZone)) {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(12).text(label, 72, y, { width: 150 });
    doc.font('Helvetica').fontSize(12).text(pdfText(value), 230, y, { width: doc.page.width - 302 });
    doc.moveDown(0.4);
  }

  doc.end();
  return done;
}
