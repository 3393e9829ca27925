import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
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

  /** Returns the test database's deps with a handle of their own that counts the transactions it opens. */
  function countingTransactions() {
    let opened = 0;
    const db = Object.create(testDatabase().deps.db) as Database;
    db.transaction = ((...args: Parameters<Database['transaction']>) => {
      opened += 1;
      return testDatabase().deps.db.transaction(...args);
    }) as Database['transaction'];
    return { deps: { ...testDatabase().deps, db }, transactions: () => opened };
  }

  it('20 concurrent claims give one winner', async () => {
    const inquiry = await newInquiry();
    const agents = await Promise.all(Array.from({ length: 20 }, (_, index) => createAgent(testDatabase().deps, `Racer ${index}`)));

    // A database handle of its own per agent, as if each claim came through another server process:
    // claims coalesce per handle, so these race on the row itself.
    const results = await Promise.all(
      agents.map((agent) => claimInquiry({ ...testDatabase().deps, db: Object.create(testDatabase().deps.db) as Database }, agent, inquiry.id, inquiry.version)),
    );

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

  it('coalesces simultaneous claims in one process', async () => {
    const inquiry = await newInquiry();
    const agents = await Promise.all(Array.from({ length: 10 }, (_, index) => createAgent(testDatabase().deps, `Clicker ${index}`)));
    const { deps, transactions } = countingTransactions();

    // The first agent clicks twice, the others once each, all at the same moment.
    const results = await Promise.all([agents[0], ...agents].map((agent) => claimInquiry(deps, agent, inquiry.id, inquiry.version)));

    expect(transactions()).toBe(1);
    expect(results.map((result) => result.kind)).toEqual(['ok', 'ok', ...Array(9).fill('already_claimed')]);
    for (const result of results.slice(2)) {
      if (result.kind === 'already_claimed') expect(result.holder.id).toBe(agents[0].id);
    }
    // The waiting claims return the winner's inquiry object, so their GraphQL fields read its messages and call once.
    const won = results[0].kind === 'ok' ? results[0].inquiry : undefined;
    expect(won).toBeDefined();
    for (const result of results.slice(2)) {
      if (result.kind === 'already_claimed') expect(result.inquiry).toBe(won);
    }

    // Once the first claim has ended, a new claim runs its own transaction and finds the holder.
    const later = await claimInquiry(deps, agents[1], inquiry.id);
    expect(transactions()).toBe(2);
    expect(later.kind).toBe('already_claimed');
  });

  it('late rivals get the recent win', async () => {
    const inquiry = await newInquiry();
    const [winner, late, later] = await Promise.all(['Winner', 'Late', 'Later'].map((name) => createAgent(testDatabase().deps, name)));
    const { deps, transactions } = countingTransactions();

    const won = await claimInquiry(deps, winner, inquiry.id, inquiry.version);
    if (won.kind !== 'ok') throw new Error(`the first claim lost: ${won.kind}`);
    expect(transactions()).toBe(1);

    // One after the other, as the embedded database runs them: the rivals lose without a transaction.
    const lost = await claimInquiry(deps, late, inquiry.id, inquiry.version);
    const again = await claimInquiry(deps, winner, inquiry.id, inquiry.version);
    expect(transactions()).toBe(1);
    if (lost.kind !== 'already_claimed') throw new Error(`the rival's claim ended as ${lost.kind}`);
    expect(lost.holder.id).toBe(winner.id);
    expect(lost.inquiry).toBe(won.inquiry);
    if (again.kind !== 'ok') throw new Error(`the winner's repeated claim ended as ${again.kind}`);
    expect(again.inquiry).toBe(won.inquiry);

    // A claim without a version, or from the current version, goes to the database.
    expect((await claimInquiry(deps, late, inquiry.id)).kind).toBe('already_claimed');
    expect((await claimInquiry(deps, late, inquiry.id, won.inquiry.version)).kind).toBe('already_claimed');
    expect(transactions()).toBe(3);

    // Once the winner releases it, a claim from the old version gets a version conflict, not the former holder.
    expect((await releaseInquiry(deps, winner, inquiry.id, won.inquiry.version)).kind).toBe('ok');
    const stale = await claimInquiry(deps, later, inquiry.id, inquiry.version);
    expect(stale.kind).toBe('version_conflict');
    expect(transactions()).toBe(5);
  });

  it('claiming again by the holder is a no-op', async () => {
    const inquiry = await newInquiry();
    const agent = await createAgent(testDatabase().deps);
    const first = await claimInquiry(testDatabase().deps, agent, inquiry.id);
    const second = await claimInquiry(testDatabase().deps, agent, inquiry.id);

    expect(first.kind).toBe('ok');
    expect(second.kind).toBe('ok');
    if (first.kind === 'ok' && second.kind === 'ok') expect(second.inquiry.version).toBe(first.inquiry.version);

    // The web client's claim sent again after a reconnection carries the version it was sent with.
    const again = await claimInquiry(testDatabase().deps, agent, inquiry.id, inquiry.version);
    expect(again.kind).toBe('ok');
    if (first.kind === 'ok' && again.kind === 'ok') expect(again.inquiry.version).toBe(first.inquiry.version);
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
      expect(stale.message).toBe(`Inquiry ${inquiry.reference} changed since version ${inquiry.version}; it is now at version ${inquiry.version + 1}. Reload and try again.`);
    }

    // A version the inquiry never had is not "changed since", so the message gives the current version.
    const unknown = await resolveInquiry(testDatabase().deps, agent, inquiry.id, inquiry.version + 5, 'Utilities will trim it');
    expect(unknown.kind).toBe('version_conflict');
    if (unknown.kind === 'version_conflict') {
      expect(unknown.message).toBe(`Inquiry ${inquiry.reference} is at version ${inquiry.version + 1}, not ${inquiry.version + 5}. Reload and try again.`);
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
