import type { Resolvers } from '../graphql/generated.js';
import { findSurveyAnswer, findSurveyAnswerByReference, lookUpSurvey, submitSurvey, type SubmitSurveyResult, type SurveySource } from './service.js';

const sourceNames = { email: 'EMAIL', status_link: 'STATUS_LINK' } as const satisfies Record<SurveySource, string>;

const errorTypeNames = {
  invalid_input: 'InvalidInput',
  not_found: 'NotFound',
  rate_limited: 'RateLimited',
  not_resolved: 'SurveyNotResolved',
  already_answered: 'SurveyAlreadyAnswered',
} as const;

type SurveyErrorResult = Exclude<SubmitSurveyResult, { kind: 'answered' }>;

export const surveyResolvers: Resolvers = {
  Query: {
    async survey(_parent, args, context) {
      const result = await lookUpSurvey(context.deps, args.token, { clientAddress: context.clientAddress, limits: context.publicForm });
      return result.kind === 'found' ? { __typename: 'SurveyInvitation', ...result.invitation } : result;
    },
  },
  Mutation: {
    async submitSurvey(_parent, args, context) {
      const result = await submitSurvey(context.deps, args.token, args.input, { clientAddress: context.clientAddress, limits: context.publicForm });
      if (result.kind !== 'answered') return { receipt: null, error: result };
      return {
        receipt: {
          reference: result.reference,
          serviceRating: result.answer.serviceRating,
          courtesyRating: result.answer.courtesyRating,
          source: sourceNames[result.answer.source],
          kudosSubmitted: result.kudosId !== null,
        },
        error: null,
      };
    },
  },
  SurveyLookupResult: {
    __resolveType(result) {
      if ('__typename' in result && result.__typename === 'SurveyInvitation') return 'SurveyInvitation';
      return (result as { kind: string }).kind === 'not_found' ? 'NotFound' : 'RateLimited';
    },
  },
  SurveyError: {
    __resolveType: (error) => errorTypeNames[(error as SurveyErrorResult).kind],
  },
  Inquiry: {
    // Inquiries reach only signed-in staff; the check keeps the rating private should that change.
    async survey(inquiry, _args, context) {
      if (!context.auth) return null;
      const answer = await findSurveyAnswer(context.deps.db, inquiry.id);
      return answer ? { ...answer, source: sourceNames[answer.source] } : null;
    },
  },
  PublicInquiryStatus: {
    async surveyRating(status, _args, context) {
      const answer = await findSurveyAnswerByReference(context.deps.db, status.reference);
      return answer ? { serviceRating: answer.serviceRating, courtesyRating: answer.courtesyRating, createdAt: answer.createdAt } : null;
    },
  },
};
