import { asc, eq, sql } from 'drizzle-orm';
import { buildOnce } from '../db/built-once.js';
import type { Queryable } from '../db/client.js';
import { departments, topics } from '../db/schema.js';
import { isUuid } from '../auth/service.js';
import { listTopicAttributes, type TopicAttributeRecord } from './attributes.js';

/**
 * GeoReport v2 services are the center's topics. A service_code is the topic's
 * id, which stays the same when the topic is renamed.
 */

export type ServiceView = {
  service_code: string;
  service_name: string;
  description: string | null;
  metadata: boolean;
  type: 'realtime';
  keywords: string | null;
  group: string;
};

export type AttributeView = {
  variable: boolean;
  code: string;
  datatype: TopicAttributeRecord['datatype'];
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values: { key: string; name: string }[];
};

export type ServiceDefinitionView = { service_code: string; attributes: AttributeView[] };

export type ServiceTopic = {
  id: string;
  name: string;
  description: string;
  departmentName: string;
  responsibilities: string[];
  /** The counter service the topic stands for (banner_permit, ...), or null. */
  counterService: string | null;
};

const serviceColumns = {
  id: topics.id,
  name: topics.name,
  description: topics.description,
  departmentName: departments.name,
  responsibilities: departments.responsibilities,
  counterService: topics.counterService,
};

/** Lists every topic as a service, grouped by department name, then by name. */
export async function listServices(db: Queryable): Promise<ServiceView[]> {
  const rows = await db
    .select(serviceColumns)
    .from(topics)
    .innerJoin(departments, eq(departments.id, topics.departmentId))
    .orderBy(asc(departments.name), asc(topics.name));
  const attributes = await listTopicAttributes(
    db,
    rows.map((row) => row.id),
  );
  const withMetadata = new Set(attributes.map((attribute) => attribute.topicId));
  return rows.map((row) => toServiceView(row, withMetadata.has(row.id)));
}

const serviceTopicById = buildOnce<{ id: string }, ServiceTopic[]>((db) =>
  db
    .select(serviceColumns)
    .from(topics)
    .innerJoin(departments, eq(departments.id, topics.departmentId))
    .where(eq(topics.id, sql.placeholder('id')))
    .prepare('service_topic_by_id'),
);

export async function findServiceTopic(db: Queryable, serviceCode: string): Promise<ServiceTopic | undefined> {
  if (!isUuid(serviceCode)) return undefined;
  const [row] = await serviceTopicById(db, { id: serviceCode });
  return row;
}

/** Returns the service definition of a topic, or undefined when no topic has this code. */
export async function findServiceDefinition(db: Queryable, serviceCode: string): Promise<ServiceDefinitionView | undefined> {
  const topic = await findServiceTopic(db, serviceCode);
  if (!topic) return undefined;
  const attributes = await listTopicAttributes(db, [topic.id]);
  return { service_code: topic.id, attributes: attributes.map(toAttributeView) };
}

function toServiceView(topic: ServiceTopic, metadata: boolean): ServiceView {
  return {
    service_code: topic.id,
    service_name: topic.name,
    description: topic.description || null,
    metadata,
    type: 'realtime',
    // Topics have no keywords of their own; the owning department's responsibilities describe the same ground.
    keywords: topic.responsibilities.length > 0 ? topic.responsibilities.join(', ') : null,
    group: topic.departmentName,
  };
}

export function toAttributeView(attribute: TopicAttributeRecord): AttributeView {
  return {
    variable: attribute.variable,
    code: attribute.code,
    datatype: attribute.datatype,
    required: attribute.required,
    datatype_description: attribute.datatypeDescription,
    order: attribute.order,
    description: attribute.description,
    values: attribute.values,
  };
}
