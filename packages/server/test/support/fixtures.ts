import type { CoreDeps, Actor } from '../../src/core/deps.js';
import { createStaff, toActor } from '../../src/auth/service.js';
import { ensureDepartment, ensureTopic } from '../../src/directory/service.js';

export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** Creates a staff account with TEST_PASSWORD and returns it as an actor. */
export async function createAgent(deps: CoreDeps, name?: string, role: 'agent' | 'manager' = 'agent'): Promise<Actor> {
  counter += 1;
  const displayName = name ?? `Agent ${counter}`;
  const email = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${counter}@county.example`;
  const staff = await createStaff(deps, { email, displayName, role, password: TEST_PASSWORD });
  return toActor(staff);
}

export async function createTopic(deps: CoreDeps, name = 'Pothole', departmentName = 'Pavement Division') {
  const department = await ensureDepartment(deps.db, { name: departmentName });
  const topic = await ensureTopic(deps.db, { name, departmentId: department.id });
  return { department, topic };
}
