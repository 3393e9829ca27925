import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor, CoreDeps } from '../core/deps.js';
import { staffUsers } from '../db/schema.js';
import { saveBannerLocation, syncBannerLocationAttribute } from '../banners/service.js';
import { addLots } from '../cemetery/service.js';
import { setNotaryCommission } from '../notary/service.js';
import { demoStaff } from './county.js';

/** Road overpasses that take banners, with how many at a time. */
export const demoOverpasses = [
  { name: 'Baseline Road over US 36', description: 'Both railings, facing eastbound traffic.', capacity: 2, maxDays: 14 },
  { name: 'Broadway over Table Mesa Drive', description: 'South railing only.', capacity: 1, maxDays: 14 },
  { name: 'Foothills Parkway over Arapahoe Avenue', description: 'Both railings.', capacity: 2, maxDays: 10 },
];

/** Cemetery sections and rows: each row holds lots 1 to 20. */
export const demoCemeteryRows = [
  { section: 'A', rows: ['1', '2', '3'], priceCents: 120_000 },
  { section: 'B', rows: ['1', '2'], priceCents: 95_000 },
];

/** Demo agents who hold a notary commission. */
export const demoNotaries = ['dana@county.example', 'priya@county.example'];

async function actorByEmail(deps: CoreDeps, email: string): Promise<Actor> {
  const [row] = await deps.db
    .select({ id: staffUsers.id, role: staffUsers.role, displayName: staffUsers.displayName, email: staffUsers.email, active: staffUsers.active, phoneExtension: staffUsers.phoneExtension })
    .from(staffUsers)
    .where(eq(staffUsers.email, email));
  if (!row) throw new Error(`demo staff member ${email} is missing`);
  return row;
}

/**
 * Gives the demo county's counter services something to show: overpasses for
 * banners, cemetery lots and two notaries. Runs once, with the demo county.
 */
export async function seedDemoCounterServices(deps: CoreDeps): Promise<void> {
  const manager = await actorByEmail(deps, demoStaff.find((member) => member.role === 'manager')!.email);
  for (const overpass of demoOverpasses) {
    const saved = await saveBannerLocation(deps, manager, undefined, { ...overpass, active: true });
    if (saved.kind !== 'ok') throw new Error(`demo overpass ${overpass.name}: ${JSON.stringify(saved)}`);
  }
  await syncBannerLocationAttribute(deps.db);
  for (const section of demoCemeteryRows) {
    for (const row of section.rows) {
      const added = await addLots(deps, manager, { section: section.section, row, fromNumber: 1, toNumber: 20, priceCents: section.priceCents, capacity: 1 });
      if (added.kind !== 'added') throw new Error(`demo cemetery row ${section.section}/${row}: ${JSON.stringify(added)}`);
    }
  }
  const expiresOn = DateTime.now().setZone(deps.centerTimeZone).plus({ years: 2 }).toISODate()!;
  for (const [index, email] of demoNotaries.entries()) {
    const notary = await actorByEmail(deps, email);
    const saved = await setNotaryCommission(deps, manager, { staffId: notary.id, commissionNumber: `NM-2026-${101 + index}`, expiresOn, active: true });
    if (saved.kind !== 'ok') throw new Error(`demo notary ${email}: ${JSON.stringify(saved)}`);
  }
  deps.log.info({ overpasses: demoOverpasses.length, notaries: demoNotaries.length }, 'demo counter services loaded');
}
