import { DateTime } from 'luxon';
import { CounterRefusal } from '../counter/intake.js';
import type { CounterOpen311Handler } from '../counter/registry.js';
import type { FieldError } from '../validation/result.js';
import { bookInTransaction, checkStart, NOTARY_DOCUMENT_KINDS, NOTARY_LIMITS } from './service.js';

const DOCUMENT_KIND_NAMES: Record<(typeof NOTARY_DOCUMENT_KINDS)[number], string> = {
  affidavit: 'Affidavit',
  power_of_attorney: 'Power of attorney',
  deed: 'Deed',
  vehicle_title: 'Vehicle title',
  other: 'Other document',
};

/**
 * The notary as an Open311 service: a request books the half hour that
 * starts at slot_start with any notary on duty and free then, the same way
 * as the public page. The response's service_notice names the appointment;
 * the resident manages it through staff or the request's status.
 */
export const notaryOpen311Handler: CounterOpen311Handler = {
  attributes: [
    {
      code: 'slot_start',
      datatype: 'datetime',
      required: true,
      description: 'Start of the half hour to book',
      datatypeDescription: 'An ISO 8601 date-time on the hour or half hour, within the next four weeks, such as 2026-03-09T09:30:00-07:00',
    },
    {
      code: 'document_kind',
      datatype: 'singlevaluelist',
      required: true,
      description: 'Kind of document to notarize',
      values: NOTARY_DOCUMENT_KINDS.map((key) => ({ key, name: DOCUMENT_KIND_NAMES[key] })),
    },
    {
      code: 'document_count',
      datatype: 'number',
      required: true,
      description: 'Number of documents',
      datatypeDescription: `A whole number from 1 to ${NOTARY_LIMITS.maxDocuments}`,
    },
  ],
  async prepare(deps, answers) {
    const errors: FieldError[] = [];
    const startsAt = DateTime.fromISO(String(answers.slot_start ?? '')).toJSDate();
    const now = new Date();
    const problem = checkStart(deps.centerTimeZone, startsAt, now);
    if (problem) errors.push({ field: 'attribute[slot_start]', message: `slot_start ${problem}` });
    const count = Number(answers.document_count);
    if (!Number.isInteger(count) || count < 1 || count > NOTARY_LIMITS.maxDocuments) {
      errors.push({ field: 'attribute[document_count]', message: `document_count must be a whole number from 1 to ${NOTARY_LIMITS.maxDocuments}` });
    }
    if (errors.length > 0) return { kind: 'invalid', errors };

    return {
      kind: 'ok',
      async create(tx, context) {
        if (!context.contactId) throw new CounterRefusal('email', 'a notary booking needs a way to reach the resident: first_name and last_name, email or phone');
        const booked = await bookInTransaction(
          tx,
          deps,
          { startsAt, documentKind: String(answers.document_kind), documentCount: count, contactName: '', contactEmail: undefined, channel: 'web', actorId: null },
          context,
          undefined,
          now,
        ).catch((error: unknown) => {
          // Name the Open311 field, and list the free slots the client may try instead.
          if (!(error instanceof CounterRefusal)) throw error;
          const offered = ((error.detail.nextFreeSlots ?? []) as { startsAt: Date }[]).map((slot) => slot.startsAt.toISOString());
          throw new CounterRefusal('attribute[slot_start]', offered.length > 0 ? `${error.message}; free slots include ${offered.join(', ')}` : error.message, error.detail);
        });
        const local = DateTime.fromJSDate(startsAt, { zone: deps.centerTimeZone }).toFormat('yyyy-MM-dd HH:mm');
        return { notice: `Notary appointment ${booked.reference} is booked for ${local}.` };
      },
    };
  },
};
