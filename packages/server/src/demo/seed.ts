import { randomBytes } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import type { CoreDeps } from '../core/deps.js';
import { staffUsers } from '../db/schema.js';
import { createStaff } from '../auth/service.js';
import { ensureDepartment, ensureTopic } from '../directory/service.js';
import { demoDepartments, demoStaff, demoTopics } from './county.js';

export type SeededAccount = { email: string; displayName: string; role: string; password: string };

/**
 * Loads the demo county into an empty database: departments, topics and the
 * team. Returns the accounts created, or an empty list when the database
 * already had staff, so a restart never seeds twice. Every account gets
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
      await ensureTopic(tx, { name: topic.name, description: topic.description, departmentId: departmentIds.get(topic.department)! });
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
    deps.log.info({ departments: demoDepartments.length, topics: demoTopics.length, staff: accounts.length }, 'demo county loaded');
  }
  return accounts;
}
