import { actorOf } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';
import { localToday } from '../banners/dates.js';
import {
  applyForLemonLot,
  cancelLemonLotPermit,
  listCurrentLemonLotPermits,
  readLemonLotSettings,
  searchLemonLotPermits,
  updateLemonLotSettings,
  type LemonLotPermitView,
} from './service.js';

function toGraphQLPermit(view: LemonLotPermitView) {
  return { ...view, id: String(view.id), inquiryId: view.inquiryId === null ? null : String(view.inquiryId) };
}

/** Parses a GraphQL ID as a permit id; undefined when it cannot be one. */
function permitId(id: string): number | undefined {
  const value = Number(id);
  return /^[0-9]{1,15}$/.test(id) && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

export const lemonLotResolvers: Resolvers = {
  LemonLotPermitStatus: { ACTIVE: 'active', CANCELLED: 'cancelled' },
  Query: {
    lemonLotSettings: (_parent, _args, context) => readLemonLotSettings(context.deps.db),
    lemonLotPermits: async (_parent, _args, context) => (await listCurrentLemonLotPermits(context.deps.db, localToday(context.deps.centerTimeZone))).map(toGraphQLPermit),
    async searchLemonLotPermits(_parent, args, context) {
      const result = await searchLemonLotPermits(context.deps.db, { plate: args.plate, vin: args.vin });
      return Array.isArray(result) ? { kind: 'list' as const, permits: result.map(toGraphQLPermit) } : result;
    },
  },
  Mutation: {
    async applyForLemonLot(_parent, args, context) {
      const result = await applyForLemonLot(context.deps, args.input, { channel: 'web', request: { clientAddress: context.clientAddress, limits: context.publicForm } });
      if (result.kind !== 'received') return result;
      const { permit } = result;
      return { kind: 'received' as const, statusToken: result.statusToken, permit: { reference: permit.reference, plate: permit.plate, startsOn: permit.startsOn, endsOn: permit.endsOn } };
    },
    async recordLemonLotPermit(_parent, args, context) {
      const result = await applyForLemonLot(context.deps, args.input, { channel: args.channel, actor: actorOf(context) });
      if (result.kind === 'rate_limited') throw new Error('staff entries are never rate-limited');
      if (result.kind !== 'received') return result;
      return { kind: 'received' as const, statusToken: result.statusToken, permit: toGraphQLPermit(result.permit) };
    },
    async cancelLemonLotPermit(_parent, args, context) {
      const id = permitId(args.id);
      if (id === undefined) return { kind: 'not_found' as const, message: `No lemon lot permit with id ${args.id.slice(0, 40)}` };
      const result = await cancelLemonLotPermit(context.deps, actorOf(context), id, args.version, args.reason);
      if (result.kind === 'ok') return { kind: 'ok' as const, ...toGraphQLPermit(result.permit) };
      if (result.kind === 'conflict') return { ...result, current: toGraphQLPermit(result.current) };
      return result;
    },
    async updateLemonLotSettings(_parent, args, context) {
      const result = await updateLemonLotSettings(context.deps, actorOf(context), args.input);
      return result.kind === 'ok' ? { kind: 'ok' as const, ...result.settings } : result;
    },
  },
  ApplyForLemonLotResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'received':
          return 'LemonLotPermitReceived';
        case 'refused':
          return 'LemonLotRefused';
        case 'rate_limited':
          return 'RateLimited';
        default:
          return 'InvalidInput';
      }
    },
  },
  RecordLemonLotPermitResult: {
    __resolveType(result) {
      const kind = (result as { kind?: string }).kind;
      if (kind === 'received') return 'StaffLemonLotPermitReceived';
      return kind === 'refused' ? 'LemonLotRefused' : 'InvalidInput';
    },
  },
  CancelLemonLotPermitResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'ok':
          return 'LemonLotPermit';
        case 'conflict':
          return 'LemonLotPermitConflict';
        case 'not_found':
          return 'NotFound';
        default:
          return 'InvalidInput';
      }
    },
  },
  LemonLotSettingsResult: {
    __resolveType: (result) => ((result as { kind?: string }).kind === 'ok' ? 'LemonLotSettings' : 'InvalidInput'),
  },
  LemonLotSearchResult: {
    __resolveType: (result) => ((result as { kind?: string }).kind === 'list' ? 'LemonLotPermitList' : 'InvalidInput'),
  },
};
