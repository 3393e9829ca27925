import { count, sql } from 'drizzle-orm';
import type { Resolvers } from '../graphql/generated.js';
import { actorOf, type GraphQLContext } from '../graphql/context.js';
import { AppError } from '../core/errors.js';
import { outboundEmails } from '../db/schema.js';
import { loadInquiry } from '../inquiries/views.js';
import { listAttachments } from './attachments.js';
import { listInquiryEmails, listOutbox, replyToInquiry, retryOutboundEmail, type OutboundStatus } from './outbox.js';

/** Ids are positive integers; anything else matches nothing. */
function parseId(id: string): number | undefined {
  const value = Number(id);
  return /^[0-9]{1,15}$/.test(id) && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function emailSettings(context: GraphQLContext) {
  if (!context.email) throw new Error('the server did not pass the e-mail settings to the GraphQL context');
  return context.email;
}

const errorTypeNames = { invalid_input: 'InvalidInput', not_found: 'NotFound' } as const;

export const emailResolvers: Resolvers = {
  Query: {
    async outbox(_parent, args, context) {
      const first = args.first ?? 100;
      if (!Number.isInteger(first) || first < 1 || first > 500) throw new AppError('BAD_USER_INPUT', 'first must be a whole number from 1 to 500');
      return listOutbox(context.deps.db, (args.statuses ?? undefined) as OutboundStatus[] | undefined, first);
    },
    async outboxStatus(_parent, _args, context) {
      const rows = await context.deps.db
        .select({ status: outboundEmails.status, total: count() })
        .from(outboundEmails)
        .where(sql`${outboundEmails.status} in ('queued', 'failed')`)
        .groupBy(outboundEmails.status);
      const total = (status: OutboundStatus) => rows.find((row) => row.status === status)?.total ?? 0;
      return { relayConfigured: context.email?.relayConfigured ?? false, queued: total('queued'), failed: total('failed') };
    },
  },
  Mutation: {
    async replyToInquiry(_parent, args, context) {
      const id = parseId(args.id);
      if (id === undefined) return { kind: 'not_found', message: `No inquiry with id ${args.id.slice(0, 40)}` };
      const settings = emailSettings(context);
      const result = await replyToInquiry(context.deps, actorOf(context), id, args.body, settings.mailFrom);
      if (result.kind === 'ok') settings.wakeOutbox();
      return result;
    },
    async retryOutboundEmail(_parent, args, context) {
      const id = parseId(args.id);
      if (id === undefined) return { kind: 'not_found', message: `No outbound e-mail with id ${args.id.slice(0, 40)}` };
      const result = await retryOutboundEmail(context.deps, actorOf(context), id);
      if (result.kind === 'ok') emailSettings(context).wakeOutbox();
      return result;
    },
  },
  ReplyPayload: {
    message: (result) => (result.kind === 'ok' ? result.message : null),
    email: (result) => (result.kind === 'ok' ? result.email : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  OutboundEmailPayload: {
    email: (result) => (result.kind === 'ok' ? result.email : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  OutboundEmailError: {
    __resolveType: (error) => errorTypeNames[error.kind],
  },
  OutboundEmail: {
    id: (row) => String(row.id),
    inquiry: (row, _args, context) => (row.inquiryId === null ? null : loadInquiry(context.deps.db, row.inquiryId).then((view) => view ?? null)),
    nextAttemptAt: (row) => (row.status === 'queued' || row.status === 'sending' ? row.nextAttemptAt : null),
    inquiryMessageId: (row) => (row.inquiryMessageId === null ? null : String(row.inquiryMessageId)),
  },
  Attachment: {
    messageId: (file) => (file.messageId === null ? null : String(file.messageId)),
    url: (file) => `/attachments/${file.id}`,
  },
  Inquiry: {
    attachments: (inquiry, _args, context) => listAttachments(context.deps.db, inquiry.id),
    outboundEmails: (inquiry, _args, context) => listInquiryEmails(context.deps.db, inquiry.id),
  },
  OutboundEmailStatus: { QUEUED: 'queued', SENDING: 'sending', SENT: 'sent', FAILED: 'failed' },
  OutboundEmailKind: { REPLY: 'reply', ACKNOWLEDGEMENT: 'acknowledgement', SURVEY: 'survey', REMINDER: 'reminder', CONFIRMATION: 'confirmation' },
};

