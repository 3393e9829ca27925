import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../core/deps.js';
import { bannerApplications, events, inquiries, topicAttributes, topics } from '../db/schema.js';
import { listAudit } from '../counter/audit.js';
import { ensureCounterServices } from '../counter/registry.js';
import { counterTopicId } from '../counter/services.js';
import { issueApiKey } from '../open311/api-keys.js';
import { submitServiceRequest } from '../open311/requests.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { addDays, localToday, nextFreeStarts } from './dates.js';
import {
  applyForBanner,
  bannerCalendar,
  decideBannerApplication,
  findBannerApplicationByToken,
  listBannerApplications,
  saveBannerLocation,
  syncBannerLocationAttribute,
  type BannerApplicationInput,
  type BannerLocationView,
} from './service.js';

const request = { clientAddress: '203.0.113.9' };

describe('nextFreeStarts', () => {
  it('skips past a full day', () => {
    const full = new Set(['2026-03-02', '2026-03-05']);
    const starts = nextFreeStarts((day) => (full.has(day) ? 1 : 0), 1, '2026-03-01', 2, 30);
    expect(starts.map((range) => range.startsOn)).toEqual(['2026-03-03', '2026-03-06', '2026-03-07']);
    expect(starts[0].endsOn).toBe('2026-03-04');
  });

  it('returns nothing when every day is full', () => {
    expect(nextFreeStarts(() => 2, 2, '2026-03-01', 1, 10)).toEqual([]);
  });
});

describe.each(databaseKinds())('banner permits on %s', (kind) => {
  let database: TestDatabase;
  let manager: Actor;
  let agent: Actor;
  let overpass: BannerLocationView;
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
    const saved = await saveBannerLocation(database.deps, manager, undefined, { name: 'Main St over I-25', capacity: 1, maxDays: 7, active: true });
    if (saved.kind !== 'ok') throw new Error(`location not saved: ${JSON.stringify(saved)}`);
    overpass = saved.location;
    today = localToday('America/Denver');
  });

  function application(overrides: Partial<BannerApplicationInput> = {}): BannerApplicationInput {
    return {
      locationId: overpass.id,
      startsOn: addDays(today, 10),
      endsOn: addDays(today, 12),
      eventName: 'Spring fair',
      organization: 'Lions Club',
      name: 'Rosa Martinez',
      email: 'rosa@example.org',
      ...overrides,
    };
  }

  it('records a pending application with its inquiry', async () => {
    const result = await applyForBanner(database.deps, application(), { channel: 'web', request });
    if (result.kind !== 'received') throw new Error(`not received: ${JSON.stringify(result)}`);
    expect(result.application.status).toBe('pending');
    expect(result.application.reference).toMatch(/^BP-\d{6}$/);
    expect(result.application.contact.email).toBe('rosa@example.org');

    const [inquiry] = await database.deps.db.select().from(inquiries).where(eq(inquiries.id, result.application.inquiryId!));
    expect(inquiry.topicId).toBe(await counterTopicId(database.deps.db, 'banner_permit'));
    expect(inquiry.channel).toBe('web');

    const audit = await listAudit(database.deps.db, 'banner_application', result.application.id);
    expect(audit.map((entry) => entry.action)).toEqual(['created']);

    const seen = await findBannerApplicationByToken(database.deps, result.statusToken);
    expect(seen?.reference).toBe(result.application.reference);
    expect(seen?.status).toBe('pending');
    expect(seen).not.toHaveProperty('contact');
    expect(await findBannerApplicationByToken(database.deps, 'not-a-real-token-at-all')).toBeUndefined();
  });

  it('rejects invalid periods and contacts', async () => {
    const past = await applyForBanner(database.deps, application({ startsOn: addDays(today, -1), endsOn: today }), { channel: 'web', request });
    expect(past.kind === 'invalid_input' && past.fields.map((field) => field.field)).toEqual(['input.startsOn']);

    const tooLong = await applyForBanner(database.deps, application({ endsOn: addDays(today, 20) }), { channel: 'web', request });
    expect(tooLong.kind === 'invalid_input' && tooLong.fields[0].message).toContain('at most 7 days');

    const backwards = await applyForBanner(database.deps, application({ endsOn: addDays(today, 9) }), { channel: 'web', request });
    expect(backwards.kind === 'invalid_input' && backwards.fields[0].field).toBe('input.endsOn');

    const noContact = await applyForBanner(database.deps, application({ email: '' }), { channel: 'web', request });
    expect(noContact.kind === 'invalid_input' && noContact.fields[0].field).toBe('input.email');

    const badDate = await applyForBanner(database.deps, application({ startsOn: '2026-02-30' }), { channel: 'web', request });
    expect(badDate.kind === 'invalid_input' && badDate.fields[0].message).toContain('2026-03-08');
    expect(await listBannerApplications(database.deps.db, [])).toEqual([]);
  });

  it('refuses card numbers in the free text', async () => {
    const result = await applyForBanner(database.deps, application({ eventName: 'Fair 4111-1111-1111-1111', organization: '4111 1111 1111 1111', name: '4111111111111111' }), { channel: 'web', request });
    if (result.kind !== 'invalid_input') throw new Error(`not rejected: ${JSON.stringify(result)}`);
    expect(result.fields).toEqual(
      ['eventName', 'organization', 'name'].map((field) => ({ field: `input.${field}`, message: `${field} must not contain a card number: permit forms never ask for payment details` })),
    );
    expect(await listBannerApplications(database.deps.db, [])).toEqual([]);
    // Shorter digit runs, such as a phone number or a year, are fine.
    expect((await applyForBanner(database.deps, application({ organization: 'Lodge 505 555 0100', eventName: 'Fair 2026' }), { channel: 'web', request })).kind).toBe('received');
  });

  it('refuses a full overpass with the next free dates', async () => {
    const first = await applyForBanner(database.deps, application(), { channel: 'web', request });
    expect(first.kind).toBe('received');
    const second = await applyForBanner(database.deps, application({ startsOn: addDays(today, 8), endsOn: addDays(today, 10), email: 'sam@example.org' }), {
      channel: 'walk_in',
      request,
    });
    if (second.kind !== 'refused') throw new Error(`not refused: ${JSON.stringify(second)}`);
    expect(second.field).toBe('input.startsOn');
    expect(second.nextFreeDates).toEqual([
      { startsOn: addDays(today, 13), endsOn: addDays(today, 15) },
      { startsOn: addDays(today, 14), endsOn: addDays(today, 16) },
      { startsOn: addDays(today, 15), endsOn: addDays(today, 17) },
    ]);
    expect(second.message).toContain(`${addDays(today, 13)} to ${addDays(today, 15)}`);
    // Nothing of the refused application remains, not even its inquiry.
    expect(await database.deps.db.select().from(inquiries)).toHaveLength(1);
  });

  it('declining frees the days, approving keeps them', async () => {
    const first = await applyForBanner(database.deps, application(), { channel: 'web', request });
    if (first.kind !== 'received') throw new Error('not received');
    const declined = await decideBannerApplication(database.deps, agent, first.application.id, first.application.version, 'declined', 'The overpass is under repair.');
    if (declined.kind !== 'ok') throw new Error(`not declined: ${JSON.stringify(declined)}`);
    expect(declined.application.status).toBe('declined');
    expect(declined.application.decisionNote).toBe('The overpass is under repair.');
    expect(declined.application.decidedByName).toBe('Alex Agent');
    expect((await findBannerApplicationByToken(database.deps, first.statusToken))?.status).toBe('declined');

    const second = await applyForBanner(database.deps, application({ email: 'sam@example.org' }), { channel: 'web', request });
    if (second.kind !== 'received') throw new Error(`not received after decline: ${JSON.stringify(second)}`);
    const approved = await decideBannerApplication(database.deps, agent, second.application.id, second.application.version, 'approved', null);
    expect(approved.kind).toBe('ok');

    // Each decision resolves the application's inquiry with a note, and the inbox gets the event.
    const inquiryOf = async (inquiryId: number | null) => (await database.deps.db.select().from(inquiries).where(eq(inquiries.id, inquiryId!)))[0];
    const declinedInquiry = await inquiryOf(first.application.inquiryId);
    expect([declinedInquiry.status, declinedInquiry.resolvedById, declinedInquiry.resolutionNote]).toEqual([
      'resolved',
      agent.id,
      `Banner permit declined for ${first.application.startsOn} to ${first.application.endsOn}. The overpass is under repair.`,
    ]);
    const approvedInquiry = await inquiryOf(second.application.inquiryId);
    expect(approvedInquiry.status).toBe('resolved');
    expect(approvedInquiry.resolutionNote).toBe(`Banner permit approved for ${second.application.startsOn} to ${second.application.endsOn}.`);
    const resolvedEvents = await database.deps.db
      .select()
      .from(events)
      .where(and(eq(events.stream, 'inbox'), eq(events.type, 'resolved'), eq(events.inquiryId, approvedInquiry.id)));
    expect(resolvedEvents).toHaveLength(1);

    const third = await applyForBanner(database.deps, application({ email: 'lee@example.org' }), { channel: 'web', request });
    expect(third.kind).toBe('refused');

    const audit = await listAudit(database.deps.db, 'banner_application', first.application.id);
    expect(audit.map((entry) => [entry.action, entry.reason])).toEqual([
      ['created', null],
      ['declined', 'The overpass is under repair.'],
    ]);
  });

  it('declining needs a note', async () => {
    const first = await applyForBanner(database.deps, application(), { channel: 'web', request });
    if (first.kind !== 'received') throw new Error('not received');
    const result = await decideBannerApplication(database.deps, agent, first.application.id, first.application.version, 'declined', '  ');
    expect(result.kind === 'invalid_input' && result.fields[0].field).toBe('note');
  });

  it('a stale version is a conflict', async () => {
    const first = await applyForBanner(database.deps, application(), { channel: 'web', request });
    if (first.kind !== 'received') throw new Error('not received');
    const approved = await decideBannerApplication(database.deps, agent, first.application.id, first.application.version, 'approved', undefined);
    expect(approved.kind).toBe('ok');
    const late = await decideBannerApplication(database.deps, manager, first.application.id, first.application.version, 'declined', 'Too late');
    if (late.kind !== 'conflict') throw new Error(`no conflict: ${JSON.stringify(late)}`);
    expect(late.message).toContain('already approved by Alex Agent');
    expect(late.current.status).toBe('approved');
    expect(await decideBannerApplication(database.deps, agent, 999_999, 1, 'approved', null)).toMatchObject({ kind: 'not_found' });
  });

  it('two applications for the last space: exactly one wins', async () => {
    const results = await Promise.all(
      ['a@example.org', 'b@example.org', 'c@example.org'].map((email, index) =>
        applyForBanner(database.deps, application({ email, eventName: `Event ${index}` }), { channel: index === 0 ? 'walk_in' : 'web', request: { clientAddress: `203.0.113.${index + 20}` } }),
      ),
    );
    expect(results.filter((result) => result.kind === 'received')).toHaveLength(1);
    expect(results.filter((result) => result.kind === 'refused')).toHaveLength(2);
    const stored = await database.deps.db.select().from(bannerApplications);
    expect(stored).toHaveLength(1);
  });

  it('staff entries are claimed by the agent', async () => {
    const result = await applyForBanner(database.deps, application({ email: null, phone: '505-555-0142' }), { channel: 'phone', actor: agent });
    if (result.kind !== 'received') throw new Error(`not received: ${JSON.stringify(result)}`);
    expect(result.application.channel).toBe('phone');
    expect(result.application.createdByName).toBe('Alex Agent');
    const [inquiry] = await database.deps.db.select().from(inquiries).where(eq(inquiries.id, result.application.inquiryId!));
    expect(inquiry.claimedById).toBe(agent.id);
  });

  it('keeps the Open311 location list in step', async () => {
    const topicId = await counterTopicId(database.deps.db, 'banner_permit');
    const readValues = async () => {
      const [attribute] = await database.deps.db
        .select({ values: topicAttributes.values })
        .from(topicAttributes)
        .where(and(eq(topicAttributes.topicId, topicId), eq(topicAttributes.code, 'location')));
      return attribute.values;
    };
    expect(await readValues()).toEqual([{ key: overpass.id, name: 'Main St over I-25' }]);

    const second = await saveBannerLocation(database.deps, manager, undefined, { name: 'Zuni Rd over I-40', capacity: 2, maxDays: 14, active: true });
    expect(second.kind).toBe('ok');
    const renamed = await saveBannerLocation(database.deps, manager, overpass.id, { name: 'Main Street over I-25', capacity: 3, maxDays: 7, active: false });
    if (renamed.kind !== 'ok') throw new Error('not saved');
    expect(renamed.location.capacity).toBe(3);
    expect((await readValues()).map((value) => value.name)).toEqual(['Zuni Rd over I-40']);

    const duplicate = await saveBannerLocation(database.deps, manager, undefined, { name: 'Zuni Rd over I-40', capacity: 1, maxDays: 7, active: true });
    expect(duplicate.kind === 'invalid_input' && duplicate.fields[0].field).toBe('input.name');
    const invalid = await saveBannerLocation(database.deps, manager, undefined, { name: 'X', capacity: 0, maxDays: 7, active: true });
    expect(invalid.kind === 'invalid_input' && invalid.fields[0].message).toContain('capacity must be a whole number');

    const audit = await listAudit(database.deps.db, 'banner_location', overpass.id);
    expect(audit.map((entry) => entry.action)).toEqual(['created', 'edited']);
    expect(audit[1].before).toMatchObject({ capacity: 1, active: true });

    // A server start sets the list too, after ensureCounterServices created the attribute empty.
    await database.deps.db.update(topicAttributes).set({ values: [] }).where(eq(topicAttributes.topicId, topicId));
    await syncBannerLocationAttribute(database.deps.db);
    expect((await readValues()).map((value) => value.name)).toEqual(['Zuni Rd over I-40']);
  });

  it('calendar counts banners per day', async () => {
    const first = await applyForBanner(database.deps, application(), { channel: 'web', request });
    if (first.kind !== 'received') throw new Error('not received');
    await decideBannerApplication(database.deps, agent, first.application.id, first.application.version, 'approved', null);
    const month = addDays(today, 11).slice(0, 7);
    const calendar = await bannerCalendar(database.deps.db, month);
    if ('kind' in calendar) throw new Error('invalid month');
    const grid = calendar.locations.find((entry) => entry.location.id === overpass.id)!;
    const index = calendar.days.indexOf(addDays(today, 11));
    expect(grid.counts[index]).toBe(1);
    expect(grid.approvedCounts[index]).toBe(1);
    expect(grid.entries.map((entry) => entry.eventName)).toEqual(['Spring fair']);
    const before = calendar.days.indexOf(addDays(today, 9));
    if (before >= 0) expect(grid.counts[before]).toBe(0);
    expect(await bannerCalendar(database.deps.db, '2026-13')).toMatchObject({ kind: 'invalid_input' });
  });

  it('Open311 refusal names the next free dates', async () => {
    const issued = await issueApiKey(database.deps, manager, { name: 'County app' });
    if (issued.kind !== 'issued') throw new Error(issued.message);
    const [topic] = await database.deps.db.select().from(topics).where(eq(topics.counterService, 'banner_permit'));
    const parameters = (email: string) => ({
      service_code: topic.id,
      address_string: 'Main St over I-25',
      email,
      first_name: 'Rosa',
      'attribute[location]': overpass.id,
      'attribute[start_date]': addDays(today, 3),
      'attribute[end_date]': addDays(today, 4),
      'attribute[event_name]': 'Book sale',
    });
    const created = await submitServiceRequest(database.deps, issued.apiKey.id, parameters('rosa@example.org'));
    if (created.kind !== 'created') throw new Error(`not created: ${JSON.stringify(created)}`);
    expect(created.request.service_notice).toMatch(/Banner application BP-\d{6} at Main St over I-25 is pending/);
    const [stored] = await database.deps.db.select().from(bannerApplications);
    expect(stored.startsOn).toBe(addDays(today, 3));

    const refused = await submitServiceRequest(database.deps, issued.apiKey.id, parameters('sam@example.org'));
    if (refused.kind !== 'invalid') throw new Error(`not refused: ${JSON.stringify(refused)}`);
    expect(refused.errors[0].field).toBe('attribute[start_date]');
    expect(refused.errors[0].message).toContain(`Next free dates for 2 days: ${addDays(today, 5)} to ${addDays(today, 6)}`);

    const card = await submitServiceRequest(database.deps, issued.apiKey.id, { ...parameters('kim@example.org'), 'attribute[organization]': '4111 1111 1111 1111' });
    expect(card.kind === 'invalid' && card.errors).toEqual([{ field: 'attribute[organization]', message: 'organization must not contain a card number: permit forms never ask for payment details' }]);

    const unknown = await submitServiceRequest(database.deps, issued.apiKey.id, { ...parameters('lee@example.org'), 'attribute[location]': 'elsewhere' });
    expect(unknown.kind === 'invalid' && unknown.errors[0].field).toBe('attribute[location]');
  });

  it('Open311 needs a location and one contact detail', async () => {
    const issued = await issueApiKey(database.deps, manager, { name: 'County app' });
    if (issued.kind !== 'issued') throw new Error(issued.message);
    const [topic] = await database.deps.db.select().from(topics).where(eq(topics.counterService, 'banner_permit'));
    const parameters = {
      service_code: topic.id,
      address_string: 'Main St over I-25',
      'attribute[location]': overpass.id,
      'attribute[event_name]': 'Book sale',
    };
    const on = (offset: number) => ({ 'attribute[start_date]': addDays(today, offset), 'attribute[end_date]': addDays(today, offset) });

    const { address_string: _address, ...withoutLocation } = parameters;
    const noLocation = await submitServiceRequest(database.deps, issued.apiKey.id, { ...withoutLocation, ...on(3), email: 'rosa@example.org' });
    expect(noLocation.kind === 'invalid' && noLocation.errors).toEqual([{ field: 'lat', message: 'a location is required: lat and long, address_string or address_id' }]);

    const noContact = await submitServiceRequest(database.deps, issued.apiKey.id, { ...parameters, ...on(3) });
    expect(noContact.kind === 'invalid' && noContact.errors).toEqual([{ field: 'email', message: 'a contact is required: give a name, an e-mail address or a phone number' }]);
    expect(await database.deps.db.select().from(bannerApplications)).toEqual([]);

    const nameOnly = await submitServiceRequest(database.deps, issued.apiKey.id, { ...parameters, ...on(4), first_name: 'Rosa' });
    expect(nameOnly.kind).toBe('created');
  });
});
