import type { Resolvers } from '../graphql/generated.js';
import { listTopics } from '../directory/service.js';
import { DEFAULT_PUBLIC_FORM_LIMITS, PHOTO_TYPES } from '../inquiries/web-form.js';
import { lookUpInquiryStatus } from './service.js';

export const publicStatusResolvers: Resolvers = {
  Query: {
    async inquiryStatus(_parent, args, context) {
      const result = await lookUpInquiryStatus(context.deps, args.token, { clientAddress: context.clientAddress, limits: context.publicForm });
      return result.kind === 'found' ? result.status : result;
    },
    publicFormLimits: (_parent, _args, context) => ({
      maxPhotoBytes: (context.publicForm ?? DEFAULT_PUBLIC_FORM_LIMITS).maxPhotoBytes,
      photoContentTypes: Object.keys(PHOTO_TYPES),
    }),
    async publicTopics(_parent, _args, context) {
      const topics = await listTopics(context.deps.db);
      return [...topics].sort((a, b) => a.name.localeCompare(b.name));
    },
  },
  InquiryStatusResult: {
    __resolveType(result) {
      if ('progress' in result) return 'PublicInquiryStatus';
      return result.kind === 'not_found' ? 'NotFound' : 'RateLimited';
    },
  },
  PublicProgress: { RECEIVED: 'received', IN_PROGRESS: 'in_progress', RESOLVED: 'resolved' },
};
