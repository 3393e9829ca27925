import { AppError } from '../core/errors.js';
import { findStaff, toStaffSummary } from '../auth/service.js';
import type { EventRecord } from '../events/service.js';
import { actorOf } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';
import type { InvalidInputResult } from '../validation/result.js';
import { addLeave, removeLeave } from './leave.js';
import { addCoverStaff, readMembers, setMemberActive } from './members.js';
import { proposeRotation, publishRotation } from './publish.js';
import { isInvalid, readRotation } from './rotation.js';
import { readSettings, updateSettings } from './settings.js';
import { copyPreviousWeek, paintSlots } from './slots.js';
import { toRotationEventView } from './store.js';

/** Throws an invalid range as a BAD_USER_INPUT error that names the field, because the rotation query has no union result. */
function orThrow<T extends object>(result: T | InvalidInputResult): T {
  if (isInvalid(result)) throw new AppError('BAD_USER_INPUT', result.message);
  return result;
}

const resultType = <Name extends string>(result: object, typeName: Name) => (isInvalid(result as never) ? ('InvalidInput' as const) : typeName);

export const rotationResolvers: Resolvers = {
  Query: {
    rotationSettings: (_parent, _args, context) => readSettings(context.deps.db, context.deps.centerTimeZone),
    rotation: async (_parent, args, context) => orThrow(await readRotation(context.deps, args.from, args.to)),
    rotaMembers: (_parent, args, context) => readMembers(context.deps.db, { includeInactive: args.includeInactive ?? false }),
  },
  Mutation: {
    paintSlots: (_parent, args, context) => paintSlots(context.deps, actorOf(context), args.slots),
    copyPreviousWeek: (_parent, args, context) => copyPreviousWeek(context.deps, actorOf(context), args.weekStart),
    async proposeRotation(_parent, args, context) {
      const result = await proposeRotation(context.deps, actorOf(context), args.from, args.to);
      return isInvalid(result) ? result : { rotation: result };
    },
    publishRotation: (_parent, args, context) => publishRotation(context.deps, actorOf(context), args.from, args.to),
    updateRotationSettings: (_parent, args, context) => updateSettings(context.deps, actorOf(context), args.input),
    addCoverStaff: (_parent, args, context) => addCoverStaff(context.deps, actorOf(context), args),
    setRotaMemberActive: (_parent, args, context) => setMemberActive(context.deps, actorOf(context), args.id, args.active),
    addLeave: (_parent, args, context) => addLeave(context.deps, actorOf(context), args),
    removeLeave: (_parent, args, context) => removeLeave(context.deps, actorOf(context), args.id),
  },
  Subscription: {
    rotationEvents: {
      subscribe: (_parent, args, context) => {
        const after = args.after == null ? undefined : Number(args.after);
        if (after !== undefined && (!Number.isSafeInteger(after) || after < 0)) throw new AppError('BAD_USER_INPUT', 'after must be an event id');
        return context.dispatcher.subscribe(['rotation'], after);
      },
      resolve: (event: EventRecord) => toRotationEventView(event),
    },
  },
  RotationEvent: {
    async by(event, _args, context) {
      if (!event.actorId) return null;
      const staff = await findStaff(context.deps.db, event.actorId);
      return staff ? toStaffSummary(staff) : null;
    },
  },
  RotaMember: {
    staff: (member) => member.staff,
  },
  PaintSlotsResult: { __resolveType: (result) => resultType(result, 'RotaChange') },
  ProposeRotationResult: { __resolveType: (result) => resultType(result, 'RotationProposal') },
  PublishRotationResult: { __resolveType: (result) => resultType(result, 'Rotation') },
  CopyWeekResult: { __resolveType: (result) => resultType(result, 'Rotation') },
  RotaMemberResult: { __resolveType: (result) => resultType(result, 'RotaMember') },
  RotaLeaveResult: { __resolveType: (result) => resultType(result, 'RotaLeave') },
  RotationSettingsResult: { __resolveType: (result) => resultType(result, 'RotationSettings') },
  DutyKind: { ON_CALL: 'on_call', OFF_DESK: 'off_desk', MEETING: 'meeting', LEAVE: 'leave' },
  RotaMemberKind: { AGENT: 'agent', COVER: 'cover' },
};
