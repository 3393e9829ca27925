import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { events } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { submitWebInquiry } from './intake.js';
import { claimInquiry, releaseInquiry, resolveInquiry } from './service.js';

describe.each(databaseKinds())('claiming on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  async function newInquiry() {
    const result = await submitWebInquiry(testDatabase().deps, { subject: 'Tree on the power line', question: 'A branch is resting on the line on Elm St.' });
    if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
    return result.inquiry;
  }

  it('20 concurrent claims give one winner', async () => {
    const inquiry = await newInquiry();
    const agents = await Promise.all(Array.from({ length: 20 }, (_, index) => createAgent(testDatabase().deps, `Racer ${index}`)));

    const results = await Promise.all(agents.map((agent) => claimInquiry(testDatabase().deps, agent, inquiry.id, inquiry.version)));

    const winners = results.filter((result) => result.kind === 'ok');
    const conflicts = results.filter((result) => result.kind === 'already_claimed');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);

    const winner = winners[0].kind === 'ok' ? winners[0].inquiry.claimedBy : null;
    expect(winner).not.toBeNull();
    for (const conflict of conflicts) {
      if (conflict.kind !== 'already_claimed') continue;
      expect(conflict.holder.id).toBe(winner!.id);
      expect(conflict.message).toContain(winner!.displayName);
    }

    const claimEvents = await testDatabase().deps.db
      .select()
      .from(events)
      .where(and(eq(events.inquiryId, inquiry.id), eq(events.type, 'claimed')));
    expect(claimEvents).toHaveLength(1);
  });

  it('claiming again by the holder is a no-op', async () => {
    const inquiry = await newInquiry();
    const agent = await createAgent(testDatabase().deps);
    const first = await claimInquiry(testDatabase().deps, agent, inquiry.id);
    const second = await claimInquiry(testDatabase().deps, agent, inquiry.id);

    expect(first.kind).toBe('ok');
    expect(second.kind).toBe('ok');
    if (first.kind === 'ok' && second.kind === 'ok') expect(second.inquiry.version).toBe(first.inquiry.version);
  });

  it('stale version is rejected without writing', async () => {
    const inquiry = await newInquiry();
    const agent = await createAgent(testDatabase().deps);
    const claimed = await claimInquiry(testDatabase().deps, agent, inquiry.id, inquiry.version);
    expect(claimed.kind).toBe('ok');

    const stale = await resolveInquiry(testDatabase().deps, agent, inquiry.id, inquiry.version, 'Utilities will trim it');
    expect(stale.kind).toBe('version_conflict');
    if (stale.kind === 'version_conflict') {
      expect(stale.current.status).toBe('open');
      expect(stale.current.version).toBe(inquiry.version + 1);
    }
  });

  it('release by another agent is refused', async () => {
    const inquiry = await newInquiry();
    const holder = await createAgent(testDatabase().deps, 'Dana Ortiz');
    const other = await createAgent(testDatabase().deps, 'Sam Whitehorse');
    const claimed = await claimInquiry(testDatabase().deps, holder, inquiry.id);
    if (claimed.kind !== 'ok') throw new Error('claim failed');

    const result = await releaseInquiry(testDatabase().deps, other, inquiry.id, claimed.inquiry.version);
    expect(result.kind).toBe('not_claimant');
    if (result.kind === 'not_claimant') expect(result.message).toContain('Dana Ortiz');
  });

  it('claim of a missing inquiry is not found', async () => {
    const agent = await createAgent(testDatabase().deps);
    const result = await claimInquiry(testDatabase().deps, agent, 987654);
    expect(result.kind).toBe('not_found');
  });
});
