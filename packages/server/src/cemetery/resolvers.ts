import { isUuid } from '../auth/service.js';
import { AppError } from '../core/errors.js';
import type { AuditEntryView } from '../counter/audit.js';
import { actorOf } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';
import { isoDate } from '../rotation/settings.js';
import { addLots, cancelInterment, completeInterment, scheduleInterment, sellLot, type IntermentChangeResult, type StaffChannel } from './service.js';
import { importLots } from './import.js';
import { nextFreeSlots } from './slots.js';
import { intermentWeek, listLots, listSections, lotHistory } from './views.js';

/** Maximum number of free slots one intermentSlots query returns. */
const MAX_SLOTS_LISTED = 50;

function toAuditEntry(entry: AuditEntryView) {
  return {
    ...entry,
    id: String(entry.id),
    before: entry.before ? JSON.stringify(entry.before) : null,
    after: entry.after ? JSON.stringify(entry.after) : null,
  };
}

/** Channel values arrive as stored values through the codegen enum mapping; staff record sales and interments in person or by phone. */
function staffChannel(channel: string): StaffChannel {
  return channel as StaffChannel;
}

/** Puts an interment's fields beside `kind`, because the union member Interment reads them from the result itself. */
function flatten(result: IntermentChangeResult) {
  return result.kind === 'ok' ? { kind: 'ok' as const, ...result.interment } : result;
}

function parseId(id: string): number {
  const value = Number(id);
  if (!/^[0-9]{1,15}$/.test(id) || !Number.isSafeInteger(value) || value <= 0) throw new AppError('BAD_USER_INPUT', `id must be the number of an interment, not "${id.slice(0, 40)}"`);
  return value;
}

export const cemeteryResolvers: Resolvers = {
  Query: {
    cemeteryLots: (_parent, args, context) => listLots(context.deps.db, args.filter ?? {}),
    cemeterySections: (_parent, _args, context) => listSections(context.deps.db),
    async cemeteryLotHistory(_parent, args, context) {
      if (!isUuid(args.id)) throw new AppError('BAD_USER_INPUT', `id must be the id of a cemetery lot, not "${args.id.slice(0, 40)}"`);
      const history = await lotHistory(context.deps.db, args.id);
      return history ? { ...history, audit: history.audit.map(toAuditEntry) } : null;
    },
    intermentSchedule(_parent, args, context) {
      const parsed = isoDate('weekStart').safeParse(args.weekStart);
      if (!parsed.success) throw new AppError('BAD_USER_INPUT', `weekStart must be a date YYYY-MM-DD, not "${args.weekStart.slice(0, 40)}"`);
      return intermentWeek(context.deps.db, context.deps.centerTimeZone, parsed.data);
    },
    intermentSlots(_parent, args, context) {
      const count = Math.min(Math.max(args.count ?? 10, 1), MAX_SLOTS_LISTED);
      const now = new Date();
      return nextFreeSlots(context.deps.db, context.deps.centerTimeZone, args.from ?? now, now, count);
    },
  },
  Mutation: {
    async addCemeteryLots(_parent, args, context) {
      const result = await addLots(context.deps, actorOf(context), args.input);
      return result.kind === 'added' ? { ...result, kind: 'added' as const } : result;
    },
    importCemeteryLots: (_parent, args, context) => importLots(context.deps, actorOf(context), args.csv),
    sellCemeteryLot: (_parent, args, context) =>
      sellLot(context.deps, actorOf(context), { ...args.input, channel: staffChannel(args.input.channel) }),
    async scheduleInterment(_parent, args, context) {
      const result = await scheduleInterment(context.deps, actorOf(context), { ...args.input, channel: staffChannel(args.input.channel) });
      return result.kind === 'scheduled' ? { kind: 'scheduled' as const, ...result.interment } : result;
    },
    completeInterment: async (_parent, args, context) => flatten(await completeInterment(context.deps, actorOf(context), parseId(args.id), args.version)),
    cancelInterment: async (_parent, args, context) => flatten(await cancelInterment(context.deps, actorOf(context), parseId(args.id), args.version, args.reason)),
  },
  CemeteryLotStatus: { AVAILABLE: 'available', SOLD: 'sold', OCCUPIED: 'occupied' },
  IntermentStatus: { SCHEDULED: 'scheduled', COMPLETED: 'completed', CANCELLED: 'cancelled' },
  AddCemeteryLotsResult: {
    __resolveType: (result) => ((result as { kind?: string }).kind === 'added' ? 'CemeteryLotsAdded' : 'InvalidInput'),
  },
  ImportCemeteryLotsResult: {
    __resolveType: (result) => ((result as { kind?: string }).kind === 'imported' ? 'CemeteryLotsImported' : 'InvalidInput'),
  },
  SellCemeteryLotResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'sold':
          return 'CemeteryLotSold';
        case 'lot_unavailable':
          return 'CemeteryLotUnavailable';
        case 'not_found':
          return 'NotFound';
        default:
          return 'InvalidInput';
      }
    },
  },
  ScheduleIntermentResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'scheduled':
          return 'Interment';
        case 'slot_taken':
          return 'IntermentSlotTaken';
        case 'refused':
          return 'IntermentRefused';
        case 'not_found':
          return 'NotFound';
        default:
          return 'InvalidInput';
      }
    },
  },
  IntermentChangeResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'ok':
          return 'Interment';
        case 'not_found':
          return 'NotFound';
        default:
          return 'InvalidInput';
      }
    },
  },
};
