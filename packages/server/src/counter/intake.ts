import { eq } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { inquiries } from '../db/schema.js';
import type { Actor, CoreDeps } from '../core/deps.js';
import { receiveInquiry, type IntakeInput } from '../inquiries/intake.js';
import type { InquiryView } from '../inquiries/views.js';
import type { InvalidInputResult } from '../validation/result.js';
import { counterTopicId, type CounterServiceKind } from './services.js';

/**
 * Thrown inside a counter request's transaction when the request cannot be
 * granted (the overpass is full, the slot is taken): the whole request,
 * inquiry included, rolls back and the caller gets a `refused` result.
 */
export class CounterRefusal extends Error {
  constructor(
    /** The input field the refusal is about, such as startsOn or slot. */
    readonly field: string,
    message: string,
    /** Anything the caller may show, such as the next free dates. */
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CounterRefusal';
  }
}

export type CounterRequestInput = Pick<IntakeInput, 'channel' | 'subject' | 'body' | 'contact' | 'statusLink' | 'attributes' | 'source' | 'apiKeyId' | 'location'>;

export type CounterCreateContext = { inquiryId: number; contactId: string | null };

export type CounterRefusedResult = { kind: 'refused'; field: string; message: string; detail: Record<string, unknown> };

export type CounterRequestResult<T> =
  | { kind: 'created'; inquiry: InquiryView; record: T; statusToken?: string }
  | CounterRefusedResult
  | InvalidInputResult;

/**
 * Records a counter request (an application, a booking, a sale, a payment) as
 * an inquiry under the service's topic, so it counts in the reports like any
 * contact, and runs `create` in the same transaction to write the service's
 * own record. `create` throws CounterRefusal to refuse; nothing is then written.
 * `extra` runs afterwards in the same transaction (Open311 uses it to touch its key).
 */
export async function receiveCounterRequest<T>(
  deps: CoreDeps,
  kind: CounterServiceKind,
  input: CounterRequestInput,
  actor: Actor | undefined,
  create: (tx: Transaction, context: CounterCreateContext) => Promise<T>,
  extra?: (tx: Transaction, context: CounterCreateContext, record: T) => Promise<void>,
): Promise<CounterRequestResult<T>> {
  const topicId = await counterTopicId(deps.db, kind);
  let record: T | undefined;
  try {
    const result = await receiveInquiry(deps, { ...input, topicId }, actor, {
      async afterCreate(tx, created) {
        const [row] = await tx.select({ contactId: inquiries.contactId }).from(inquiries).where(eq(inquiries.id, created.inquiryId));
        const context = { inquiryId: created.inquiryId, contactId: row?.contactId ?? null };
        record = await create(tx, context);
        await extra?.(tx, context, record);
      },
    });
    if (result.kind === 'invalid_input') return result;
    if (result.kind === 'duplicate') throw new Error(`counter request ${result.reference} was recorded twice`);
    return { kind: 'created', inquiry: result.inquiry, record: record as T, ...(result.statusToken ? { statusToken: result.statusToken } : {}) };
  } catch (error) {
    if (error instanceof CounterRefusal) return { kind: 'refused', field: error.field, message: error.message, detail: error.detail };
    throw error;
  }
}
