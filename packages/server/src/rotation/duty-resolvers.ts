import { Repeater } from '@repeaterjs/repeater';
import type { Resolvers } from '../graphql/generated.js';
import { actorOf, type GraphQLContext } from '../graphql/context.js';
import { AppError } from '../core/errors.js';
import type { EventRecord } from '../events/service.js';
import { readDuties, type DutyView } from './duty.js';
import { ensureCalendarToken, feedUrls, resetCalendarToken } from './calendar.js';
import { toRingNotice, type RingNoticeView } from './ring.js';

/**
 * How long one read of the team's duties serves further `Staff.duty` fields
 * of the same context. A query listing the team then costs one read, and a
 * long-lived subscription context still reads afresh for later events.
 */
const DUTY_READ_REUSE_MS = 1000;

const dutyReads = new WeakMap<GraphQLContext, { readAt: number; duties: Promise<Map<string, DutyView>> }>();

function dutiesFor(context: GraphQLContext): Promise<Map<string, DutyView>> {
  const now = Date.now();
  const cached = dutyReads.get(context);
  if (cached && now - cached.readAt < DUTY_READ_REUSE_MS) return cached.duties;

  const duties = readDuties(context.deps.db, context.deps.centerTimeZone, new Date(now));
  dutyReads.set(context, { readAt: now, duties });
  return duties;
}

function baseUrlOf(context: GraphQLContext): string {
  if (!context.publicBaseUrl) throw new AppError('BAD_USER_INPUT', 'Calendar addresses need PUBLIC_URL on the server, or a request with a Host header');
  return context.publicBaseUrl;
}

/** Turns the `ring` events that list `staffId` into their ring notices. Ending the result ends `source`. */
function ringNoticesOf(source: AsyncIterableIterator<EventRecord>, staffId: string): AsyncIterableIterator<RingNoticeView> {
  return new Repeater<RingNoticeView>(async (push, stop) => {
    void stop.then(() => source.return?.());
    try {
      for await (const event of source) {
        const notice = toRingNotice(event, staffId);
        if (notice) await push(notice);
      }
      stop();
    } catch (error) {
      stop(error);
    }
  });
}

export const dutyResolvers: Resolvers = {
  Staff: {
    duty: async (staff, _args, context) => (await dutiesFor(context)).get(staff.id) ?? null,
  },
  Query: {
    async myCalendarFeeds(_parent, _args, context) {
      const token = await ensureCalendarToken(context.deps.db, actorOf(context).id);
      return feedUrls(baseUrlOf(context), token);
    },
  },
  Mutation: {
    async resetCalendarToken(_parent, _args, context) {
      const actor = actorOf(context);
      const token = await resetCalendarToken(context.deps.db, actor.id);
      context.deps.log.info({ staffId: actor.id }, 'calendar token reset');
      return feedUrls(baseUrlOf(context), token);
    },
  },
  Subscription: {
    ringNotices: {
      // Only calls that ring from now on: a notice about a call that already ended is no use.
      subscribe: (_parent, _args, context) => ringNoticesOf(context.dispatcher.subscribe(['ring']), actorOf(context).id),
      resolve: (notice: RingNoticeView) => notice,
    },
  },
  DutyKind: { ON_CALL: 'on_call', OFF_DESK: 'off_desk', MEETING: 'meeting', LEAVE: 'leave' },
};
