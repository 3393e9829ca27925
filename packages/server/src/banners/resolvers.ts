import { AppError } from '../core/errors.js';
import { actorOf } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';
import {
  applyForBanner,
  bannerCalendar,
  decideBannerApplication,
  findBannerApplicationByToken,
  listBannerApplications,
  listBannerLocations,
  saveBannerLocation,
  type BannerApplicationView,
  type BannerStatus,
  type DecideResult,
} from './service.js';

function toGraphQLApplication(view: BannerApplicationView) {
  return {
    ...view,
    id: String(view.id),
    inquiryId: view.inquiryId === null ? null : String(view.inquiryId),
  };
}

function toDecisionPayload(result: DecideResult) {
  if (result.kind === 'ok') return { kind: 'ok' as const, ...toGraphQLApplication(result.application) };
  if (result.kind === 'conflict') return { ...result, current: toGraphQLApplication(result.current) };
  return result;
}

/** Reads an application id from GraphQL: a positive whole number, else NOT_FOUND. */
function applicationId(id: string): number {
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value < 1) throw new AppError('NOT_FOUND', `No banner application with id ${id.slice(0, 40)}`);
  return value;
}

export const bannerResolvers: Resolvers = {
  BannerStatus: { PENDING: 'pending', APPROVED: 'approved', DECLINED: 'declined', CANCELLED: 'cancelled' },
  Query: {
    publicBannerLocations: (_parent, _args, context) => listBannerLocations(context.deps.db, { includeInactive: false }),
    bannerApplicationStatus: (_parent, args, context) => findBannerApplicationByToken(context.deps, args.token).then((view) => view ?? null),
    bannerLocations: (_parent, _args, context) => listBannerLocations(context.deps.db, { includeInactive: true }),
    async bannerApplications(_parent, args, context) {
      const statuses = (args.statuses ?? []) as BannerStatus[];
      return (await listBannerApplications(context.deps.db, statuses)).map(toGraphQLApplication);
    },
    async bannerCalendar(_parent, args, context) {
      const calendar = await bannerCalendar(context.deps.db, args.month);
      if ('kind' in calendar) throw new AppError('BAD_USER_INPUT', calendar.message);
      return { ...calendar, locations: calendar.locations.map((entry) => ({ ...entry, entries: entry.entries.map((item) => ({ ...item, id: String(item.id) })) })) };
    },
  },
  Mutation: {
    async applyForBanner(_parent, args, context) {
      const result = await applyForBanner(context.deps, args.input, {
        channel: args.kiosk ? 'walk_in' : 'web',
        request: { clientAddress: context.clientAddress, limits: context.publicForm },
      });
      if (result.kind !== 'received') return result;
      const { application } = result;
      return {
        kind: 'received' as const,
        statusToken: result.statusToken,
        application: {
          reference: application.reference,
          locationName: application.locationName,
          startsOn: application.startsOn,
          endsOn: application.endsOn,
          eventName: application.eventName,
          organization: application.organization,
          status: application.status,
          decidedAt: application.decidedAt,
          decisionNote: application.decisionNote,
          createdAt: application.createdAt,
        },
      };
    },
    async recordBannerApplication(_parent, args, context) {
      const result = await applyForBanner(context.deps, args.input, { channel: args.channel, actor: actorOf(context) });
      if (result.kind === 'rate_limited') throw new Error('staff entries are never rate-limited');
      if (result.kind !== 'received') return result;
      return { kind: 'received' as const, statusToken: result.statusToken, application: toGraphQLApplication(result.application) };
    },
    approveBannerApplication: async (_parent, args, context) =>
      toDecisionPayload(await decideBannerApplication(context.deps, actorOf(context), applicationId(args.id), args.version, 'approved', args.note)),
    declineBannerApplication: async (_parent, args, context) =>
      toDecisionPayload(await decideBannerApplication(context.deps, actorOf(context), applicationId(args.id), args.version, 'declined', args.note)),
    async saveBannerLocation(_parent, args, context) {
      const result = await saveBannerLocation(context.deps, actorOf(context), args.id ?? undefined, args.input);
      return result.kind === 'ok' ? { kind: 'ok' as const, ...result.location } : result;
    },
  },
  ApplyForBannerResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'received':
          return 'BannerApplicationReceived';
        case 'refused':
          return 'BannerRefused';
        case 'rate_limited':
          return 'RateLimited';
        default:
          return 'InvalidInput';
      }
    },
  },
  RecordBannerApplicationResult: {
    __resolveType(result) {
      const kind = (result as { kind?: string }).kind;
      if (kind === 'received') return 'StaffBannerApplicationReceived';
      return kind === 'refused' ? 'BannerRefused' : 'InvalidInput';
    },
  },
  BannerDecisionResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'ok':
          return 'BannerApplication';
        case 'conflict':
          return 'BannerDecisionConflict';
        case 'not_found':
          return 'NotFound';
        default:
          return 'InvalidInput';
      }
    },
  },
  BannerLocationResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'ok':
          return 'BannerLocation';
        case 'not_found':
          return 'NotFound';
        default:
          return 'InvalidInput';
      }
    },
  },
};
