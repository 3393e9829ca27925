import { asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { buildOnce } from '../db/built-once.js';
import type { Queryable } from '../db/client.js';
import { departments, programs, topics } from '../db/schema.js';
import { isUuid } from '../auth/service.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalText, requiredText } from '../validation/text.js';

export type DepartmentRecord = typeof departments.$inferSelect;
export type TopicRecord = typeof topics.$inferSelect;
export type ProgramRecord = typeof programs.$inferSelect;

export function listDepartments(db: Queryable): Promise<DepartmentRecord[]> {
  return db.select().from(departments).orderBy(asc(departments.name));
}

export function listTopics(db: Queryable): Promise<TopicRecord[]> {
  return db.select().from(topics).orderBy(asc(topics.name));
}

const departmentById = buildOnce<{ id: string }, DepartmentRecord[]>((db) =>
  db.select().from(departments).where(eq(departments.id, sql.placeholder('id'))).prepare('department_by_id'),
);
const topicById = buildOnce<{ id: string }, TopicRecord[]>((db) => db.select().from(topics).where(eq(topics.id, sql.placeholder('id'))).prepare('topic_by_id'));

export async function findDepartment(db: Queryable, id: string): Promise<DepartmentRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await departmentById(db, { id });
  return row;
}

export async function findTopic(db: Queryable, id: string): Promise<TopicRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await topicById(db, { id });
  return row;
}

const topicWithDepartmentById = buildOnce<{ id: string }, { topic: TopicRecord; department: DepartmentRecord }[]>((db) =>
  db
    .select({ topic: topics, department: departments })
    .from(topics)
    .innerJoin(departments, eq(departments.id, topics.departmentId))
    .where(eq(topics.id, sql.placeholder('id')))
    .prepare('topic_with_department_by_id'),
);

/** Returns the topic with id `id` and its department, read in one statement, or undefined when no topic has that id. */
export async function findTopicWithDepartment(db: Queryable, id: string): Promise<{ topic: TopicRecord; department: DepartmentRecord } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await topicWithDepartmentById(db, { id });
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

export function listPrograms(db: Queryable): Promise<ProgramRecord[]> {
  return db.select().from(programs).orderBy(asc(programs.name));
}

export async function findProgram(db: Queryable, id: string): Promise<ProgramRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row;
}

export function topicsOfPrograms(db: Queryable, programIds: readonly string[]): Promise<TopicRecord[]> {
  return db.select().from(topics).where(inArray(topics.programId, [...programIds])).orderBy(asc(topics.name));
}

export const PROGRAM_NAME_MAX = 120;
export const PROGRAM_DESCRIPTION_MAX = 2000;

const programInput = z.object({
  name: requiredText('name', PROGRAM_NAME_MAX),
  description: optionalText('description', PROGRAM_DESCRIPTION_MAX),
  departmentId: z.string({ error: 'departmentId is required' }),
});

/**
 * Creates a program owned by a department. Rejects, naming the field, a blank
 * or too long name, a name another program has (compared without regard to
 * case), and a departmentId that names no department.
 */
export async function createProgram(
  db: Queryable,
  input: { name: string; description?: string | null; departmentId: string },
): Promise<ProgramRecord | InvalidInputResult> {
  const parsed = programInput.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;

  if (!(await findDepartment(db, values.departmentId))) {
    return invalidField('input.departmentId', `no department has the id ${JSON.stringify(values.departmentId.slice(0, 60))}`);
  }
  const duplicate = await db.select({ id: programs.id }).from(programs).where(sql`lower(${programs.name}) = lower(${values.name})`);
  if (duplicate.length > 0) return invalidField('input.name', `a program named "${values.name}" already exists; choose another name`);

  const [row] = await db
    .insert(programs)
    .values({ name: values.name, description: values.description ?? '', departmentId: values.departmentId })
    .onConflictDoNothing({ target: programs.name })
    .returning();
  // A concurrent request may have taken the name between the check and the insert.
  if (!row) return invalidField('input.name', `a program named "${values.name}" already exists; choose another name`);
  return row;
}

/**
 * Puts a topic in a program, or takes it out of its program when `programId`
 * is null. Rejects an unknown topicId or programId by field name. A topic may
 * belong to a program of another department, because programs can span
 * departments' topics.
 */
export async function setTopicProgram(db: Queryable, topicId: string, programId: string | null): Promise<TopicRecord | InvalidInputResult> {
  const topic = await findTopic(db, topicId);
  if (!topic) return invalidField('topicId', `no topic has the id ${JSON.stringify(topicId.slice(0, 60))}`);
  if (programId !== null && !(await findProgram(db, programId))) {
    return invalidField('programId', `no program has the id ${JSON.stringify(programId.slice(0, 60))}`);
  }
  const [row] = await db.update(topics).set({ programId }).where(eq(topics.id, topic.id)).returning();
  return row;
}
