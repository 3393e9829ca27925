import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../core/deps.js';
import { bannerApplications, bannerLocations, cemeteryLots, contacts, inquiries, topics } from '../db/schema.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { listAudit } from '../counter/audit.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { closeDrawer, editPayment, recordPayment, reversePayment, type RecordPaymentInput } from './service.js';
import { containsCardNumber } from './input.js';
import { listPayments, loadPayment } from './views.js';

// Monday 9 March 2026, 10:00 in America/Denver (MDT, UTC-6).
const MONDAY_MORNING = new Date('2026-03-09T16:00:00Z');
// Monday 9 March 2026, 23:30 in Denver, already Tuesday in UTC.
const MONDAY_LATE = new Date('2026-03-10T05:30:00Z');
// Friday 13 March 2026, 16:00 in Denver.
const FRIDAY_AFTERNOON = new Date('2026-03-13T22:00:00Z');

const fee = (overrides: Partial<RecordPaymentInput> = {}): RecordPaymentInput => ({
  amountCents: 2500,
  method: 'cash',
  channel: 'counter',
  purpose: 'fee',
  feeDescription: 'Copy of a permit',
  payerName: 'Rosa Martinez',
  ...overrides,
});

describe.each(databaseKinds())('payments service on %s', (kind) => {
  let database: TestDatabase;
  let agent: Actor;
  let other: Actor;
  let manager: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    agent = await createAgent(database.deps, 'Dana Agent');
    other = await createAgent(database.deps, 'Omar Agent');
    manager = await createAgent(database.deps, 'Morgan Manager', 'manager');
  });

  /** Runs a statement that must fail and returns the database's message. */
  async function rejection(statement: SQL): Promise<string> {
    try {
      await database.deps.db.execute(statement);
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause;
      return cause?.message ?? (error as Error).message;
    }
    throw new Error('the statement succeeded');
  }

  async function record(actor: Actor, input: RecordPaymentInput, now = MONDAY_MORNING) {
    const result = await recordPayment(database.deps, actor, input, now);
    if (result.kind !== 'ok') throw new Error(`payment not recorded: ${JSON.stringify(result)}`);
    return result.payment;
  }

  describe('recording', () => {
    it('records a fee with a resolved payment inquiry', async () => {
      const payment = await record(agent, fee({ channel: 'mail', note: 'Mailed with a letter' }));
      expect(payment.reference).toMatch(/^R-\d{6}$/);
      expect(payment.amountCents).toBe(2500);
      expect(payment.businessDate).toBe('2026-03-09');
      expect(payment.receivedBy.id).toBe(agent.id);
      expect(payment.targetReference).toBeNull();

      const [inquiry] = await database.deps.db.select().from(inquiries).where(eq(inquiries.id, payment.inquiryId!));
      expect(inquiry.channel).toBe('email');
      expect(inquiry.status).toBe('resolved');
      expect(inquiry.subject).toBe('Fee payment: Copy of a permit');
      const [topic] = await database.deps.db.select().from(topics).where(eq(topics.id, inquiry.topicId!));
      expect(topic.counterService).toBe('payment');

      const audit = await listAudit(database.deps.db, 'payment', payment.id);
      expect(audit.map((entry) => entry.action)).toEqual(['created']);
      expect(audit[0].after).toMatchObject({ amountCents: 2500, method: 'cash', purpose: 'fee' });
    });

    it('dates a late payment by the local day', async () => {
      const payment = await record(agent, fee(), MONDAY_LATE);
      expect(payment.businessDate).toBe('2026-03-09');
    });

    it('links a cemetery lot by section, row and number', async () => {
      const [lot] = await database.deps.db.insert(cemeteryLots).values({ section: 'A', row: '3', number: 12, priceCents: 150000 }).returning();
      const payment = await record(agent, fee({ purpose: 'cemetery_lot', reference: 'A/3/12', feeDescription: undefined, amountCents: 150000, method: 'check', checkNumber: '1042' }));
      expect(payment.targetReference).toBe('A/3/12');
      expect(payment.feeDescription).toBeNull();
      expect(payment.checkNumber).toBe('1042');
      const byId = await record(agent, fee({ purpose: 'cemetery_lot', reference: lot.id, feeDescription: undefined }));
      expect(byId.targetReference).toBe('A/3/12');
    });

    it("links a banner permit's inquiry", async () => {
      const inquiry = await receiveInquiry(database.deps, { channel: 'web', subject: 'Banner for the fair' });
      if (inquiry.kind !== 'created') throw new Error('inquiry not created');
      const [contact] = await database.deps.db.insert(contacts).values({ name: 'Fair committee' }).returning();
      const [location] = await database.deps.db.insert(bannerLocations).values({ name: 'Main St overpass', capacity: 2 }).returning();
      const [permit] = await database.deps.db
        .insert(bannerApplications)
        .values({ locationId: location.id, startsOn: '2026-04-01', endsOn: '2026-04-07', eventName: 'County fair', contactId: contact.id, channel: 'web', inquiryId: inquiry.inquiry.id })
        .returning();
      const before = await database.deps.db.select({ id: inquiries.id }).from(inquiries);

      const payment = await record(agent, fee({ purpose: 'banner_permit', reference: permit.reference.toLowerCase().replace('-', ''), feeDescription: undefined }));
      expect(payment.targetReference).toBe(permit.reference);
      expect(payment.inquiryId).toBe(inquiry.inquiry.id);
      expect(await database.deps.db.select({ id: inquiries.id }).from(inquiries)).toHaveLength(before.length);
    });

    it('rejects an unknown reference', async () => {
      const result = await recordPayment(database.deps, agent, fee({ purpose: 'banner_permit', reference: 'BP-000077', feeDescription: undefined }), MONDAY_MORNING);
      expect(result.kind).toBe('invalid_input');
      if (result.kind !== 'invalid_input') return;
      expect(result.fields[0].field).toBe('input.reference');
      expect(result.fields[0].message).toContain('matches no banner permit');
    });

    it('rejects card numbers in any field', async () => {
      const result = await recordPayment(
        database.deps,
        agent,
        fee({ method: 'card', cardLast4: '4242', note: 'card 4111 1111 1111 1111', payerName: '4111-1111-1111-1111' }),
        MONDAY_MORNING,
      );
      expect(result.kind).toBe('invalid_input');
      if (result.kind !== 'invalid_input') return;
      expect(result.fields.map((field) => field.field).sort()).toEqual(['input.note', 'input.payerName']);
      expect(result.fields[0].message).toContain('last 4 digits');
      expect(await listPayments(database.deps.db, {})).toHaveLength(0);
    });

    it('requires the method details', async () => {
      const card = await recordPayment(database.deps, agent, fee({ method: 'card', cardLast4: '424242' }), MONDAY_MORNING);
      expect(card.kind === 'invalid_input' && card.fields.map((field) => field.field)).toEqual(['input.cardLast4']);
      const check = await recordPayment(database.deps, agent, fee({ method: 'check' }), MONDAY_MORNING);
      expect(check.kind === 'invalid_input' && check.fields[0].message).toBe('checkNumber is required for a payment by check');
      const amount = await recordPayment(database.deps, agent, fee({ amountCents: 12.5 }), MONDAY_MORNING);
      expect(amount.kind === 'invalid_input' && amount.fields[0].field).toBe('input.amountCents');
    });

    it('recognises card number shapes', () => {
      expect(containsCardNumber('4111111111111111')).toBe(true);
      expect(containsCardNumber('4111 1111 1111 1')).toBe(true);
      expect(containsCardNumber('call 505-555-0142')).toBe(false);
      expect(containsCardNumber('check 104212')).toBe(false);
      // A lot's id whose digits run across the dashes is an id, not a card number; a card beside it still counts.
      expect(containsCardNumber('12345678-9012-4345-8678-90abcdef0123')).toBe(false);
      expect(containsCardNumber('lot 12345678-9012-4345-8678-90abcdef0123 card 4111111111111111')).toBe(true);
    });
  });

  describe('daily close', () => {
    it('balances a drawer with a reversal', async () => {
      await record(agent, fee({ amountCents: 2500 }));
      await record(agent, fee({ amountCents: 1000, method: 'check', checkNumber: '77' }));
      const card = await record(agent, fee({ amountCents: 500, method: 'card', cardLast4: '4242' }));
      await record(other, fee({ amountCents: 9900 }));
      const reversed = await reversePayment(database.deps, agent, card.id, 'Charged twice', MONDAY_MORNING);
      expect(reversed.kind).toBe('ok');

      const result = await closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 2500, countedCheckCents: 1000, countedCardCents: 0 }, MONDAY_LATE);
      expect(result.kind).toBe('ok');
      if (result.kind !== 'ok') return;
      expect(result.close.expectedCashCents).toBe(2500);
      expect(result.close.expectedCheckCents).toBe(1000);
      expect(result.close.expectedCardCents).toBe(0);
      expect(result.close.differenceCents).toBe(0);
      expect(result.close.flagged).toBe(false);
      expect(result.close.paymentCount).toBe(4);

      const mine = await listPayments(database.deps.db, { staffId: agent.id });
      expect(mine.every((payment) => payment.drawerCloseId === result.close.id)).toBe(true);
      const others = await listPayments(database.deps.db, { staffId: other.id });
      expect(others[0].drawerCloseId).toBeNull();

      const audit = await listAudit(database.deps.db, 'drawer_close', result.close.id);
      expect(audit.map((entry) => entry.action)).toEqual(['closed']);
    });

    it('flags a difference', async () => {
      await record(agent, fee({ amountCents: 2500 }));
      await record(agent, fee({ amountCents: 700, method: 'card', cardLast4: '1881' }));
      const result = await closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 2400, countedCheckCents: 0, countedCardCents: 700, note: 'A note short' }, MONDAY_LATE);
      expect(result.kind === 'ok' && result.close.flagged).toBe(true);
      expect(result.kind === 'ok' && result.close.differenceCents).toBe(-100);
    });

    it('flags offsetting differences', async () => {
      await record(agent, fee({ amountCents: 2500 }));
      await record(agent, fee({ amountCents: 700, method: 'card', cardLast4: '1881' }));
      const result = await closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 3200, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_LATE);
      expect(result.kind === 'ok' && result.close.differenceCents).toBe(0);
      expect(result.kind === 'ok' && result.close.flagged).toBe(true);
    });

    it('closes a day only once', async () => {
      const first = await closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 0, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_LATE);
      expect(first.kind).toBe('ok');
      const second = await closeDrawer(database.deps, manager, { staffId: agent.id, businessDate: '2026-03-09', countedCashCents: 5, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_LATE);
      expect(second.kind).toBe('already_closed');
    });

    it('refuses a future day', async () => {
      const result = await closeDrawer(database.deps, agent, { businessDate: '2026-03-10', countedCashCents: 0, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_MORNING);
      expect(result.kind === 'invalid_input' && result.fields[0].field).toBe('input.businessDate');
    });

    it("lets only a manager close another's drawer", async () => {
      await expect(closeDrawer(database.deps, other, { staffId: agent.id, businessDate: '2026-03-09', countedCashCents: 0, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_LATE)).rejects.toThrow(
        /Only a manager/,
      );
      const byManager = await closeDrawer(database.deps, manager, { staffId: agent.id, businessDate: '2026-03-09', countedCashCents: 0, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_LATE);
      expect(byManager.kind === 'ok' && byManager.close.closedBy.id).toBe(manager.id);
    });

    it('counts a payment racing the close', async () => {
      await record(agent, fee({ amountCents: 1000 }));
      const [closed, raced] = await Promise.all([
        closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 1000, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_MORNING),
        recordPayment(database.deps, agent, fee({ amountCents: 500 }), MONDAY_MORNING),
      ]);
      if (closed.kind !== 'ok' || raced.kind !== 'ok') throw new Error(`unexpected outcome: ${JSON.stringify([closed.kind, raced.kind])}`);
      const payment = (await loadPayment(database.deps.db, raced.payment.id))!;
      // Either the close saw the payment and contains it, or the payment waited and went to the next day.
      if (payment.businessDate === '2026-03-09') {
        expect(payment.drawerCloseId).toBe(closed.close.id);
        expect(closed.close.expectedCashCents).toBe(1500);
      } else {
        expect(payment.businessDate).toBe('2026-03-10');
        expect(payment.drawerCloseId).toBeNull();
        expect(closed.close.expectedCashCents).toBe(1000);
      }
      const open = await listPayments(database.deps.db, { businessDate: '2026-03-09' });
      expect(open.filter((entry) => entry.drawerCloseId === null)).toEqual([]);
    });

    it('moves later payments to the next open day', async () => {
      await closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 0, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_MORNING);
      const late = await record(agent, fee(), MONDAY_MORNING);
      expect(late.businessDate).toBe('2026-03-10');
      const byOther = await record(other, fee(), MONDAY_MORNING);
      expect(byOther.businessDate).toBe('2026-03-09');

      await closeDrawer(database.deps, agent, { businessDate: '2026-03-13', countedCashCents: 0, countedCheckCents: 0, countedCardCents: 0 }, FRIDAY_AFTERNOON);
      const weekend = await record(agent, fee(), FRIDAY_AFTERNOON);
      expect(weekend.businessDate).toBe('2026-03-16');
    });
  });

  describe('editing', () => {
    it('edits an open payment with an audit', async () => {
      const payment = await record(agent, fee());
      const result = await editPayment(database.deps, agent, payment.id, payment.version, {
        amountCents: 3000,
        method: 'card',
        cardLast4: '4242',
        purpose: 'fee',
        feeDescription: 'Copy of a permit',
        note: 'Amount corrected',
      });
      expect(result.kind).toBe('ok');
      if (result.kind !== 'ok') return;
      expect(result.payment.amountCents).toBe(3000);
      expect(result.payment.version).toBe(payment.version + 1);

      const audit = await listAudit(database.deps.db, 'payment', payment.id);
      expect(audit.map((entry) => entry.action)).toEqual(['created', 'edited']);
      expect(audit[1].before).toEqual({ amountCents: 2500, method: 'cash', cardLast4: null, note: null });
      expect(audit[1].after).toEqual({ amountCents: 3000, method: 'card', cardLast4: '4242', note: 'Amount corrected' });
    });

    it('reports a stale version', async () => {
      const payment = await record(agent, fee());
      const edit = { amountCents: 2600, method: 'cash', purpose: 'fee', feeDescription: 'Copy of a permit' };
      expect((await editPayment(database.deps, agent, payment.id, payment.version, edit)).kind).toBe('ok');
      const stale = await editPayment(database.deps, agent, payment.id, payment.version, { ...edit, amountCents: 2700 });
      expect(stale.kind).toBe('version_conflict');
      expect((await loadPayment(database.deps.db, payment.id))!.amountCents).toBe(2600);
    });

    it('refuses an edit after the close', async () => {
      const payment = await record(agent, fee());
      await closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 2500, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_LATE);
      const closed = (await loadPayment(database.deps.db, payment.id))!;
      const result = await editPayment(database.deps, agent, payment.id, closed.version, { amountCents: 1, method: 'cash', purpose: 'fee', feeDescription: 'x' });
      expect(result.kind).toBe('locked');
      expect(result.kind === 'locked' && result.message).toContain('closed drawer of 2026-03-09');
      expect((await loadPayment(database.deps.db, payment.id))!.amountCents).toBe(2500);
    });

    it('has the trigger refuse a direct update', async () => {
      const payment = await record(agent, fee());
      await closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 2500, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_LATE);
      const update = await rejection(sql`update payments set amount_cents = 1 where id = ${payment.id}`);
      expect(update).toContain(`payment ${payment.reference} is in a closed drawer and cannot change`);
      const remove = await rejection(sql`delete from payments where id = ${payment.id}`);
      expect(remove).toContain('cannot be deleted');
      const rewrite = await rejection(sql`update audit_entries set action = 'x'`);
      expect(rewrite).toContain('append-only');
      expect((await loadPayment(database.deps.db, payment.id))!.amountCents).toBe(2500);
    });

    it("keeps agents out of another's payment", async () => {
      const payment = await record(agent, fee());
      await expect(editPayment(database.deps, other, payment.id, payment.version, { amountCents: 1, method: 'cash', purpose: 'fee', feeDescription: 'x' })).rejects.toThrow(/Only a manager/);
      const byManager = await editPayment(database.deps, manager, payment.id, payment.version, { amountCents: 2000, method: 'cash', purpose: 'fee', feeDescription: 'Copy of a permit' });
      expect(byManager.kind).toBe('ok');
    });
  });

  describe('reversal', () => {
    it('reverses a closed payment into the next open day', async () => {
      const payment = await record(agent, fee());
      await closeDrawer(database.deps, agent, { businessDate: '2026-03-09', countedCashCents: 2500, countedCheckCents: 0, countedCardCents: 0 }, MONDAY_LATE);
      const result = await reversePayment(database.deps, agent, payment.id, 'Paid the wrong fee', MONDAY_LATE);
      expect(result.kind).toBe('ok');
      if (result.kind !== 'ok') return;
      expect(result.payment.amountCents).toBe(-2500);
      expect(result.payment.reversalOfReference).toBe(payment.reference);
      expect(result.payment.reversalReason).toBe('Paid the wrong fee');
      expect(result.payment.businessDate).toBe('2026-03-10');
      expect(result.payment.drawerCloseId).toBeNull();

      const audit = await listAudit(database.deps.db, 'payment', payment.id);
      expect(audit.map((entry) => entry.action)).toEqual(['created', 'closed', 'reversed']);
      expect(audit[2].reason).toBe('Paid the wrong fee');
    });

    it('reverses a payment only once', async () => {
      const payment = await record(agent, fee());
      expect((await reversePayment(database.deps, agent, payment.id, 'Mistake', MONDAY_MORNING)).kind).toBe('ok');
      const again = await reversePayment(database.deps, manager, payment.id, 'Mistake again', MONDAY_MORNING);
      expect(again.kind).toBe('already_reversed');
      const reversal = (await loadPayment(database.deps.db, payment.id))!.reversedById!;
      const ofReversal = await reversePayment(database.deps, agent, reversal, 'Undo', MONDAY_MORNING);
      expect(ofReversal.kind).toBe('locked');
      const blank = await reversePayment(database.deps, agent, payment.id, '  ', MONDAY_MORNING);
      expect(blank.kind === 'invalid_input' && blank.fields[0].message).toContain('reason is required');
    });

    it('names the reason field when a reversal reason is empty or too long', async () => {
      const payment = await record(agent, fee());
      for (const reason of ['', 'x'.repeat(501)]) {
        const result = await reversePayment(database.deps, agent, payment.id, reason, MONDAY_MORNING);
        expect(result.kind === 'invalid_input' ? result.fields.map((entry) => entry.field) : result.kind).toEqual(['reason']);
      }
    });

    it('lets one of two concurrent reversals win', async () => {
      const payment = await record(agent, fee());
      const outcomes = await Promise.all([
        reversePayment(database.deps, agent, payment.id, 'First', MONDAY_MORNING),
        reversePayment(database.deps, manager, payment.id, 'Second', MONDAY_MORNING),
      ]);
      expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['already_reversed', 'ok']);
      const rows = await listPayments(database.deps.db, { businessDate: '2026-03-09' });
      expect(rows.filter((row) => row.reversalOfId === payment.id)).toHaveLength(1);
    });
  });
});
