import { AppError } from '../core/errors.js';
import type { Resolvers } from '../graphql/generated.js';
import { buildReport } from './report.js';

export const reportResolvers: Resolvers = {
  ReportBucket: { DAY: 'day', WEEK: 'week', MONTH: 'month' },
  Query: {
    async report(_parent, args, context) {
      const result = await buildReport(context.deps, { from: args.from, to: args.to, bucket: args.bucket, departmentId: args.departmentId });
      if (result.kind !== 'ok') throw new AppError('BAD_USER_INPUT', result.message);
      return result;
    },
  },
};
