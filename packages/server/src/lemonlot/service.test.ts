import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../core/deps.js';
import { inquiries, lemonLotPermits, outboundEmails, topics } from '../db/schema.js';
import { listAudit } from '../counter/audit.js';
import { ensureCounterServices } from '../counter/registry.js';
import { counterTopicId } from '../counter/services.js';
import { issueApiKey } from '../open311/api-keys.js';
import { submitServiceRequest } from '../open311/requests.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { addDays, localToday } from '../banners/dates.js';
import {
  applyForLemonLot,
  cancelLemonLotPermit,
  listCurrentLemonLotPermits,
  queueLemonLotReminders,
  readLemonLotSettings,
  searchLemonLotPermits,
  updateLemonLotSettings,
  type LemonLotPermitInput,
} from './service.js';

const request = { clientAddress: '203.0.113.40' };

describe.each(databaseKinds())('lemon lot on %s', (kind) => {
  let database: TestDatabase;
  let manager: Actor;
  let agent: Actor;
  let today: string;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    await ensureCounterServices(database.deps.db);
    manager = await createAgent(database.deps, 'Morgan Manager', 'manager');
    agent = await createAgent(database.deps, 'Alex Agent');
    const saved = await updateLemonLotSettings(database.deps, manager, { capacity: 2, maxDays: 14, reminderDays: 3 });
    if (saved.kind !== 'ok') throw new Error('settings not saved');
    today = localToday('America/Denver');
  });

  function permit(overrides: LemonLotPermitInput = {}): LemonLotPermitInput {
    return {
      vehicleMake: 'Toyota',
      vehicleModel: 'Corolla',
      vehicleYear: 2014,
      vehicleColor: 'Blue',
      plate: 'abc-123',
      plateState: 'nm',
      vin: '1hgcm82633a004352',
      startsOn: addDays(today, 1),
      endsOn: addDays(today, 7),
      name: 'Rosa Martinez',
      email: 'rosa@example.org',
      ...overrides,
    };
  }

  async function grant(overrides: LemonLotPermitInput = {}, actor?: Actor) {
    const result = await applyForLemonLot(database.deps, permit(overrides), { channel: actor ? 'walk_in' : 'web', actor, request });
    if (result.kind !== 'received') throw new Error(`not granted: ${JSON.stringify(result)}`);
    return result.permit;
  }

  it('grants a permit with its inquiry', async () => {
    const granted = await grant();
    expect(granted.reference).toMatch(/^LL-\d{6}$/);
    expect(granted.plate).toBe('ABC-123');
    expect(granted.plateKey).toBe('ABC123');
    expect(granted.plateState).toBe('NM');
    expect(granted.vin).toBe('1HGCM82633A004352');
    expect(granted.status).toBe('active');
    const [inquiry] = await database.deps.db.select().from(inquiries).where(eq(inquiries.id, granted.inquiryId!));
    expect(inquiry.topicId).toBe(await counterTopicId(database.deps.db, 'lemon_lot'));
    expect((await listAudit(database.deps.db, 'lemon_lot_permit', granted.id)).map((entry) => entry.action)).toEqual(['created']);
  });

  it('rejects invalid vehicles and periods', async () => {
    const result = await applyForLemonLot(database.deps, permit({ plate: '!!', vin: 'short', vehicleYear: 1800, plateState: 'New Mexico' }), { channel: 'web', request });
    if (result.kind !== 'invalid_input') throw new Error('not rejected');
    expect(result.fields.map((field) => field.field).sort()).toEqual(['input.plate', 'input.plateState', 'input.vehicleYear', 'input.vin']);

    const tooLong = await applyForLemonLot(database.deps, permit({ endsOn: addDays(today, 20) }), { channel: 'web', request });
    expect(tooLong.kind === 'invalid_input' && tooLong.fields[0].message).toContain('at most 14 days');
  });

  it('refuses a full lot with the next free dates', async () => {
    await grant({ plate: 'AAA111', endsOn: addDays(today, 3) });
    await grant({ plate: 'BBB222', startsOn: addDays(today, 2), endsOn: addDays(today, 4) });
    const refused = await applyForLemonLot(database.deps, permit({ plate: 'CCC333', startsOn: addDays(today, 1), endsOn: addDays(today, 2) }), { channel: 'web', request });
    if (refused.kind !== 'refused') throw new Error(`not refused: ${JSON.stringify(refused)}`);
    expect(refused.field).toBe('input.startsOn');
    expect(refused.nextFreeDates[0]).toEqual({ startsOn: addDays(today, 4), endsOn: addDays(today, 5) });
    expect(refused.message).toContain('The lemon lot is full (2 spaces)');

    // One car cannot hold two overlapping permits.
    const twice = await applyForLemonLot(database.deps, permit({ plate: 'aaa 111', startsOn: addDays(today, 3), endsOn: addDays(today, 3) }), { channel: 'web', request });
    expect(twice.kind === 'refused' && twice.field).toBe('input.plate');
  });

  it('names the other permit only to staff when a plate already holds one', async () => {
    const held = await grant({ plate: 'OPN-311' });
    const resident = await applyForLemonLot(database.deps, permit({ plate: 'opn 311', email: 'other@example.org' }), { channel: 'web', request });
    if (resident.kind !== 'refused') throw new Error(`not refused: ${JSON.stringify(resident)}`);
    expect(resident.field).toBe('input.plate');
    expect(resident.message).toBe('plate OPN 311 already holds a lemon lot permit in this period');
    expect(resident.message).not.toContain(held.reference);

    const staff = await applyForLemonLot(database.deps, permit({ plate: 'OPN311' }), { channel: 'walk_in', actor: agent });
    expect(staff.kind === 'refused' && staff.message).toBe(`plate OPN311 already holds permit ${held.reference} in this period`);
  });

  it('says "1 space" and "1 day" for a lot of one space', async () => {
    await updateLemonLotSettings(database.deps, manager, { capacity: 1, maxDays: 14, reminderDays: 3 });
    await grant({ plate: 'AAA111', startsOn: addDays(today, 1), endsOn: addDays(today, 1) });
    const refused = await applyForLemonLot(database.deps, permit({ plate: 'BBB222', startsOn: addDays(today, 1), endsOn: addDays(today, 1) }), { channel: 'web', request });
    expect(refused.kind === 'refused' && refused.message).toBe(
      `The lemon lot is full (1 space) on ${addDays(today, 1)}. Next free dates for 1 day: ${addDays(today, 2)}, ${addDays(today, 3)}, ${addDays(today, 4)}.`,
    );
  });

  it('refuses card numbers in the free text', async () => {
    const result = await applyForLemonLot(
      database.deps,
      permit({ vehicleMake: '4111 1111 1111 1111', vehicleModel: 'Civic 4111-1111-1111-1111', vehicleColor: '4111111111111111', name: '5500 0000 0000 0004' }),
      { channel: 'web', request },
    );
    if (result.kind !== 'invalid_input') throw new Error(`not rejected: ${JSON.stringify(result)}`);
    expect(result.fields).toEqual(
      ['vehicleMake', 'vehicleModel', 'vehicleColor', 'name'].map((field) => ({ field: `input.${field}`, message: `${field} must not contain a card number: permit forms never ask for payment details` })),
    );
    // Short digit runs such as a model number or a year are fine.
    expect((await applyForLemonLot(database.deps, permit({ vehicleModel: 'F-150 2014' }), { channel: 'web', request })).kind).toBe('received');
  });

  it('two permits for the last space: exactly one wins', async () => {
    await grant({ plate: 'AAA111' });
    const results = await Promise.all(
      ['BBB222', 'CCC333', 'DDD444'].map((plate, index) =>
        applyForLemonLot(database.deps, permit({ plate, email: `owner${index}@example.org` }), { channel: 'web', request: { clientAddress: `203.0.113.${index + 50}` } }),
      ),
    );
    expect(results.filter((result) => result.kind === 'received')).toHaveLength(1);
    expect(results.filter((result) => result.kind === 'refused')).toHaveLength(2);
    expect(await database.deps.db.select().from(lemonLotPermits)).toHaveLength(2);
  });

  it('cancelling frees the space', async () => {
    const first = await grant({ plate: 'AAA111' });
    await grant({ plate: 'BBB222' });
    const noReason = await cancelLemonLotPermit(database.deps, agent, first.id, first.version, '');
    expect(noReason.kind === 'invalid_input' && noReason.fields[0].field).toBe('reason');
    const cancelled = await cancelLemonLotPermit(database.deps, agent, first.id, first.version, 'Sold the car');
    if (cancelled.kind !== 'ok') throw new Error('not cancelled');
    expect(cancelled.permit.status).toBe('cancelled');
    const again = await cancelLemonLotPermit(database.deps, agent, first.id, first.version, 'Sold the car');
    expect(again.kind).toBe('conflict');
    await grant({ plate: 'CCC333' });
    expect((await listCurrentLemonLotPermits(database.deps.db, today)).map((entry) => entry.plateKey).sort()).toEqual(['BBB222', 'CCC333']);
    const audit = await listAudit(database.deps.db, 'lemon_lot_permit', first.id);
    expect(audit.map((entry) => [entry.action, entry.reason])).toEqual([
      ['created', null],
      ['cancelled', 'Sold the car'],
    ]);
  });

  it('queues one reminder per permit before it ends', async () => {
    await updateLemonLotSettings(database.deps, manager, { capacity: 3, maxDays: 14, reminderDays: 3 });
    const endingSoon = await grant({ plate: 'AAA111', startsOn: today, endsOn: addDays(today, 2) });
    const endingLater = await grant({ plate: 'BBB222', startsOn: today, endsOn: addDays(today, 10) });
    await grant({ plate: 'CCC333', startsOn: today, endsOn: addDays(today, 1), email: null, phone: '505-555-0100' }, agent);
    const reminderDeps = { ...database.deps, mailFrom: 'county@example.org' };
    const noon = DateTime.fromISO(`${today}T12:00:00`, { zone: 'America/Denver' }).toJSDate();

    expect(await queueLemonLotReminders(reminderDeps, noon)).toBe(1);
    expect(await queueLemonLotReminders(reminderDeps, noon)).toBe(0);
    const emails = await database.deps.db.select().from(outboundEmails);
    expect(emails).toHaveLength(1);
    expect(emails[0].kind).toBe('reminder');
    expect(emails[0].toAddress).toBe('rosa@example.org');
    expect(emails[0].inquiryId).toBe(endingSoon.inquiryId);
    expect(emails[0].subject).toContain(endingSoon.reference);
    const [stored] = await database.deps.db.select().from(lemonLotPermits).where(eq(lemonLotPermits.id, endingSoon.id));
    expect(stored.reminderQueuedAt).not.toBeNull();

    // Eight days later the second permit is within three days of its end.
    const later = DateTime.fromJSDate(noon).plus({ days: 8 }).toJSDate();
    expect(await queueLemonLotReminders(reminderDeps, later)).toBe(1);
    const second = await database.deps.db.select().from(outboundEmails).where(eq(outboundEmails.inquiryId, endingLater.inquiryId!));
    expect(second).toHaveLength(1);
  });

  it('a cancelled permit gets no reminder', async () => {
    const granted = await grant({ startsOn: today, endsOn: addDays(today, 1) });
    await cancelLemonLotPermit(database.deps, agent, granted.id, granted.version, 'Left early');
    expect(await queueLemonLotReminders({ ...database.deps, mailFrom: 'county@example.org' }, new Date())).toBe(0);
  });

  it('finds who held a car by plate or VIN', async () => {
    const first = await grant({ plate: 'ABC-123', startsOn: today, endsOn: addDays(today, 2) });
    await cancelLemonLotPermit(database.deps, agent, first.id, first.version, 'Sold');
    await grant({ plate: 'ABC 123', startsOn: addDays(today, 5), endsOn: addDays(today, 6), name: 'Sam Lee', email: 'sam@example.org', vin: null });
    await grant({ plate: 'XYZ999', vin: '2T1BURHE0JC000001' });

    const byPlate = await searchLemonLotPermits(database.deps.db, { plate: 'abc123' });
    if (!Array.isArray(byPlate)) throw new Error('invalid search');
    expect(byPlate.map((entry) => [entry.contact.name, entry.status])).toEqual([
      ['Sam Lee', 'active'],
      ['Rosa Martinez', 'cancelled'],
    ]);
    const byVin = await searchLemonLotPermits(database.deps.db, { vin: '2t1burhe0jc000001' });
    expect(Array.isArray(byVin) && byVin.map((entry) => entry.plate)).toEqual(['XYZ999']);
    expect(await searchLemonLotPermits(database.deps.db, { plate: ' ' })).toMatchObject({ kind: 'invalid_input' });
  });

  it('settings: manager changes are checked and audited', async () => {
    const invalid = await updateLemonLotSettings(database.deps, manager, { capacity: 0, maxDays: 14, reminderDays: 3 });
    expect(invalid.kind === 'invalid_input' && invalid.fields[0].field).toBe('input.capacity');
    expect((await readLemonLotSettings(database.deps.db)).capacity).toBe(2);
    const audit = await listAudit(database.deps.db, 'lemon_lot_settings', 1);
    expect(audit.at(-1)?.after).toEqual({ capacity: 2, maxDays: 14, reminderDays: 3 });
  });

  it('Open311 request creates a permit or names the next free dates', async () => {
    const issued = await issueApiKey(database.deps, manager, { name: 'County app' });
    if (issued.kind !== 'issued') throw new Error(issued.message);
    const [topic] = await database.deps.db.select().from(topics).where(eq(topics.counterService, 'lemon_lot'));
    const parameters = (plate: string) => ({
      service_code: topic.id,
      address_string: 'County lemon lot',
      email: `${plate.toLowerCase()}@example.org`,
      'attribute[vehicle_make]': 'Honda',
      'attribute[vehicle_model]': 'Civic',
      'attribute[plate]': plate,
      'attribute[start_date]': addDays(today, 2),
      'attribute[end_date]': addDays(today, 3),
    });
    for (const plate of ['ONE111', 'TWO222']) {
      const created = await submitServiceRequest(database.deps, issued.apiKey.id, parameters(plate));
      expect(created.kind === 'created' && created.request.service_notice).toMatch(/Lemon lot permit LL-\d{6} is granted/);
    }
    const refused = await submitServiceRequest(database.deps, issued.apiKey.id, parameters('THREE333'));
    if (refused.kind !== 'invalid') throw new Error(`not refused: ${JSON.stringify(refused)}`);
    expect(refused.errors[0].field).toBe('attribute[start_date]');
    expect(refused.errors[0].message).toContain(`Next free dates for 2 days: ${addDays(today, 4)} to ${addDays(today, 5)}`);

    // The same plate again: the refusal does not give the other holder's permit number.
    const again = await submitServiceRequest(database.deps, issued.apiKey.id, { ...parameters('ONE111'), email: 'someone@example.org', 'attribute[start_date]': addDays(today, 3) });
    if (again.kind !== 'invalid') throw new Error(`not refused: ${JSON.stringify(again)}`);
    expect(again.errors).toEqual([{ field: 'attribute[plate]', message: 'plate ONE111 already holds a lemon lot permit in this period' }]);

    const card = await submitServiceRequest(database.deps, issued.apiKey.id, { ...parameters('CARD1'), 'attribute[vehicle_color]': '4111 1111 1111 1111' });
    expect(card.kind === 'invalid' && card.errors).toEqual([{ field: 'attribute[vehicle_color]', message: 'vehicle_color must not contain a card number: permit forms never ask for payment details' }]);
  });
});
