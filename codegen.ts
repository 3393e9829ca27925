import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema lives beside each server domain; the server gets resolver types
// mapped onto its own records, the web client typed documents for its queries.
const schema = 'packages/server/src/**/*.graphql';

const enumValues = {
  Channel: { PHONE: 'phone', WALK_IN: 'walk_in', EMAIL: 'email', WEB: 'web' },
  InquiryStatus: { OPEN: 'open', RESOLVED: 'resolved' },
  MessageKind: { RESIDENT: 'resident', REPLY: 'reply', NOTE: 'note' },
  StaffRole: { AGENT: 'agent', MANAGER: 'manager' },
  PresenceStatus: { AVAILABLE: 'available', BUSY: 'busy', AWAY: 'away', OFFLINE: 'offline' },
  ClaimFilter: { MINE: 'mine', UNCLAIMED: 'unclaimed', ANYONE: 'anyone' },
  InboxEventType: {
    CREATED: 'created',
    CLAIMED: 'claimed',
    RELEASED: 'released',
    RESOLVED: 'resolved',
    REOPENED: 'reopened',
    ROUTED: 'routed',
    NOTE_ADDED: 'note_added',
  },
};

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'packages/server/src/graphql/generated.ts': {
      schema,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: './context.js#GraphQLContext',
        enumsAsTypes: true,
        enumValues,
        scalars: { DateTime: 'Date' },
        mappers: {
          Staff: '../auth/service.js#StaffSummary',
          Department: '../directory/service.js#DepartmentRecord',
          Topic: '../directory/service.js#TopicRecord',
          Contact: '../inquiries/views.js#ContactView',
          Inquiry: '../inquiries/views.js#InquiryView',
          InquiryMessage: '../inquiries/views.js#MessageView',
          InboxEvent: '../inquiries/views.js#InboxEventView',
          Presence: '../presence/service.js#PresenceView',
          PresenceEvent: '../presence/service.js#PresenceEventView',
          InvalidInput: '../validation/result.js#InvalidInputResult',
          NotFound: '../inquiries/service.js#NotFoundError',
          AlreadyClaimed: '../inquiries/service.js#AlreadyClaimedError',
          VersionConflict: '../inquiries/service.js#VersionConflictError',
          NotClaimant: '../inquiries/service.js#NotClaimantError',
          InquiryPayload: '../inquiries/service.js#InquiryResult',
          InquiryConnection: '../inquiries/inbox.js#InboxPage',
          InquiryEdge: '../inquiries/inbox.js#InboxPageItem',
          SignInPayload: '../auth/service.js#SignInResult',
          InvalidCredentials: '../auth/service.js#InvalidCredentialsError',
          SubmitWebInquiryPayload: '../inquiries/intake.js#IntakeResult',
        },
      },
    },
    'packages/web/src/lib/graphql.ts': {
      schema,
      documents: 'packages/web/src/**/*.graphql',
      // typescript-operations 6 writes the enum and input types itself, so the typescript plugin is not used here.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true },
      },
    },
  },
};

export default config;
