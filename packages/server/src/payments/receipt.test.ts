import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Actor } from '../core/deps.js';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';
import { recordPayment, reversePayment } from './service.js';

/** pdfjs reads the metrics of PDF's 14 standard fonts from this folder of the pdfjs-dist package. */
const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Reads a PDF back with pdfjs and returns the text of its first page. */
async function pdfTextOf(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, useSystemFonts: false, isEvalSupported: false }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  await pdf.destroy();
  return content.items
    .map((item) => ('str' in item ? item.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe.each(databaseKinds())('receipt PDF on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let agent: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    agent = await createAgent(database.deps, 'Dana Cashier');
  });

  async function download(id: number | string, signedIn: boolean) {
    const client = new TestClient(server.url);
    if (signedIn) await client.signIn(agent.email, TEST_PASSWORD);
    return fetch(`${server.url}/counter/payments/${id}/receipt.pdf`, { headers: client.cookie ? { cookie: client.cookie } : {} });
  }

  it('prints the payment and its reversal', async () => {
    const recorded = await recordPayment(database.deps, agent, { amountCents: 2500, method: 'check', checkNumber: '1042', channel: 'mail', purpose: 'fee', feeDescription: 'Copy of a permit', payerName: 'Rosa Martinez' });
    if (recorded.kind !== 'ok') throw new Error('payment not recorded');
    const response = await download(recorded.payment.id, true);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfTextOf(await response.arrayBuffer());
    expect(text).toContain(`Receipt number ${recorded.payment.reference}`);
    expect(text).toContain('Amount $25.00');
    expect(text).toContain('Method Check, check number 1042');
    expect(text).toContain('For Fee: Copy of a permit');
    expect(text).toContain('Received by Dana Cashier');

    const reversed = await reversePayment(database.deps, agent, recorded.payment.id, 'Check returned');
    if (reversed.kind !== 'ok') throw new Error('payment not reversed');
    const reversal = await pdfTextOf(await (await download(reversed.payment.id, true)).arrayBuffer());
    expect(reversal).toContain('Reversal receipt');
    expect(reversal).toContain('Amount -$25.00');
    expect(reversal).toContain(`Reverses receipt ${recorded.payment.reference}`);
    expect(reversal).toContain('Reason Check returned');
  });

  it('requires a session and a payment', async () => {
    expect((await download(1, false)).status).toBe(401);
    expect((await download(999, true)).status).toBe(404);
    expect((await download('abc', true)).status).toBe(404);
  });
});
