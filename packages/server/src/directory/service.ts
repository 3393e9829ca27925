import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { departments, topics } from '../db/schema.js';
import { isUuid } from '../auth/service.js';

export type DepartmentRecord = typeof departments.$inferSelect;
export type TopicRecord = typeof topics.$inferSelect;

export function listDepartments(db: Queryable): Promise<DepartmentRecord[]> {
  return db.select().from(departments).orderBy(asc(departments.name));
}

export function listTopics(db: Queryable): Promise<TopicRecord[]> {
  return db.select().from(topics).orderBy(asc(topics.name));
}

export async function findDepartment(db: Queryable, id: string): Promise<DepartmentRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row;
}

export async function findTopic(db: Queryable, id: string): Promise<TopicRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(topics).where(eq(topics.id, id));
  return row;
}

export function topicsOfDepartments(db: Queryable, departmentIds: readonly string[]): Promise<TopicRecord[]> {
  return db.select().from(topics).where(inArray(topics.departmentId, [...departmentIds])).orderBy(asc(topics.name));
}

/** Returns the department with this exact name, creating it when missing. */
export async function ensureDepartment(
  db: Queryable,
  values: {
    name: string;
    description?: string;
    phone?: string;
    email?: string;
    responsibilities?: string[];
    hours?: string;
    address?: string;
  },
): Promise<DepartmentRecord> {
  await db.insert(departments).values(values).onConflictDoNothing({ target: departments.name });
  const [row] = await db.select().from(departments).where(eq(departments.name, values.name));
  return row;
}

/** Returns the topic with this exact name, creating it under `departmentId` when missing. */
export async function ensureTopic(
  db: Queryable,
  values: { name: string; departmentId: string; description?: string },
): Promise<TopicRecord> {
  await db.insert(topics).values(values).onConflictDoNothing({ target: topics.name });
  const [row] = await db.select().from(topics).where(eq(topics.name, values.name));
  return row;
}
