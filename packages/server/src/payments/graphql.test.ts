import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

const paymentFields = `id reference amountCents method businessDate payerName closed editable version receiptPath reversalOfReference reversedByReference inquiryReference receivedBy { id }`;

const record = `mutation($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    __typename
    ... on Payment { ${paymentFields} }
    ... on InvalidInput { fields { field message } }
  }
}`;

const edit = `mutation($id: ID!, $version: Int!, $input: EditPaymentInput!) {
  editPayment(id: $id, version: $version, input: $input) {
    __typename
    ... on Payment { amountCents version }
    ... on PaymentLocked { message payment { closed } }
    ... on PaymentVersionConflict { message }
  }
}`;

const reverse = `mutation($id: ID!, $reason: String!) {
  reversePayment(id: $id, reason: $reason) {
    __typename
    ... on Payment { ${paymentFields} }
    ... on PaymentAlreadyReversed { message reversal { reference } }
  }
}`;

const close = `mutation($input: CloseDrawerInput!) {
  closeDrawer(input: $input) {
    __typename
    ... on DrawerClose { id flagged differenceCents expectedCashCents countedCashCents paymentCount staff { id } }
    ... on DrawerAlreadyClosed { message }
    ... on InvalidInput { fields { field message } }
  }
}`;

const drawer = `query($staffId: ID, $businessDate: String) {
  drawer(staffId: $staffId, businessDate: $businessDate) { businessDate expectedCashCents expectedTotalCents payments { reference } close { flagged } }
}`;

const audit = `query($entity: String!, $entityId: String!) {
  auditTrail(entity: $entity, entityId: $entityId) { action actor { displayName } reason changes { field before after } }
}`;

const fee = { amountCents: 2500, method: 'CASH', channel: 'COUNTER', purpose: 'FEE', feeDescription: 'Copy of a permit', payerName: 'Rosa Martinez' };

describe.each(databaseKinds())('payments GraphQL on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;

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
  });

  async function signedIn(name: string, role: 'agent' | 'manager' = 'agent') {
    const staff = await createAgent(database.deps, name, role);
    const client = new TestClient(server.url);
    await client.signIn(staff.email, TEST_PASSWORD);
    return { staff, client };
  }

  const today = () => DateTime.now().setZone('America/Denver').toISODate()!;

  it('keeps payments from anonymous callers', async () => {
    const { client } = await signedIn('Dana Agent');
    const recorded = await client.gql(record, { input: fee });
    expect(recorded.data!.recordPayment.__typename).toBe('Payment');

    const anonymous = new TestClient(server.url);
    const read = await anonymous.gql(`query($id: ID!) { payment(id: $id) { payerName } }`, { id: recorded.data!.recordPayment.id });
    expect(read.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(read)).not.toContain('Martinez');
  });

  it('runs a day from record to reversal', async () => {
    const { client, staff } = await signedIn('Dana Agent');
    const first = (await client.gql(record, { input: fee })).data!.recordPayment;
    expect(first.receiptPath).toBe(`/counter/payments/${first.id}/receipt`);
    expect(first.inquiryReference).toMatch(/^Q-/);
    expect(first.businessDate).toBe(today());

    const edited = await client.gql(edit, { id: first.id, version: first.version, input: { amountCents: 3000, method: 'CASH', purpose: 'FEE', feeDescription: 'Copy of a permit' } });
    expect(edited.data!.editPayment).toMatchObject({ __typename: 'Payment', amountCents: 3000 });

    const ownDrawer = await client.gql(drawer);
    expect(ownDrawer.data!.drawer).toMatchObject({ expectedCashCents: 3000, expectedTotalCents: 3000, close: null });

    const closed = await client.gql(close, { input: { businessDate: today(), countedCashCents: 2900, countedCheckCents: 0, countedCardCents: 0, note: 'One bill short' } });
    expect(closed.data!.closeDrawer).toMatchObject({ __typename: 'DrawerClose', flagged: true, differenceCents: -100, paymentCount: 1, staff: { id: staff.id } });

    const locked = await client.gql(edit, { id: first.id, version: 2, input: { amountCents: 2900, method: 'CASH', purpose: 'FEE', feeDescription: 'Copy of a permit' } });
    expect(locked.data!.editPayment.__typename).toBe('PaymentLocked');
    expect(locked.data!.editPayment.message).toContain('reverse it');

    const reversed = await client.gql(reverse, { id: first.id, reason: 'Wrong fee' });
    expect(reversed.data!.reversePayment).toMatchObject({ __typename: 'Payment', amountCents: -3000, reversalOfReference: first.reference, closed: false, editable: false });
    const again = await client.gql(reverse, { id: first.id, reason: 'Wrong fee' });
    expect(again.data!.reversePayment.__typename).toBe('PaymentAlreadyReversed');

    const trail = await client.gql(audit, { entity: 'payment', entityId: first.id });
    expect(trail.data!.auditTrail.map((entry: { action: string }) => entry.action)).toEqual(['created', 'edited', 'closed', 'reversed']);
    expect(trail.data!.auditTrail[1].changes).toEqual([{ field: 'amountCents', before: '2500', after: '3000' }]);
    expect(trail.data!.auditTrail[3]).toMatchObject({ reason: 'Wrong fee', actor: { displayName: 'Dana Agent' } });
  });

  it("keeps agents to their own drawer", async () => {
    const dana = await signedIn('Dana Agent');
    const omar = await signedIn('Omar Agent');
    const manager = await signedIn('Morgan Manager', 'manager');
    const payment = (await dana.client.gql(record, { input: fee })).data!.recordPayment;

    const foreignDrawer = await omar.client.gql(drawer, { staffId: dana.staff.id });
    expect(foreignDrawer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreignAudit = await omar.client.gql(audit, { entity: 'payment', entityId: payment.id });
    expect(foreignAudit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreignClose = await omar.client.gql(close, { input: { staffId: dana.staff.id, businessDate: today(), countedCashCents: 0, countedCheckCents: 0, countedCardCents: 0 } });
    expect(foreignClose.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const day = await omar.client.gql(`query($d: String!) { paymentsOfDay(businessDate: $d) { reference } }`, { d: today() });
    expect(day.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const managerAudit = await manager.client.gql(audit, { entity: 'payment', entityId: payment.id });
    expect(managerAudit.data!.auditTrail).toHaveLength(1);
    const managerDay = await manager.client.gql(`query($d: String!) { paymentsOfDay(businessDate: $d) { reference } }`, { d: today() });
    expect(managerDay.data!.paymentsOfDay).toEqual([{ reference: payment.reference }]);

    const closed = await manager.client.gql(close, { input: { staffId: dana.staff.id, businessDate: today(), countedCashCents: 2500, countedCheckCents: 0, countedCardCents: 0 } });
    expect(closed.data!.closeDrawer).toMatchObject({ __typename: 'DrawerClose', flagged: false });
    const danaCloses = await dana.client.gql(`{ drawerCloses { staff { id } flagged } }`);
    expect(danaCloses.data!.drawerCloses).toEqual([{ staff: { id: dana.staff.id }, flagged: false }]);
    const omarCloses = await omar.client.gql(`{ drawerCloses { id } }`);
    expect(omarCloses.data!.drawerCloses).toEqual([]);
  });

  it('refuses dates that do not exist and ids that are not UUIDs as bad input', async () => {
    const manager = await signedIn('Morgan Manager', 'manager');
    for (const businessDate of ['2026-02-30', '2026-13-01']) {
      const result = await manager.client.gql(drawer, { businessDate });
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('businessDate must be a date'), extensions: { code: 'BAD_USER_INPUT' } });
    }
    const day = await manager.client.gql(`query($d: String!) { paymentsOfDay(businessDate: $d) { reference } }`, { d: '2026-02-30' });
    expect(day.errors?.[0]).toMatchObject({ message: expect.stringContaining('businessDate must be a date'), extensions: { code: 'BAD_USER_INPUT' } });
    const staff = await manager.client.gql(drawer, { staffId: '-'.repeat(36) });
    expect(staff.errors?.[0]).toMatchObject({ message: expect.stringContaining('staffId'), extensions: { code: 'BAD_USER_INPUT' } });
    const closed = await manager.client.gql(close, { input: { staffId: 'abc', businessDate: today(), countedCashCents: 0, countedCheckCents: 0, countedCardCents: 0 } });
    expect(closed.data!.closeDrawer).toEqual({ __typename: 'InvalidInput', fields: [{ field: 'input.staffId', message: expect.stringContaining('staffId must be the id of a staff member') }] });
  });

  it('names the reason field of a reversal', async () => {
    const { client } = await signedIn('Dana Agent');
    const payment = (await client.gql(record, { input: fee })).data!.recordPayment;
    const reversal = `mutation($id: ID!, $reason: String!) { reversePayment(id: $id, reason: $reason) { __typename ... on InvalidInput { fields { field } } } }`;
    for (const reason of ['', 'x'.repeat(501)]) {
      const result = await client.gql(reversal, { id: payment.id, reason });
      expect(result.data!.reversePayment).toEqual({ __typename: 'InvalidInput', fields: [{ field: 'reason' }] });
    }
  });

  it('names invalid fields', async () => {
    const { client } = await signedIn('Dana Agent');
    const result = await client.gql(record, { input: { ...fee, method: 'CARD', cardLast4: '4111111111111111' } });
    expect(result.data!.recordPayment.__typename).toBe('InvalidInput');
    expect(result.data!.recordPayment.fields).toEqual([{ field: 'input.cardLast4', message: 'cardLast4 must be exactly the last 4 digits of the card, such as 4242' }]);
  });
});
