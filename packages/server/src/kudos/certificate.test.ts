import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Actor } from '../core/deps.js';
import { kudos } from '../db/schema.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { buildCertificatePdf, formatCertificateDate, loadCertificate, pdfText } from './certificate.js';
import { approveKudos, submitKudos } from './service.js';

/** pdfjs reads the metrics of PDF's 14 standard fonts from this folder of the pdfjs-dist package. */
const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Reads the PDF back with pdfjs and returns its page count, each page's size and all text. */
async function readPdf(bytes: Buffer): Promise<{ pages: number; width: number; height: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const [, , width, height] = page.view;
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, width, height, text: text.replace(/\s+/g, ' ') };
}

describe('certificate PDF', () => {
  const certificate = {
    kudosId: '00000000-0000-4000-8000-000000000001',
    staffName: 'María López',
    message: 'She explained the whole permit process and called me back the same afternoon.',
    from: 'Rosa',
    // 23:30 on November 30 in Denver, already December 1 in UTC.
    approvedAt: new Date('2026-12-01T06:30:00Z'),
    managerName: 'Morgan Manager',
  };

  it('contains the names, words and local date', async () => {
    const pdf = await buildCertificatePdf(certificate, { timeZone: 'America/Denver' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const read = await readPdf(pdf);
    expect(read.pages).toBe(1);
    expect(read.width).toBeGreaterThan(read.height);
    expect(read.text).toContain('Certificate of Recognition');
    expect(read.text).toContain('County 311');
    expect(read.text).toContain('María López');
    expect(read.text).toContain('November 30, 2026');
    expect(read.text).not.toContain('December 1, 2026');
    expect(read.text).toContain('Morgan Manager');
    expect(read.text).toContain('called me back the same afternoon');
    expect(read.text).toContain('Rosa');
  });

  it('formats the date in the given zone', () => {
    expect(formatCertificateDate(certificate.approvedAt, 'America/Denver')).toBe('November 30, 2026');
    expect(formatCertificateDate(certificate.approvedAt, 'UTC')).toBe('December 1, 2026');
  });

  it('replaces characters the fonts lack', async () => {
    expect(pdfText('Gracias 🙏 señora “Ana”')).toBe('Gracias ? señora “Ana”');
    const pdf = await buildCertificatePdf({ ...certificate, message: '谢谢 Thank you 🙏' }, { timeZone: 'America/Denver' });
    expect((await readPdf(pdf)).text).toContain('Thank you');
  });
});

describe.each(databaseKinds())('certificate lookup on %s', (kind) => {
  let database: TestDatabase;
  let manager: Actor;
  let agent: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    manager = await createAgent(database.deps, 'Morgan Manager', 'manager');
    agent = await createAgent(database.deps, 'Dana Agent');
  });

  it('loads approved kudos only', async () => {
    const submitted = await submitKudos(database.deps.db, { source: 'public', employeeName: 'Dana', message: 'Great help', residentName: 'Rosa Martinez' });
    if (submitted.kind !== 'submitted') throw new Error('not stored');
    expect((await loadCertificate(database.deps.db, submitted.id)).kind).toBe('not_found');

    await approveKudos(database.deps, manager, submitted.id, agent.id);
    await database.deps.db.update(kudos).set({ reviewedAt: new Date('2026-12-01T06:30:00Z') }).where(eq(kudos.id, submitted.id));
    const lookup = await loadCertificate(database.deps.db, submitted.id);
    expect(lookup.kind).toBe('ok');
    if (lookup.kind !== 'ok') return;
    expect(lookup.certificate.staffName).toBe('Dana Agent');
    expect(lookup.certificate.managerName).toBe('Morgan Manager');
    expect(lookup.certificate.from).toBe('Rosa');

    const text = (await readPdf(await buildCertificatePdf(lookup.certificate, { timeZone: database.deps.centerTimeZone }))).text;
    expect(text).toContain('Dana Agent');
    expect(text).toContain('November 30, 2026');
    expect(text).not.toContain('Martinez');
  });

  it('finds nothing for a malformed id', async () => {
    expect((await loadCertificate(database.deps.db, 'not-a-uuid')).kind).toBe('not_found');
  });
});
