import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { presenceConnections } from '../db/schema.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { connect, disconnect, heartbeat, readTeam, setStatus, sweepStaleConnections } from './service.js';
import { readEventsAfter } from '../events/service.js';

describe.each(databaseKinds())('presence on %s', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
  });

  async function presenceEvents() {
    const events = await readEventsAfter(database.deps.db, 0, 100, ['presence']);
    return events.map((event) => {
      const payload = event.payload as { staff: { displayName: string }; status: string; viewingInquiryId: number | null };
      return [payload.staff.displayName, payload.status, payload.viewingInquiryId];
    });
  }

  it('two tabs stay online until the last closes', async () => {
    const dana = await createAgent(database.deps, 'Dana Ortiz');
    const [tabA, tabB] = [randomUUID(), randomUUID()];
    await connect(database.deps, tabA, dana.id);
    await connect(database.deps, tabB, dana.id);
    await heartbeat(database.deps, tabB, dana.id, 42);
    await setStatus(database.deps, dana, 'busy');
    await disconnect(database.deps, tabA, dana.id);
    await disconnect(database.deps, tabB, dana.id);

    expect(await presenceEvents()).toEqual([
      ['Dana Ortiz', 'available', null],
      ['Dana Ortiz', 'available', 42],
      ['Dana Ortiz', 'busy', 42],
      ['Dana Ortiz', 'offline', null],
    ]);
  });

  it('silent connection goes offline after the sweep', async () => {
    const sam = await createAgent(database.deps, 'Sam Whitehorse');
    const connection = randomUUID();
    await connect(database.deps, connection, sam.id);
    // A process that died leaves its row with an old heartbeat.
    await database.deps.db.update(presenceConnections).set({ lastSeenAt: sql`now() - interval '2 minutes'` });

    expect((await readTeam(database.deps.db)).find((member) => member.staff.id === sam.id)?.status).toBe('offline');
    expect(await sweepStaleConnections(database.deps)).toBe(1);
    expect(await presenceEvents()).toEqual([
      ['Sam Whitehorse', 'available', null],
      ['Sam Whitehorse', 'offline', null],
    ]);
  });
});
