import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../core/deps.js';
import { kudos } from '../db/schema.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { claimInquiry, resolveInquiry } from '../inquiries/service.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { buildNewsletter, excerpt, residentFirstName } from './newsletter.js';
import { approveKudos, countApprovedKudos, declineKudos, sendPublicKudos, submitKudos } from './service.js';
import { listKudos, loadKudos, matchStaffByName } from './views.js';

const ZONE = 'America/Denver';
const request = { clientAddress: '203.0.113.7' };

describe.each(databaseKinds())('kudos service on %s', (kind) => {
  let database: TestDatabase;
  let manager: Actor;
  let maria: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    manager = await createAgent(database.deps, 'Morgan Manager', 'manager');
    maria = await createAgent(database.deps, 'Maria Lopez');
  });

  async function pendingKudos(overrides: Partial<Parameters<typeof submitKudos>[1]> = {}): Promise<string> {
    const result = await submitKudos(database.deps.db, { source: 'public', employeeName: 'Maria', message: 'She fixed my water bill in five minutes.', residentName: 'Rosa Martinez', ...overrides });
    if (result.kind !== 'submitted') throw new Error(`kudos not stored: ${JSON.stringify(result)}`);
    return result.id;
  }

  async function resolvedInquiry(resolver: Actor): Promise<{ id: number; reference: string }> {
    const { topic } = await createTopic(database.deps, 'Water billing', 'Utilities');
    const created = await receiveInquiry(database.deps, { channel: 'web', subject: 'Bill too high', topicId: topic.id });
    if (created.kind !== 'created') throw new Error('inquiry not created');
    const claimed = await claimInquiry(database.deps, resolver, created.inquiry.id);
    if (claimed.kind !== 'ok') throw new Error('inquiry not claimed');
    const resolved = await resolveInquiry(database.deps, resolver, created.inquiry.id, claimed.inquiry.version, 'Corrected the meter reading.');
    if (resolved.kind !== 'ok') throw new Error(`inquiry not resolved: ${JSON.stringify(resolved)}`);
    return { id: created.inquiry.id, reference: created.inquiry.reference };
  }

  describe('public submission', () => {
    it('stores valid kudos as pending', async () => {
      const result = await sendPublicKudos(database.deps, { employeeName: ' Maria at the front desk ', message: 'Very patient.', residentName: 'Rosa' }, request);
      expect(result.kind).toBe('received');
      const [stored] = await listKudos(database.deps.db);
      expect(stored.status).toBe('pending');
      expect(stored.source).toBe('public');
      expect(stored.employeeName).toBe('Maria at the front desk');
      expect(stored.residentName).toBe('Rosa');
    });

    it('names every invalid field', async () => {
      const result = await sendPublicKudos(database.deps, { employeeName: '  ', message: 'x'.repeat(2001), inquiryReference: 'yesterday' }, request);
      expect(result.kind).toBe('invalid_input');
      if (result.kind !== 'invalid_input') return;
      expect(result.fields.map((field) => field.field).sort()).toEqual(['input.employeeName', 'input.inquiryReference', 'input.message']);
      expect(result.fields.find((field) => field.field === 'input.message')?.message).toBe('message must be at most 2000 characters');
      expect(result.fields.find((field) => field.field === 'input.employeeName')?.message).toContain('required');
      expect(await listKudos(database.deps.db)).toHaveLength(0);
    });

    it('links an existing inquiry reference', async () => {
      const inquiry = await resolvedInquiry(maria);
      const lowerCase = inquiry.reference.toLowerCase().replace('-', '');
      const result = await sendPublicKudos(database.deps, { employeeName: 'the lady on the phone', message: 'Thank you!', inquiryReference: lowerCase }, request);
      expect(result.kind).toBe('received');
      const [stored] = await listKudos(database.deps.db);
      expect(stored.inquiryReference).toBe(inquiry.reference);
      expect(stored.topicName).toBe('Water billing');
    });

    it('answers the same for an unknown reference', async () => {
      const known = await resolvedInquiry(maria);
      const withKnown = await sendPublicKudos(database.deps, { employeeName: 'Maria', message: 'Thanks', inquiryReference: known.reference }, request);
      const withUnknown = await sendPublicKudos(database.deps, { employeeName: 'Maria', message: 'Thanks', inquiryReference: 'Q-999999' }, request);
      expect(withUnknown.kind).toBe(withKnown.kind);
      expect(Object.keys(withUnknown).sort()).toEqual(Object.keys(withKnown).sort());
      const stored = await listKudos(database.deps.db);
      expect(stored.map((entry) => entry.inquiryReference).sort()).toEqual([known.reference, null]);
    });

    it('stores nothing when the honeypot is filled', async () => {
      const result = await sendPublicKudos(database.deps, { employeeName: 'Maria', message: 'Buy cheap watches', honeypot: 'http://spam.example' }, request);
      expect(result.kind).toBe('received');
      expect(await listKudos(database.deps.db)).toHaveLength(0);
    });

    it('rate-limits one client address', async () => {
      const limits = { maxPhotoBytes: 1024, submissionsPerWindow: 2, statusLookupsPerWindow: 10, selfCheckInsPerWindow: 10 };
      const send = (clientAddress: string) => sendPublicKudos(database.deps, { employeeName: 'Maria', message: 'Thanks' }, { clientAddress, limits });
      expect((await send('198.51.100.1')).kind).toBe('received');
      expect((await send('198.51.100.1')).kind).toBe('received');
      const third = await send('198.51.100.1');
      expect(third.kind).toBe('rate_limited');
      if (third.kind === 'rate_limited') expect(third.message).toContain('at most 2 every 10 minutes');
      expect((await send('198.51.100.2')).kind).toBe('received');
      expect(await listKudos(database.deps.db)).toHaveLength(3);
    });
  });

  describe('review', () => {
    it('approves pending kudos for a staff member', async () => {
      const id = await pendingKudos();
      const result = await approveKudos(database.deps, manager, id, maria.id);
      expect(result.kind).toBe('ok');
      if (result.kind !== 'ok') return;
      expect(result.kudos.status).toBe('approved');
      expect(result.kudos.staff?.id).toBe(maria.id);
      expect(result.kudos.reviewedBy?.displayName).toBe('Morgan Manager');
      expect(result.kudos.reviewedAt).toBeInstanceOf(Date);
      expect(await countApprovedKudos(database.deps.db, maria.id)).toBe(1);
    });

    it('refuses a second approval naming the reviewer', async () => {
      const id = await pendingKudos();
      const other = await createAgent(database.deps, 'Quinn Supervisor', 'manager');
      expect((await approveKudos(database.deps, manager, id, maria.id)).kind).toBe('ok');

      const second = await approveKudos(database.deps, other, id, other.id);
      expect(second.kind).toBe('already_reviewed');
      if (second.kind !== 'already_reviewed') return;
      expect(second.status).toBe('approved');
      expect(second.reviewedBy?.id).toBe(manager.id);
      expect(second.message).toContain('already approved by Morgan Manager');
      expect(second.message).toMatch(/ on [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2} [AP]M M[SD]T\. Nothing was changed\.$/);
      const stored = await loadKudos(database.deps.db, id);
      expect(stored?.staff?.id).toBe(maria.id);
    });

    it('lets one of two simultaneous approvals win', async () => {
      const id = await pendingKudos();
      const other = await createAgent(database.deps, 'Quinn Supervisor', 'manager');
      const results = await Promise.all([approveKudos(database.deps, manager, id, maria.id), approveKudos(database.deps, other, id, maria.id)]);
      expect(results.map((result) => result.kind).sort()).toEqual(['already_reviewed', 'ok']);
    });

    it('declines with a reason and refuses approval afterwards', async () => {
      const id = await pendingKudos();
      const declined = await declineKudos(database.deps, manager, id, 'Not about a staff member');
      expect(declined.kind).toBe('ok');
      if (declined.kind === 'ok') {
        expect(declined.kudos.status).toBe('declined');
        expect(declined.kudos.declineReason).toBe('Not about a staff member');
        expect(declined.kudos.staff).toBeNull();
      }
      const approval = await approveKudos(database.deps, manager, id, maria.id);
      expect(approval.kind).toBe('already_reviewed');
      if (approval.kind === 'already_reviewed') expect(approval.message).toContain('already declined by Morgan Manager');
      expect(await countApprovedKudos(database.deps.db, maria.id)).toBe(0);
    });

    it('rejects an unknown kudos and staff member', async () => {
      const missing = await approveKudos(database.deps, manager, '00000000-0000-4000-8000-000000000000', maria.id);
      expect(missing.kind).toBe('not_found');
      const id = await pendingKudos();
      const badStaff = await approveKudos(database.deps, manager, id, '00000000-0000-4000-8000-000000000000');
      expect(badStaff.kind).toBe('invalid_input');
      if (badStaff.kind === 'invalid_input') expect(badStaff.fields[0].field).toBe('staffId');
      expect((await loadKudos(database.deps.db, id))?.status).toBe('pending');
    });

    it('rejects a decline reason that is too long', async () => {
      const id = await pendingKudos();
      const result = await declineKudos(database.deps, manager, id, 'x'.repeat(501));
      expect(result.kind).toBe('invalid_input');
      if (result.kind === 'invalid_input') expect(result.fields[0]).toEqual({ field: 'reason', message: 'reason must be at most 500 characters' });
      expect((await loadKudos(database.deps.db, id))?.status).toBe('pending');
    });
  });

  describe('suggestion and list', () => {
    it('suggests the resolver for survey kudos', async () => {
      const inquiry = await resolvedInquiry(maria);
      await createAgent(database.deps, 'Sam Other');
      const id = await pendingKudos({ source: 'survey', employeeName: 'Sam', inquiryId: inquiry.id });
      expect((await loadKudos(database.deps.db, id))?.suggestedStaff?.id).toBe(maria.id);
    });

    it('suggests a staff member by typed name', async () => {
      const id = await pendingKudos({ employeeName: 'maría at the front desk' });
      expect((await loadKudos(database.deps.db, id))?.suggestedStaff?.id).toBe(maria.id);
    });

    it('lists pending kudos first', async () => {
      const approvedId = await pendingKudos({ message: 'first' });
      await approveKudos(database.deps, manager, approvedId, maria.id);
      const pendingId = await pendingKudos({ message: 'second' });
      const all = await listKudos(database.deps.db);
      expect(all.map((entry) => entry.id)).toEqual([pendingId, approvedId]);
      expect((await listKudos(database.deps.db, 'approved')).map((entry) => entry.id)).toEqual([approvedId]);
    });
  });

  describe('newsletter', () => {
    async function approvedAt(localTime: string, overrides: Partial<Parameters<typeof submitKudos>[1]> = {}): Promise<string> {
      const id = await pendingKudos(overrides);
      const result = await approveKudos(database.deps, manager, id, maria.id);
      expect(result.kind).toBe('ok');
      const reviewedAt = DateTime.fromISO(localTime, { zone: ZONE }).toJSDate();
      await database.deps.db.update(kudos).set({ reviewedAt }).where(eq(kudos.id, id));
      return id;
    }

    it('takes month bounds in the center zone', async () => {
      const lastEvening = await approvedAt('2026-11-30T23:30');
      const octoberEvening = await approvedAt('2026-10-31T23:30');
      const decemberMidnight = await approvedAt('2026-12-01T00:00');

      const november = await buildNewsletter(database.deps.db, '2026-11', ZONE);
      if ('kind' in november) throw new Error(november.message);
      expect(november.total).toBe(1);
      expect(november.staff[0].entries.map((entry) => entry.kudosId)).toEqual([lastEvening]);

      const october = await buildNewsletter(database.deps.db, '2026-10', ZONE);
      if ('kind' in october) throw new Error(october.message);
      expect(october.staff[0].entries.map((entry) => entry.kudosId)).toEqual([octoberEvening]);

      const december = await buildNewsletter(database.deps.db, '2026-12', ZONE);
      if ('kind' in december) throw new Error(december.message);
      expect(december.staff[0].entries.map((entry) => entry.kudosId)).toEqual([decemberMidnight]);
    });

    it('never shows the full resident name', async () => {
      const inquiry = await resolvedInquiry(maria);
      await approvedAt('2026-11-10T12:00', { residentName: 'Rosa Martinez', inquiryId: inquiry.id });
      await approvedAt('2026-11-11T12:00', { residentName: null });
      const pendingId = await pendingKudos({ residentName: 'Pending Person' });

      const november = await buildNewsletter(database.deps.db, '2026-11', ZONE);
      if ('kind' in november) throw new Error(november.message);
      const text = JSON.stringify(november);
      expect(text).not.toContain('Martinez');
      expect(text).not.toContain(pendingId);
      expect(november.staff).toHaveLength(1);
      expect(november.staff[0].staffName).toBe('Maria Lopez');
      expect(november.staff[0].count).toBe(2);
      expect(november.staff[0].entries.map((entry) => entry.from)).toEqual(['Rosa', 'a resident']);
      expect(november.staff[0].entries[0].topicName).toBe('Water billing');
    });

    it('rejects a malformed month', async () => {
      const result = await buildNewsletter(database.deps.db, '2026-13', ZONE);
      expect(result).toMatchObject({ kind: 'invalid_input', field: 'month' });
    });
  });
});

describe('kudos text helpers', () => {
  it('takes the first name after a title', () => {
    expect(residentFirstName('Dr. Ana Ruiz')).toBe('Ana');
    expect(residentFirstName('  ')).toBe('a resident');
    expect(residentFirstName(null)).toBe('a resident');
  });

  it('cuts excerpts at a word boundary', () => {
    const text = `${'word '.repeat(60)}end`;
    const cut = excerpt(text, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });

  it('matches no one on an ambiguous first name', () => {
    const staff = [
      { id: '1', email: 'a@x', displayName: 'Maria Lopez', role: 'agent' as const, active: true, phoneExtension: null },
      { id: '2', email: 'b@x', displayName: 'Maria Chen', role: 'agent' as const, active: true, phoneExtension: null },
    ];
    expect(matchStaffByName('Maria at the desk', staff)).toBeNull();
    expect(matchStaffByName('Thanks to Maria Chen!', staff)?.id).toBe('2');
  });
});
