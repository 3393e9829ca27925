import type { Resolvers } from '../graphql/generated.js';
import { actorOf } from '../graphql/context.js';
import { AppError } from '../core/errors.js';
import { isUuid } from '../auth/service.js';
import { loadInquiry, readOncePerView } from '../inquiries/views.js';
import { logInquiryFromCall } from './log-inquiry.js';
import { applySoftphoneAction, startSoftphoneCall } from './service.js';
import { loadCall, loadCallOfInquiry, readRecentCalls, toPhoneEventView, type PhoneEventView } from './views.js';

const MAX_RECENT_CALLS = 200;

const errorTypeNames = { invalid_input: 'InvalidInput', not_found: 'NotFound', conflict: 'CallStateConflict' } as const;

export const phoneResolvers: Resolvers = {
  Query: {
    recentCalls: (_parent, args, context) => {
      const first = args.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > MAX_RECENT_CALLS) {
        throw new AppError('BAD_USER_INPUT', `first must be between 1 and ${MAX_RECENT_CALLS}; received ${first}`);
      }
      return readRecentCalls(context.deps.db, first);
    },
    phoneCall: async (_parent, args, context) => (isUuid(args.id) ? ((await loadCall(context.deps.db, args.id)) ?? null) : null),
  },
  Mutation: {
    logInquiryFromCall: (_parent, args, context) => logInquiryFromCall(context.deps, actorOf(context), args.callId, args.input),
    startSoftphoneCall: (_parent, args, context) => startSoftphoneCall(context.deps, actorOf(context), { callerNumber: args.callerNumber }),
    answerCall: (_parent, args, context) => applySoftphoneAction(context.deps, actorOf(context), args.id, 'answer'),
    endCall: (_parent, args, context) => applySoftphoneAction(context.deps, actorOf(context), args.id, 'end'),
    hangUpUnanswered: (_parent, args, context) => applySoftphoneAction(context.deps, actorOf(context), args.id, 'hang_up'),
  },
  Subscription: {
    phoneCallEvents: {
      subscribe: (_parent, args, context) => {
        const after = args.after == null ? undefined : Number(args.after);
        if (after !== undefined && (!Number.isSafeInteger(after) || after < 0)) throw new AppError('BAD_USER_INPUT', 'after must be an event id');
        return context.dispatcher.subscribe(['phone'], after);
      },
      resolve: (event: Parameters<typeof toPhoneEventView>[0]): PhoneEventView => toPhoneEventView(event),
    },
  },
  Inquiry: {
    call: async (inquiry, _args, context) => (await readOncePerView(inquiry, 'call', () => loadCallOfInquiry(context.deps.db, inquiry.id))) ?? null,
  },
  PhoneCall: {
    inquiry: async (call, _args, context) => (call.inquiryId === null ? null : ((await loadInquiry(context.deps.db, call.inquiryId)) ?? null)),
  },
  PhoneCallPayload: {
    call: (result) => (result.kind === 'ok' ? result.call : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  LogCallInquiryPayload: {
    inquiry: (result) => (result.kind === 'ok' ? result.inquiry : null),
    call: (result) => {
      if (result.kind === 'ok' || result.kind === 'conflict') return result.call;
      return null;
    },
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  PhoneCallError: {
    __resolveType: (error) => errorTypeNames[error.kind],
  },
  CallOutcome: { RINGING: 'ringing', ANSWERED: 'answered', ABANDONED: 'abandoned', SHORT_HANGUP: 'short_hangup', ENDED: 'ended' },
  CallSource: { TELEPHONY: 'telephony', SOFTPHONE: 'softphone' },
  PhoneCallEventType: { OFFERED: 'offered', ANSWERED: 'answered', ENDED: 'ended', ABANDONED: 'abandoned', SHORT_HANGUP: 'short_hangup', LINKED: 'linked' },
};
