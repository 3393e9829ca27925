import { randomBytes } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { CoreDeps } from '../core/deps.js';
import { staffUsers } from '../db/schema.js';
import { createStaff } from '../auth/service.js';
import { ensureDepartment, ensureTopic } from '../directory/service.js';
import { addCoverStaff } from '../rotation/members.js';
import { proposeRotation, publishRotation } from '../rotation/publish.js';
import { isInvalid } from '../rotation/rotation.js';
import { updateSettings } from '../rotation/settings.js';
import { demoCoverStaff, demoDepartments, demoStaff, demoTeamMeeting, demoTopicAttributes, demoTopics } from './county.js';
import { replaceTopicAttributes } from '../open311/attributes.js';
import { seedDemoCounterServices } from './counter.js';

export type SeededAccount = { email: string; displayName: string; role: string; password: string };

/**
 * Loads the demo county into an empty database: departments, topics, the
 * team, and a published rotation of this week and the next. Returns the
 * accounts created, or an empty list when the database already had staff, so a restart never seeds twice. Every account gets
 * `password` when given, and a random one otherwise.
 */
export async function seedDemoCounty(deps: CoreDeps, password?: string): Promise<SeededAccount[]> {
  // The lock makes a second server process starting at the same moment wait, then find the staff and skip.
  const accounts = await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4311003)`);
    const [existing] = await tx.select({ value: count() }).from(staffUsers);
    if (Number(existing.value) > 0) return [];

    const departmentIds = new Map<string, string>();
    for (const department of demoDepartments) {
      const row = await ensureDepartment(tx, department);
      departmentIds.set(department.name, row.id);
    }
    for (const topic of demoTopics) {
      const row = await ensureTopic(tx, { name: topic.name, description: topic.description, departmentId: departmentIds.get(topic.department)! });
      const attributes = demoTopicAttributes[topic.name];
      if (attributes) await replaceTopicAttributes(tx, row.id, attributes);
    }

    const created: SeededAccount[] = [];
    for (const member of demoStaff) {
      const memberPassword = password ?? randomBytes(9).toString('base64url');
      await createStaff(deps, { ...member, password: memberPassword }, tx);
      created.push({ email: member.email, displayName: member.displayName, role: member.role, password: memberPassword });
    }
    return created;
  });

  if (accounts.length > 0) {
    await seedDemoRotation(deps, new Date());
    await seedDemoCounterServices(deps);
    deps.log.info({ departments: demoDepartments.length, topics: demoTopics.length, staff: accounts.length }, 'demo county loaded');
  }
  return accounts;
}

/**
 * Adds the cover staff and the team meeting, then proposes and publishes the
 * rotation of the week of `today` and the week after (in the center's zone),
 * so that a fresh start shows a plan and duties.
 */
export async function seedDemoRotation(deps: CoreDeps, today: Date): Promise<void> {
  for (const cover of demoCoverStaff) {
    const member = await addCoverStaff(deps, null, cover);
    if (isInvalid(member)) throw new Error(`Demo cover staff ${cover.displayName} is invalid: ${member.message}`);
  }

  const monday = DateTime.fromJSDate(today, { zone: deps.centerTimeZone }).startOf('week');
  const firstDate = monday.plus({ days: demoTeamMeeting.weekday - 1 }).toISODate()!;
  const settings = await updateSettings(deps, null, { teamMeeting: { ...demoTeamMeeting, firstDate } });
  if (isInvalid(settings)) throw new Error(`Demo team meeting is invalid: ${settings.message}`);

  const from = monday.toISODate()!;
  const to = monday.plus({ days: 13 }).toISODate()!;
  const proposed = await proposeRotation(deps, null, from, to);
  if (isInvalid(proposed)) throw new Error(`Demo rotation could not be proposed: ${proposed.message}`);
  await publishRotation(deps, null, from, to);
  deps.log.info({ from, to, coverStaff: demoCoverStaff.length }, 'demo rotation proposed and published');
}
