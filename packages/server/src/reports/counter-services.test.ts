import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { cemeteryLots } from '../db/schema.js';
import { recordPayment, reversePayment } from '../payments/service.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { reportCsvRows } from './export.js';
import { buildReport } from './report.js';

describe.each(databaseKinds())('counter services report on %s', (kind) => {
  const database = useTestDatabase(kind);

  it('counts contacts and net payments per service', async () => {
    const { deps } = database();
    const agent = await createAgent(deps, 'Dana Agent');
    const { topic } = await createTopic(deps, 'Pothole');
    await receiveInquiry(deps, { channel: 'phone', subject: 'Pothole on Main', topicId: topic.id });
    await deps.db.insert(cemeteryLots).values({ section: 'B', row: '1', number: 4, priceCents: 90000 });

    const fee = await recordPayment(deps, agent, { amountCents: 2500, method: 'cash', channel: 'counter', purpose: 'fee', feeDescription: 'Copy of a permit', payerName: 'Rosa Martinez' });
    const second = await recordPayment(deps, agent, { amountCents: 1000, method: 'cash', channel: 'phone', purpose: 'fee', feeDescription: 'Late fee', payerName: 'Lee Chen' });
    const lot = await recordPayment(deps, agent, { amountCents: 90000, method: 'check', checkNumber: '311', channel: 'mail', purpose: 'cemetery_lot', reference: 'B/1/4', payerName: 'Ana Ruiz' });
    expect([fee.kind, second.kind, lot.kind]).toEqual(['ok', 'ok', 'ok']);
    if (second.kind !== 'ok') return;
    expect((await reversePayment(deps, agent, second.payment.id, 'Charged by mistake')).kind).toBe('ok');

    const today = DateTime.now().setZone(deps.centerTimeZone).toISODate()!;
    const report = await buildReport(deps, { from: today, to: today, bucket: 'day' });
    if (report.kind !== 'ok') throw new Error(report.message);
    const services = report.current.counterServices;
    expect(services.map((service) => service.service)).toEqual(['banner_permit', 'lemon_lot', 'cemetery', 'notary', 'payment']);

    const payment = services.find((service) => service.service === 'payment')!;
    expect(payment.contacts.total).toBe(3);
    expect(payment.paymentsTotalCents).toBe(2500);
    expect(payment.paymentsSeries).toEqual([{ bucket: today, cents: 2500 }]);
    const cemetery = services.find((service) => service.service === 'cemetery')!;
    expect(cemetery.paymentsTotalCents).toBe(90000);
    expect(cemetery.contacts.total).toBe(0);
    expect(services.find((service) => service.service === 'notary')!.paymentsTotalCents).toBe(0);

    // The contacts are the ones contacts by topic counts under the service's topic.
    const byTopic = report.current.contactsByTopic.find((group) => group.label === payment.label);
    expect(byTopic?.total).toBe(3);
    expect(report.current.totalContacts.total).toBe(4);
    expect(report.previous.counterServices.every((service) => service.paymentsTotalCents === 0 && service.contacts.total === 0)).toBe(true);

    const rows = reportCsvRows(report).filter((row) => row[0] === 'current' && row[1] === 'counterServices' && row[4] === 'payment');
    expect(rows).toContainEqual(['current', 'counterServices', 'paymentsCents', '', 'payment', payment.label, 2500]);
    expect(rows).toContainEqual(['current', 'counterServices', 'contacts', '', 'payment', payment.label, 3]);
  });

  it('limits payments to the department view', async () => {
    const { deps } = database();
    const agent = await createAgent(deps, 'Dana Agent');
    const { department } = await createTopic(deps, 'Pothole');
    await recordPayment(deps, agent, { amountCents: 2500, method: 'cash', channel: 'counter', purpose: 'fee', feeDescription: 'Copy of a permit', payerName: 'Rosa Martinez' });

    const today = DateTime.now().setZone(deps.centerTimeZone).toISODate()!;
    const report = await buildReport(deps, { from: today, to: today, bucket: 'week', departmentId: department.id });
    if (report.kind !== 'ok') throw new Error(report.message);
    const payment = report.current.counterServices.find((service) => service.service === 'payment')!;
    expect(payment.paymentsTotalCents).toBe(0);
    expect(payment.contacts.total).toBe(0);
  });
});
