import type { Transaction, Queryable } from '../db/client.js';
import { topicAttributes } from '../db/schema.js';
import type { CoreDeps } from '../core/deps.js';
import type { FieldError } from '../validation/result.js';
import type { CounterCreateContext } from './intake.js';
import { bannerOpen311Handler } from '../banners/open311.js';
import { lemonLotOpen311Handler } from '../lemonlot/open311.js';
import { cemeteryOpen311Handler } from '../cemetery/open311.js';
import { notaryOpen311Handler } from '../notary/open311.js';
import { COUNTER_SERVICE_KINDS, counterTopicId, type CounterAttribute, type CounterServiceKind } from './services.js';

/**
 * How a counter service takes an Open311 request. The generic Open311 code
 * has already checked the answers against the topic's attributes (required,
 * datatype, list values); `prepare` checks the rest (dates in order, the
 * overpass exists) and returns the step that writes the service's record in
 * the intake's transaction. That step throws CounterRefusal when the request
 * cannot be granted (no capacity, slot taken), which rolls everything back.
 */
export type CounterOpen311Handler = {
  /** The service's Open311 attributes, created with its topic when missing and never overwritten. */
  attributes: CounterAttribute[];
  prepare(
    deps: CoreDeps,
    answers: Record<string, string | string[]>,
  ): Promise<
    | { kind: 'ok'; create(tx: Transaction, context: CounterCreateContext): Promise<{ notice?: string }> }
    | { kind: 'invalid'; errors: FieldError[] }
  >;
};

/**
 * The counter services that turn an Open311 request into their own record.
 * A counter service without an entry still is an Open311 service: a request
 * to it becomes an inquiry under its topic, which staff follow up.
 */
export const COUNTER_OPEN311_HANDLERS: Partial<Record<CounterServiceKind, CounterOpen311Handler>> = {
  banner_permit: bannerOpen311Handler,
  lemon_lot: lemonLotOpen311Handler,
  cemetery: cemeteryOpen311Handler,
  notary: notaryOpen311Handler,
};

/**
 * Creates every counter service's topic and Open311 attributes where they
 * are missing. Runs at every start; safe from several processes at once and
 * leaves topics and attributes the manager has changed as they are.
 */
export async function ensureCounterServices(db: Queryable): Promise<void> {
  for (const kind of COUNTER_SERVICE_KINDS) {
    const topicId = await counterTopicId(db, kind);
    const attributes = COUNTER_OPEN311_HANDLERS[kind]?.attributes ?? [];
    if (attributes.length === 0) continue;
    await db
      .insert(topicAttributes)
      .values(
        attributes.map((attribute, index) => ({
          topicId,
          code: attribute.code,
          datatype: attribute.datatype,
          required: attribute.required,
          variable: true,
          description: attribute.description,
          datatypeDescription: attribute.datatypeDescription ?? null,
          order: index + 1,
          values: attribute.values ?? [],
        })),
      )
      .onConflictDoNothing();
  }
}
