import type { Transaction } from '../db/client.js';
import type { Actor } from '../core/deps.js';
import { toStaffSummary } from '../auth/service.js';
import { appendEvent } from '../events/service.js';
import type { InboxEventType, InquiryView } from './views.js';

/** Appends an inbox event carrying the inquiry as it is after the change. */
export function appendInboxEvent(tx: Transaction, type: InboxEventType, inquiry: InquiryView, actor?: Actor) {
  return appendEvent(tx, {
    stream: 'inbox',
    type,
    inquiryId: inquiry.id,
    actorId: actor?.id ?? null,
    payload: { inquiry, actor: actor ? toStaffSummary(actor) : null },
  });
}
