import { mutate, query } from '../../lib/api';
import {
  InquiryEmailDocument,
  OutboxDocument,
  ReplyToInquiryDocument,
  RetryOutboundEmailDocument,
  type OutboundEmailFieldsFragment,
  type OutboundEmailStatus,
} from '../../lib/graphql';
import { toFieldErrors } from '../inquiry/actions';

export type EmailOutcome = { ok: true; email: OutboundEmailFieldsFragment } | { ok: false; message: string; fieldErrors: Record<string, string> };

export const statusLabels: Record<OutboundEmailStatus, string> = {
  QUEUED: 'Queued',
  SENDING: 'Sending',
  SENT: 'Sent',
  FAILED: 'Failed',
};

export async function loadInquiryEmail(id: string) {
  return (await query(InquiryEmailDocument, { id })).inquiry;
}

export async function loadOutbox(statuses: OutboundEmailStatus[] | null) {
  return query(OutboxDocument, { statuses });
}

/** Sends replyToInquiry and turns its typed error into a message for the form. */
export async function sendReply(inquiryId: string, body: string): Promise<EmailOutcome> {
  try {
    const { replyToInquiry: payload } = await mutate(ReplyToInquiryDocument, { id: inquiryId, body });
    if (payload.email) return { ok: true, email: payload.email };
    const error = payload.error;
    if (error?.__typename === 'InvalidInput') return { ok: false, message: error.message, fieldErrors: toFieldErrors(error.fields) };
    if (error?.__typename === 'NotFound') return { ok: false, message: error.message, fieldErrors: {} };
    return { ok: false, message: 'The reply could not be queued. Reload the page and try again.', fieldErrors: {} };
  } catch (error) {
    return { ok: false, message: `The reply could not be sent to the server: ${(error as Error).message}`, fieldErrors: {} };
  }
}

export async function retryEmail(id: string): Promise<EmailOutcome> {
  try {
    const { retryOutboundEmail: payload } = await mutate(RetryOutboundEmailDocument, { id });
    if (payload.email) return { ok: true, email: payload.email };
    const message = payload.error && 'message' in payload.error ? payload.error.message : 'The e-mail could not be retried.';
    return { ok: false, message, fieldErrors: {} };
  } catch (error) {
    return { ok: false, message: `The retry could not be sent to the server: ${(error as Error).message}`, fieldErrors: {} };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
