import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { isInvalid, readRotation } from '../rotation/rotation.js';
import { readSettings } from '../rotation/settings.js';
import { selectRows } from '../reports/query.js';
import { demoNotaries, demoOverpasses } from './counter.js';
import { seedDemoCounty } from './seed.js';

describe.each(databaseKinds())('demo seed on %s', (kind) => {
  const database = useTestDatabase(kind);

  beforeEach(async () => {
    await database().deps.db.execute(sql`delete from rota_settings`);
  });

  it('publishes a rotation for this week and the next', async () => {
    const accounts = await seedDemoCounty(database().deps, 'demo-password-123');
    expect(accounts.length).toBeGreaterThan(0);

    const settings = await readSettings(database().deps.db, database().deps.centerTimeZone);
    expect(settings.teamMeeting).toMatchObject({ weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2 });

    const monday = DateTime.now().setZone(database().deps.centerTimeZone).startOf('week');
    const rotation = await readRotation(database().deps, monday.toISODate()!, monday.plus({ days: 13 }).toISODate()!);
    if (isInvalid(rotation)) throw new Error(rotation.message);

    expect(rotation.members.filter((member) => member.kind === 'cover').map((member) => [member.displayName, member.note])).toEqual([
      ['Jo Becker', 'Public Works'],
      ['Ray Castillo', 'Public Works'],
    ]);
    expect(rotation.members.filter((member) => member.kind === 'agent')).toHaveLength(4);
    expect(rotation.hasUnpublishedChanges).toBe(false);
    expect(rotation.slots.length).toBeGreaterThan(0);
    expect(rotation.slots.every((slot) => slot.publishedKind === slot.kind)).toBe(true);
    expect(rotation.warnings.filter((warning) => warning.level === 'ERROR')).toEqual([]);
    for (const pair of rotation.fairness.perPair) expect(pair.sharedHours).toBeGreaterThan(0);

    // The counter services have overpasses, cemetery lots and notaries to show.
    const [row] = await selectRows<{ overpasses: number; lots: number; notaries: number }>(
      database().deps.db,
      sql`select (select count(*) from banner_locations)::int as overpasses, (select count(*) from cemetery_lots where status = 'available')::int as lots,
                 (select count(*) from notary_commissions where active)::int as notaries`,
    );
    expect(row).toEqual({ overpasses: demoOverpasses.length, lots: 100, notaries: demoNotaries.length });

    // A second start finds the staff and seeds nothing more.
    expect(await seedDemoCounty(database().deps, 'demo-password-123')).toEqual([]);
  });
});
