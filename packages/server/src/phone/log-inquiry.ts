import { z } from 'zod';
import type { Actor, CoreDeps } from '../core/deps.js';
import { receiveInquiry, type IntakeResult } from '../inquiries/intake.js';
import type { InquiryView } from '../inquiries/views.js';
import type { InvalidInputResult } from '../validation/result.js';
import { CallAlreadyLinkedError, linkCallToInquiry, type CallConflict, type CallNotFound } from './service.js';
import { loadCall, type PhoneCallView } from './views.js';

/** Details the agent records about a call. The times come from the call record. */
export type CallInquiryEntry = {
  subject: string;
  callerName?: string | null;
  callerPhone?: string | null;
  callerEmail?: string | null;
  topicId?: string | null;
  notes?: string | null;
};

export type LogCallResult = { kind: 'ok'; inquiry: InquiryView; call: PhoneCallView } | CallConflict | CallNotFound | InvalidInputResult;

const fieldNames: Record<string, string> = {
  'input.body': 'input.notes',
  'input.contact.name': 'input.callerName',
  'input.contact.phone': 'input.callerPhone',
  'input.contact.email': 'input.callerEmail',
};

function renameFields(result: InvalidInputResult): InvalidInputResult {
  const fields = result.fields.map((entry) => ({ ...entry, field: fieldNames[entry.field] ?? entry.field }));
  return { ...result, fields, message: `Invalid input: ${fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ')}` };
}

/**
 * Logs the inquiry of an answered call: a phone inquiry with the call's
 * offered and end times, claimed by the agent, and the call linked to it in
 * the same transaction. Only the agent who answered, or a manager, may log
 * it (anyone when the answering extension matched no account), and a call
 * gets one inquiry: of two concurrent attempts the second gets a conflict.
 */
export async function logInquiryFromCall(deps: CoreDeps, actor: Actor, callId: string, entry: CallInquiryEntry): Promise<LogCallResult> {
  const call = z.uuid().safeParse(callId).success ? await loadCall(deps.db, callId) : undefined;
  if (!call) return { kind: 'not_found', message: `No call with id ${callId.slice(0, 40)}` };
  if (!call.answeredAt) return { kind: 'conflict', message: 'Only an answered call can be logged as an inquiry', call };
  if (call.answeredBy && call.answeredBy.id !== actor.id && actor.role !== 'manager') {
    return { kind: 'conflict', message: `Only ${call.answeredBy.displayName}, who answered this call, or a manager can log it`, call };
  }
  if (call.inquiryId !== null) return { kind: 'conflict', message: 'This call already has an inquiry', call };

  let result: IntakeResult;
  try {
    result = await receiveInquiry(
      deps,
      {
        channel: 'phone',
        subject: entry.subject,
        body: entry.notes,
        contact: { name: entry.callerName, phone: entry.callerPhone, email: entry.callerEmail },
        topicId: entry.topicId,
        receivedAt: call.offeredAt,
        callStartedAt: call.offeredAt,
        callEndedAt: call.endedAt ?? undefined,
      },
      actor,
      { afterCreate: (tx, created) => linkCallToInquiry(tx, call.id, created.inquiryId, actor) },
    );
  } catch (error) {
    if (!(error instanceof CallAlreadyLinkedError)) throw error;
    return { kind: 'conflict', message: 'This call already has an inquiry', call: (await loadCall(deps.db, call.id))! };
  }

  if (result.kind === 'invalid_input') return renameFields(result);
  if (result.kind === 'duplicate') throw new Error('a call inquiry has no source id, so it cannot be a duplicate');
  return { kind: 'ok', inquiry: result.inquiry, call: (await loadCall(deps.db, call.id))! };
}
