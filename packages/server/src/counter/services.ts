import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { departments, topics } from '../db/schema.js';

/**
 * The counter services: what the center sells, permits and books besides
 * answering questions. Each one is a topic (so an Open311 service, and the
 * reason under which the reports count its contacts) marked with its kind in
 * topics.counter_service. The names match the demo county's topics, which the
 * services adopt.
 */
export const COUNTER_SERVICE_KINDS = ['banner_permit', 'lemon_lot', 'cemetery', 'notary', 'payment'] as const;
export type CounterServiceKind = (typeof COUNTER_SERVICE_KINDS)[number];

export type CounterAttribute = {
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  description: string;
  datatypeDescription?: string;
  values?: { key: string; name: string }[];
};

export type CounterServiceDefinition = {
  kind: CounterServiceKind;
  /** The topic's name when the service creates it; the manager may rename it later. */
  topicName: string;
  description: string;
};

/** The department that owns the counter topics when the service creates them. */
export const COUNTER_DEPARTMENT = {
  name: 'Contact Center',
  description: 'The 311 counter: banner permits, the lemon lot, cemetery lots and interments, notary appointments and payments.',
  responsibilities: ['banner permits', 'lemon lot permits', 'cemetery lots', 'interments', 'notary appointments', 'counter payments'],
};

const definitions: ReadonlyMap<CounterServiceKind, CounterServiceDefinition> = new Map([
  [
    'banner_permit',
    {
      kind: 'banner_permit',
      topicName: 'Banner permit on a road overpass',
      description: 'Hang a banner for an event on a road overpass. Each overpass takes a limited number of banners at a time.',
    },
  ],
  ['lemon_lot', { kind: 'lemon_lot', topicName: 'Lemon lot space', description: "Park a car for sale in the county's used-car sale lot for a period." }],
  ['cemetery', { kind: 'cemetery', topicName: 'Cemetery lots and interments', description: 'Buy a lot in the county cemetery or schedule an interment.' }],
  ['notary', { kind: 'notary', topicName: 'Notary service', description: 'Book a time with a notary at the center.' }],
  ['payment', { kind: 'payment', topicName: 'Counter payment', description: 'Payments taken in person, by phone or by mail.' }],
])

export function counterServiceDefinition(kind: CounterServiceKind): CounterServiceDefinition {
  const definition = definitions.get(kind);
  if (!definition) throw new Error(`no counter service ${kind}`);
  return definition;
}

export function isCounterServiceKind(value: unknown): value is CounterServiceKind {
  return typeof value === 'string' && (COUNTER_SERVICE_KINDS as readonly string[]).includes(value);
}

/**
 * Returns the id of the counter service's topic, creating it (and the
 * counter department) when it does not exist yet.
 */
export async function counterTopicId(db: Queryable, kind: CounterServiceKind): Promise<string> {
  const [found] = await db.select({ id: topics.id }).from(topics).where(eq(topics.counterService, kind));
  if (found) return found.id;

  const definition = counterServiceDefinition(kind);
  await db
    .insert(departments)
    .values({ name: COUNTER_DEPARTMENT.name, description: COUNTER_DEPARTMENT.description, responsibilities: COUNTER_DEPARTMENT.responsibilities })
    .onConflictDoNothing({ target: departments.name });
  const [department] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, COUNTER_DEPARTMENT.name));

  // A topic of the same name made by hand becomes the service's topic; otherwise a new one is made.
  await db
    .insert(topics)
    .values({ name: definition.topicName, description: definition.description, departmentId: department.id, counterService: kind })
    .onConflictDoNothing();
  await db
    .update(topics)
    .set({ counterService: kind })
    .where(and(eq(topics.name, definition.topicName), sql`${topics.counterService} is null`, sql`not exists (select 1 from topics t where t.counter_service = ${kind})`));
  const [topic] = await db.select({ id: topics.id }).from(topics).where(eq(topics.counterService, kind));
  if (!topic) throw new Error(`could not create the topic of counter service ${kind}: a topic named ${definition.topicName} belongs to another service`);

  return topic.id;
}

/** Returns the counter service a topic stands for, if any. */
export async function counterServiceOfTopic(db: Queryable, topicId: string): Promise<CounterServiceKind | undefined> {
  const [row] = await db.select({ kind: topics.counterService }).from(topics).where(eq(topics.id, topicId));
  return isCounterServiceKind(row?.kind) ? row.kind : undefined;
}
