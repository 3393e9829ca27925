import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { inquiries, notaryAppointments, outboundEmails, rotaMembers, rotaSlots } from '../db/schema.js';
import type { Actor } from '../core/deps.js';
import { listAudit } from '../counter/audit.js';
import { ensureCounterServices } from '../counter/registry.js';
import { counterTopicId } from '../counter/services.js';
import { issueApiKey } from '../open311/api-keys.js';
import { submitServiceRequest } from '../open311/requests.js';
import type { DutyKind } from '../rotation/views.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { freeNotarySlots } from './availability.js';
import { appointmentByToken, bookPublicAppointment, bookStaffAppointment, cancelByToken, markAppointment, setNotaryCommission, type PublicBookingInput } from './service.js';
import { listAppointmentsOn, listConflicts } from './views.js';

const ZONE = 'America/Denver';
const mail = { publicBaseUrl: 'https://desk.county.example', mailFrom: 'desk@county.example' };

/** Returns the instant of local `time` (HH:mm) `days` days from now. */
function localStart(days: number, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.now().setZone(ZONE).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

describe.each(databaseKinds())('notary service on %s', (kind) => {
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
    manager = await createAgent(database.deps, 'Mona Manager', 'manager');
    agent = await createAgent(database.deps, 'Alex Agent');
  });

  async function makeNotary(name: string, expiresOn: string | null = null) {
    const staff = await createAgent(database.deps, name);
    const saved = await setNotaryCommission(database.deps, manager, { staffId: staff.id, commissionNumber: `C-${name.length}`, expiresOn, active: true });
    expect(saved.kind).toBe('ok');
    const [member] = await database.deps.db.insert(rotaMembers).values({ kind: 'agent', staffId: staff.id, displayName: name }).returning({ id: rotaMembers.id });
    return { staff, memberId: member.id };
  }

  async function publish(memberId: string, startsAt: Date, kind: DutyKind) {
    await database.deps.db
      .insert(rotaSlots)
      .values({ memberId, startsAt, kind, publishedKind: kind })
      .onConflictDoUpdate({ target: [rotaSlots.memberId, rotaSlots.startsAt], set: { kind, publishedKind: kind } });
  }

  function booking(startsAt: Date, extra: Partial<PublicBookingInput> = {}): PublicBookingInput {
    return { startsAt, documentKind: 'affidavit', documentCount: 2, contact: { name: 'Rosa Martinez', email: 'rosa@example.org' }, ...extra };
  }

  const request = { clientAddress: '203.0.113.5', mail };

  it('lists only published duty that counts', async () => {
    const { memberId } = await makeNotary('Nora Notary');
    const kinds: [string, DutyKind][] = [
      ['09:00', 'on_call'],
      ['09:30', 'off_desk'],
      ['10:00', 'meeting'],
      ['10:30', 'leave'],
    ];
    for (const [time, dutyKind] of kinds) await publish(memberId, localStart(2, time), dutyKind);
    // Planned but unpublished duty never counts.
    await database.deps.db.insert(rotaSlots).values({ memberId, startsAt: localStart(2, '11:00'), kind: 'on_call', publishedKind: null });
    await publish(memberId, localStart(-1, '09:00'), 'on_call');
    await publish(memberId, localStart(40, '09:00'), 'on_call');

    const free = await freeNotarySlots(database.deps.db, ZONE, new Date());
    expect(free.map((slot) => slot.localTime)).toEqual(['09:00', '09:30']);
    expect(free[0].date).toBe(DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate());
  });

  it('skips lapsed and inactive commissions', async () => {
    const lapsed = await makeNotary('Lapsed Notary', DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate()!);
    const inactive = await makeNotary('Inactive Notary');
    await publish(lapsed.memberId, localStart(2, '09:00'), 'on_call');
    await publish(inactive.memberId, localStart(2, '09:30'), 'on_call');
    await setNotaryCommission(database.deps, manager, { staffId: inactive.staff.id, active: false });
    expect(await freeNotarySlots(database.deps.db, ZONE, new Date())).toEqual([]);
  });

  it('books, hides the slot and counts it', async () => {
    const { memberId, staff } = await makeNotary('Nora Notary');
    const startsAt = localStart(3, '14:00');
    await publish(memberId, startsAt, 'off_desk');

    const result = await bookPublicAppointment(database.deps, booking(startsAt), request);
    expect(result.kind).toBe('booked');
    if (result.kind !== 'booked') return;
    expect(result.appointment.staffId).toBe(staff.id);
    expect(result.appointment.reference).toMatch(/^NA-\d{6}$/);
    expect(result.confirmationQueued).toBe(true);
    expect(await freeNotarySlots(database.deps.db, ZONE, new Date())).toEqual([]);

    const [row] = await database.deps.db.select().from(notaryAppointments).where(eq(notaryAppointments.id, result.appointment.id));
    expect(row.manageTokenHash).not.toBe(result.manageToken);
    const [inquiry] = await database.deps.db.select().from(inquiries).where(eq(inquiries.id, row.inquiryId!));
    expect(inquiry.topicId).toBe(await counterTopicId(database.deps.db, 'notary'));
    expect(inquiry.channel).toBe('web');
    expect(inquiry.status).toBe('open');
    const [email] = await database.deps.db.select().from(outboundEmails).where(eq(outboundEmails.inquiryId, inquiry.id));
    expect(email.kind).toBe('confirmation');
    expect(email.toAddress).toBe('rosa@example.org');
    expect(email.bodyText).toContain(`${mail.publicBaseUrl}/notary/manage/${result.manageToken}`);
  });

  it('rejects bad input with field names', async () => {
    const { memberId } = await makeNotary('Nora Notary');
    const startsAt = localStart(3, '14:00');
    await publish(memberId, startsAt, 'on_call');
    const wrong = await bookPublicAppointment(database.deps, booking(startsAt, { documentKind: 'will', documentCount: 0, contact: { name: ' ' } }), request);
    expect(wrong.kind === 'invalid_input' ? wrong.fields.map((field) => field.field).sort() : []).toEqual(['input.contact.name', 'input.documentCount', 'input.documentKind']);
    const offHalfHour = await bookPublicAppointment(database.deps, booking(new Date(startsAt.getTime() + 10 * 60_000)), request);
    expect(offHalfHour.kind === 'invalid_input' ? offHalfHour.fields[0].field : '').toBe('input.startsAt');
    const past = await bookPublicAppointment(database.deps, booking(localStart(-2, '14:00')), request);
    expect(past.kind === 'invalid_input' ? past.fields[0].message : '').toContain('future');
    const offDuty = await bookPublicAppointment(database.deps, booking(localStart(3, '15:00')), request);
    expect(offDuty.kind).toBe('slot_taken');
    if (offDuty.kind === 'slot_taken') expect(offDuty.message).toContain('no notary is on duty');
  });

  it('two bookings of one slot: one wins', async () => {
    const { memberId } = await makeNotary('Nora Notary');
    const startsAt = localStart(4, '10:00');
    const later = localStart(4, '10:30');
    await publish(memberId, startsAt, 'on_call');
    await publish(memberId, later, 'on_call');

    const results = await Promise.all([
      bookPublicAppointment(database.deps, booking(startsAt, { contact: { name: 'First Resident' } }), { clientAddress: '203.0.113.1' }),
      bookStaffAppointment(database.deps, agent, { ...booking(startsAt, { contact: { name: 'Second Resident' } }), channel: 'phone' }),
    ]);
    expect(results.map((result) => result.kind).sort()).toEqual(['booked', 'slot_taken']);
    const loser = results.find((result) => result.kind === 'slot_taken');
    if (loser?.kind !== 'slot_taken') throw new Error('no slot_taken result');
    expect(loser.nextFreeSlots.map((slot) => slot.startsAt.getTime())).toEqual([later.getTime()]);
    const stored = await database.deps.db.select().from(notaryAppointments).where(eq(notaryAppointments.status, 'booked'));
    expect(stored.length).toBe(1);
  });

  it('spreads a busy slot over notaries', async () => {
    const first = await makeNotary('Nora Notary');
    const second = await makeNotary('Omar Notary');
    const startsAt = localStart(4, '11:00');
    await publish(first.memberId, startsAt, 'on_call');
    await publish(second.memberId, startsAt, 'off_desk');

    const results = await Promise.all([
      bookPublicAppointment(database.deps, booking(startsAt), { clientAddress: '203.0.113.1' }),
      bookPublicAppointment(database.deps, booking(startsAt), { clientAddress: '203.0.113.2' }),
      bookPublicAppointment(database.deps, booking(startsAt), { clientAddress: '203.0.113.3' }),
    ]);
    expect(results.map((result) => result.kind).sort()).toEqual(['booked', 'booked', 'slot_taken']);
    const notaries = results.flatMap((result) => (result.kind === 'booked' ? [result.appointment.staffId] : [])).sort();
    expect(notaries).toEqual([first.staff.id, second.staff.id].sort());
  });

  it('manage link shows and cancels', async () => {
    const { memberId } = await makeNotary('Nora Notary');
    const startsAt = localStart(5, '09:00');
    await publish(memberId, startsAt, 'on_call');
    const result = await bookPublicAppointment(database.deps, booking(startsAt), request);
    if (result.kind !== 'booked') throw new Error(result.kind);

    expect(await appointmentByToken(database.deps, 'not-a-real-token-at-all')).toBeUndefined();
    const shown = await appointmentByToken(database.deps, result.manageToken);
    expect(shown).toMatchObject({ reference: result.appointment.reference, status: 'booked', cancellable: true, documentCount: 2 });
    expect(JSON.stringify(shown)).not.toContain('Rosa');

    const cancelled = await cancelByToken(database.deps, result.manageToken);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellable: false });
    expect((await freeNotarySlots(database.deps.db, ZONE, new Date())).map((slot) => slot.startsAt.getTime())).toEqual([startsAt.getTime()]);
    const audit = await listAudit(database.deps.db, 'notary_appointment', result.appointment.id);
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['booked', null],
      ['cancelled', null],
    ]);
  });

  it('flags a booking the rotation dropped', async () => {
    const { memberId } = await makeNotary('Nora Notary');
    const startsAt = localStart(6, '13:00');
    await publish(memberId, startsAt, 'on_call');
    const result = await bookStaffAppointment(database.deps, agent, { ...booking(startsAt), channel: 'walk_in' });
    if (result.kind !== 'booked') throw new Error(result.kind);
    expect(result.appointment.conflict).toBe(false);
    expect(await listConflicts(database.deps.db, ZONE, new Date())).toEqual([]);

    await publish(memberId, startsAt, 'leave');
    const conflicts = await listConflicts(database.deps.db, ZONE, new Date());
    expect(conflicts.map((entry) => entry.id)).toEqual([result.appointment.id]);
    const day = await listAppointmentsOn(database.deps.db, ZONE, DateTime.fromJSDate(startsAt, { zone: ZONE }).toISODate()!);
    expect(day.map((entry) => [entry.id, entry.conflict, entry.status])).toEqual([[result.appointment.id, true, 'booked']]);
    // The booking stays until staff act on it.
    const [stored] = await database.deps.db.select().from(notaryAppointments).where(eq(notaryAppointments.id, result.appointment.id));
    expect(stored.status).toBe('booked');
  });

  it('marks outcomes with an audit trail', async () => {
    const { memberId } = await makeNotary('Nora Notary');
    const startsAt = localStart(2, '09:30');
    await publish(memberId, startsAt, 'on_call');
    const result = await bookStaffAppointment(database.deps, agent, { ...booking(startsAt), channel: 'phone' });
    if (result.kind !== 'booked') throw new Error(result.kind);

    const [inquiry] = await database.deps.db.select().from(inquiries).where(eq(inquiries.reference, result.appointment.inquiryReference!));
    expect(inquiry.channel).toBe('phone');
    expect(inquiry.status).toBe('resolved');

    const started = new Date(startsAt.getTime() + 60_000);
    const stale = await markAppointment(database.deps, agent, result.appointment.id, result.appointment.version + 1, 'completed', null, started);
    expect(stale.kind === 'invalid_input' ? stale.fields[0].field : '').toBe('version');
    // An outcome cannot be recorded before the appointment starts.
    for (const outcome of ['completed', 'no_show'] as const) {
      const early = await markAppointment(database.deps, agent, result.appointment.id, result.appointment.version, outcome, null, new Date(startsAt.getTime() - 60_000));
      expect(early.kind === 'invalid_input' ? early.fields[0] : undefined).toEqual({ field: 'outcome', message: expect.stringContaining('only once it has started') });
    }
    const noShow = await markAppointment(database.deps, agent, result.appointment.id, result.appointment.version, 'no_show', 'Did not come', started);
    expect(noShow.kind === 'ok' ? noShow.appointment.status : '').toBe('no_show');
    const again = await markAppointment(database.deps, agent, result.appointment.id, result.appointment.version + 1, 'completed', null, started);
    expect(again.kind).toBe('invalid_input');
    const audit = await listAudit(database.deps.db, 'notary_appointment', result.appointment.id);
    expect(audit.map((entry) => [entry.action, entry.actorName, entry.reason])).toEqual([
      ['booked', 'Alex Agent', null],
      ['no_show', 'Alex Agent', 'Did not come'],
    ]);
  });

  it('books through Open311', async () => {
    await ensureCounterServices(database.deps.db);
    const { memberId } = await makeNotary('Nora Notary');
    const startsAt = localStart(3, '10:00');
    await publish(memberId, startsAt, 'on_call');
    const issued = await issueApiKey(database.deps, manager, { name: 'County app' });
    if (issued.kind !== 'issued') throw new Error(issued.message);
    const serviceCode = await counterTopicId(database.deps.db, 'notary');
    const parameters = {
      service_code: serviceCode,
      address_string: '100 Main Street',
      first_name: 'Rosa',
      last_name: 'Martinez',
      'attribute[slot_start]': DateTime.fromJSDate(startsAt, { zone: ZONE }).toISO()!,
      'attribute[document_kind]': 'deed',
      'attribute[document_count]': '1',
    };

    const created = await submitServiceRequest(database.deps, issued.apiKey.id, parameters);
    expect(created.kind).toBe('created');
    if (created.kind === 'created') expect(created.request.service_notice).toMatch(/^Notary appointment NA-\d{6} is booked/);
    const [stored] = await database.deps.db.select().from(notaryAppointments).where(and(eq(notaryAppointments.startsAt, startsAt), eq(notaryAppointments.status, 'booked')));
    expect(stored.documentKind).toBe('deed');

    const anonymous = await submitServiceRequest(database.deps, issued.apiKey.id, { ...parameters, first_name: '', last_name: '', 'attribute[slot_start]': DateTime.fromJSDate(localStart(3, '10:30'), { zone: ZONE }).toISO()! });
    expect(anonymous.kind === 'invalid' ? anonymous.errors[0].field : '').toBe('email');

    const taken = await submitServiceRequest(database.deps, issued.apiKey.id, parameters);
    expect(taken.kind).toBe('invalid');
    if (taken.kind === 'invalid') expect(taken.errors[0].field).toBe('attribute[slot_start]');
  });
});
