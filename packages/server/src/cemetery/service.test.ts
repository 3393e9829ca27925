import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { inquiries } from '../db/schema.js';
import type { Actor } from '../core/deps.js';
import { listAudit } from '../counter/audit.js';
import { counterTopicId } from '../counter/services.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { importLots } from './import.js';
import { addLots, cancelInterment, completeInterment, scheduleInterment, sellLot, type ScheduleIntermentInput } from './service.js';
import { findSlot, nextFreeSlots, type IntermentSlot } from './slots.js';
import { intermentWeek, listLots, loadLot, lotHistory } from './views.js';
import { readSettings } from '../rotation/settings.js';

describe.each(databaseKinds())('cemetery service on %s', (kind) => {
  let database: TestDatabase;
  let manager: Actor;
  let agent: Actor;
  let otherAgent: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    manager = await createAgent(database.deps, 'Mona Manager', 'manager');
    agent = await createAgent(database.deps, 'Alex Agent');
    otherAgent = await createAgent(database.deps, 'Bea Agent');
  });

  async function addRow(section: string, row: string, from: number, to: number, capacity = 1) {
    const result = await addLots(database.deps, manager, { section, row, fromNumber: from, toNumber: to, priceCents: 150_000, capacity });
    if (result.kind !== 'added') throw new Error(result.message);
    return result.lots;
  }

  async function soldLot(number: number, capacity = 1) {
    const [lot] = await addRow('A', '1', number, number, capacity);
    const sale = await sellLot(database.deps, agent, { lotId: lot.id, channel: 'walk_in', purchaser: { name: 'Rosa Martinez', phone: '505-555-0100' } });
    if (sale.kind !== 'sold') throw new Error(`sale failed: ${sale.kind}`);
    return sale.lot;
  }

  async function firstFreeSlots(count: number): Promise<IntermentSlot[]> {
    return nextFreeSlots(database.deps.db, database.deps.centerTimeZone, new Date(), new Date(), count);
  }

  function interment(lotId: string, slot: IntermentSlot, deceasedName = 'John Doe'): ScheduleIntermentInput {
    return { lotId, slotStartsAt: slot.startsAt, deceasedName, dateOfDeath: '2026-01-02', funeralHome: 'Valley Funeral Home', channel: 'phone', arranger: { name: 'Jane Doe', email: 'jane@example.org' } };
  }

  it('adds a range and skips existing numbers', async () => {
    await addRow('B', '2', 3, 4);
    const result = await addLots(database.deps, manager, { section: 'B', row: '2', fromNumber: 1, toNumber: 5, priceCents: 99_00 });
    expect(result.kind).toBe('added');
    if (result.kind !== 'added') return;
    expect(result.lots.map((lot) => lot.number)).toEqual([1, 2, 5]);
    expect(result.skippedNumbers).toEqual([3, 4]);
    expect(result.lots.every((lot) => lot.status === 'available' && lot.capacity === 1)).toBe(true);

    const all = await listLots(database.deps.db, { section: 'B' });
    expect(all.map((lot) => lot.number)).toEqual([1, 2, 3, 4, 5]);
    const audit = await listAudit(database.deps.db, 'cemetery_lot', all[0].id);
    expect(audit.map((entry) => entry.action)).toEqual(['created']);
  });

  it('rejects an invalid range with field names', async () => {
    const backwards = await addLots(database.deps, manager, { section: 'A', row: '1', fromNumber: 5, toNumber: 2, priceCents: 100 });
    expect(backwards.kind).toBe('invalid_input');
    if (backwards.kind === 'invalid_input') expect(backwards.fields.map((field) => field.field)).toContain('input.toNumber');

    const tooMany = await addLots(database.deps, manager, { section: 'A', row: '1', fromNumber: 1, toNumber: 501, priceCents: 100 });
    expect(tooMany.kind).toBe('invalid_input');
    const negative = await addLots(database.deps, manager, { section: 'A;', row: '1', fromNumber: 1, priceCents: -1 });
    expect(negative.kind === 'invalid_input' ? negative.fields.map((field) => field.field).sort() : []).toEqual(['input.priceCents', 'input.section']);
  });

  it('sells a lot once and counts the sale', async () => {
    const [lot] = await addRow('A', '1', 7, 7);
    const sale = await sellLot(database.deps, agent, { lotId: lot.id, channel: 'walk_in', purchaser: { name: 'Rosa Martinez', email: 'rosa@example.org' } });
    expect(sale.kind).toBe('sold');
    if (sale.kind !== 'sold') return;
    expect(sale.lot.status).toBe('sold');
    expect(sale.lot.purchaser?.name).toBe('Rosa Martinez');
    expect(sale.lot.soldByName).toBe('Alex Agent');
    expect(sale.inquiryReference).toMatch(/^Q-/);

    const topicId = await counterTopicId(database.deps.db, 'cemetery');
    const [recorded] = await database.deps.db.select().from(inquiries).where(eq(inquiries.reference, sale.inquiryReference));
    expect(recorded.topicId).toBe(topicId);
    expect(recorded.channel).toBe('walk_in');
    expect(recorded.status).toBe('resolved');

    const again = await sellLot(database.deps, otherAgent, { lotId: lot.id, channel: 'phone', purchaser: { name: 'Someone Else' } });
    expect(again.kind).toBe('lot_unavailable');
    const history = await lotHistory(database.deps.db, lot.id);
    expect(history?.audit.map((entry) => entry.action)).toEqual(['created', 'sold']);
  });

  it('two sales of one lot: one wins', async () => {
    const [lot] = await addRow('A', '1', 8, 8);
    const before = await database.deps.db.select({ id: inquiries.id }).from(inquiries);
    const results = await Promise.all([
      sellLot(database.deps, agent, { lotId: lot.id, channel: 'walk_in', purchaser: { name: 'First Buyer' } }),
      sellLot(database.deps, otherAgent, { lotId: lot.id, channel: 'phone', purchaser: { name: 'Second Buyer' } }),
    ]);
    expect(results.map((result) => result.kind).sort()).toEqual(['lot_unavailable', 'sold']);
    const after = await database.deps.db.select({ id: inquiries.id }).from(inquiries);
    expect(after.length - before.length).toBe(1);
    const stored = await loadLot(database.deps.db, lot.id);
    const winner = results.find((result) => result.kind === 'sold');
    expect(stored?.purchaser?.name).toBe(winner?.kind === 'sold' ? winner.lot.purchaser?.name : 'none');
  });

  it('schedules only in a sold lot with room', async () => {
    const [available] = await addRow('C', '1', 1, 1);
    const [slot, second] = await firstFreeSlots(2);
    const unsold = await scheduleInterment(database.deps, agent, interment(available.id, slot));
    expect(unsold.kind).toBe('refused');
    if (unsold.kind === 'refused') expect(unsold.message).toContain('not sold');

    const lot = await soldLot(2);
    const first = await scheduleInterment(database.deps, agent, interment(lot.id, slot));
    expect(first.kind).toBe('scheduled');
    if (first.kind !== 'scheduled') return;
    const [recorded] = await database.deps.db.select().from(inquiries).where(eq(inquiries.reference, first.interment.inquiryReference!));
    expect(recorded.channel).toBe('phone');
    expect(recorded.status).toBe('resolved');
    const full = await scheduleInterment(database.deps, agent, interment(lot.id, second, 'Another Person'));
    expect(full.kind).toBe('refused');
    if (full.kind === 'refused') expect(full.message).toContain('full');
  });

  it('rejects a time that is no slot', async () => {
    const lot = await soldLot(3);
    const [slot] = await firstFreeSlots(1);
    const offSlot = await scheduleInterment(database.deps, agent, interment(lot.id, { ...slot, startsAt: new Date(slot.startsAt.getTime() + 30 * 60_000) }));
    expect(offSlot.kind).toBe('invalid_input');
    if (offSlot.kind === 'invalid_input') expect(offSlot.fields[0].field).toBe('input.slotStartsAt');

    const settings = await readSettings(database.deps.db, database.deps.centerTimeZone);
    const saturday = DateTime.now().setZone(database.deps.centerTimeZone).plus({ weeks: 1 }).set({ weekday: 6, hour: 9, minute: 0, second: 0, millisecond: 0 });
    expect(findSlot(settings, saturday.toJSDate())).toBeUndefined();
    const weekend = await scheduleInterment(database.deps, agent, interment(lot.id, { ...slot, startsAt: saturday.toJSDate() }));
    expect(weekend.kind).toBe('invalid_input');
  });

  it('two bookings of one slot: one wins', async () => {
    const first = await soldLot(10);
    const second = await soldLot(11);
    const [slot] = await firstFreeSlots(1);
    const results = await Promise.all([
      scheduleInterment(database.deps, agent, interment(first.id, slot, 'First Person')),
      scheduleInterment(database.deps, otherAgent, interment(second.id, slot, 'Second Person')),
    ]);
    expect(results.map((result) => result.kind).sort()).toEqual(['scheduled', 'slot_taken']);
    const loser = results.find((result) => result.kind === 'slot_taken');
    if (loser?.kind !== 'slot_taken') throw new Error('no slot_taken result');
    expect(loser.nextFreeSlots.length).toBeGreaterThan(0);
    expect(loser.nextFreeSlots.map((free) => free.startsAt.getTime())).not.toContain(slot.startsAt.getTime());
    expect(loser.nextFreeSlots[0].startsAt.getTime()).toBeGreaterThan(slot.startsAt.getTime());

    const week = await intermentWeek(database.deps.db, database.deps.centerTimeZone, slot.date);
    const held = week[0].slots.find((entry) => entry.slot.startsAt.getTime() === slot.startsAt.getTime());
    expect(held?.interment?.deceasedName).toMatch(/First Person|Second Person/);
  });

  it('cancel frees the slot', async () => {
    const lot = await soldLot(12);
    const other = await soldLot(13);
    const [slot] = await firstFreeSlots(1);
    const booked = await scheduleInterment(database.deps, agent, interment(lot.id, slot));
    if (booked.kind !== 'scheduled') throw new Error(booked.kind);

    const noReason = await cancelInterment(database.deps, agent, booked.interment.id, booked.interment.version, ' ');
    expect(noReason.kind).toBe('invalid_input');
    const cancelled = await cancelInterment(database.deps, agent, booked.interment.id, booked.interment.version, 'Family moved the date');
    expect(cancelled.kind).toBe('ok');

    const rebooked = await scheduleInterment(database.deps, agent, interment(other.id, slot, 'Other Person'));
    expect(rebooked.kind).toBe('scheduled');
    const trail = await listAudit(database.deps.db, 'interment', booked.interment.id);
    expect(trail.map((entry) => [entry.action, entry.reason])).toEqual([
      ['scheduled', null],
      ['cancelled', 'Family moved the date'],
    ]);
  });

  it('refuses a date of death after today in the center zone', async () => {
    const lot = await soldLot(15, 1);
    const [slot] = await firstFreeSlots(1);
    const tomorrow = DateTime.now().setZone(database.deps.centerTimeZone).plus({ days: 1 }).toISODate()!;
    const result = await scheduleInterment(database.deps, agent, { ...interment(lot.id, slot), dateOfDeath: tomorrow });
    expect(result.kind === 'invalid_input' ? result.fields : undefined).toEqual([{ field: 'input.dateOfDeath', message: `dateOfDeath must not be after today, ${DateTime.now().setZone(database.deps.centerTimeZone).toISODate()}` }]);
    const today = DateTime.now().setZone(database.deps.centerTimeZone).toISODate()!;
    expect((await scheduleInterment(database.deps, agent, { ...interment(lot.id, slot), dateOfDeath: today })).kind).toBe('scheduled');
  });

  it('completing makes the lot occupied', async () => {
    const lot = await soldLot(14, 2);
    const [slot] = await firstFreeSlots(1);
    const booked = await scheduleInterment(database.deps, agent, interment(lot.id, slot));
    if (booked.kind !== 'scheduled') throw new Error(booked.kind);

    const started = new Date(slot.startsAt.getTime() + 60_000);
    const stale = await completeInterment(database.deps, agent, booked.interment.id, booked.interment.version + 5, started);
    expect(stale.kind === 'invalid_input' ? stale.fields[0].field : '').toBe('version');
    // Before its slot starts, an interment cannot be completed and the lot stays sold.
    const early = await completeInterment(database.deps, agent, booked.interment.id, booked.interment.version, new Date(slot.startsAt.getTime() - 60_000));
    expect(early.kind === 'invalid_input' ? early.fields[0] : undefined).toEqual({ field: 'id', message: expect.stringContaining('only once its slot has started') });
    expect((await loadLot(database.deps.db, lot.id))?.status).toBe('sold');
    const done = await completeInterment(database.deps, agent, booked.interment.id, booked.interment.version, started);
    expect(done.kind).toBe('ok');
    expect((await loadLot(database.deps.db, lot.id))?.status).toBe('occupied');
    const twice = await completeInterment(database.deps, agent, booked.interment.id, booked.interment.version + 1, started);
    expect(twice.kind).toBe('invalid_input');
    const history = await lotHistory(database.deps.db, lot.id);
    expect(history?.audit.map((entry) => entry.action)).toEqual(['created', 'sold', 'scheduled', 'completed', 'occupied']);
  });

  it('imports lots from CSV', async () => {
    await addRow('N', '1', 2, 2);
    const csv = 'Section,Row,Number,Price_Cents,Capacity\nN,1,1,150000,\nN,1,2,150000,2\nN,2,1,90000,4\n';
    const result = await importLots(database.deps, manager, csv);
    expect(result).toEqual({ kind: 'imported', added: 2, skipped: ['N/1/2'] });
    const lots = await listLots(database.deps.db, { section: 'N' });
    expect(lots.map((lot) => [lot.row, lot.number, lot.capacity, lot.priceCents])).toEqual([
      ['1', 1, 1, 150000],
      ['1', 2, 1, 150000],
      ['2', 1, 4, 90000],
    ]);
    const audit = await listAudit(database.deps.db, 'cemetery_lot', lots[0].id);
    expect(audit.map((entry) => [entry.action, entry.reason])).toEqual([['created', 'CSV import']]);
  });

  it('rejects a bad CSV whole', async () => {
    const badLine = await importLots(database.deps, manager, 'section,row,number,price_cents\nM,1,1,100\nM,1,x,100\nM,1,1,100\n');
    expect(badLine.kind).toBe('invalid_input');
    if (badLine.kind === 'invalid_input') {
      expect(badLine.fields.map((field) => field.field)).toEqual(['csv.line3.number', 'csv.line4.number']);
      expect(badLine.fields[1].message).toContain('appears twice');
    }
    expect(await listLots(database.deps.db, { section: 'M' })).toEqual([]);

    const noPrice = await importLots(database.deps, manager, 'section,row,number\nM,1,1\n');
    expect(noPrice.kind === 'invalid_input' ? noPrice.fields[0].message : '').toContain('missing the column price_cents');
    const unreadable = await importLots(database.deps, manager, 'section,row,number,price_cents\n"M,1,1,100\n');
    expect(unreadable.kind === 'invalid_input' ? unreadable.fields[0].field : '').toBe('csv');
  });
});
