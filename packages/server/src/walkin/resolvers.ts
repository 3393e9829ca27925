import type { Resolvers } from '../graphql/generated.js';
import { actorOf } from '../graphql/context.js';
import { AppError } from '../core/errors.js';
import { isUuid } from '../auth/service.js';
import { loadInquiry } from '../inquiries/views.js';
import { checkInVisitor, logWalkInOutcome, markVisitorLeft, serveNextVisitor } from './service.js';
import { readQueueLength, selfCheckIn } from './self-check-in.js';
import { loadVisit, readDayFigures, readQueue, toWalkInEventView, type WalkInEventView } from './views.js';

const errorTypeNames = { invalid_input: 'InvalidInput', not_found: 'NotFound', conflict: 'WalkInStateConflict' } as const;

export const walkInResolvers: Resolvers = {
  Query: {
    walkInQueue: (_parent, _args, context) => readQueue(context.deps.db),
    walkInVisit: async (_parent, args, context) => (isUuid(args.id) ? ((await loadVisit(context.deps.db, args.id)) ?? null) : null),
    walkInToday: (_parent, _args, context) => readDayFigures(context.deps.db, context.deps.centerTimeZone),
    walkInQueueLength: (_parent, _args, context) => readQueueLength(context.deps),
  },
  Mutation: {
    checkInVisitor: (_parent, args, context) => checkInVisitor(context.deps, actorOf(context), args.input),
    selfCheckIn: (_parent, args, context) => selfCheckIn(context.deps, args.input, { clientAddress: context.clientAddress, limits: context.publicForm }),
    serveNextVisitor: (_parent, _args, context) => serveNextVisitor(context.deps, actorOf(context)),
    visitorLeft: (_parent, args, context) => markVisitorLeft(context.deps, actorOf(context), args.id, args.version),
    logWalkInOutcome: (_parent, args, context) => logWalkInOutcome(context.deps, actorOf(context), args.id, args.input),
  },
  Subscription: {
    walkInEvents: {
      subscribe: (_parent, args, context) => {
        const after = args.after == null ? undefined : Number(args.after);
        if (after !== undefined && (!Number.isSafeInteger(after) || after < 0)) throw new AppError('BAD_USER_INPUT', 'after must be an event id');
        return context.dispatcher.subscribe(['walkin'], after);
      },
      resolve: (event: Parameters<typeof toWalkInEventView>[0]): WalkInEventView => toWalkInEventView(event),
    },
  },
  WalkInVisit: {
    inquiry: async (visit, _args, context) => (visit.inquiryId === null ? null : ((await loadInquiry(context.deps.db, visit.inquiryId)) ?? null)),
  },
  WalkInPayload: {
    visit: (result) => (result.kind === 'ok' ? result.visit : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  WalkInOutcomePayload: {
    visit: (result) => {
      if (result.kind === 'ok' || result.kind === 'conflict') return result.visit;
      return null;
    },
    inquiry: (result) => (result.kind === 'ok' ? result.inquiry : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  SelfCheckInPayload: {
    receipt: (result) => (result.kind === 'ok' ? { ticketCode: result.ticketCode, position: result.position, checkedInAt: result.checkedInAt } : null),
    error: (result) => (result.kind === 'invalid_input' ? result : null),
    rateLimited: (result) => (result.kind === 'rate_limited' ? result : null),
  },
  WalkInError: {
    __resolveType: (error) => errorTypeNames[error.kind],
  },
  WalkInStatus: { WAITING: 'waiting', SERVING: 'serving', DONE: 'done', LEFT: 'left' },
  WalkInEventType: { CHECKED_IN: 'checked_in', SERVED: 'served', COMPLETED: 'completed', LEFT: 'left' },
};
