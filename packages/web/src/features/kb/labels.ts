import type { ArticleAudience, ArticleStatus } from '../../lib/graphql';

export const articleStatusLabels: Record<ArticleStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export const audienceLabels: Record<ArticleAudience, string> = {
  STAFF: 'Staff only',
  PUBLIC: 'Public',
};
