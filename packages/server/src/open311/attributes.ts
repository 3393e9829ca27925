import { asc, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Queryable } from '../db/client.js';
import { topicAttributes } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { findTopic } from '../directory/service.js';
import type { NotFoundError } from '../inquiries/service.js';
import { toInvalidInput, type FieldError, type InvalidInputResult } from '../validation/result.js';
import { optionalText, requiredText } from '../validation/text.js';

/** The attribute datatypes of GeoReport v2. */
export const ATTRIBUTE_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
export type AttributeDatatype = (typeof ATTRIBUTE_DATATYPES)[number];

export type TopicAttributeRecord = Omit<typeof topicAttributes.$inferSelect, 'datatype'> & { datatype: AttributeDatatype };

/** Attribute codes travel in form field names (attribute[CODE]), so they are limited to characters that need no escaping. */
const CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_ATTRIBUTES = 50;
const MAX_VALUES = 200;
/** Longest answer to a string attribute and to a text attribute, in characters. */
export const STRING_ANSWER_MAX = 500;
export const TEXT_ANSWER_MAX = 4000;

const isListType = (datatype: AttributeDatatype) => datatype === 'singlevaluelist' || datatype === 'multivaluelist';

const attributeSchema = z
  .object({
    code: z.string({ error: 'code is required' }).regex(CODE_PATTERN, 'code must be 1 to 64 letters, digits, _ or -'),
    datatype: z.enum(ATTRIBUTE_DATATYPES, { error: `datatype must be one of ${ATTRIBUTE_DATATYPES.join(', ')}` }),
    required: z.boolean().default(false),
    variable: z.boolean().default(true),
    description: requiredText('description', 500),
    datatypeDescription: optionalText('datatypeDescription', 300),
    order: z.number().int('order must be a whole number').min(1, 'order must be at least 1').max(10_000, 'order must be at most 10000').optional(),
    values: z
      .array(
        z.object({
          key: z.string({ error: 'key is required' }).regex(CODE_PATTERN, 'key must be 1 to 64 letters, digits, _ or -'),
          name: requiredText('name', 200),
        }),
      )
      .max(MAX_VALUES, `a list can have at most ${MAX_VALUES} values`)
      .default([]),
  })
  .superRefine((attribute, context) => {
    if (isListType(attribute.datatype) && attribute.values.length === 0) {
      context.addIssue({ code: 'custom', path: ['values'], message: `a ${attribute.datatype} needs at least one value` });
    }
    if (!isListType(attribute.datatype) && attribute.values.length > 0) {
      context.addIssue({ code: 'custom', path: ['values'], message: `values are only for singlevaluelist and multivaluelist, not ${attribute.datatype}` });
    }
    const seen = new Set<string>();
    attribute.values.forEach((value, index) => {
      if (seen.has(value.key)) context.addIssue({ code: 'custom', path: ['values', index, 'key'], message: `key ${value.key} appears twice` });
      seen.add(value.key);
    });
    if (!attribute.variable && attribute.required) {
      context.addIssue({ code: 'custom', path: ['required'], message: 'an attribute that is not variable only shows information, so it cannot be required' });
    }
  });

const attributeListSchema = z
  .array(attributeSchema)
  .max(MAX_ATTRIBUTES, `a topic can have at most ${MAX_ATTRIBUTES} attributes`)
  .superRefine((attributes, context) => {
    const seen = new Set<string>();
    attributes.forEach((attribute, index) => {
      if (seen.has(attribute.code)) context.addIssue({ code: 'custom', path: [index, 'code'], message: `code ${attribute.code} appears twice` });
      seen.add(attribute.code);
    });
  });

export type TopicAttributeInput = z.input<typeof attributeSchema>;

export type SetTopicAttributesResult = { kind: 'ok'; attributes: TopicAttributeRecord[] } | InvalidInputResult | NotFoundError;

/** Lists a topic's attributes in presentation order. */
export async function listTopicAttributes(db: Queryable, topicIds: readonly string[]): Promise<TopicAttributeRecord[]> {
  if (topicIds.length === 0) return [];
  const rows = await db
    .select()
    .from(topicAttributes)
    .where(inArray(topicAttributes.topicId, [...topicIds]))
    .orderBy(asc(topicAttributes.order), asc(topicAttributes.code));
  return rows as TopicAttributeRecord[];
}

/**
 * Replaces all attributes of a topic in one transaction. Attributes without an
 * order get their position in the list (1 for the first).
 */
export async function setTopicAttributes(deps: CoreDeps, actor: Actor, topicId: string, input: unknown): Promise<SetTopicAttributesResult> {
  const parsed = attributeListSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'attributes');
  const topic = await findTopic(deps.db, topicId);
  if (!topic) return { kind: 'not_found', message: `No topic with id ${topicId}` };

  const attributes = await inTransaction(deps, (tx) => writeAttributes(tx, topicId, parsed.data));
  deps.log.info({ topicId, attributes: attributes.length, by: actor.id }, 'Open311 attributes of a topic replaced');
  return { kind: 'ok', attributes };
}

/**
 * Loads attributes into a topic inside the caller's transaction, as the demo
 * seed does; invalid definitions throw, naming the field.
 */
export async function replaceTopicAttributes(db: Queryable, topicId: string, input: TopicAttributeInput[]): Promise<TopicAttributeRecord[]> {
  const parsed = attributeListSchema.safeParse(input);
  if (!parsed.success) throw new Error(toInvalidInput(parsed.error, 'attributes').message);
  return writeAttributes(db, topicId, parsed.data);
}

async function writeAttributes(db: Queryable, topicId: string, attributes: z.output<typeof attributeListSchema>): Promise<TopicAttributeRecord[]> {
  await db.delete(topicAttributes).where(eq(topicAttributes.topicId, topicId));
  if (attributes.length > 0) {
    await db.insert(topicAttributes).values(
      attributes.map((attribute, index) => ({
        topicId,
        code: attribute.code,
        datatype: attribute.datatype,
        required: attribute.required,
        variable: attribute.variable,
        description: attribute.description,
        datatypeDescription: attribute.datatypeDescription ?? null,
        order: attribute.order ?? index + 1,
        values: attribute.values,
      })),
    );
  }
  return listTopicAttributes(db, [topicId]);
}

/** Raw answers as a client sent them: one string, or several for a multivaluelist. */
export type RawAnswers = Record<string, string | string[]>;

export type CheckedAnswers = { kind: 'ok'; answers: Record<string, string | string[]> } | { kind: 'invalid'; errors: FieldError[] };

/**
 * Checks a request's answers against the topic's attributes: every required
 * variable attribute is answered, no unknown code is sent, list answers are
 * among the keys, numbers are decimal numbers and datetimes are ISO 8601
 * (stored with their offset; one without an offset is read in `timeZone`).
 * Field names in the errors are the form names, such as attribute[SIZE].
 */
export function checkAnswers(attributes: TopicAttributeRecord[], raw: RawAnswers, timeZone: string): CheckedAnswers {
  const errors: FieldError[] = [];
  const answers: Record<string, string | string[]> = {};
  const byCode = new Map(attributes.map((attribute) => [attribute.code, attribute]));

  for (const code of Object.keys(raw)) {
    const attribute = byCode.get(code);
    if (!attribute || !attribute.variable) {
      errors.push({ field: `attribute[${code}]`, message: `${code} is not an attribute of this service; see its service definition` });
    }
  }

  for (const attribute of attributes) {
    if (!attribute.variable) continue;
    const field = `attribute[${attribute.code}]`;
    const values = [raw[attribute.code] ?? []].flat().map((value) => value.trim()).filter((value) => value !== '');
    if (values.length === 0) {
      if (attribute.required) errors.push({ field, message: `${attribute.code} is required: ${attribute.description}` });
      continue;
    }
    if (attribute.datatype !== 'multivaluelist' && values.length > 1) {
      errors.push({ field, message: `${attribute.code} takes one value, not ${values.length}` });
      continue;
    }
    const checked = checkAnswer(attribute, values, timeZone);
    if (typeof checked === 'object' && 'error' in checked) errors.push({ field, message: checked.error });
    else answers[attribute.code] = checked;
  }

  return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'ok', answers };
}

function checkAnswer(attribute: TopicAttributeRecord, values: string[], timeZone: string): string | string[] | { error: string } {
  const [value] = values;
  const keys = attribute.values.map((entry) => entry.key);
  switch (attribute.datatype) {
    case 'string':
      return value.length <= STRING_ANSWER_MAX ? value : { error: `${attribute.code} must be at most ${STRING_ANSWER_MAX} characters` };
    case 'text':
      return value.length <= TEXT_ANSWER_MAX ? value : { error: `${attribute.code} must be at most ${TEXT_ANSWER_MAX} characters` };
    case 'number':
      return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) && Number.isFinite(Number(value))
        ? String(Number(value))
        : { error: `${attribute.code} must be a number such as 12 or 3.5, not "${value.slice(0, 40)}"` };
    case 'datetime': {
      const parsed = DateTime.fromISO(value, { zone: timeZone, setZone: true });
      return parsed.isValid
        ? parsed.toISO({ suppressMilliseconds: true })!
        : { error: `${attribute.code} must be an ISO 8601 date-time such as 2026-03-08T09:30:00-07:00, not "${value.slice(0, 40)}"` };
    }
    case 'singlevaluelist':
      return keys.includes(value) ? value : { error: `${attribute.code} must be one of ${keys.join(', ')}, not "${value.slice(0, 40)}"` };
    case 'multivaluelist': {
      const unknown = values.filter((entry) => !keys.includes(entry));
      if (unknown.length > 0) return { error: `${attribute.code} values must be among ${keys.join(', ')}; not allowed: ${unknown.map((entry) => entry.slice(0, 40)).join(', ')}` };
      return [...new Set(values)];
    }
  }
}
