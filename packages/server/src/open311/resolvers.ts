import type { Resolvers } from '../graphql/generated.js';
import { actorOf } from '../graphql/context.js';
import { findStaff, toStaffSummary } from '../auth/service.js';
import { issueApiKey, listApiKeys, revokeApiKey } from './api-keys.js';
import { listTopicAttributes, setTopicAttributes } from './attributes.js';

export const open311Resolvers: Resolvers = {
  Query: {
    apiKeys: (_parent, args, context) => listApiKeys(context.deps.db, { activeOnly: args.activeOnly ?? false }),
  },
  Mutation: {
    issueApiKey: (_parent, args, context) => issueApiKey(context.deps, actorOf(context), { name: args.name }),
    revokeApiKey: (_parent, args, context) => revokeApiKey(context.deps, actorOf(context), args.id),
    setTopicAttributes: (_parent, args, context) => setTopicAttributes(context.deps, actorOf(context), args.topicId, args.attributes),
  },
  ApiKey: {
    prefix: (key) => key.keyPrefix,
    async createdBy(key, _args, context) {
      if (!key.createdById) return null;
      const staff = await findStaff(context.deps.db, key.createdById);
      return staff ? toStaffSummary(staff) : null;
    },
  },
  IssueApiKeyPayload: {
    apiKey: (result) => (result.kind === 'issued' ? result.apiKey : null),
    key: (result) => (result.kind === 'issued' ? result.key : null),
    error: (result) => (result.kind === 'issued' ? null : result),
  },
  RevokeApiKeyPayload: {
    apiKey: (result) => (result.kind === 'revoked' ? result.apiKey : null),
    error: (result) => (result.kind === 'revoked' ? null : result),
  },
  SetTopicAttributesPayload: {
    attributes: (result) => (result.kind === 'ok' ? result.attributes : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  SetTopicAttributesError: {
    __resolveType: (error) => (error.kind === 'not_found' ? 'NotFound' : 'InvalidInput'),
  },
  Open311Datatype: {
    STRING: 'string',
    NUMBER: 'number',
    DATETIME: 'datetime',
    TEXT: 'text',
    SINGLEVALUELIST: 'singlevaluelist',
    MULTIVALUELIST: 'multivaluelist',
  },
  Topic: {
    serviceCode: (topic) => topic.id,
    attributes: (topic, _args, context) => listTopicAttributes(context.deps.db, [topic.id]),
  },
};
