import { AppError } from '../core/errors.js';
import { actorOf } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';
import { buildNewsletter } from './newsletter.js';
import { approveKudos, countApprovedKudos, declineKudos, sendPublicKudos, type ReviewResult } from './service.js';
import { listKudos, type KudosView } from './views.js';

type Status = KudosView['status'];

function toGraphQLKudos(view: KudosView) {
  return {
    ...view,
    source: view.source === 'public' ? ('PUBLIC' as const) : ('SURVEY' as const),
    status: view.status.toUpperCase() as Uppercase<Status>,
    certificatePath: view.status === 'approved' ? `/kudos/${view.id}/certificate.pdf` : null,
  };
}

function toReviewPayload(result: ReviewResult) {
  if (result.kind === 'ok') return { kind: 'ok' as const, ...toGraphQLKudos(result.kudos) };
  if (result.kind === 'already_reviewed') return { ...result, status: result.status.toUpperCase() as Uppercase<Status> };
  return result;
}

export const kudosResolvers: Resolvers = {
  Query: {
    async kudosList(_parent, args, context) {
      const status = args.status ? (args.status.toLowerCase() as Status) : undefined;
      return (await listKudos(context.deps.db, status)).map(toGraphQLKudos);
    },
    async kudosNewsletter(_parent, args, context) {
      const result = await buildNewsletter(context.deps.db, args.month, context.deps.centerTimeZone);
      if ('kind' in result) throw new AppError('BAD_USER_INPUT', result.message);
      return result;
    },
    myKudosCount: (_parent, _args, context) => countApprovedKudos(context.deps.db, actorOf(context).id),
  },
  Mutation: {
    sendKudos: (_parent, args, context) =>
      sendPublicKudos(context.deps, args.input, { clientAddress: context.clientAddress, limits: context.publicForm }),
    approveKudos: async (_parent, args, context) => toReviewPayload(await approveKudos(context.deps, actorOf(context), args.id, args.staffId)),
    declineKudos: async (_parent, args, context) => toReviewPayload(await declineKudos(context.deps, actorOf(context), args.id, args.reason)),
  },
  SendKudosResult: {
    __resolveType(result) {
      const kind = (result as { kind?: string }).kind;
      if (kind === 'received') return 'KudosReceived';
      return kind === 'rate_limited' ? 'RateLimited' : 'InvalidInput';
    },
  },
  KudosReviewResult: {
    __resolveType(result) {
      switch ((result as { kind?: string }).kind) {
        case 'ok':
          return 'Kudos';
        case 'not_found':
          return 'NotFound';
        case 'already_reviewed':
          return 'KudosAlreadyReviewed';
        default:
          return 'InvalidInput';
      }
    },
  },
};
