import type { Resolvers } from '../graphql/generated.js';
import { actorOf } from '../graphql/context.js';
import { AppError } from '../core/errors.js';
import { heartbeat, readTeam, setStatus, toPresenceEventView } from './service.js';

function parseInquiryId(id: string | null | undefined): number | null {
  if (id == null) return null;
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value < 1) throw new AppError('BAD_USER_INPUT', `viewingInquiryId must be an inquiry id; received ${JSON.stringify(id).slice(0, 40)}`);
  return value;
}

export const presenceResolvers: Resolvers = {
  Query: {
    team: (_parent, _args, context) => readTeam(context.deps.db),
  },
  Mutation: {
    setPresenceStatus(_parent, args, context) {
      if (args.status === 'offline') throw new AppError('BAD_USER_INPUT', 'status: OFFLINE is derived from the connection and cannot be set; use AVAILABLE, BUSY or AWAY');
      return setStatus(context.deps, actorOf(context), args.status);
    },
    async heartbeat(_parent, args, context) {
      const actor = actorOf(context);
      if (!context.connectionId) throw new AppError('BAD_USER_INPUT', 'heartbeat must be sent over the WebSocket at /graphql');
      const view = await heartbeat(context.deps, context.connectionId, actor.id, parseInquiryId(args.viewingInquiryId));
      return view!;
    },
  },
  Subscription: {
    presenceEvents: {
      subscribe: (_parent, args, context) => {
        const after = args.after == null ? undefined : Number(args.after);
        if (after !== undefined && (!Number.isSafeInteger(after) || after < 0)) throw new AppError('BAD_USER_INPUT', 'after must be an event id');
        return context.dispatcher.subscribe(['presence'], after);
      },
      resolve: (event: Parameters<typeof toPresenceEventView>[0]) => toPresenceEventView(event),
    },
  },
  Presence: {
    viewingInquiryId: (presence) => (presence.viewingInquiryId === null ? null : String(presence.viewingInquiryId)),
  },
  PresenceStatus: { AVAILABLE: 'available', BUSY: 'busy', AWAY: 'away', OFFLINE: 'offline' },
};
