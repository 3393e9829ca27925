import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StaffSummary, SignInResult, InvalidCredentialsError } from '../auth/service.js';
import type { DepartmentRecord, TopicRecord } from '../directory/service.js';
import type { ContactView, InquiryView, MessageView, InboxEventView } from '../inquiries/views.js';
import type { PresenceView, PresenceEventView } from '../presence/service.js';
import type { InvalidInputResult } from '../validation/result.js';
import type { NotFoundError, AlreadyClaimedError, VersionConflictError, NotClaimantError, InquiryResult } from '../inquiries/service.js';
import type { InboxPage, InboxPageItem } from '../inquiries/inbox.js';
import type { IntakeResult } from '../inquiries/intake.js';
import type { GraphQLContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, sent as an ISO 8601 string with an offset, for example 2026-03-08T15:04:05.123Z. */
  DateTime: { input: Date; output: Date; }
};

/** The inquiry is claimed by someone else. */
export type AlreadyClaimed = {
  __typename?: 'AlreadyClaimed';
  holder: Staff;
  inquiry: Inquiry;
  message: Scalars['String']['output'];
};

export type Channel =
  | 'email'
  | 'phone'
  | 'walk_in'
  | 'web';

export type ChannelCount = {
  __typename?: 'ChannelCount';
  channel: Channel;
  count: Scalars['Int']['output'];
};

export type ClaimFilter =
  | 'anyone'
  /** Claimed by the signed-in staff member. */
  | 'mine'
  | 'unclaimed';

/** A resident who contacted the center. Visible to signed-in staff only. */
export type Contact = {
  __typename?: 'Contact';
  address?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

/** A county department that owns some topics. */
export type Department = {
  __typename?: 'Department';
  description: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  topics: Array<Topic>;
};

/** One invalid input field: the field's path, such as input.email, and what is expected. */
export type FieldError = {
  __typename?: 'FieldError';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type InboxEvent = {
  __typename?: 'InboxEvent';
  actor?: Maybe<Staff>;
  /** Position in the event log; pass it as `after` to resume. */
  id: Scalars['ID']['output'];
  /** The inquiry as it was right after this event. */
  inquiry: Inquiry;
  occurredAt: Scalars['DateTime']['output'];
  type: InboxEventType;
};

export type InboxEventType =
  | 'claimed'
  | 'created'
  | 'note_added'
  | 'released'
  | 'reopened'
  | 'resolved'
  | 'routed';

export type InboxFilter = {
  channels?: InputMaybe<Array<Channel>>;
  claim?: InputMaybe<ClaimFilter>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<InquiryStatus>>;
  /** Matches the reference, subject, body and the contact's name or e-mail. */
  text?: InputMaybe<Scalars['String']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type Inquiry = {
  __typename?: 'Inquiry';
  body: Scalars['String']['output'];
  callEndedAt?: Maybe<Scalars['DateTime']['output']>;
  callStartedAt?: Maybe<Scalars['DateTime']['output']>;
  channel: Channel;
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  claimedBy?: Maybe<Staff>;
  contact?: Maybe<Contact>;
  /** When the center received it; the original time for imported inquiries. */
  createdAt: Scalars['DateTime']['output'];
  department?: Maybe<Department>;
  id: Scalars['ID']['output'];
  loggedBy?: Maybe<Staff>;
  /** The thread, oldest first. */
  messages: Array<InquiryMessage>;
  /** The number given to the resident, such as Q-000042. */
  reference: Scalars['String']['output'];
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Staff>;
  status: InquiryStatus;
  subject: Scalars['String']['output'];
  topic?: Maybe<Topic>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; writes pass the version they were based on. */
  version: Scalars['Int']['output'];
};

export type InquiryConnection = {
  __typename?: 'InquiryConnection';
  edges: Array<InquiryEdge>;
  pageInfo: PageInfo;
  /** Inquiries matching the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type InquiryEdge = {
  __typename?: 'InquiryEdge';
  cursor: Scalars['String']['output'];
  node: Inquiry;
};

export type InquiryError = AlreadyClaimed | InvalidInput | NotClaimant | NotFound | VersionConflict;

export type InquiryMessage = {
  __typename?: 'InquiryMessage';
  author?: Maybe<Staff>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: MessageKind;
};

export type InquiryPayload = {
  __typename?: 'InquiryPayload';
  error?: Maybe<InquiryError>;
  inquiry?: Maybe<Inquiry>;
};

export type InquiryStatus =
  | 'open'
  | 'resolved';

export type InvalidCredentials = {
  __typename?: 'InvalidCredentials';
  message: Scalars['String']['output'];
};

/** The input was rejected; nothing was written. */
export type InvalidInput = {
  __typename?: 'InvalidInput';
  fields: Array<FieldError>;
  message: Scalars['String']['output'];
};

export type MessageKind =
  /** An internal note, never shown to the resident. */
  | 'note'
  /** A reply from staff to the resident. */
  | 'reply'
  /** Written by the resident. */
  | 'resident';

export type Mutation = {
  __typename?: 'Mutation';
  addNote: InquiryPayload;
  /** Claims an unclaimed inquiry. Exactly one of several concurrent claims wins; the others get AlreadyClaimed. */
  claimInquiry: InquiryPayload;
  /** Deactivates an account: its sessions end and its open subscriptions close. */
  deactivateStaff: Staff;
  /**
   * Marks this WebSocket as alive and records the inquiry it has open.
   * Only accepted over the WebSocket; clients send it every 20 seconds and when the open inquiry changes.
   */
  heartbeat: Presence;
  logPhoneCall: InquiryPayload;
  logWalkIn: InquiryPayload;
  releaseInquiry: InquiryPayload;
  reopenInquiry: InquiryPayload;
  resolveInquiry: InquiryPayload;
  /** Ends every session of an account. Returns how many were revoked. */
  revokeSessions: Scalars['Int']['output'];
  routeInquiry: InquiryPayload;
  /** Sets the signed-in staff member's status. OFFLINE is derived, not set. */
  setPresenceStatus: Presence;
  /** Starts a session and sets the session cookie. */
  signIn: SignInPayload;
  /** Ends the current session, if any, and clears the cookie. */
  signOut: Scalars['Boolean']['output'];
  /** The public form: the only write open to anonymous callers. */
  submitWebInquiry: SubmitWebInquiryPayload;
};


export type MutationAddNoteArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationClaimInquiryArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeactivateStaffArgs = {
  id: Scalars['ID']['input'];
};


export type MutationHeartbeatArgs = {
  viewingInquiryId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationLogPhoneCallArgs = {
  input: PhoneCallInput;
};


export type MutationLogWalkInArgs = {
  input: WalkInInput;
};


export type MutationReleaseInquiryArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReopenInquiryArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationResolveInquiryArgs = {
  id: Scalars['ID']['input'];
  resolutionNote: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRevokeSessionsArgs = {
  staffId: Scalars['ID']['input'];
};


export type MutationRouteInquiryArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSetPresenceStatusArgs = {
  status: PresenceStatus;
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSubmitWebInquiryArgs = {
  input: WebInquiryInput;
};

/** Only the staff member holding the claim (or a manager) may do this. */
export type NotClaimant = {
  __typename?: 'NotClaimant';
  holder?: Maybe<Staff>;
  message: Scalars['String']['output'];
};

export type NotFound = {
  __typename?: 'NotFound';
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PhoneCallInput = {
  callEndedAt?: InputMaybe<Scalars['DateTime']['input']>;
  callStartedAt: Scalars['DateTime']['input'];
  callerEmail?: InputMaybe<Scalars['String']['input']>;
  callerName?: InputMaybe<Scalars['String']['input']>;
  callerPhone?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The reason for the call, in a few words. */
  subject: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type Presence = {
  __typename?: 'Presence';
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  staff: Staff;
  /** OFFLINE when no socket of this staff member has sent a heartbeat within the presence timeout. */
  status: PresenceStatus;
  /** The inquiry this staff member has open, if any. */
  viewingInquiryId?: Maybe<Scalars['ID']['output']>;
};

export type PresenceEvent = {
  __typename?: 'PresenceEvent';
  /** Position in the event log; pass it as `after` to resume. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  presence: Presence;
};

export type PresenceStatus =
  | 'available'
  | 'away'
  | 'busy'
  | 'offline';

export type Query = {
  __typename?: 'Query';
  departments: Array<Department>;
  /** The shared inbox, newest first. `after` is the endCursor of the previous page. */
  inbox: InquiryConnection;
  inboxChannelCounts: Array<ChannelCount>;
  inquiry?: Maybe<Inquiry>;
  /** The signed-in staff member, or null when signed out. */
  me?: Maybe<Staff>;
  /** Every staff account, active or not. */
  staff: Array<Staff>;
  /** Every active staff member with their presence. */
  team: Array<Presence>;
  topics: Array<Topic>;
};


export type QueryInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInboxChannelCountsArgs = {
  filter?: InputMaybe<InboxFilter>;
};


export type QueryInquiryArgs = {
  id: Scalars['ID']['input'];
};

export type SignInError = InvalidCredentials | InvalidInput;

export type SignInPayload = {
  __typename?: 'SignInPayload';
  error?: Maybe<SignInError>;
  staff?: Maybe<Staff>;
};

export type Staff = {
  __typename?: 'Staff';
  active: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  phoneExtension?: Maybe<Scalars['String']['output']>;
  role: StaffRole;
};

export type StaffRole =
  | 'agent'
  | 'manager';

export type SubmitWebInquiryPayload = {
  __typename?: 'SubmitWebInquiryPayload';
  error?: Maybe<InvalidInput>;
  receipt?: Maybe<WebInquiryReceipt>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Inbox changes, each once and in order; with `after`, first every change after that event id. */
  inboxEvents: InboxEvent;
  /** Presence changes of the team, each once and in order; with `after`, first every change after that event id. */
  presenceEvents: PresenceEvent;
};


export type SubscriptionInboxEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPresenceEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** A reason for contact, owned by one department. */
export type Topic = {
  __typename?: 'Topic';
  department: Department;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** The inquiry changed since the version the write was based on; nothing was written. */
export type VersionConflict = {
  __typename?: 'VersionConflict';
  current: Inquiry;
  message: Scalars['String']['output'];
};

export type WalkInInput = {
  notes?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
  visitorName?: InputMaybe<Scalars['String']['input']>;
  visitorPhone?: InputMaybe<Scalars['String']['input']>;
};

/** A question from the public form. */
export type WebInquiryInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  question: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

export type WebInquiryReceipt = {
  __typename?: 'WebInquiryReceipt';
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  InquiryError:
    | ( AlreadyClaimedError )
    | ( InvalidInputResult )
    | ( NotClaimantError )
    | ( NotFoundError )
    | ( VersionConflictError )
  ;
  SignInError:
    | ( InvalidCredentialsError )
    | ( InvalidInputResult )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AlreadyClaimed: ResolverTypeWrapper<AlreadyClaimedError>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Channel: null;
  ChannelCount: ResolverTypeWrapper<ChannelCount>;
  ClaimFilter: null;
  Contact: ResolverTypeWrapper<ContactView>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: ResolverTypeWrapper<DepartmentRecord>;
  FieldError: ResolverTypeWrapper<FieldError>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InboxEvent: ResolverTypeWrapper<InboxEventView>;
  InboxEventType: null;
  InboxFilter: InboxFilter;
  Inquiry: ResolverTypeWrapper<InquiryView>;
  InquiryConnection: ResolverTypeWrapper<InboxPage>;
  InquiryEdge: ResolverTypeWrapper<InboxPageItem>;
  InquiryError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InquiryError']>;
  InquiryMessage: ResolverTypeWrapper<MessageView>;
  InquiryPayload: ResolverTypeWrapper<InquiryResult>;
  InquiryStatus: null;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvalidCredentials: ResolverTypeWrapper<InvalidCredentialsError>;
  InvalidInput: ResolverTypeWrapper<InvalidInputResult>;
  MessageKind: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotClaimant: ResolverTypeWrapper<NotClaimantError>;
  NotFound: ResolverTypeWrapper<NotFoundError>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PhoneCallInput: PhoneCallInput;
  Presence: ResolverTypeWrapper<PresenceView>;
  PresenceEvent: ResolverTypeWrapper<PresenceEventView>;
  PresenceStatus: null;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SignInError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SignInError']>;
  SignInPayload: ResolverTypeWrapper<SignInResult>;
  Staff: ResolverTypeWrapper<StaffSummary>;
  StaffRole: null;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitWebInquiryPayload: ResolverTypeWrapper<IntakeResult>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Topic: ResolverTypeWrapper<TopicRecord>;
  VersionConflict: ResolverTypeWrapper<VersionConflictError>;
  WalkInInput: WalkInInput;
  WebInquiryInput: WebInquiryInput;
  WebInquiryReceipt: ResolverTypeWrapper<WebInquiryReceipt>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AlreadyClaimed: AlreadyClaimedError;
  Boolean: Scalars['Boolean']['output'];
  ChannelCount: ChannelCount;
  Contact: ContactView;
  DateTime: Scalars['DateTime']['output'];
  Department: DepartmentRecord;
  FieldError: FieldError;
  ID: Scalars['ID']['output'];
  InboxEvent: InboxEventView;
  InboxFilter: InboxFilter;
  Inquiry: InquiryView;
  InquiryConnection: InboxPage;
  InquiryEdge: InboxPageItem;
  InquiryError: ResolversUnionTypes<ResolversParentTypes>['InquiryError'];
  InquiryMessage: MessageView;
  InquiryPayload: InquiryResult;
  Int: Scalars['Int']['output'];
  InvalidCredentials: InvalidCredentialsError;
  InvalidInput: InvalidInputResult;
  Mutation: Record<PropertyKey, never>;
  NotClaimant: NotClaimantError;
  NotFound: NotFoundError;
  PageInfo: PageInfo;
  PhoneCallInput: PhoneCallInput;
  Presence: PresenceView;
  PresenceEvent: PresenceEventView;
  Query: Record<PropertyKey, never>;
  SignInError: ResolversUnionTypes<ResolversParentTypes>['SignInError'];
  SignInPayload: SignInResult;
  Staff: StaffSummary;
  String: Scalars['String']['output'];
  SubmitWebInquiryPayload: IntakeResult;
  Subscription: Record<PropertyKey, never>;
  Topic: TopicRecord;
  VersionConflict: VersionConflictError;
  WalkInInput: WalkInInput;
  WebInquiryInput: WebInquiryInput;
  WebInquiryReceipt: WebInquiryReceipt;
};

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequireRoleDirectiveArgs = {
  role: StaffRole;
};

export type RequireRoleDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = RequireRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AlreadyClaimedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlreadyClaimed'] = ResolversParentTypes['AlreadyClaimed']> = {
  holder?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChannelResolvers = { EMAIL: 'email', PHONE: 'phone', WALK_IN: 'walk_in', WEB: 'web' };

export type ChannelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChannelCount'] = ResolversParentTypes['ChannelCount']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimFilterResolvers = { ANYONE: 'anyone', MINE: 'mine', UNCLAIMED: 'unclaimed' };

export type ContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type FieldErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InboxEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InboxEvent'] = ResolversParentTypes['InboxEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InboxEventType'], ParentType, ContextType>;
};

export type InboxEventTypeResolvers = { CLAIMED: 'claimed', CREATED: 'created', NOTE_ADDED: 'note_added', RELEASED: 'released', REOPENED: 'reopened', RESOLVED: 'resolved', ROUTED: 'routed' };

export type InquiryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Inquiry'] = ResolversParentTypes['Inquiry']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  callEndedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  callStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  claimedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  claimedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loggedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['InquiryMessage']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InquiryStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InquiryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InquiryConnection'] = ResolversParentTypes['InquiryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InquiryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InquiryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InquiryEdge'] = ResolversParentTypes['InquiryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
};

export type InquiryErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InquiryError'] = ResolversParentTypes['InquiryError']> = {
  __resolveType: TypeResolveFn<'AlreadyClaimed' | 'InvalidInput' | 'NotClaimant' | 'NotFound' | 'VersionConflict', ParentType, ContextType>;
};

export type InquiryMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InquiryMessage'] = ResolversParentTypes['InquiryMessage']> = {
  author?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MessageKind'], ParentType, ContextType>;
};

export type InquiryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InquiryPayload'] = ResolversParentTypes['InquiryPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['InquiryError']>, ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
};

export type InquiryStatusResolvers = { OPEN: 'open', RESOLVED: 'resolved' };

export type InvalidCredentialsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvalidCredentials'] = ResolversParentTypes['InvalidCredentials']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidInputResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvalidInput'] = ResolversParentTypes['InvalidInput']> = {
  fields?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MessageKindResolvers = { NOTE: 'note', REPLY: 'reply', RESIDENT: 'resident' };

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addNote?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'body' | 'id'>>;
  claimInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationClaimInquiryArgs, 'id'>>;
  deactivateStaff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType, RequireFields<MutationDeactivateStaffArgs, 'id'>>;
  heartbeat?: Resolver<ResolversTypes['Presence'], ParentType, ContextType, Partial<MutationHeartbeatArgs>>;
  logPhoneCall?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationLogPhoneCallArgs, 'input'>>;
  logWalkIn?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationLogWalkInArgs, 'input'>>;
  releaseInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationReleaseInquiryArgs, 'id' | 'version'>>;
  reopenInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationReopenInquiryArgs, 'id' | 'version'>>;
  resolveInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationResolveInquiryArgs, 'id' | 'resolutionNote' | 'version'>>;
  revokeSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRevokeSessionsArgs, 'staffId'>>;
  routeInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationRouteInquiryArgs, 'id' | 'version'>>;
  setPresenceStatus?: Resolver<ResolversTypes['Presence'], ParentType, ContextType, RequireFields<MutationSetPresenceStatusArgs, 'status'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submitWebInquiry?: Resolver<ResolversTypes['SubmitWebInquiryPayload'], ParentType, ContextType, RequireFields<MutationSubmitWebInquiryArgs, 'input'>>;
};

export type NotClaimantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotClaimant'] = ResolversParentTypes['NotClaimant']> = {
  holder?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotFoundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotFound'] = ResolversParentTypes['NotFound']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PresenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Presence'] = ResolversParentTypes['Presence']> = {
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PresenceStatus'], ParentType, ContextType>;
  viewingInquiryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type PresenceEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PresenceEvent'] = ResolversParentTypes['PresenceEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  presence?: Resolver<ResolversTypes['Presence'], ParentType, ContextType>;
};

export type PresenceStatusResolvers = { AVAILABLE: 'available', AWAY: 'away', BUSY: 'busy', OFFLINE: 'offline' };

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  inbox?: Resolver<ResolversTypes['InquiryConnection'], ParentType, ContextType, RequireFields<QueryInboxArgs, 'first'>>;
  inboxChannelCounts?: Resolver<Array<ResolversTypes['ChannelCount']>, ParentType, ContextType, Partial<QueryInboxChannelCountsArgs>>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType, RequireFields<QueryInquiryArgs, 'id'>>;
  me?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['Staff']>, ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['Presence']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type SignInErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInError'] = ResolversParentTypes['SignInError']> = {
  __resolveType: TypeResolveFn<'InvalidCredentials' | 'InvalidInput', ParentType, ContextType>;
};

export type SignInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['SignInError']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
};

export type StaffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Staff'] = ResolversParentTypes['Staff']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phoneExtension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
};

export type StaffRoleResolvers = { AGENT: 'agent', MANAGER: 'manager' };

export type SubmitWebInquiryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubmitWebInquiryPayload'] = ResolversParentTypes['SubmitWebInquiryPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['InvalidInput']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['WebInquiryReceipt']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  inboxEvents?: SubscriptionResolver<ResolversTypes['InboxEvent'], "inboxEvents", ParentType, ContextType, Partial<SubscriptionInboxEventsArgs>>;
  presenceEvents?: SubscriptionResolver<ResolversTypes['PresenceEvent'], "presenceEvents", ParentType, ContextType, Partial<SubscriptionPresenceEventsArgs>>;
};

export type TopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VersionConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VersionConflict'] = ResolversParentTypes['VersionConflict']> = {
  current?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebInquiryReceiptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebInquiryReceipt'] = ResolversParentTypes['WebInquiryReceipt']> = {
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AlreadyClaimed?: AlreadyClaimedResolvers<ContextType>;
  Channel?: ChannelResolvers;
  ChannelCount?: ChannelCountResolvers<ContextType>;
  ClaimFilter?: ClaimFilterResolvers;
  Contact?: ContactResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  InboxEvent?: InboxEventResolvers<ContextType>;
  InboxEventType?: InboxEventTypeResolvers;
  Inquiry?: InquiryResolvers<ContextType>;
  InquiryConnection?: InquiryConnectionResolvers<ContextType>;
  InquiryEdge?: InquiryEdgeResolvers<ContextType>;
  InquiryError?: InquiryErrorResolvers<ContextType>;
  InquiryMessage?: InquiryMessageResolvers<ContextType>;
  InquiryPayload?: InquiryPayloadResolvers<ContextType>;
  InquiryStatus?: InquiryStatusResolvers;
  InvalidCredentials?: InvalidCredentialsResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  MessageKind?: MessageKindResolvers;
  Mutation?: MutationResolvers<ContextType>;
  NotClaimant?: NotClaimantResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Presence?: PresenceResolvers<ContextType>;
  PresenceEvent?: PresenceEventResolvers<ContextType>;
  PresenceStatus?: PresenceStatusResolvers;
  Query?: QueryResolvers<ContextType>;
  SignInError?: SignInErrorResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
  StaffRole?: StaffRoleResolvers;
  SubmitWebInquiryPayload?: SubmitWebInquiryPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  VersionConflict?: VersionConflictResolvers<ContextType>;
  WebInquiryReceipt?: WebInquiryReceiptResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  public?: PublicDirectiveResolver<any, any, ContextType>;
  requireRole?: RequireRoleDirectiveResolver<any, any, ContextType>;
};
