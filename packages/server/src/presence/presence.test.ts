import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { presenceConnections } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { connect, disconnect, heartbeat, readTeam, setStatus, sweepStaleConnections } from './service.js';
import { readEventsAfter } from '../events/service.js';

describe.each(databaseKinds())('presence on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  async function presenceEvents() {
    const events = await readEventsAfter(testDatabase().deps.db, 0, 100, ['presence']);
    return events.map((event) => {
      const payload = event.payload as { staff: { displayName: string }; status: string; viewingInquiryId: number | null };
      return [payload.staff.displayName, payload.status, payload.viewingInquiryId];
    });
  }

  it('two tabs stay online until the last closes', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    const [tabA, tabB] = [randomUUID(), randomUUID()];
    await connect(testDatabase().deps, tabA, dana.id);
    await connect(testDatabase().deps, tabB, dana.id);
    await heartbeat(testDatabase().deps, tabB, dana.id, 42);
    await setStatus(testDatabase().deps, dana, 'busy');
    await disconnect(testDatabase().deps, tabA, dana.id);
    await disconnect(testDatabase().deps, tabB, dana.id);

    expect(await presenceEvents()).toEqual([
      ['Dana Ortiz', 'available', null],
      ['Dana Ortiz', 'available', 42],
      ['Dana Ortiz', 'busy', 42],
      ['Dana Ortiz', 'offline', null],
    ]);
  });

  it('silent connection goes offline after the sweep', async () => {
    const sam = await createAgent(testDatabase().deps, 'Sam Whitehorse');
    const connection = randomUUID();
    await connect(testDatabase().deps, connection, sam.id);
    // A process that died leaves its row with an old heartbeat.
    await testDatabase().deps.db.update(presenceConnections).set({ lastSeenAt: sql`now() - interval '2 minutes'` });

    expect((await readTeam(testDatabase().deps.db)).find((member) => member.staff.id === sam.id)?.status).toBe('offline');
    expect(await sweepStaleConnections(testDatabase().deps)).toBe(1);
    expect(await presenceEvents()).toEqual([
      ['Sam Whitehorse', 'available', null],
      ['Sam Whitehorse', 'offline', null],
    ]);
  });
});
