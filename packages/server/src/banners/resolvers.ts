import { AppError } from '../core/errors.js';
import { actorOf, type GraphQLContext } from '../graphql/context.js';
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

/** Parses a GraphQL ID as an application id; undefined when it cannot be one. */
function applicationId(id: string): number | undefined {
  const value = Number(id);
  return /^[0-9]{1,15}$/.test(id) && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** Decides an application. An id that cannot exist returns the NotFound member, like an unknown one. */
async function decide(context: GraphQLContext, args: { id: string; version: number; note?: string | null }, decision: 'approved' | 'declined') {
  const id = applicationId(args.id);
  if (id === undefined) return { kind: 'not_found' as const, message: `No banner application with id ${args.id.slice(0, 40)}` };
  return toDecisionPayload(await decideBannerApplication(context.deps, actorOf(context), id, args.version, decision, args.note));
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
    approveBannerApplication: (_parent, args, context) => decide(context, args, 'approved'),
    declineBannerApplication: (_parent, args, context) => decide(context, args, 'declined'),
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
