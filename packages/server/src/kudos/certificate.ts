import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import type { Queryable } from '../db/client.js';
import { kudos, staffUsers } from '../db/schema.js';
import { alias } from 'drizzle-orm/pg-core';
import { excerpt, residentFirstName } from './newsletter.js';

/**
 * The certificate of recognition for an approved kudos: one landscape US
 * Letter page, built with pdfkit.
 */

/**
 * The center's name on certificates, the same as the public pages' header.
 * NOTE: there is no setting for it yet; a center that wants another name
 * passes `centerName` to buildCertificatePdf.
 */
export const DEFAULT_CENTER_NAME = 'County 311';

/** The resident's words on the certificate are cut near this many characters. */
const CERTIFICATE_EXCERPT_CHARACTERS = 420;

export type CertificateData = {
  kudosId: string;
  staffName: string;
  message: string;
  /** The resident's first name, or "a resident". */
  from: string;
  approvedAt: Date;
  managerName: string;
};

export type CertificateLookup = { kind: 'ok'; certificate: CertificateData } | { kind: 'not_found'; message: string };

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads what the certificate of kudos `id` shows. Unknown, pending and declined kudos have none. */
export async function loadCertificate(db: Queryable, id: string): Promise<CertificateLookup> {
  const notFound: CertificateLookup = { kind: 'not_found', message: `No approved kudos with id ${id.slice(0, 40)}` };
  if (!UUID_PATTERN.test(id)) return notFound;

  const recipient = alias(staffUsers, 'recipient');
  const reviewer = alias(staffUsers, 'reviewer');
  const [row] = await db
    .select({
      status: kudos.status,
      message: kudos.message,
      residentName: kudos.residentName,
      reviewedAt: kudos.reviewedAt,
      staffName: recipient.displayName,
      managerName: reviewer.displayName,
    })
    .from(kudos)
    .leftJoin(recipient, eq(recipient.id, kudos.staffId))
    .leftJoin(reviewer, eq(reviewer.id, kudos.reviewedById))
    .where(eq(kudos.id, id));
  if (!row || row.status !== 'approved' || !row.reviewedAt || !row.staffName) return notFound;

  return {
    kind: 'ok',
    certificate: {
      kudosId: id,
      staffName: row.staffName,
      message: row.message,
      from: residentFirstName(row.residentName),
      approvedAt: row.reviewedAt,
      managerName: row.managerName ?? 'The center manager',
    },
  };
}

/** Formats the approval date in the center's zone, such as "December 5, 2026". */
export function formatCertificateDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale('en-US').toLocaleString(DateTime.DATE_FULL);
}

/**
 * Builds the certificate PDF: the center's name, "Certificate of
 * Recognition", the staff member's name, the resident's words (an excerpt),
 * the approval date in `timeZone` and the approving manager's name.
 */
export function buildCertificatePdf(certificate: CertificateData, options: { timeZone: string; centerName?: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: 54,
    info: { Title: `Certificate of Recognition for ${pdfText(certificate.staffName)}`, Author: options.centerName ?? DEFAULT_CENTER_NAME },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  const inner = { x: 54, width: width - 108 };
  doc.lineWidth(3).strokeColor('#1d4e89').rect(30, 30, width - 60, height - 60).stroke();
  doc.lineWidth(1).rect(38, 38, width - 76, height - 76).stroke();

  doc.fillColor('#1d4e89').font('Helvetica-Bold').fontSize(16);
  doc.text(pdfText(options.centerName ?? DEFAULT_CENTER_NAME), inner.x, 70, { width: inner.width, align: 'center' });
  doc.font('Times-Bold').fontSize(38).text('Certificate of Recognition', inner.x, 100, { width: inner.width, align: 'center' });

  doc.fillColor('#333333').font('Helvetica').fontSize(14).text('presented to', inner.x, 165, { width: inner.width, align: 'center' });
  doc.fillColor('#000000').font('Times-Bold').fontSize(32).text(pdfText(certificate.staffName), inner.x, 190, { width: inner.width, align: 'center' });

  doc.fillColor('#333333').font('Helvetica').fontSize(13).text(`for the kind words of ${pdfText(certificate.from)}:`, inner.x, 250, { width: inner.width, align: 'center' });
  const words = `“${pdfText(excerpt(certificate.message, CERTIFICATE_EXCERPT_CHARACTERS))}”`;
  doc.fillColor('#000000').font('Times-Italic').fontSize(17).text(words, inner.x + 60, 275, { width: inner.width - 120, align: 'center', height: 150, ellipsis: true });

  const date = formatCertificateDate(certificate.approvedAt, options.timeZone);
  const lineY = height - 130;
  doc.lineWidth(0.8).strokeColor('#000000');
  doc.moveTo(inner.x + 40, lineY).lineTo(inner.x + 300, lineY).stroke();
  doc.moveTo(width - inner.x - 300, lineY).lineTo(width - inner.x - 40, lineY).stroke();
  doc.font('Helvetica').fontSize(13).fillColor('#000000');
  doc.text(date, inner.x + 40, lineY - 20, { width: 260, align: 'center' });
  doc.text(pdfText(certificate.managerName), width - inner.x - 300, lineY - 20, { width: 260, align: 'center' });
  doc.fontSize(10).fillColor('#555555');
  doc.text('Approved on', inner.x + 40, lineY + 6, { width: 260, align: 'center' });
  doc.text('Manager', width - inner.x - 300, lineY + 6, { width: 260, align: 'center' });

  doc.end();
  return done;
}

/** Characters that the Windows-1252 (WinAnsi) encoding of PDF's standard fonts has above U+00FF. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Replaces characters the standard PDF fonts cannot draw with "?".
 * NOTE: the certificate uses the built-in Helvetica and Times fonts, which
 * cover Windows-1252 only, so emoji and non-Latin scripts are not drawn.
 */
export function pdfText(value: string): string {
  return Array.from(value, (character) => {
    const code = character.codePointAt(0)!;
    if (code === 0x09 || code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(character)) {
      return character;
    }
    return /\s/.test(character) ? ' ' : '?';
  }).join('');
}
