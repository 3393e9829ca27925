import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StaffSummary, SignInResult, InvalidCredentialsError } from '../auth/service.js';
import type { DepartmentRecord, TopicRecord, ProgramRecord } from '../directory/service.js';
import type { ContactView, InquiryView, MessageView, InboxEventView } from '../inquiries/views.js';
import type { PresenceView, PresenceEventView } from '../presence/service.js';
import type { InvalidInputResult } from '../validation/result.js';
import type { NotFoundError, AlreadyClaimedError, VersionConflictError, NotClaimantError, InquiryResult } from '../inquiries/service.js';
import type { InboxPage, InboxPageItem } from '../inquiries/inbox.js';
import type { SignInThrottledResult } from '../auth/throttle.js';
import type { WebFormResult, RateLimitedResult } from '../inquiries/web-form.js';
import type { PublicStatusView } from '../public-status/service.js';
import type { ArticleRecord, RevisionRecord, KbEventView } from '../kb/views.js';
import type { FeedbackCounts, PublicArticleView, VoteResult } from '../kb/public.js';
import type { ArticleHit, ArticlePage, DirectoryMatch, DirectoryResult, PublicHit, PublicPage } from '../kb/search.js';
import type { ArticleVersionConflictError, ArticleResult, DepartmentResult } from '../kb/service.js';
import type { SaveAnswerResult } from '../kb/from-inquiry.js';
import type { RevisionDiff, DiffSegment } from '../kb/revisions.js';
import type { DocumentSync, SyncResult, PushResult, DocUpdateView } from '../kb/doc.js';
import type { AwarenessUpdateView } from '../kb/awareness.js';
import type { RotaMemberView, RotaSlotView, RotaLeaveView, RotaWarningView, OpenDay, OpenHalfHour, RotationView, RotationSettingsView, TeamMeetingView, FairnessView, MemberHoursView, PairHoursView, RotaChangeView, RotationEventView } from '../rotation/views.js';
import type { DutyView } from '../rotation/duty.js';
import type { RingNoticeView } from '../rotation/ring.js';
import type { CalendarFeedUrls } from '../rotation/calendar.js';
import type { ApiKeyRecord, IssueApiKeyResult, RevokeApiKeyResult } from '../open311/api-keys.js';
import type { TopicAttributeRecord, SetTopicAttributesResult } from '../open311/attributes.js';
import type { PhoneCallView, PhoneEventView } from '../phone/views.js';
import type { CallResult, CallConflict } from '../phone/service.js';
import type { LogCallResult } from '../phone/log-inquiry.js';
import type { WalkInVisitView, WalkInEventView, DayFigures } from '../walkin/views.js';
import type { VisitResult, VisitConflict, OutcomeResult } from '../walkin/service.js';
import type { SelfCheckInResult } from '../walkin/self-check-in.js';
import type { OutboundEmailRow, ReplyResult, RetryResult } from '../email/outbox.js';
import type { AttachmentSummary } from '../email/attachments.js';
import type { PaymentView, DrawerCloseView } from '../payments/views.js';
import type { DrawerView } from '../payments/resolvers.js';
import type { AuditEntryView } from '../counter/audit.js';
import type { PaymentLockedResult, PaymentVersionConflictResult, AlreadyReversedResult, DrawerAlreadyClosedResult } from '../payments/service.js';
import type { LotView, IntermentView } from '../cemetery/views.js';
import type { NotaryAppointmentView } from '../notary/views.js';
import type { GraphQLContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

export type AddCemeteryLotsInput = {
  /** How many interments each lot holds; 1 when omitted. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The first lot number, at least 1. */
  fromNumber: Scalars['Int']['input'];
  /** Price in cents. */
  priceCents: Scalars['Int']['input'];
  /** Letters, digits, spaces and dashes; at most 20 characters. */
  row: Scalars['String']['input'];
  /** Letters, digits, spaces and dashes; at most 20 characters. */
  section: Scalars['String']['input'];
  /** The last lot number of a range, included; omit it to add one lot. At most 500 lots per call. */
  toNumber?: InputMaybe<Scalars['Int']['input']>;
};

export type AddCemeteryLotsResult = CemeteryLotsAdded | InvalidInput;

/** The inquiry is claimed by someone else. */
export type AlreadyClaimed = {
  __typename?: 'AlreadyClaimed';
  holder: Staff;
  inquiry: Inquiry;
  message: Scalars['String']['output'];
};

/** A key with which an Open311 GeoReport v2 client may post service requests. The key itself is shown only once, when it is issued. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Staff>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who or what uses the key, such as the county's mobile app. */
  name: Scalars['String']['output'];
  /** The first characters of the key, to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** Set once the key is revoked; a revoked key is refused at once. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ApplyForBannerResult = BannerApplicationReceived | BannerRefused | InvalidInput | RateLimited;

export type ApplyForLemonLotResult = InvalidInput | LemonLotPermitReceived | LemonLotRefused | RateLimited;

/**
 * A knowledge-base article. Its body is a Yjs document (see articleDocument,
 * pushArticleUpdate and articleDocUpdates); bodyText and bodyHtml are derived
 * from it after every change. Metadata changes pass the `version` they were
 * based on and get ArticleVersionConflict when it is stale.
 */
export type Article = {
  __typename?: 'Article';
  audience: ArticleAudience;
  /** HTML of the working copy, built from an allow-list of elements with all text escaped. */
  bodyHtml: Scalars['String']['output'];
  /** Plain text of the working copy: one line per paragraph, heading or list item. */
  bodyText: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Staff>;
  /** The department that owns the answer; defaults to the topic's department. */
  department?: Maybe<Department>;
  /** Residents' answers to "did this answer your question?". */
  feedback: ArticleFeedback;
  id: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The revision residents see (for PUBLIC articles) while the article is PUBLISHED. */
  publishedRevision?: Maybe<ArticleRevision>;
  /** "See also" articles, in the editor's order. */
  relatedArticles: Array<Article>;
  /** Revisions, newest first. */
  revisions: Array<ArticleRevision>;
  /** URL name, fixed at creation: it does not change with the title. */
  slug: Scalars['String']['output'];
  /** The inquiry whose answer this article was made from (saveAnswerAsArticle). */
  sourceInquiry?: Maybe<Inquiry>;
  status: ArticleStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  topic?: Maybe<Topic>;
  /** Last change of metadata or body. */
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<Staff>;
  /** When a staff member last confirmed the answer is still correct. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  verifiedBy?: Maybe<Staff>;
  /** Increases with every metadata change; body edits (Yjs updates) do not change it. */
  version: Scalars['Int']['output'];
};

/** Who may read an article. */
export type ArticleAudience =
  /** Also residents, on the public answers page, once published. */
  | 'public'
  /** Signed-in staff only. */
  | 'staff';

export type ArticleAwarenessUpdate = {
  __typename?: 'ArticleAwarenessUpdate';
  articleId: Scalars['ID']['output'];
  /** Base64 y-protocols awareness update (applyAwarenessUpdate). */
  update: Scalars['String']['output'];
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  /** How the query matched; null without a query (sorted by title). */
  mode?: Maybe<SearchMode>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleDiff = {
  __typename?: 'ArticleDiff';
  /** The plain-text body compared by words or lines. */
  body: Array<DiffPart>;
  from: ArticleRevision;
  title: Array<DiffPart>;
  /** Null when comparing with the current working copy. */
  to?: Maybe<ArticleRevision>;
};

export type ArticleDocUpdate = {
  __typename?: 'ArticleDocUpdate';
  actor?: Maybe<Staff>;
  articleId: Scalars['ID']['output'];
  /** Position in the event log; pass it as `after` to resume. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The origin given to pushArticleUpdate: the editor that made the change, `seed` or `restore`. */
  origin?: Maybe<Scalars['String']['output']>;
  /**
   * Base64 Yjs update. When the stored update has since been compacted, this is
   * the whole document instead, which contains it; Yjs ignores what the client
   * already has.
   */
  update: Scalars['String']['output'];
};

/**
 * Sync step 2 of the y-protocols sync protocol, over a query. Apply `update`
 * to the local Y.Doc, push what the server lacks (Y.encodeStateAsUpdate(doc,
 * stateVector)) with pushArticleUpdate, then subscribe to articleDocUpdates
 * with `after: lastEventId` so no update is missed in between.
 */
export type ArticleDocumentSync = {
  __typename?: 'ArticleDocumentSync';
  /** The newest event id when the document was read. */
  lastEventId: Scalars['ID']['output'];
  /** Base64 state vector of the server's document. */
  stateVector: Scalars['String']['output'];
  /** Base64 Yjs update with everything the client's state vector lacks. */
  update: Scalars['String']['output'];
};

export type ArticleDocumentSyncPayload = {
  __typename?: 'ArticleDocumentSyncPayload';
  error?: Maybe<ArticleError>;
  sync?: Maybe<ArticleDocumentSync>;
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: ArticleSearchHit;
};

export type ArticleError = ArticleVersionConflict | InvalidInput | NotFound;

export type ArticleFeedback = {
  __typename?: 'ArticleFeedback';
  helpful: Scalars['Int']['output'];
  notHelpful: Scalars['Int']['output'];
};

export type ArticleFilter = {
  audiences?: InputMaybe<Array<ArticleAudience>>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Full-text search over title and body; results are then ranked and highlighted. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to DRAFT and PUBLISHED. */
  statuses?: InputMaybe<Array<ArticleStatus>>;
  /** Exact tag, case-sensitive. */
  tag?: InputMaybe<Scalars['String']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles never verified or last verified before this instant, for review lists. */
  verifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ArticlePayload = {
  __typename?: 'ArticlePayload';
  article?: Maybe<Article>;
  error?: Maybe<ArticleError>;
};

/** A numbered snapshot of an article. */
export type ArticleRevision = {
  __typename?: 'ArticleRevision';
  author?: Maybe<Staff>;
  bodyHtml: Scalars['String']['output'];
  bodyText: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ArticleRevisionKind;
  /** 1 for the first revision of the article, then 2, 3, … */
  number: Scalars['Int']['output'];
  /** For RESTORED: the revision whose content was restored. */
  restoredFromNumber?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
};

export type ArticleRevisionKind =
  /** Made by publishing. */
  | 'published'
  /** Made by restoring an older revision into the working copy. */
  | 'restored';

export type ArticleSearchHit = {
  __typename?: 'ArticleSearchHit';
  article: Article;
  /** Relevance; 0 without a query. Comparable only within one result list. */
  rank: Scalars['Float']['output'];
  /** One or two passages of the body as HTML: text escaped, matched words in <mark>. */
  snippet: Scalars['String']['output'];
  /** The title as HTML: text escaped, matched words in <mark>. */
  titleHighlight: Scalars['String']['output'];
};

export type ArticleStatus =
  /** Retired: hidden from residents and from staff lists unless asked for. */
  | 'archived'
  /** Being written; never shown to residents. */
  | 'draft'
  /** Has a published revision; PUBLIC articles show it to residents. */
  | 'published';

/** The article changed since the version the write was based on; nothing was written. */
export type ArticleVersionConflict = {
  __typename?: 'ArticleVersionConflict';
  current: Article;
  message: Scalars['String']['output'];
};

export type ArticleVotePayload = {
  __typename?: 'ArticleVotePayload';
  error?: Maybe<NotFound>;
  /** The counts after this vote. */
  feedback?: Maybe<ArticleFeedback>;
};

/** A file received with an inquiry. Download it from `url` while signed in. */
export type Attachment = {
  __typename?: 'Attachment';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The thread message it came with. */
  messageId?: Maybe<Scalars['ID']['output']>;
  sizeBytes: Scalars['Int']['output'];
  /** Path of the download, /attachments/<id>. */
  url: Scalars['String']['output'];
};

export type AuditChange = {
  __typename?: 'AuditChange';
  after?: Maybe<Scalars['String']['output']>;
  /** JSON text, or null when the field had no value. */
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** One change in the audit trail of a counter record. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened: created, edited, reversed, closed, approved, declined, cancelled, sold, ... */
  action: Scalars['String']['output'];
  /** Null for a resident or the system, or when the staff account was deleted. */
  actor?: Maybe<Staff>;
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The changed fields, each with its value before and after as JSON text. */
  changes: Array<AuditChange>;
  /** The kind of record: payment, drawer_close, banner_application, lemon_lot_permit, cemetery_lot, interment, notary_appointment. */
  entity: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type BannerApplication = {
  __typename?: 'BannerApplication';
  channel: Channel;
  contact: BannerContact;
  createdAt: Scalars['DateTime']['output'];
  /** The staff member who entered it at the counter; null for residents' own applications. */
  createdByName?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** The agent's note to the resident; required when declined. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  endsOn: Scalars['String']['output'];
  eventName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The inquiry that records the contact, for the reports and follow-up. */
  inquiryId?: Maybe<Scalars['ID']['output']>;
  inquiryReference?: Maybe<Scalars['String']['output']>;
  location: BannerLocation;
  organization?: Maybe<Scalars['String']['output']>;
  /** The application's number, such as BP-000042. */
  reference: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
  status: BannerStatus;
  /** Increases with every change; a decision must name the version the agent saw. */
  version: Scalars['Int']['output'];
};

export type BannerApplicationInput = {
  /** An e-mail address or a phone number is required. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, on or after startsOn; the period lasts at most the overpass's maxDays. */
  endsOn: Scalars['String']['input'];
  /** At most 200 characters. */
  eventName: Scalars['String']['input'];
  /** The id of an active overpass. */
  locationId: Scalars['ID']['input'];
  /** The applicant's name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Optional, at most 200 characters. */
  organization?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, today or later and at most 365 days ahead. */
  startsOn: Scalars['String']['input'];
};

export type BannerApplicationReceived = {
  __typename?: 'BannerApplicationReceived';
  application: PublicBannerApplication;
  /** The private status link's token, shown once: the page is /banners/status/<token>. */
  statusToken: Scalars['String']['output'];
};

export type BannerCalendar = {
  __typename?: 'BannerCalendar';
  /** Every date of the month, YYYY-MM-DD. */
  days: Array<Scalars['String']['output']>;
  locations: Array<BannerCalendarLocation>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
};

export type BannerCalendarEntry = {
  __typename?: 'BannerCalendarEntry';
  endsOn: Scalars['String']['output'];
  eventName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reference: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
  status: BannerStatus;
};

export type BannerCalendarLocation = {
  __typename?: 'BannerCalendarLocation';
  /** Approved banners on each day of the month. */
  approvedCounts: Array<Scalars['Int']['output']>;
  /** Banners (pending and approved) on each day of the month, in the order of BannerCalendar.days. */
  counts: Array<Scalars['Int']['output']>;
  /** Pending and approved applications that overlap the month. */
  entries: Array<BannerCalendarEntry>;
  location: BannerLocation;
};

/** The person who applied. Personal data: only signed-in staff see it. */
export type BannerContact = {
  __typename?: 'BannerContact';
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

/** Someone changed the application since it was loaded; nothing was changed. */
export type BannerDecisionConflict = {
  __typename?: 'BannerDecisionConflict';
  current: BannerApplication;
  message: Scalars['String']['output'];
};

export type BannerDecisionResult = BannerApplication | BannerDecisionConflict | InvalidInput | NotFound;

/** A road overpass where banners hang. */
export type BannerLocation = {
  __typename?: 'BannerLocation';
  /** Only active overpasses take applications. */
  active: Scalars['Boolean']['output'];
  /** Banners allowed on any one day. */
  capacity: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The longest display one application may ask for, in days. */
  maxDays: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type BannerLocationInput = {
  active: Scalars['Boolean']['input'];
  /** Banners per day, 1 to 100. */
  capacity: Scalars['Int']['input'];
  /** At most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Longest display in days, 1 to 90. */
  maxDays: Scalars['Int']['input'];
  /** Unique, at most 120 characters. */
  name: Scalars['String']['input'];
};

export type BannerLocationResult = BannerLocation | InvalidInput | NotFound;

/** The overpass has no space on a day of the period; nothing was stored. */
export type BannerRefused = {
  __typename?: 'BannerRefused';
  /** The input field the refusal is about, such as input.startsOn. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Up to three periods of the same length, from the requested start on, that still fit. */
  nextFreeDates: Array<PermitPeriod>;
};

export type BannerStatus =
  /** Approved; holds its days. */
  | 'approved'
  | 'cancelled'
  /** Declined with a note; its days are free again. */
  | 'declined'
  /** Waiting for an agent's decision; holds its days. */
  | 'pending';

export type BookNotaryAppointmentInput = {
  contact: NotaryContactInput;
  /** From 1 to 20. */
  documentCount: Scalars['Int']['input'];
  /** One of affidavit, power_of_attorney, deed, vehicle_title, other. */
  documentKind: Scalars['String']['input'];
  /** The start of a free slot (see notaryFreeSlots). */
  startsAt: Scalars['DateTime']['input'];
};

export type BookNotaryAppointmentResult = InvalidInput | NotaryBooking | NotarySlotTaken | RateLimited;

export type CalendarFeeds = {
  __typename?: 'CalendarFeeds';
  /** The signed-in agent's own schedule, iCalendar. */
  personalUrl: Scalars['String']['output'];
  /** The whole team's schedule, iCalendar. */
  teamUrl: Scalars['String']['output'];
};

/** What the agent records about a call; the call times come from the call record. */
export type CallInquiryInput = {
  callerEmail?: InputMaybe<Scalars['String']['input']>;
  callerName?: InputMaybe<Scalars['String']['input']>;
  callerPhone?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The reason for the call, in a few words. */
  subject: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type CallOutcome =
  /** The caller hung up unanswered after waiting 20 seconds or more. */
  | 'abandoned'
  /** Answered and not ended yet. */
  | 'answered'
  /** Answered, then ended. */
  | 'ended'
  /** Offered and not answered yet. */
  | 'ringing'
  /** The caller hung up unanswered within 20 seconds; counted apart from abandoned calls. */
  | 'short_hangup';

export type CallSource =
  /** Recorded by an agent in the softphone panel. */
  | 'softphone'
  /** Reported by the phone system through POST /telephony/events. */
  | 'telephony';

/** The call's state does not allow this; nothing was written. */
export type CallStateConflict = {
  __typename?: 'CallStateConflict';
  call?: Maybe<PhoneCall>;
  message: Scalars['String']['output'];
};

export type CancelLemonLotPermitResult = InvalidInput | LemonLotPermit | LemonLotPermitConflict | NotFound;

export type CemeteryAuditEntry = {
  __typename?: 'CemeteryAuditEntry';
  action: Scalars['String']['output'];
  actorName?: Maybe<Scalars['String']['output']>;
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The changed values before and after, as JSON text. */
  before?: Maybe<Scalars['String']['output']>;
  /** cemetery_lot or interment. */
  entity: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

/** A resident's contact details. Personal data, for signed-in staff only. */
export type CemeteryContact = {
  __typename?: 'CemeteryContact';
  address?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type CemeteryContactInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Required, at most 200 characters. */
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A lot in the county cemetery, by section, row and number. */
export type CemeteryLot = {
  __typename?: 'CemeteryLot';
  /** How many interments the lot holds. */
  capacity: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Interments in the lot that are not cancelled. */
  intermentCount: Scalars['Int']['output'];
  number: Scalars['Int']['output'];
  /** Price in cents. */
  priceCents: Scalars['Int']['output'];
  purchaser?: Maybe<CemeteryContact>;
  row: Scalars['String']['output'];
  /** The reference of the inquiry that recorded the sale, such as Q-000123. */
  saleInquiryReference?: Maybe<Scalars['String']['output']>;
  section: Scalars['String']['output'];
  soldAt?: Maybe<Scalars['DateTime']['output']>;
  soldByName?: Maybe<Scalars['String']['output']>;
  status: CemeteryLotStatus;
  version: Scalars['Int']['output'];
};

export type CemeteryLotFilter = {
  row?: InputMaybe<Scalars['String']['input']>;
  section?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CemeteryLotStatus>;
};

export type CemeteryLotHistory = {
  __typename?: 'CemeteryLotHistory';
  /** The audit trail of the lot and of its interments, oldest first. */
  audit: Array<CemeteryAuditEntry>;
  /** Every interment in the lot, cancelled ones too, in slot order. */
  interments: Array<Interment>;
  lot: CemeteryLot;
};

export type CemeteryLotSold = {
  __typename?: 'CemeteryLotSold';
  /** The reference of the inquiry that recorded the sale. */
  inquiryReference: Scalars['String']['output'];
  lot: CemeteryLot;
};

export type CemeteryLotStatus =
  | 'available'
  /** Holds at least one completed interment. */
  | 'occupied'
  | 'sold';

/** The lot is not available any more; nothing was written. */
export type CemeteryLotUnavailable = {
  __typename?: 'CemeteryLotUnavailable';
  message: Scalars['String']['output'];
  status: CemeteryLotStatus;
};

export type CemeteryLotsAdded = {
  __typename?: 'CemeteryLotsAdded';
  lots: Array<CemeteryLot>;
  /** Numbers of the range that already existed in the row and were left unchanged. */
  skippedNumbers: Array<Scalars['Int']['output']>;
};

export type CemeteryLotsImported = {
  __typename?: 'CemeteryLotsImported';
  /** How many lots were added. */
  added: Scalars['Int']['output'];
  /** Lots of the file that already existed, as section/row/number, left unchanged. */
  skipped: Array<Scalars['String']['output']>;
};

/** The contact center itself. */
export type Center = {
  __typename?: 'Center';
  /** IANA time zone in which the center works and its times are shown, such as America/Denver. */
  timeZone: Scalars['String']['output'];
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

export type CloseDrawerInput = {
  /** The business day, YYYY-MM-DD; not after today in the center's zone. */
  businessDate: Scalars['String']['input'];
  countedCardCents: Scalars['Int']['input'];
  /** The counted totals in whole cents, 0 or more. */
  countedCashCents: Scalars['Int']['input'];
  countedCheckCents: Scalars['Int']['input'];
  /** At most 1000 characters, such as the reason for a difference. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whose drawer; the signed-in staff member's own when absent. Only a manager may close another's. */
  staffId?: InputMaybe<Scalars['ID']['input']>;
};

export type CloseDrawerResult = DrawerAlreadyClosed | DrawerClose | InvalidInput;

/** A resident who contacted the center. Visible to signed-in staff only. */
export type Contact = {
  __typename?: 'Contact';
  address?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type CopyWeekResult = InvalidInput | Rotation;

export type CreateArticleInput = {
  audience?: InputMaybe<ArticleAudience>;
  /** Plain text that becomes the first document, one paragraph per line. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the topic's department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateProgramInput = {
  departmentId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** A county department that owns some topics. */
export type Department = {
  __typename?: 'Department';
  address?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** Opening hours as staff read them out, such as "Mon–Fri 8:00–17:00". */
  hours?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** What the department owns, one short phrase each, such as "trees touching power lines". */
  responsibilities: Array<Scalars['String']['output']>;
  topics: Array<Topic>;
  website?: Maybe<Scalars['String']['output']>;
};

/** Fields absent keep their value; a blank or null one clears it. */
export type DepartmentDirectoryInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  hours?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  responsibilities?: InputMaybe<Array<Scalars['String']['input']>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type DepartmentError = InvalidInput | NotFound;

export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  department?: Maybe<Department>;
  error?: Maybe<DepartmentError>;
};

export type DiffGranularity =
  | 'lines'
  | 'words';

export type DiffPart = {
  __typename?: 'DiffPart';
  kind: DiffPartKind;
  value: Scalars['String']['output'];
};

export type DiffPartKind =
  | 'added'
  | 'removed'
  | 'unchanged';

/**
 * A topic or department that matches a routing question. For a topic,
 * `department` is the owner of the topic, so the hit answers "who owns this?".
 */
export type DirectoryHit = {
  __typename?: 'DirectoryHit';
  department: Department;
  rank: Scalars['Float']['output'];
  /** Its description (and, for a department, what it owns) as HTML, matched words in <mark>. */
  snippet: Scalars['String']['output'];
  /** The topic's or department's name as HTML, matched words in <mark>. */
  titleHighlight: Scalars['String']['output'];
  /** Null when the department itself matched. */
  topic?: Maybe<Topic>;
};

export type DirectorySearchResult = {
  __typename?: 'DirectorySearchResult';
  hits: Array<DirectoryHit>;
  mode?: Maybe<SearchMode>;
};

/** One staff member's drawer on one business day. */
export type Drawer = {
  __typename?: 'Drawer';
  businessDate: Scalars['String']['output'];
  /** Null while the drawer is open. */
  close?: Maybe<DrawerClose>;
  expectedCardCents: Scalars['Int']['output'];
  /** The expected totals: the sums of the drawer's payments by method, reversals included. */
  expectedCashCents: Scalars['Int']['output'];
  expectedCheckCents: Scalars['Int']['output'];
  expectedTotalCents: Scalars['Int']['output'];
  /** Oldest first. */
  payments: Array<Payment>;
  staff: Staff;
};

/** The drawer was closed already; nothing was changed. */
export type DrawerAlreadyClosed = {
  __typename?: 'DrawerAlreadyClosed';
  close: DrawerClose;
  message: Scalars['String']['output'];
};

/** The daily close of one staff member's drawer for one business day. */
export type DrawerClose = {
  __typename?: 'DrawerClose';
  businessDate: Scalars['String']['output'];
  closedAt: Scalars['DateTime']['output'];
  closedBy: Staff;
  countedCardCents: Scalars['Int']['output'];
  countedCashCents: Scalars['Int']['output'];
  countedCheckCents: Scalars['Int']['output'];
  /** Counted minus expected over all methods. */
  differenceCents: Scalars['Int']['output'];
  expectedCardCents: Scalars['Int']['output'];
  expectedCashCents: Scalars['Int']['output'];
  expectedCheckCents: Scalars['Int']['output'];
  /** True when any method's counted total differs from its expected total. */
  flagged: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  paymentCount: Scalars['Int']['output'];
  staff: Staff;
};

/** A person's duty now, from the published rotation. */
export type Duty = {
  __typename?: 'Duty';
  kind: DutyKind;
  /** The next stretch's kind and start, if any today. */
  nextKind?: Maybe<DutyKind>;
  nextStartsAt?: Maybe<Scalars['DateTime']['output']>;
  /** End of the current stretch of this kind (for example on call until 12:00); null outside open hours. */
  until?: Maybe<Scalars['DateTime']['output']>;
};

/** A person's duty during one half-hour slot of the rotation. */
export type DutyKind =
  | 'leave'
  | 'meeting'
  /** Working, but not at the desk: e-mail, web questions, back-office work. */
  | 'off_desk'
  /** At the desk or kiosk, taking phone calls and walk-ins first. */
  | 'on_call';

/** The new state of a payment's editable fields; the payer, channel and drawer stay as recorded. */
export type EditPaymentInput = {
  amountCents: Scalars['Int']['input'];
  cardLast4?: InputMaybe<Scalars['String']['input']>;
  checkNumber?: InputMaybe<Scalars['String']['input']>;
  feeDescription?: InputMaybe<Scalars['String']['input']>;
  method: PaymentMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  purpose: PaymentPurpose;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type EditPaymentResult = InvalidInput | NotFound | Payment | PaymentLocked | PaymentVersionConflict;

/** One invalid input field: the field's path, such as input.email, and what is expected. */
export type FieldError = {
  __typename?: 'FieldError';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ImportCemeteryLotsResult = CemeteryLotsImported | InvalidInput;

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
  /** An outbound e-mail of the inquiry was sent, failed or was retried. */
  | 'email_status_changed'
  /** A resident's e-mail joined the thread. */
  | 'message_received'
  | 'note_added'
  | 'released'
  | 'reopened'
  /** A staff reply was recorded and queued as an e-mail. */
  | 'reply_queued'
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
  /** Files received with the inquiry, oldest first. */
  attachments: Array<Attachment>;
  body: Scalars['String']['output'];
  /** The phone call this inquiry was logged from, with its wait and talk time. */
  call?: Maybe<PhoneCall>;
  callEndedAt?: Maybe<Scalars['DateTime']['output']>;
  callStartedAt?: Maybe<Scalars['DateTime']['output']>;
  channel: Channel;
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  claimedBy?: Maybe<Staff>;
  contact?: Maybe<Contact>;
  /** When the center received it; the original time for imported inquiries. */
  createdAt: Scalars['DateTime']['output'];
  department?: Maybe<Department>;
  hasLinkedArticle: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The article made from this inquiry's answer, if any. */
  linkedArticle?: Maybe<Article>;
  loggedBy?: Maybe<Staff>;
  /** The thread, oldest first. */
  messages: Array<InquiryMessage>;
  /** E-mails sent or queued for the inquiry, oldest first. */
  outboundEmails: Array<OutboundEmail>;
  /** The number given to the resident, such as Q-000042. */
  reference: Scalars['String']['output'];
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Staff>;
  status: InquiryStatus;
  subject: Scalars['String']['output'];
  /** The resident's satisfaction rating, once given; staff only. */
  survey?: Maybe<SurveyResponse>;
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
  visibility: MessageVisibility;
};

export type InquiryPayload = {
  __typename?: 'InquiryPayload';
  error?: Maybe<InquiryError>;
  inquiry?: Maybe<Inquiry>;
};

export type InquiryStatus =
  | 'open'
  | 'resolved';

export type InquiryStatusResult = NotFound | PublicInquiryStatus | RateLimited;

export type Interment = {
  __typename?: 'Interment';
  /** The person arranging the interment. */
  arranger?: Maybe<CemeteryContact>;
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD. */
  dateOfDeath?: Maybe<Scalars['String']['output']>;
  deceasedName: Scalars['String']['output'];
  funeralHome?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inquiryReference?: Maybe<Scalars['String']['output']>;
  lotId: Scalars['ID']['output'];
  /** The lot's place, such as 'section A, row 2, lot 7'. */
  lotLabel: Scalars['String']['output'];
  /** The interment's number, such as IN-000012. */
  reference: Scalars['String']['output'];
  slotEndsAt: Scalars['DateTime']['output'];
  slotStartsAt: Scalars['DateTime']['output'];
  status: IntermentStatus;
  version: Scalars['Int']['output'];
};

export type IntermentChangeResult = Interment | InvalidInput | NotFound;

/** The lot cannot take the interment (not sold, or full); nothing was written. */
export type IntermentRefused = {
  __typename?: 'IntermentRefused';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type IntermentScheduleDay = {
  __typename?: 'IntermentScheduleDay';
  date: Scalars['String']['output'];
  slots: Array<IntermentScheduleSlot>;
};

export type IntermentScheduleSlot = {
  __typename?: 'IntermentScheduleSlot';
  /** The interment that holds the slot; null when it is free. */
  interment?: Maybe<Interment>;
  slot: IntermentSlot;
};

/** An interment slot: the cemetery serves one interment per slot, whichever the lot. */
export type IntermentSlot = {
  __typename?: 'IntermentSlot';
  /** The local date, YYYY-MM-DD in the center's zone. */
  date: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** The local start time, HH:mm. */
  localTime: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** Another interment holds the slot; nothing was written. */
export type IntermentSlotTaken = {
  __typename?: 'IntermentSlotTaken';
  message: Scalars['String']['output'];
  /** The first free slots after the one requested. */
  nextFreeSlots: Array<IntermentSlot>;
};

export type IntermentStatus =
  /** Cancelled interments free their slot. */
  | 'cancelled'
  | 'completed'
  | 'scheduled';

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

export type IssueApiKeyPayload = {
  __typename?: 'IssueApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  error?: Maybe<InvalidInput>;
  /** The key to hand to the client. It is shown only in this response and stored only as an HMAC. */
  key?: Maybe<Scalars['String']['output']>;
};

export type KnowledgeBaseEvent = {
  __typename?: 'KnowledgeBaseEvent';
  actor?: Maybe<Staff>;
  /** The article as it is when the event is delivered; null when it no longer exists. */
  article?: Maybe<Article>;
  /** Position in the event log; pass it as `after` to resume. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  type: KnowledgeBaseEventType;
};

export type KnowledgeBaseEventType =
  | 'archived'
  | 'created'
  | 'published'
  | 'related_set'
  | 'restored'
  | 'updated'
  | 'verified';

/**
 * A resident's praise for an employee. Only signed-in staff see it, because
 * residentName is personal data.
 */
export type Kudos = {
  __typename?: 'Kudos';
  /** The certificate's path, /kudos/<id>/certificate.pdf; set only once approved. */
  certificatePath?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The manager's reason, when declined with one. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** The employee as the resident named them, such as 'Maria at the front desk'. */
  employeeName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The linked inquiry's reference, such as Q-000123. */
  inquiryReference?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  residentName?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewedBy?: Maybe<Staff>;
  source: KudosSource;
  /** The staff member the kudos is for: set by the manager on approval, or at submission when the survey knows the resolver. */
  staff?: Maybe<Staff>;
  status: KudosStatus;
  /**
   * The staff member the approval form preselects: the stored staff member, else
   * the linked inquiry's resolver for survey kudos, else the one active staff
   * member whose display name or first name appears in employeeName, else the
   * linked inquiry's resolver. Null when none fits.
   */
  suggestedStaff?: Maybe<Staff>;
  /** The topic of the linked inquiry. */
  topicName?: Maybe<Scalars['String']['output']>;
};

/** The kudos was reviewed already; nothing was changed. */
export type KudosAlreadyReviewed = {
  __typename?: 'KudosAlreadyReviewed';
  message: Scalars['String']['output'];
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null when that staff account was deleted. */
  reviewedBy?: Maybe<Staff>;
  status: KudosStatus;
};

export type KudosNewsletter = {
  __typename?: 'KudosNewsletter';
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Most kudos first, then by name. */
  staff: Array<KudosNewsletterStaff>;
  /** The center's time zone, in which the month's bounds are taken. */
  timeZone: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** One approved kudos as the staff newsletter prints it: never the resident's full name. */
export type KudosNewsletterEntry = {
  __typename?: 'KudosNewsletterEntry';
  approvedAt: Scalars['DateTime']['output'];
  /** The message, cut at a word boundary after about 240 characters. */
  excerpt: Scalars['String']['output'];
  /** The resident's first name, or 'a resident' when no name was given. */
  from: Scalars['String']['output'];
  kudosId: Scalars['ID']['output'];
  /** The topic of the linked inquiry. */
  topicName?: Maybe<Scalars['String']['output']>;
};

export type KudosNewsletterStaff = {
  __typename?: 'KudosNewsletterStaff';
  count: Scalars['Int']['output'];
  /** Oldest approval first. */
  entries: Array<KudosNewsletterEntry>;
  /** Null when the staff account was deleted after approval. */
  staff?: Maybe<Staff>;
  /** The staff member's display name, or 'Former staff member'. */
  staffName: Scalars['String']['output'];
};

export type KudosReceived = {
  __typename?: 'KudosReceived';
  receivedAt: Scalars['DateTime']['output'];
};

export type KudosReviewResult = InvalidInput | Kudos | KudosAlreadyReviewed | NotFound;

export type KudosSource =
  /** The public kudos page, /kudos. */
  | 'PUBLIC'
  /** The satisfaction survey sent after an inquiry is resolved. */
  | 'SURVEY';

export type KudosStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'PENDING';

/** The permit holder. Personal data: only signed-in staff see it. */
export type LemonLotContact = {
  __typename?: 'LemonLotContact';
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type LemonLotPermit = {
  __typename?: 'LemonLotPermit';
  channel: Channel;
  contact: LemonLotContact;
  createdAt: Scalars['DateTime']['output'];
  createdByName?: Maybe<Scalars['String']['output']>;
  endsOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  inquiryId?: Maybe<Scalars['ID']['output']>;
  inquiryReference?: Maybe<Scalars['String']['output']>;
  plate: Scalars['String']['output'];
  /** The plate in capitals without spaces or dashes, as searched. */
  plateKey: Scalars['String']['output'];
  plateState?: Maybe<Scalars['String']['output']>;
  /** The permit's number, such as LL-000042. */
  reference: Scalars['String']['output'];
  /** When the expiry reminder was queued; null when none was (no e-mail, or not yet due). */
  reminderQueuedAt?: Maybe<Scalars['DateTime']['output']>;
  startsOn: Scalars['String']['output'];
  status: LemonLotPermitStatus;
  vehicleColor?: Maybe<Scalars['String']['output']>;
  vehicleMake: Scalars['String']['output'];
  vehicleModel: Scalars['String']['output'];
  vehicleYear?: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
  vin?: Maybe<Scalars['String']['output']>;
};

export type LemonLotPermitConflict = {
  __typename?: 'LemonLotPermitConflict';
  current: LemonLotPermit;
  message: Scalars['String']['output'];
};

export type LemonLotPermitInput = {
  /** An e-mail address or a phone number is required; the reminder goes to the e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, on or after startsOn, within the lot's maxDays. */
  endsOn: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 12 letters and digits; spaces and dashes are allowed and ignored in searches. */
  plate: Scalars['String']['input'];
  /** A two-letter state code such as NM. */
  plateState?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, today or later. */
  startsOn: Scalars['String']['input'];
  vehicleColor?: InputMaybe<Scalars['String']['input']>;
  /** At most 60 characters. */
  vehicleMake: Scalars['String']['input'];
  /** At most 60 characters. */
  vehicleModel: Scalars['String']['input'];
  /** A year from 1900 to next year. */
  vehicleYear?: InputMaybe<Scalars['Int']['input']>;
  /** The 17-character vehicle identification number, optional. */
  vin?: InputMaybe<Scalars['String']['input']>;
};

export type LemonLotPermitList = {
  __typename?: 'LemonLotPermitList';
  permits: Array<LemonLotPermit>;
};

export type LemonLotPermitReceived = {
  __typename?: 'LemonLotPermitReceived';
  permit: PublicLemonLotPermit;
  /** The private status link's token, shown once: the inquiry's status page is /status/<token>. */
  statusToken: Scalars['String']['output'];
};

export type LemonLotPermitStatus =
  | 'active'
  | 'cancelled';

/** The lot has no space on a day of the period, or the car already holds a permit then; nothing was stored. */
export type LemonLotRefused = {
  __typename?: 'LemonLotRefused';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Up to three periods of the same length, from the requested start on, that still fit. */
  nextFreeDates: Array<PermitPeriod>;
};

export type LemonLotSearchResult = InvalidInput | LemonLotPermitList;

export type LemonLotSettings = {
  __typename?: 'LemonLotSettings';
  /** Spaces in the lot: at most this many permits on any one day. */
  capacity: Scalars['Int']['output'];
  /** The longest permit, in days. */
  maxDays: Scalars['Int']['output'];
  /** How many days before a permit ends its holder gets a reminder e-mail. */
  reminderDays: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type LemonLotSettingsInput = {
  /** 1 to 1000 spaces. */
  capacity: Scalars['Int']['input'];
  /** 1 to 365 days. */
  maxDays: Scalars['Int']['input'];
  /** 0 to 30 days. */
  reminderDays: Scalars['Int']['input'];
};

export type LemonLotSettingsResult = InvalidInput | LemonLotSettings;

export type LogCallInquiryPayload = {
  __typename?: 'LogCallInquiryPayload';
  call?: Maybe<PhoneCall>;
  error?: Maybe<PhoneCallError>;
  inquiry?: Maybe<Inquiry>;
};

/** What the manage link shows: only what the resident booked. */
export type ManagedNotaryAppointment = {
  __typename?: 'ManagedNotaryAppointment';
  /** True while the appointment is booked and has not started. */
  cancellable: Scalars['Boolean']['output'];
  documentCount: Scalars['Int']['output'];
  documentKind: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: NotaryAppointmentStatus;
};

export type MemberHours = {
  __typename?: 'MemberHours';
  /** Open hours in the range when the member was neither on leave nor in a meeting. */
  availableHours: Scalars['Float']['output'];
  member: RotaMember;
  onCallHours: Scalars['Float']['output'];
};

export type MessageKind =
  /** An internal note, never shown to the resident. */
  | 'note'
  /** A reply from staff to the resident. */
  | 'reply'
  /** Written by the resident. */
  | 'resident';

export type MessageVisibility =
  /** Seen by staff only. */
  | 'internal'
  /** Also shown on the resident's status page (notes only). */
  | 'public';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds one lot, or a range of lot numbers in a row, all available. */
  addCemeteryLots: AddCemeteryLotsResult;
  addCoverStaff: RotaMemberResult;
  addLeave: RotaLeaveResult;
  /** Adds a note; with public: true it is also shown, without the author's name, on the resident's status page. */
  addNote: InquiryPayload;
  /** Softphone: the signed-in agent answers a ringing softphone call. */
  answerCall: PhoneCallPayload;
  /**
   * A resident's application from the public page. With kiosk: true it comes from
   * the lobby kiosk and is recorded as a walk-in. Rate-limited per client address.
   */
  applyForBanner: ApplyForBannerResult;
  /** A resident's permit from the public page. Rate-limited per client address. */
  applyForLemonLot: ApplyForLemonLotResult;
  /** Approves a pending application; version is the one the agent saw. */
  approveBannerApplication: BannerDecisionResult;
  /** Approves a pending kudos for staffId. A kudos that was already approved or declined is not changed. */
  approveKudos: KudosReviewResult;
  archiveArticle: ArticlePayload;
  /** Books a notary appointment from the public page. Rate-limited per client address. */
  bookNotaryAppointment: BookNotaryAppointmentResult;
  /** Books a notary appointment for a caller or a visitor. */
  bookNotaryAppointmentForResident: StaffNotaryBookingResult;
  /** Cancels a scheduled interment, which frees its slot. The reason (at most 500 characters) is audited. */
  cancelInterment: IntermentChangeResult;
  /** Cancels an active permit, freeing its space; the reason goes to the audit trail. */
  cancelLemonLotPermit: CancelLemonLotPermitResult;
  /** Cancels the appointment of a manage-link token if it is booked and has not started; null for an unknown token. */
  cancelNotaryAppointmentByToken?: Maybe<ManagedNotaryAppointment>;
  checkInVisitor: WalkInPayload;
  /** Claims an unclaimed inquiry. Exactly one of several concurrent claims wins; the others get AlreadyClaimed. */
  claimInquiry: InquiryPayload;
  /** Closes a drawer for a business day with the counted totals and flags any difference. */
  closeDrawer: CloseDrawerResult;
  /** Marks a scheduled interment completed; its lot becomes occupied. */
  completeInterment: IntermentChangeResult;
  /** Copies the week before `weekStart` (a Monday) onto that week, leaving leave in place and laying out that week's team meeting as the generator does. */
  copyPreviousWeek: CopyWeekResult;
  /** Creates a DRAFT article; `body` becomes its first Yjs document. */
  createArticle: ArticlePayload;
  createProgram: Program;
  /** Deactivates an account: its sessions end and its open subscriptions close. */
  deactivateStaff: Staff;
  /** Declines a pending application with a note the resident sees; its days become free. */
  declineBannerApplication: BannerDecisionResult;
  /** Declines a pending kudos, with an optional reason of at most 500 characters shown only to managers. */
  declineKudos: KudosReviewResult;
  /** Edits a payment whose drawer is still open; version must be the payment's current version. */
  editPayment: EditPaymentResult;
  /** Softphone: ends an answered softphone call. */
  endCall: PhoneCallPayload;
  /** Softphone: the caller hung up before an answer; ABANDONED after 20 seconds or more, else SHORT_HANGUP. */
  hangUpUnanswered: PhoneCallPayload;
  /**
   * Marks this WebSocket as alive and records the inquiry it has open.
   * Only accepted over the WebSocket; clients send it every 20 seconds and when the open inquiry changes.
   */
  heartbeat: Presence;
  /**
   * Adds lots from CSV text: a header row naming section, row, number, price_cents and optionally capacity,
   * then one lot per line; at most 2000 lots and 500,000 characters. Any invalid line rejects the whole file.
   */
  importCemeteryLots: ImportCemeteryLotsResult;
  issueApiKey: IssueApiKeyPayload;
  /**
   * Logs the inquiry of an answered call, with the call's times, and links the call to it.
   * Only the agent who answered, or a manager, may do this, once per call.
   */
  logInquiryFromCall: LogCallInquiryPayload;
  logPhoneCall: InquiryPayload;
  logWalkIn: InquiryPayload;
  /** Completes the visit being served and logs its walk-in inquiry, in one transaction. */
  logWalkInOutcome: WalkInOutcomePayload;
  /** Marks a booked appointment completed, no-show or cancelled; audited with the optional reason (at most 500 characters). */
  markNotaryAppointment: NotaryAppointmentChangeResult;
  /** Sets the kinds of many slots at once (a drag paints many). Returns the changed slots and the warnings of the touched days. */
  paintSlots: PaintSlotsResult;
  /** Proposes a fair rotation for a range: fills the range's slots (keeping leave and the team meeting) as unpublished changes. */
  proposeRotation: ProposeRotationResult;
  /** Publishes the working copy as the next numbered revision (from any status). */
  publishArticle: ArticlePayload;
  /**
   * Publishes a base64 y-protocols awareness update (at most 2 KB, 4 clients).
   * Never stored with the document. Send it over the WebSocket that holds your
   * articleAwareness subscription: your states are removed when that
   * subscription ends. Refresh within 30 s or the state expires.
   */
  publishArticleAwareness: PublishAwarenessPayload;
  /** Publishes the range: the published kind of each slot becomes its planned kind. */
  publishRotation: PublishRotationResult;
  /**
   * Applies a base64 Yjs update to the article's document. The update is stored
   * before the answer is sent, so a returned stateVector means it is durable.
   * `origin` is the editor's own session id, echoed in articleDocUpdates so it
   * can skip its own updates.
   */
  pushArticleUpdate: PushArticleUpdatePayload;
  /** An application entered by staff for a resident at the counter, on the phone or from an e-mail. */
  recordBannerApplication: RecordBannerApplicationResult;
  /** A permit entered by staff at the counter, on the phone or from an e-mail. */
  recordLemonLotPermit: RecordLemonLotPermitResult;
  /** Records a payment received by the signed-in staff member, in their drawer of the current business day. */
  recordPayment: RecordPaymentResult;
  releaseInquiry: InquiryPayload;
  removeLeave: Scalars['Boolean']['output'];
  reopenInquiry: InquiryPayload;
  /** Records a reply in the thread and queues it as an e-mail to the inquiry's contact. */
  replyToInquiry: ReplyPayload;
  /** Makes new calendar addresses for the signed-in person; the old ones stop working. */
  resetCalendarToken: CalendarFeeds;
  resolveInquiry: InquiryPayload;
  /** Copies revision `number` into the working copy through a Yjs change that live editors receive, and records it as a RESTORED revision. It does not publish. */
  restoreArticleRevision: ArticlePayload;
  /** Makes a queued or failed e-mail due now. */
  retryOutboundEmail: OutboundEmailPayload;
  /** Reverses a payment with a reason (at most 500 characters) by a new payment of the negative amount. Once per payment. */
  reversePayment: ReversePaymentResult;
  revokeApiKey: RevokeApiKeyPayload;
  /** Ends every session of an account. Returns how many were revoked. */
  revokeSessions: Scalars['Int']['output'];
  routeInquiry: InquiryPayload;
  /** Creates a DRAFT staff article from an answered inquiry: subject as title, question quoted, resolution note as answer. */
  saveAnswerAsArticle: SaveAnswerPayload;
  /** Creates an overpass, or changes the one with id. */
  saveBannerLocation: BannerLocationResult;
  /** Schedules an interment in a sold lot. Of two bookings of one slot at once, exactly one succeeds. */
  scheduleInterment: ScheduleIntermentResult;
  /** A visitor checks themselves in on the lobby screen; rate-limited per client address. */
  selfCheckIn: SelfCheckInPayload;
  /** Sells an available lot to a purchaser. Of two sales of one lot at once, exactly one succeeds. */
  sellCemeteryLot: SellCemeteryLotResult;
  /** Sends praise for an employee from the public kudos page. Rate-limited per client address; it waits for a manager's approval. */
  sendKudos: SendKudosResult;
  /**
   * Serves the visitor who checked in first. Of agents pressing at once, each gets a different
   * visitor, never the same one; an agent already serving someone gets WalkInStateConflict.
   */
  serveNextVisitor: WalkInPayload;
  /** Makes a staff member a notary or changes their commission. */
  setNotaryCommission: NotaryCommissionResult;
  /** Sets the signed-in staff member's status. OFFLINE is derived, not set. */
  setPresenceStatus: Presence;
  /** Replaces the related articles with `relatedIds`, in that order (at most 20). */
  setRelatedArticles: ArticlePayload;
  setRotaMemberActive: RotaMemberResult;
  /** Replaces all Open311 attributes of a topic. */
  setTopicAttributes: SetTopicAttributesPayload;
  /** Puts a topic in a program, or takes it out of its program when programId is null. */
  setTopicProgram: Topic;
  /** Starts a session and sets the session cookie. */
  signIn: SignInPayload;
  /** Ends the current session, if any, and clears the cookie. */
  signOut: Scalars['Boolean']['output'];
  /** Softphone: records an incoming call, ringing from now. */
  startSoftphoneCall: PhoneCallPayload;
  /** Rates a resolved inquiry once, through the survey token (source EMAIL) or the status token (source STATUS_LINK). A second rating gets SurveyAlreadyAnswered. */
  submitSurvey: SurveyResult;
  /** The public form: the only anonymous write that creates an inquiry. */
  submitWebInquiry: SubmitWebInquiryPayload;
  updateArticle: ArticlePayload;
  /** Sets a department's directory entry. */
  updateDepartmentDirectory: DepartmentPayload;
  updateLemonLotSettings: LemonLotSettingsResult;
  updateRotationSettings: RotationSettingsResult;
  /** Records that the signed-in staff member confirmed the answer today. Without `version` no conflict check is made. */
  verifyArticle: ArticlePayload;
  /** The visitor left before the visit was completed. */
  visitorLeft: WalkInPayload;
  /** Counts one anonymous "did this answer your question?" vote. Stores no personal data. */
  voteOnArticle: ArticleVotePayload;
};


export type MutationAddCemeteryLotsArgs = {
  input: AddCemeteryLotsInput;
};


export type MutationAddCoverStaffArgs = {
  displayName: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  phoneExtension?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddLeaveArgs = {
  endsAt: Scalars['DateTime']['input'];
  memberId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
};


export type MutationAddNoteArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  public?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationAnswerCallArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApplyForBannerArgs = {
  input: BannerApplicationInput;
  kiosk?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationApplyForLemonLotArgs = {
  input: LemonLotPermitInput;
};


export type MutationApproveBannerApplicationArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationApproveKudosArgs = {
  id: Scalars['ID']['input'];
  staffId: Scalars['ID']['input'];
};


export type MutationArchiveArticleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationBookNotaryAppointmentArgs = {
  input: BookNotaryAppointmentInput;
};


export type MutationBookNotaryAppointmentForResidentArgs = {
  input: StaffNotaryBookingInput;
};


export type MutationCancelIntermentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCancelLemonLotPermitArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCancelNotaryAppointmentByTokenArgs = {
  token: Scalars['String']['input'];
};


export type MutationCheckInVisitorArgs = {
  input: WalkInCheckInInput;
};


export type MutationClaimInquiryArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCloseDrawerArgs = {
  input: CloseDrawerInput;
};


export type MutationCompleteIntermentArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCopyPreviousWeekArgs = {
  weekStart: Scalars['String']['input'];
};


export type MutationCreateArticleArgs = {
  input: CreateArticleInput;
};


export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


export type MutationDeactivateStaffArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeclineBannerApplicationArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDeclineKudosArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEditPaymentArgs = {
  id: Scalars['ID']['input'];
  input: EditPaymentInput;
  version: Scalars['Int']['input'];
};


export type MutationEndCallArgs = {
  id: Scalars['ID']['input'];
};


export type MutationHangUpUnansweredArgs = {
  id: Scalars['ID']['input'];
};


export type MutationHeartbeatArgs = {
  viewingInquiryId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationImportCemeteryLotsArgs = {
  csv: Scalars['String']['input'];
};


export type MutationIssueApiKeyArgs = {
  name: Scalars['String']['input'];
};


export type MutationLogInquiryFromCallArgs = {
  callId: Scalars['ID']['input'];
  input: CallInquiryInput;
};


export type MutationLogPhoneCallArgs = {
  input: PhoneCallInput;
};


export type MutationLogWalkInArgs = {
  input: WalkInInput;
};


export type MutationLogWalkInOutcomeArgs = {
  id: Scalars['ID']['input'];
  input: WalkInOutcomeInput;
};


export type MutationMarkNotaryAppointmentArgs = {
  id: Scalars['ID']['input'];
  outcome: NotaryAppointmentOutcome;
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationPaintSlotsArgs = {
  slots: Array<SlotPaint>;
};


export type MutationProposeRotationArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type MutationPublishArticleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationPublishArticleAwarenessArgs = {
  articleId: Scalars['ID']['input'];
  update: Scalars['String']['input'];
};


export type MutationPublishRotationArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type MutationPushArticleUpdateArgs = {
  articleId: Scalars['ID']['input'];
  origin?: InputMaybe<Scalars['String']['input']>;
  update: Scalars['String']['input'];
};


export type MutationRecordBannerApplicationArgs = {
  channel: Channel;
  input: BannerApplicationInput;
};


export type MutationRecordLemonLotPermitArgs = {
  channel: Channel;
  input: LemonLotPermitInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationReleaseInquiryArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveLeaveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenInquiryArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationReplyToInquiryArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationResolveInquiryArgs = {
  id: Scalars['ID']['input'];
  resolutionNote: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRestoreArticleRevisionArgs = {
  id: Scalars['ID']['input'];
  number: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRetryOutboundEmailArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReversePaymentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
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


export type MutationSaveAnswerAsArticleArgs = {
  inquiryId: Scalars['ID']['input'];
};


export type MutationSaveBannerLocationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: BannerLocationInput;
};


export type MutationScheduleIntermentArgs = {
  input: ScheduleIntermentInput;
};


export type MutationSelfCheckInArgs = {
  input: SelfCheckInInput;
};


export type MutationSellCemeteryLotArgs = {
  input: SellCemeteryLotInput;
};


export type MutationSendKudosArgs = {
  input: SendKudosInput;
};


export type MutationSetNotaryCommissionArgs = {
  input: NotaryCommissionInput;
};


export type MutationSetPresenceStatusArgs = {
  status: PresenceStatus;
};


export type MutationSetRelatedArticlesArgs = {
  id: Scalars['ID']['input'];
  relatedIds: Array<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSetRotaMemberActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetTopicAttributesArgs = {
  attributes: Array<TopicAttributeInput>;
  topicId: Scalars['ID']['input'];
};


export type MutationSetTopicProgramArgs = {
  programId?: InputMaybe<Scalars['ID']['input']>;
  topicId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationStartSoftphoneCallArgs = {
  callerNumber?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSubmitSurveyArgs = {
  input: SurveyInput;
  token: Scalars['String']['input'];
};


export type MutationSubmitWebInquiryArgs = {
  input: WebInquiryInput;
};


export type MutationUpdateArticleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateArticleInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateDepartmentDirectoryArgs = {
  id: Scalars['ID']['input'];
  input: DepartmentDirectoryInput;
};


export type MutationUpdateLemonLotSettingsArgs = {
  input: LemonLotSettingsInput;
};


export type MutationUpdateRotationSettingsArgs = {
  input: RotationSettingsInput;
};


export type MutationVerifyArticleArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationVisitorLeftArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationVoteOnArticleArgs = {
  helpful: Scalars['Boolean']['input'];
  slug: Scalars['String']['input'];
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

/** A staff member who holds a notary commission. */
export type Notary = {
  __typename?: 'Notary';
  /** False stops new bookings with this notary. */
  active: Scalars['Boolean']['output'];
  commissionNumber?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  /** YYYY-MM-DD; no bookings after it. */
  expiresOn?: Maybe<Scalars['String']['output']>;
  staffId: Scalars['ID']['output'];
};

/** A notary appointment as staff see it. contact is personal data. */
export type NotaryAppointment = {
  __typename?: 'NotaryAppointment';
  channel: Channel;
  /** True when the appointment is booked but its notary is no longer on duty then in the published rotation, or their commission lapsed. Staff move or cancel it. */
  conflict: Scalars['Boolean']['output'];
  contact: CemeteryContact;
  createdAt: Scalars['DateTime']['output'];
  documentCount: Scalars['Int']['output'];
  /** One of affidavit, power_of_attorney, deed, vehicle_title, other. */
  documentKind: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  inquiryReference?: Maybe<Scalars['String']['output']>;
  notaryName: Scalars['String']['output'];
  /** The appointment's number, such as NA-000012. */
  reference: Scalars['String']['output'];
  staffId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: NotaryAppointmentStatus;
  version: Scalars['Int']['output'];
};

export type NotaryAppointmentChangeResult = InvalidInput | NotFound | NotaryAppointment;

/** How a booked appointment ended. */
export type NotaryAppointmentOutcome =
  | 'cancelled'
  | 'completed'
  | 'no_show';

export type NotaryAppointmentStatus =
  | 'booked'
  | 'cancelled'
  | 'completed'
  | 'no_show';

/** A booked appointment as the resident sees it once, with the private token of its manage link. */
export type NotaryBooking = {
  __typename?: 'NotaryBooking';
  /** True when a confirmation e-mail was queued. */
  confirmationQueued: Scalars['Boolean']['output'];
  documentCount: Scalars['Int']['output'];
  documentKind: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** The secret part of the manage link, /notary/manage/<token>. Shown once and stored only as a hash. */
  manageToken: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

export type NotaryCommissionInput = {
  active: Scalars['Boolean']['input'];
  /** At most 50 characters. */
  commissionNumber?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  staffId: Scalars['ID']['input'];
};

export type NotaryCommissionResult = InvalidInput | NotFound | Notary;

export type NotaryContactInput = {
  /** Optional; a confirmation with a link to see or cancel the appointment is e-mailed to it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Required, at most 200 characters. */
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type NotaryFreeDay = {
  __typename?: 'NotaryFreeDay';
  date: Scalars['String']['output'];
  slots: Array<NotaryFreeSlot>;
};

/** A free half hour with at least one notary on duty and not booked. */
export type NotaryFreeSlot = {
  __typename?: 'NotaryFreeSlot';
  /** Local date, YYYY-MM-DD in the center's zone. */
  date: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  /** Local start time, HH:mm. */
  localTime: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** No notary is free at that time any more; nothing was written. */
export type NotarySlotTaken = {
  __typename?: 'NotarySlotTaken';
  message: Scalars['String']['output'];
  /** The first free slots after the one requested. */
  nextFreeSlots: Array<NotaryFreeSlot>;
};

/** A free half hour with the notaries free then, for staff. */
export type NotaryStaffSlot = {
  __typename?: 'NotaryStaffSlot';
  date: Scalars['String']['output'];
  localTime: Scalars['String']['output'];
  notaries: Array<Notary>;
  startsAt: Scalars['DateTime']['output'];
};

/** The datatypes of GeoReport v2 service attributes. */
export type Open311Datatype =
  | 'datetime'
  | 'multivaluelist'
  | 'number'
  | 'singlevaluelist'
  | 'string'
  | 'text';

/** An e-mail in the outbox. The recipient is personal data, shown to signed-in staff only like every field here. */
export type OutboundEmail = {
  __typename?: 'OutboundEmail';
  /** Sending attempts made so far. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  inquiry?: Maybe<Inquiry>;
  /** The thread message the e-mail sends, for replies. */
  inquiryMessageId?: Maybe<Scalars['ID']['output']>;
  kind: OutboundEmailKind;
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due; null once sent or failed. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: OutboundEmailStatus;
  subject: Scalars['String']['output'];
  toAddress: Scalars['String']['output'];
};

export type OutboundEmailError = InvalidInput | NotFound;

export type OutboundEmailKind =
  /** The automatic "we received your message" e-mail. */
  | 'acknowledgement'
  /** The confirmation of a booking, such as a notary appointment, with its private link. */
  | 'confirmation'
  /** The reminder to a lemon lot permit holder before the permit ends. */
  | 'reminder'
  /** A staff reply to the resident. */
  | 'reply'
  | 'survey';

export type OutboundEmailPayload = {
  __typename?: 'OutboundEmailPayload';
  email?: Maybe<OutboundEmail>;
  error?: Maybe<OutboundEmailError>;
};

export type OutboundEmailStatus =
  /** Every attempt failed; `lastError` says why. Retry it to try again. */
  | 'failed'
  /** Waiting to be sent; with no relay configured it stays here. */
  | 'queued'
  /** Claimed by a worker that is sending it now. */
  | 'sending'
  | 'sent';

export type OutboxStatus = {
  __typename?: 'OutboxStatus';
  failed: Scalars['Int']['output'];
  queued: Scalars['Int']['output'];
  /** False when SMTP_RELAY_URL is not set: e-mails stay queued. */
  relayConfigured: Scalars['Boolean']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaintSlotsResult = InvalidInput | RotaChange;

export type PairHours = {
  __typename?: 'PairHours';
  a: RotaMember;
  b: RotaMember;
  /** Hours both were on call at the same time. */
  sharedHours: Scalars['Float']['output'];
};

/**
 * Money received at the counter, by phone or by mail. Only signed-in staff see
 * payments, because payerName is personal data. Amounts are in cents; a
 * reversal has a negative amount.
 */
export type Payment = {
  __typename?: 'Payment';
  amountCents: Scalars['Int']['output'];
  /** The local business day (YYYY-MM-DD in the center's zone) whose drawer counts the payment. */
  businessDate: Scalars['String']['output'];
  /** The card's last 4 digits. */
  cardLast4?: Maybe<Scalars['String']['output']>;
  channel: PaymentChannel;
  checkNumber?: Maybe<Scalars['String']['output']>;
  /** True once the payment's drawer is closed: it can then only be reversed. */
  closed: Scalars['Boolean']['output'];
  drawerCloseId?: Maybe<Scalars['ID']['output']>;
  /** True when the payment can still be edited: its drawer is open, it is not a reversal and was not reversed. */
  editable: Scalars['Boolean']['output'];
  feeDescription?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The inquiry that counts the contact in the reports, such as Q-000123. */
  inquiryReference?: Maybe<Scalars['String']['output']>;
  method: PaymentMethod;
  note?: Maybe<Scalars['String']['output']>;
  payerName: Scalars['String']['output'];
  purpose: PaymentPurpose;
  /** The receipt page, /counter/payments/<id>/receipt. */
  receiptPath: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
  receivedBy: Staff;
  /** The receipt number, such as R-000042. */
  reference: Scalars['String']['output'];
  reversalOfId?: Maybe<Scalars['ID']['output']>;
  /** On a reversal: the receipt number of the reversed payment. */
  reversalOfReference?: Maybe<Scalars['String']['output']>;
  reversalReason?: Maybe<Scalars['String']['output']>;
  reversedById?: Maybe<Scalars['ID']['output']>;
  /** The reversal of this payment, when it was reversed. */
  reversedByReference?: Maybe<Scalars['String']['output']>;
  /** The paid record: BP-…, LL-…, IN-…, NA-…, or section/row/number for a cemetery lot. Null for a fee. */
  targetReference?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** The payment was reversed already; nothing was changed. */
export type PaymentAlreadyReversed = {
  __typename?: 'PaymentAlreadyReversed';
  message: Scalars['String']['output'];
  reversal: Payment;
};

export type PaymentChannel =
  /** In person at the counter. */
  | 'counter'
  | 'mail'
  | 'phone';

/** The payment cannot change: its drawer is closed, it was reversed, or it is itself a reversal. Nothing was changed. */
export type PaymentLocked = {
  __typename?: 'PaymentLocked';
  message: Scalars['String']['output'];
  payment: Payment;
};

export type PaymentMethod =
  /** By card; only the card's last 4 digits are recorded, never the full number. */
  | 'card'
  | 'cash'
  /** By check; the check number is recorded. */
  | 'check';

export type PaymentPurpose =
  | 'banner_permit'
  | 'cemetery_lot'
  /** A fee without a record of its own, described in feeDescription. */
  | 'fee'
  | 'interment'
  | 'lemon_lot_permit'
  | 'notary';

/** The payment changed since it was read; nothing was changed. */
export type PaymentVersionConflict = {
  __typename?: 'PaymentVersionConflict';
  current: Payment;
  message: Scalars['String']['output'];
};

/** A period of whole days, both ends included, as YYYY-MM-DD dates in the center's time zone. */
export type PermitPeriod = {
  __typename?: 'PermitPeriod';
  endsOn: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
};

/** One phone call. Visible to signed-in staff only. */
export type PhoneCall = {
  __typename?: 'PhoneCall';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The staff member whose extension answered. */
  answeredBy?: Maybe<Staff>;
  /** The answering staff member's name, or the cover staff member's from the rotation. */
  answeredByName?: Maybe<Scalars['String']['output']>;
  answeredExtension?: Maybe<Scalars['String']['output']>;
  /** The phone system's id of the call, or a generated one for a softphone call. */
  callId: Scalars['String']['output'];
  /** The caller's number masked to its last four digits, such as ***0123. */
  callerMasked?: Maybe<Scalars['String']['output']>;
  /** The caller's full number. Null in phoneCallEvents, which carry only the masked number; query phoneCall for it. */
  callerNumber?: Maybe<Scalars['String']['output']>;
  dialledNumber?: Maybe<Scalars['String']['output']>;
  /** When the call ended, or when the caller hung up unanswered. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The inquiry logged from this call. */
  inquiry?: Maybe<Inquiry>;
  offeredAt: Scalars['DateTime']['output'];
  outcome: CallOutcome;
  source: CallSource;
  /** Answered to ended, in whole seconds. */
  talkSeconds?: Maybe<Scalars['Int']['output']>;
  /** Offered to answered, or offered to the hang-up when unanswered, in whole seconds. */
  waitSeconds?: Maybe<Scalars['Int']['output']>;
};

export type PhoneCallError = CallStateConflict | InvalidInput | NotFound;

export type PhoneCallEvent = {
  __typename?: 'PhoneCallEvent';
  /** The call as it was right after this event. */
  call: PhoneCall;
  /** Position in the event log; pass it as `after` to resume. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  type: PhoneCallEventType;
};

export type PhoneCallEventType =
  | 'abandoned'
  | 'answered'
  | 'ended'
  /** An inquiry was logged from the call. */
  | 'linked'
  | 'offered'
  | 'short_hangup';

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

export type PhoneCallPayload = {
  __typename?: 'PhoneCallPayload';
  call?: Maybe<PhoneCall>;
  error?: Maybe<PhoneCallError>;
};

/** A file sent inside the GraphQL request. Its first bytes must match contentType. */
export type PhotoUploadInput = {
  /** image/jpeg, image/png, image/webp or image/heic. */
  contentType: Scalars['String']['input'];
  /** The file's bytes in base64 (RFC 4648, with padding). */
  dataBase64: Scalars['String']['input'];
  filename: Scalars['String']['input'];
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

/** A county program that topics can belong to, such as the defensible-space program. Reports count contacts by program. */
export type Program = {
  __typename?: 'Program';
  department: Department;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  topics: Array<Topic>;
};

export type ProposeRotationResult = InvalidInput | RotationProposal;

/** A published answer as residents see it: the published revision of a PUBLISHED, PUBLIC article. */
export type PublicArticle = {
  __typename?: 'PublicArticle';
  bodyHtml: Scalars['String']['output'];
  bodyText: Scalars['String']['output'];
  department?: Maybe<PublicDepartment>;
  feedback: ArticleFeedback;
  id: Scalars['ID']['output'];
  /** When the shown revision was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Related articles that are themselves published and public. */
  relatedArticles: Array<PublicArticle>;
  /** Use in URLs; publicArticle accepts it as well as the id. */
  slug: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  topic?: Maybe<PublicTopic>;
  /** When staff last confirmed the answer. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type PublicArticleConnection = {
  __typename?: 'PublicArticleConnection';
  edges: Array<PublicArticleEdge>;
  mode?: Maybe<SearchMode>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublicArticleEdge = {
  __typename?: 'PublicArticleEdge';
  cursor: Scalars['String']['output'];
  node: PublicArticleHit;
};

export type PublicArticleHit = {
  __typename?: 'PublicArticleHit';
  article: PublicArticle;
  rank: Scalars['Float']['output'];
  /** Passages of the answer as HTML: text escaped, matched words in <mark>. */
  snippet: Scalars['String']['output'];
  /** The title as HTML: text escaped, matched words in <mark>. */
  titleHighlight: Scalars['String']['output'];
};

/** What a resident's private link shows: what they submitted and the decision, nothing else. */
export type PublicBannerApplication = {
  __typename?: 'PublicBannerApplication';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  endsOn: Scalars['String']['output'];
  eventName: Scalars['String']['output'];
  locationName: Scalars['String']['output'];
  organization?: Maybe<Scalars['String']['output']>;
  reference: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
  status: BannerStatus;
};

/** A department's public contact details. */
export type PublicDepartment = {
  __typename?: 'PublicDepartment';
  address?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  hours?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

/** Limits of the public form that its page states. */
export type PublicFormLimits = {
  __typename?: 'PublicFormLimits';
  /** Largest photo, in bytes before base64 encoding (WEB_FORM_MAX_PHOTO_KB). */
  maxPhotoBytes: Scalars['Int']['output'];
  /** Content types a photo may have. */
  photoContentTypes: Array<Scalars['String']['output']>;
};

/** What a private status link shows: never the resident's details, staff names, internal notes or replies. */
export type PublicInquiryStatus = {
  __typename?: 'PublicInquiryStatus';
  progress: PublicProgress;
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The resident's rating, once given. A resolved question without one shows the survey form. */
  surveyRating?: Maybe<PublicSurveyRating>;
  topicName?: Maybe<Scalars['String']['output']>;
  /** The last change of any kind, including internal ones. */
  updatedAt: Scalars['DateTime']['output'];
  /** Oldest first. */
  updates: Array<PublicInquiryUpdate>;
};

/** A note staff marked visible to the resident. The author is not shown. */
export type PublicInquiryUpdate = {
  __typename?: 'PublicInquiryUpdate';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
};

/** What the resident sees after applying: the permit without anyone's contact details. */
export type PublicLemonLotPermit = {
  __typename?: 'PublicLemonLotPermit';
  endsOn: Scalars['String']['output'];
  plate: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  startsOn: Scalars['String']['output'];
};

/** How far the center has got with a resident's question. */
export type PublicProgress =
  /** A staff member has claimed it. */
  | 'in_progress'
  /** Received, not yet taken up by a staff member. */
  | 'received'
  | 'resolved';

/** The rating shown back to the resident on the status page, without the comment. */
export type PublicSurveyRating = {
  __typename?: 'PublicSurveyRating';
  courtesyRating: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  serviceRating: Scalars['Int']['output'];
};

export type PublicTopic = {
  __typename?: 'PublicTopic';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PublishAwarenessPayload = {
  __typename?: 'PublishAwarenessPayload';
  error?: Maybe<ArticleError>;
  ok: Scalars['Boolean']['output'];
};

export type PublishRotationResult = InvalidInput | Rotation;

export type PushArticleUpdatePayload = {
  __typename?: 'PushArticleUpdatePayload';
  error?: Maybe<ArticleError>;
  /** Base64 state vector of the server's document after the update. Present only once the update is stored. */
  stateVector?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Open311 API keys, newest first; revoked ones too unless activeOnly. */
  apiKeys: Array<ApiKey>;
  /** An article by id or slug, whatever its status. */
  article?: Maybe<Article>;
  /** Compares revision `from` with revision `to`, or with the current working copy when `to` is null. */
  articleDiff?: Maybe<ArticleDiff>;
  /** Yjs sync step 2: what the client's state vector (base64; omit it for everything) lacks, and the server's state vector. */
  articleDocument: ArticleDocumentSyncPayload;
  /** Staff list and search. Ranked by relevance with a query, by title without. `after` is the endCursor of the previous page. */
  articles: ArticleConnection;
  /**
   * The audit trail of one counter record, oldest first. Managers see every record's;
   * agents see the trail of their own drawer's payments and closes, and of the other counter records.
   */
  auditTrail: Array<AuditEntry>;
  /** What a resident's private link shows, or null for an unknown token. */
  bannerApplicationStatus?: Maybe<PublicBannerApplication>;
  /** Applications with the given statuses (all when omitted), soonest start first; at most 500. */
  bannerApplications: Array<BannerApplication>;
  /** The banners per day at each overpass in month (YYYY-MM). */
  bannerCalendar: BannerCalendar;
  /** Every overpass, inactive ones included, by name. */
  bannerLocations: Array<BannerLocation>;
  /** A lot with its interments and audit trail; null when no lot has the id. */
  cemeteryLotHistory?: Maybe<CemeteryLotHistory>;
  /** Lots by section, row and number; at most 2000. */
  cemeteryLots: Array<CemeteryLot>;
  /** The cemetery's sections, in order. */
  cemeterySections: Array<Scalars['String']['output']>;
  center: Center;
  departments: Array<Department>;
  /**
   * A drawer: the staff member's payments on a business day, the expected totals and the close.
   * Defaults to the signed-in staff member and today in the center's zone. Agents see only their own drawer.
   */
  drawer: Drawer;
  /** Drawer closes, newest day first (at most 500): every drawer's for a manager, an agent's own otherwise. */
  drawerCloses: Array<DrawerClose>;
  /** The shared inbox, newest first. `after` is the endCursor of the previous page. */
  inbox: InquiryConnection;
  inboxChannelCounts: Array<ChannelCount>;
  inquiry?: Maybe<Inquiry>;
  /** The status page. Unknown and malformed tokens get the same NotFound; lookups are rate-limited per client address. */
  inquiryStatus: InquiryStatusResult;
  /** The interment schedule of the seven days from weekStart (YYYY-MM-DD): each open day's slots. */
  intermentSchedule: Array<IntermentScheduleDay>;
  /** Free interment slots from the given instant (default now), at most count (default 10, at most 50). */
  intermentSlots: Array<IntermentSlot>;
  /** Kudos with the given status, or every kudos with pending first; newest first within each. At most 500. */
  kudosList: Array<Kudos>;
  /**
   * The approved kudos whose approval falls in month (YYYY-MM) in the center's time zone, grouped by staff member.
   * The same list is exported as CSV at GET /kudos/newsletter.csv?month=YYYY-MM.
   */
  kudosNewsletter: KudosNewsletter;
  /** Active permits that have not ended, soonest end first; at most 500. */
  lemonLotPermits: Array<LemonLotPermit>;
  /** The lot's capacity and limits, shown on the public page. */
  lemonLotSettings: LemonLotSettings;
  /** The signed-in staff member, or null when signed out. */
  me?: Maybe<Staff>;
  /** The signed-in person's own calendar feed addresses. */
  myCalendarFeeds: CalendarFeeds;
  /** How many approved kudos the signed-in staff member has received. */
  myKudosCount: Scalars['Int']['output'];
  /** Staff members with a notary commission. */
  notaries: Array<Notary>;
  /** The appointment of a manage-link token; null for an unknown token. */
  notaryAppointmentByToken?: Maybe<ManagedNotaryAppointment>;
  /** Appointments of one local date (YYYY-MM-DD), every status, by time and notary. */
  notaryAppointments: Array<NotaryAppointment>;
  /** Booked upcoming appointments whose notary is no longer on duty then. */
  notaryConflicts: Array<NotaryAppointment>;
  /** Free half hours with a notary on duty, from now for four weeks, grouped by local day. */
  notaryFreeSlots: Array<NotaryFreeDay>;
  /** Free half hours with the notaries free then, from now for four weeks; staffId narrows it to one notary. */
  notaryStaffSlots: Array<NotaryStaffSlot>;
  /** The outbox, newest first; all statuses when `statuses` is empty. */
  outbox: Array<OutboundEmail>;
  outboxStatus: OutboxStatus;
  /** One payment; any signed-in staff member may read it, for its receipt. */
  payment?: Maybe<Payment>;
  /** Every payment of a business day, all drawers, oldest first (at most 1,000). */
  paymentsOfDay: Array<Payment>;
  phoneCall?: Maybe<PhoneCall>;
  programs: Array<Program>;
  /** A published answer by slug or id; null for anything not published and public. */
  publicArticle?: Maybe<PublicArticle>;
  /** Search or list published answers for residents. Drafts, archived and staff-only articles never appear. */
  publicArticles: PublicArticleConnection;
  /** The overpasses that take applications, by name. */
  publicBannerLocations: Array<BannerLocation>;
  publicFormLimits: PublicFormLimits;
  /** Topics residents can pick on the public form, by name. */
  publicTopics: Array<PublicTopic>;
  /** The latest calls, newest first (at most 200). */
  recentCalls: Array<PhoneCall>;
  /**
   * Computes the report for the local dates from..to (YYYY-MM-DD, inclusive) in the center's time zone.
   * With departmentId, every metric covers only the inquiries routed to that department (the department view).
   * The same report is exported as CSV at GET /reports/report.csv, and the raw contacts at GET /reports/contacts.csv.
   */
  report: Report;
  rotaMembers: Array<RotaMember>;
  /** The plan for an inclusive range of dates (YYYY-MM-DD, at most 62 days) in the center's zone. */
  rotation: Rotation;
  rotationSettings: RotationSettings;
  /** Topics and departments matching a routing question, best first; each hit names the owning department. */
  searchDirectory: DirectorySearchResult;
  /** Every permit ever held for a car, by plate (spaces, dashes and case ignored) or VIN; newest first, at most 200. */
  searchLemonLotPermits: LemonLotSearchResult;
  /** Every staff account, active or not. */
  staff: Array<Staff>;
  /** Published articles that match the inquiry's subject and question. */
  suggestedArticles: Array<ArticleSearchHit>;
  /** The survey page. The token is the e-mailed survey token or the status token; unknown and malformed tokens get the same NotFound. Rate-limited per client address. */
  survey: SurveyLookupResult;
  /** Every active staff member with their presence. */
  team: Array<Presence>;
  topics: Array<Topic>;
  /** Visitors waiting or being served, in check-in order. */
  walkInQueue: Array<WalkInVisit>;
  /** How many visitors wait, for the public self check-in screen. */
  walkInQueueLength: WalkInQueueLength;
  /** Today's figures at the counter. */
  walkInToday: WalkInDayFigures;
  walkInVisit?: Maybe<WalkInVisit>;
};


export type QueryApiKeysArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticleDiffArgs = {
  articleId: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  granularity?: InputMaybe<DiffGranularity>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArticleDocumentArgs = {
  articleId: Scalars['ID']['input'];
  stateVector?: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditTrailArgs = {
  entity: Scalars['String']['input'];
  entityId: Scalars['String']['input'];
};


export type QueryBannerApplicationStatusArgs = {
  token: Scalars['String']['input'];
};


export type QueryBannerApplicationsArgs = {
  statuses?: InputMaybe<Array<BannerStatus>>;
};


export type QueryBannerCalendarArgs = {
  month: Scalars['String']['input'];
};


export type QueryCemeteryLotHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCemeteryLotsArgs = {
  filter?: InputMaybe<CemeteryLotFilter>;
};


export type QueryDrawerArgs = {
  businessDate?: InputMaybe<Scalars['String']['input']>;
  staffId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDrawerClosesArgs = {
  flaggedOnly?: InputMaybe<Scalars['Boolean']['input']>;
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


export type QueryInquiryStatusArgs = {
  token: Scalars['String']['input'];
};


export type QueryIntermentScheduleArgs = {
  weekStart: Scalars['String']['input'];
};


export type QueryIntermentSlotsArgs = {
  count?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryKudosListArgs = {
  status?: InputMaybe<KudosStatus>;
};


export type QueryKudosNewsletterArgs = {
  month: Scalars['String']['input'];
};


export type QueryNotaryAppointmentByTokenArgs = {
  token: Scalars['String']['input'];
};


export type QueryNotaryAppointmentsArgs = {
  date: Scalars['String']['input'];
};


export type QueryNotaryStaffSlotsArgs = {
  staffId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<OutboundEmailStatus>>;
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentsOfDayArgs = {
  businessDate: Scalars['String']['input'];
};


export type QueryPhoneCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicArticleArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRecentCallsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportArgs = {
  bucket: ReportBucket;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryRotaMembersArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRotationArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QuerySearchDirectoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySearchLemonLotPermitsArgs = {
  plate?: InputMaybe<Scalars['String']['input']>;
  vin?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySuggestedArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  inquiryId: Scalars['ID']['input'];
};


export type QuerySurveyArgs = {
  token: Scalars['String']['input'];
};


export type QueryWalkInVisitArgs = {
  id: Scalars['ID']['input'];
};

/** Too many requests from one client address; nothing was done. */
export type RateLimited = {
  __typename?: 'RateLimited';
  message: Scalars['String']['output'];
  /** Seconds until the next request is accepted. */
  retryAfterSeconds: Scalars['Int']['output'];
};

export type RecordBannerApplicationResult = BannerRefused | InvalidInput | StaffBannerApplicationReceived;

export type RecordLemonLotPermitResult = InvalidInput | LemonLotRefused | StaffLemonLotPermitReceived;

export type RecordPaymentInput = {
  /** Whole cents, from 1 to 10000000 ($100,000.00). */
  amountCents: Scalars['Int']['input'];
  /** Required for CARD: exactly the last 4 digits. A full card number is rejected in every field. */
  cardLast4?: InputMaybe<Scalars['String']['input']>;
  channel: PaymentChannel;
  /** Required for CHECK: digits, letters and dashes, at most 20 characters. */
  checkNumber?: InputMaybe<Scalars['String']['input']>;
  /** Required for FEE, at most 200 characters. */
  feeDescription?: InputMaybe<Scalars['String']['input']>;
  method: PaymentMethod;
  /** At most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters. */
  payerName: Scalars['String']['input'];
  purpose: PaymentPurpose;
  /** The paid record for every purpose but FEE: BP-000001, LL-000001, IN-000001, NA-000001, or a cemetery lot as section/row/number or its id. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type RecordPaymentResult = InvalidInput | Payment;

export type ReplyPayload = {
  __typename?: 'ReplyPayload';
  /** The queued e-mail. */
  email?: Maybe<OutboundEmail>;
  error?: Maybe<InquiryError>;
  /** The reply as recorded in the thread. */
  message?: Maybe<InquiryMessage>;
};

export type Report = {
  __typename?: 'Report';
  bucket: ReportBucket;
  current: ReportPeriod;
  /** The department the report is limited to (the department view); null for the whole center. */
  department?: Maybe<Department>;
  /** The same number of days, ending the day before the range. */
  previous: ReportPeriod;
};

export type ReportAgentWorkload = {
  __typename?: 'ReportAgentWorkload';
  claimed: Scalars['Int']['output'];
  displayName: Scalars['String']['output'];
  resolved: Scalars['Int']['output'];
  staffId: Scalars['ID']['output'];
};

/** The width of a report bucket, in the center's time zone. A week starts on Monday. */
export type ReportBucket =
  | 'day'
  | 'month'
  | 'week';

/** Money per bucket, in cents, named by the bucket's first local date. */
export type ReportBucketCents = {
  __typename?: 'ReportBucketCents';
  bucket: Scalars['String']['output'];
  cents: Scalars['Int']['output'];
};

/** The count in one bucket, named by the bucket's first local date (YYYY-MM-DD). */
export type ReportBucketCount = {
  __typename?: 'ReportBucketCount';
  bucket: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** A count per bucket; total is the sum of the series. */
export type ReportCountSeries = {
  __typename?: 'ReportCountSeries';
  series: Array<ReportBucketCount>;
  total: Scalars['Int']['output'];
};

/** A counter service's contacts (the inquiries under its topic) and payments, by the payments' business day. */
export type ReportCounterService = {
  __typename?: 'ReportCounterService';
  contacts: ReportCountSeries;
  /** The service's topic name. */
  label: Scalars['String']['output'];
  /** Payments collected net of reversals, per bucket. */
  paymentsSeries: Array<ReportBucketCents>;
  paymentsTotalCents: Scalars['Int']['output'];
  /** The service: banner_permit, lemon_lot, cemetery, notary or payment (fees). */
  service: Scalars['String']['output'];
};

export type ReportDurationBucket = {
  __typename?: 'ReportDurationBucket';
  bucket: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  medianSeconds?: Maybe<Scalars['Float']['output']>;
  p90Seconds?: Maybe<Scalars['Float']['output']>;
};

export type ReportDurationSeries = {
  __typename?: 'ReportDurationSeries';
  count: Scalars['Int']['output'];
  medianSeconds?: Maybe<Scalars['Float']['output']>;
  p90Seconds?: Maybe<Scalars['Float']['output']>;
  series: Array<ReportDurationBucket>;
};

/** Median and 90th percentile of a duration over the inquiries measured; null when none were. */
export type ReportDurationStats = {
  __typename?: 'ReportDurationStats';
  count: Scalars['Int']['output'];
  medianSeconds?: Maybe<Scalars['Float']['output']>;
  p90Seconds?: Maybe<Scalars['Float']['output']>;
};

export type ReportFirstContactResolution = {
  __typename?: 'ReportFirstContactResolution';
  series: Array<ReportBucketCount>;
  /** Inquiries resolved at first contact over all contacts in the range. */
  share: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
};

/** One group of contacts, such as a channel, topic or department. key is null for contacts without one. */
export type ReportKeyedCount = {
  __typename?: 'ReportKeyedCount';
  key?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  series: Array<ReportBucketCount>;
  /** The group's total over all contacts in the range, from 0 to 1. */
  share: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
};

/** Kudos sent by residents in the range, by the time they were sent. */
export type ReportKudos = {
  __typename?: 'ReportKudos';
  approved: Scalars['Int']['output'];
  /** Approved kudos per staff member, most first. */
  byStaff: Array<ReportKudosStaff>;
  received: Scalars['Int']['output'];
  /** Received kudos per bucket. */
  series: Array<ReportBucketCount>;
};

export type ReportKudosStaff = {
  __typename?: 'ReportKudosStaff';
  approved: Scalars['Int']['output'];
  displayName: Scalars['String']['output'];
  staffId: Scalars['ID']['output'];
};

/** Every metric for one range. The definitions are in docs/reports.md. */
export type ReportPeriod = {
  __typename?: 'ReportPeriod';
  contactsByChannel: Array<ReportKeyedCount>;
  contactsByDepartment: Array<ReportKeyedCount>;
  /** Contacts by the program of the inquiry's topic; inquiries without one form the group with key null. */
  contactsByProgram: Array<ReportKeyedCount>;
  contactsByTopic: Array<ReportKeyedCount>;
  /** Per counter service: its contacts and the payments collected for it, net of reversals. */
  counterServices: Array<ReportCounterService>;
  firstContactResolution: ReportFirstContactResolution;
  firstResponseTime: ReportDurationSeries;
  kudos: ReportKudos;
  period: ReportRange;
  phone: ReportPhone;
  repeatContacts: ReportRepeatContacts;
  resolutionTime: ReportDurationSeries;
  resolved: ReportCountSeries;
  satisfaction: ReportSatisfaction;
  /** The ten topics with the most contacts; inquiries without a topic are left out. share is over total contacts. */
  topReasons: Array<ReportKeyedCount>;
  totalContacts: ReportCountSeries;
  transfers: ReportTransfers;
  workloadPerAgent: Array<ReportAgentWorkload>;
};

export type ReportPhone = {
  __typename?: 'ReportPhone';
  /** abandoned / (answered + abandoned); short hang-ups are left out. Null without answered or abandoned calls. */
  abandonRate?: Maybe<Scalars['Float']['output']>;
  abandoned: Scalars['Int']['output'];
  answered: Scalars['Int']['output'];
  averageTalkSeconds?: Maybe<Scalars['Float']['output']>;
  averageWaitSeconds?: Maybe<Scalars['Float']['output']>;
  offered: Scalars['Int']['output'];
  series: Array<ReportPhoneBucket>;
  shortHangups: Scalars['Int']['output'];
};

export type ReportPhoneBucket = {
  __typename?: 'ReportPhoneBucket';
  abandoned: Scalars['Int']['output'];
  answered: Scalars['Int']['output'];
  bucket: Scalars['String']['output'];
  offered: Scalars['Int']['output'];
  shortHangups: Scalars['Int']['output'];
};

/** A report's range: two local dates in the center's time zone, both inclusive. */
export type ReportRange = {
  __typename?: 'ReportRange';
  days: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** The number of survey responses that gave one rating (4 excellent, 3 good, 2 fair, 1 poor). */
export type ReportRatingCount = {
  __typename?: 'ReportRatingCount';
  count: Scalars['Int']['output'];
  rating: Scalars['Int']['output'];
};

export type ReportRepeatContacts = {
  __typename?: 'ReportRepeatContacts';
  /** Residents with at least one repeat contact in the range. */
  residents: Scalars['Int']['output'];
  series: Array<ReportBucketCount>;
  total: Scalars['Int']['output'];
};

/** Satisfaction-survey responses received in the range, by the response's time. */
export type ReportSatisfaction = {
  __typename?: 'ReportSatisfaction';
  /** Mean courtesy rating from 1 to 4; null without responses. */
  averageCourtesy?: Maybe<Scalars['Float']['output']>;
  /** Mean service rating from 1 to 4; null without responses. */
  averageService?: Maybe<Scalars['Float']['output']>;
  /** Responses per courtesy rating, for 4, 3, 2 and 1 in that order. */
  courtesyDistribution: Array<ReportRatingCount>;
  responses: Scalars['Int']['output'];
  /** Responses per bucket. */
  series: Array<ReportBucketCount>;
  /** Responses per service rating, for 4, 3, 2 and 1 in that order. */
  serviceDistribution: Array<ReportRatingCount>;
};

export type ReportTransfers = {
  __typename?: 'ReportTransfers';
  perInquiry: Scalars['Float']['output'];
  series: Array<ReportBucketCount>;
  total: Scalars['Int']['output'];
};

/** On success, the new reversal payment. */
export type ReversePaymentResult = InvalidInput | NotFound | Payment | PaymentAlreadyReversed | PaymentLocked;

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  error?: Maybe<NotFound>;
};

/** A phone system asked who to ring; this agent's phone is ringing. */
export type RingNotice = {
  __typename?: 'RingNotice';
  callId: Scalars['String']['output'];
  /** The caller's number, shown masked to the last four digits. */
  callerMasked?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  position: Scalars['Int']['output'];
};

export type RotaChange = {
  __typename?: 'RotaChange';
  slots: Array<RotaSlot>;
  /** The warnings of the days touched by the change, after it. */
  warnings: Array<RotaWarning>;
};

/** One open day of the grid. */
export type RotaDay = {
  __typename?: 'RotaDay';
  /** YYYY-MM-DD in the center's zone. */
  date: Scalars['String']['output'];
  halfHours: Array<RotaHalfHour>;
};

/** On-call hours per agent and shared on-call hours per pair of agents, over a range. */
export type RotaFairness = {
  __typename?: 'RotaFairness';
  perMember: Array<MemberHours>;
  perPair: Array<PairHours>;
};

/** One open half hour of the grid. */
export type RotaHalfHour = {
  __typename?: 'RotaHalfHour';
  /** Local time label in the center's zone, HH:mm. */
  localTime: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
};

/** A planned absence over a range of time. Slots inside it should be LEAVE. */
export type RotaLeave = {
  __typename?: 'RotaLeave';
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  member: RotaMember;
  note?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
};

export type RotaLeaveResult = InvalidInput | RotaLeave;

/** A person who can be scheduled: every active agent, and the cover staff the manager adds. */
export type RotaMember = {
  __typename?: 'RotaMember';
  active: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: RotaMemberKind;
  /** For cover staff, where they normally work (for example Public Works). */
  note?: Maybe<Scalars['String']['output']>;
  phoneExtension?: Maybe<Scalars['String']['output']>;
  /** The staff account of an agent; null for cover staff without an account. */
  staff?: Maybe<Staff>;
};

export type RotaMemberKind =
  /** An agent of the contact-center team. */
  | 'agent'
  /** Someone outside the team (for example a public works employee) who covers the desk during team meetings. */
  | 'cover';

export type RotaMemberResult = InvalidInput | RotaMember;

export type RotaRule =
  | 'BELOW_PREFERRED'
  | 'DOUBLE_BOOKED'
  | 'LEAVE_NOT_RESPECTED'
  | 'MEETING_WITHOUT_COVER'
  | 'STRETCH_TOO_LONG'
  | 'UNDERSTAFFED';

/** One person's duty in one half-hour slot. */
export type RotaSlot = {
  __typename?: 'RotaSlot';
  /** The planned kind, as the manager edits it. Null only in changes and events, for a slot that was cleared; Rotation.slots lists only planned slots. */
  kind?: Maybe<DutyKind>;
  member: RotaMember;
  /** The kind as last published, which the rest of the product follows; null when never published. */
  publishedKind?: Maybe<DutyKind>;
  /** Start instant of the half hour. */
  startsAt: Scalars['DateTime']['output'];
};

export type RotaWarning = {
  __typename?: 'RotaWarning';
  /** End of the last half hour concerned. */
  endsAt: Scalars['DateTime']['output'];
  level: RotaWarningLevel;
  /** The person concerned, when the rule is about one person. */
  member?: Maybe<RotaMember>;
  /** A sentence for the manager, such as 'Only 1 on call on Tue 9:30–10:00 (2 preferred)'. */
  message: Scalars['String']['output'];
  rule: RotaRule;
  /** Start of the first half hour concerned. */
  startsAt: Scalars['DateTime']['output'];
};

export type RotaWarningLevel =
  /** A rule is broken: fewer than minOnCall on call, a double booking, a stretch too long, leave not respected, a meeting without cover. */
  | 'ERROR'
  /** Allowed but not preferred: fewer than preferredOnCall on call. */
  | 'NOTICE';

/** The plan of a range of days: the open half hours, who is scheduled and the rules' warnings. */
export type Rotation = {
  __typename?: 'Rotation';
  days: Array<RotaDay>;
  fairness: RotaFairness;
  from: Scalars['String']['output'];
  /** True when some slot's kind differs from its published kind. */
  hasUnpublishedChanges: Scalars['Boolean']['output'];
  leave: Array<RotaLeave>;
  members: Array<RotaMember>;
  slots: Array<RotaSlot>;
  to: Scalars['String']['output'];
  warnings: Array<RotaWarning>;
};

export type RotationEvent = {
  __typename?: 'RotationEvent';
  /** The person who made the change. */
  by?: Maybe<Staff>;
  /** Days (YYYY-MM-DD) whose plan changed. */
  dates: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  slots: Array<RotaSlot>;
};

export type RotationProposal = {
  __typename?: 'RotationProposal';
  rotation: Rotation;
};

/** The center's planning settings. Times are local times in the center's zone. */
export type RotationSettings = {
  __typename?: 'RotationSettings';
  /** When true, new web and e-mail inquiries are claimed for an on-call, available agent. */
  autoAssign: Scalars['Boolean']['output'];
  /** HH:mm, default 17:00. */
  closingTime: Scalars['String']['output'];
  /** Closed dates, YYYY-MM-DD. */
  holidays: Array<Scalars['String']['output']>;
  /** Maximum on-call stretch of one person, in minutes. Default 180. */
  maxOnCallMinutes: Scalars['Int']['output'];
  /** Fewer people on call than this in an open half hour is an error warning. Default 1. */
  minOnCall: Scalars['Int']['output'];
  /** ISO weekdays the center is open, default [1, 2, 3, 4, 5]. */
  openDays: Array<Scalars['Int']['output']>;
  /** HH:mm, default 08:00. */
  openingTime: Scalars['String']['output'];
  /** Fewer than this is a softer warning. Default 2. */
  preferredOnCall: Scalars['Int']['output'];
  teamMeeting?: Maybe<TeamMeeting>;
  timeZone: Scalars['String']['output'];
};

export type RotationSettingsInput = {
  autoAssign?: InputMaybe<Scalars['Boolean']['input']>;
  closingTime?: InputMaybe<Scalars['String']['input']>;
  holidays?: InputMaybe<Array<Scalars['String']['input']>>;
  maxOnCallMinutes?: InputMaybe<Scalars['Int']['input']>;
  minOnCall?: InputMaybe<Scalars['Int']['input']>;
  openDays?: InputMaybe<Array<Scalars['Int']['input']>>;
  openingTime?: InputMaybe<Scalars['String']['input']>;
  preferredOnCall?: InputMaybe<Scalars['Int']['input']>;
  /** Pass null to remove the team meeting; leave out to keep it. */
  teamMeeting?: InputMaybe<TeamMeetingInput>;
};

export type RotationSettingsResult = InvalidInput | RotationSettings;

export type SaveAnswerPayload = {
  __typename?: 'SaveAnswerPayload';
  article?: Maybe<Article>;
  /** False when the inquiry already had an article, which is returned instead. */
  created: Scalars['Boolean']['output'];
  error?: Maybe<ArticleError>;
};

export type ScheduleIntermentInput = {
  arranger: CemeteryContactInput;
  /** WALK_IN or PHONE. */
  channel: Channel;
  /** YYYY-MM-DD. */
  dateOfDeath?: InputMaybe<Scalars['String']['input']>;
  deceasedName: Scalars['String']['input'];
  funeralHome?: InputMaybe<Scalars['String']['input']>;
  lotId: Scalars['ID']['input'];
  /** The start of a free interment slot (see intermentSlots). */
  slotStartsAt: Scalars['DateTime']['input'];
};

export type ScheduleIntermentResult = Interment | IntermentRefused | IntermentSlotTaken | InvalidInput | NotFound;

/**
 * How a search matched, from strictest to loosest. A query runs these passes
 * in order and the first that finds anything gives the results.
 */
export type SearchMode =
  /** Every word (English stemming, last word as a prefix, accents ignored). */
  | 'all_words'
  /** At least one word; more matched words rank higher. */
  | 'any_word'
  /** Trigram similarity, for misspellings such as "potthole". */
  | 'similar'
  /** Every word without stemming or stop-word removal, so queries such as "who" still match. */
  | 'simple';

export type SelfCheckInInput = {
  /** The language of the screen, "en" or "es". */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The visitor's name, up to 100 characters. */
  name: Scalars['String']['input'];
  /** Why they came, up to 500 characters. */
  reason: Scalars['String']['input'];
  /** A topic from publicTopics. */
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type SelfCheckInPayload = {
  __typename?: 'SelfCheckInPayload';
  error?: Maybe<InvalidInput>;
  /** Set instead of receipt when the client address checked in too many visitors (SELF_CHECK_IN_RATE_LIMIT). */
  rateLimited?: Maybe<RateLimited>;
  receipt?: Maybe<SelfCheckInReceipt>;
};

/** What the visitor sees after checking in: never a name or anything else about other visitors. */
export type SelfCheckInReceipt = {
  __typename?: 'SelfCheckInReceipt';
  checkedInAt: Scalars['DateTime']['output'];
  /** The visitor's place among the waiting visitors, 1 for the next one to be served. */
  position: Scalars['Int']['output'];
  /** The code the counter calls, such as "A-042": the visit's number among the day's self check-ins. */
  ticketCode: Scalars['String']['output'];
};

export type SellCemeteryLotInput = {
  /** WALK_IN or PHONE. */
  channel: Channel;
  lotId: Scalars['ID']['input'];
  /** Optional, at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  purchaser: CemeteryContactInput;
};

export type SellCemeteryLotResult = CemeteryLotSold | CemeteryLotUnavailable | InvalidInput | NotFound;

export type SendKudosInput = {
  /** The employee as the resident knows them: a name, or a description such as 'the man at the front desk'. At most 120 characters. */
  employeeName: Scalars['String']['input'];
  /** The hidden field people leave empty. Any text in it marks the submission as spam. */
  honeypot?: InputMaybe<Scalars['String']['input']>;
  /** An inquiry reference such as Q-000123, optional. The response is the same whether or not the inquiry exists. */
  inquiryReference?: InputMaybe<Scalars['String']['input']>;
  /** At most 2000 characters. */
  message: Scalars['String']['input'];
  /** The resident's name; optional, at most 120 characters. Only the first name ever appears in the staff newsletter. */
  residentName?: InputMaybe<Scalars['String']['input']>;
};

export type SendKudosResult = InvalidInput | KudosReceived | RateLimited;

export type SetTopicAttributesError = InvalidInput | NotFound;

export type SetTopicAttributesPayload = {
  __typename?: 'SetTopicAttributesPayload';
  attributes?: Maybe<Array<TopicAttribute>>;
  error?: Maybe<SetTopicAttributesError>;
};

export type SignInError = InvalidCredentials | InvalidInput | SignInThrottled;

export type SignInPayload = {
  __typename?: 'SignInPayload';
  error?: Maybe<SignInError>;
  staff?: Maybe<Staff>;
};

/**
 * Too many failures: five failed sign-ins for one e-mail address lock it for the rest of a
 * 15-minute window, and 20 failed sign-ins from one network stop that network for the rest of its window.
 */
export type SignInThrottled = {
  __typename?: 'SignInThrottled';
  message: Scalars['String']['output'];
  retryAfterSeconds: Scalars['Int']['output'];
};

export type SlotPaint = {
  /** Null clears the slot (not scheduled). */
  kind?: InputMaybe<DutyKind>;
  memberId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
};

export type Staff = {
  __typename?: 'Staff';
  active: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  /** Current duty from the published rotation; null when not on the rotation. */
  duty?: Maybe<Duty>;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  phoneExtension?: Maybe<Scalars['String']['output']>;
  role: StaffRole;
};

export type StaffBannerApplicationReceived = {
  __typename?: 'StaffBannerApplicationReceived';
  application: BannerApplication;
  /** The private status link's token for the resident, shown once. */
  statusToken: Scalars['String']['output'];
};

export type StaffLemonLotPermitReceived = {
  __typename?: 'StaffLemonLotPermitReceived';
  permit: LemonLotPermit;
  statusToken: Scalars['String']['output'];
};

export type StaffNotaryBookingInput = {
  /** WALK_IN or PHONE. */
  channel: Channel;
  contact: NotaryContactInput;
  documentCount: Scalars['Int']['input'];
  documentKind: Scalars['String']['input'];
  /** A particular notary; any notary free then when omitted. */
  staffId?: InputMaybe<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

export type StaffNotaryBookingResult = InvalidInput | NotaryAppointment | NotarySlotTaken;

export type StaffRole =
  | 'agent'
  | 'manager';

export type SubmitWebInquiryPayload = {
  __typename?: 'SubmitWebInquiryPayload';
  error?: Maybe<InvalidInput>;
  /** Set instead of receipt when the client address sent too many questions. */
  rateLimited?: Maybe<RateLimited>;
  receipt?: Maybe<WebInquiryReceipt>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Awareness of one article: first all current states, then every change, including expiries. */
  articleAwareness: ArticleAwarenessUpdate;
  /**
   * Yjs updates of one article, each once and in order; with `after`, first every
   * update after that event id. `ignoreOrigin` skips updates pushed with that origin.
   */
  articleDocUpdates: ArticleDocUpdate;
  /** Inbox changes, each once and in order; with `after`, first every change after that event id. */
  inboxEvents: InboxEvent;
  /** Article changes, each once and in order; with `after`, first every change after that event id. */
  knowledgeBaseEvents: KnowledgeBaseEvent;
  /** Call changes, each once and in order; with `after`, first every change after that event id. */
  phoneCallEvents: PhoneCallEvent;
  /** Presence changes of the team, each once and in order; with `after`, first every change after that event id. */
  presenceEvents: PresenceEvent;
  /** The phone system is ringing the signed-in agent. */
  ringNotices: RingNotice;
  /** Changes to the plan, each once and in order; with `after`, first every change after that event id. */
  rotationEvents: RotationEvent;
  /** Walk-in queue changes, each once and in order; with `after`, first every change after that event id. */
  walkInEvents: WalkInEvent;
};


export type SubscriptionArticleAwarenessArgs = {
  articleId: Scalars['ID']['input'];
};


export type SubscriptionArticleDocUpdatesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  articleId: Scalars['ID']['input'];
  ignoreOrigin?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionInboxEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionKnowledgeBaseEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPhoneCallEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPresenceEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionRotationEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionWalkInEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** The inquiry already has its one rating, which was kept unchanged; nothing was stored. */
export type SurveyAlreadyAnswered = {
  __typename?: 'SurveyAlreadyAnswered';
  /** When the first rating was given. */
  answeredAt: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
};

export type SurveyError = InvalidInput | NotFound | RateLimited | SurveyAlreadyAnswered | SurveyNotResolved;

export type SurveyInput = {
  /** Optional, at most 2000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 4 excellent, 3 good, 2 fair, 1 poor. */
  courtesyRating: Scalars['Int']['input'];
  /** Optional; all fields blank means no kudos. */
  kudos?: InputMaybe<SurveyKudosInput>;
  /** 4 excellent, 3 good, 2 fair, 1 poor. */
  serviceRating: Scalars['Int']['input'];
};

/** What a survey link shows before the rating: nothing personal, only enough to recognise the question. */
export type SurveyInvitation = {
  __typename?: 'SurveyInvitation';
  /** True once the inquiry has its one rating. */
  answered: Scalars['Boolean']['output'];
  reference: Scalars['String']['output'];
  /** Null while the inquiry is open again after a reopen; the survey waits until it is resolved. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  topicName?: Maybe<Scalars['String']['output']>;
};

/** Praise for an employee sent with the rating; a manager reviews it before anyone sees it. */
export type SurveyKudosInput = {
  /** The employee as the resident names them, such as Maria at the front desk (at most 120 characters). */
  employeeName?: InputMaybe<Scalars['String']['input']>;
  /** At most 2000 characters. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Optional, at most 120 characters. */
  residentName?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyLookupResult = NotFound | RateLimited | SurveyInvitation;

/** The survey is only open for a resolved inquiry; nothing was stored. */
export type SurveyNotResolved = {
  __typename?: 'SurveyNotResolved';
  message: Scalars['String']['output'];
};

/** The stored rating as the resident sees it. */
export type SurveyReceipt = {
  __typename?: 'SurveyReceipt';
  courtesyRating: Scalars['Int']['output'];
  /** True when the kudos part was stored for a manager's review. */
  kudosSubmitted: Scalars['Boolean']['output'];
  reference: Scalars['String']['output'];
  serviceRating: Scalars['Int']['output'];
  source: SurveySource;
};

/** A resident's rating. Ratings are 4 excellent, 3 good, 2 fair, 1 poor. */
export type SurveyResponse = {
  __typename?: 'SurveyResponse';
  comment?: Maybe<Scalars['String']['output']>;
  courtesyRating: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  serviceRating: Scalars['Int']['output'];
  source: SurveySource;
};

/** Exactly one of receipt and error is set. */
export type SurveyResult = {
  __typename?: 'SurveyResult';
  error?: Maybe<SurveyError>;
  receipt?: Maybe<SurveyReceipt>;
};

/** How the resident reached the survey. */
export type SurveySource =
  /** The link in the survey e-mail sent when the inquiry was resolved. */
  | 'EMAIL'
  /** The survey form on the private status page. */
  | 'STATUS_LINK';

/** A fortnightly (or weekly) team meeting, during which agents are in MEETING and cover staff are on call. */
export type TeamMeeting = {
  __typename?: 'TeamMeeting';
  endTime: Scalars['String']['output'];
  /** 1 = every week, 2 = every two weeks. */
  everyWeeks: Scalars['Int']['output'];
  /** A date (YYYY-MM-DD) on which the meeting takes place; the others follow every `everyWeeks` weeks. */
  firstDate: Scalars['String']['output'];
  /** Local start time in the center's zone, HH:mm. */
  startTime: Scalars['String']['output'];
  /** ISO weekday, 1 = Monday. */
  weekday: Scalars['Int']['output'];
};

export type TeamMeetingInput = {
  endTime: Scalars['String']['input'];
  everyWeeks: Scalars['Int']['input'];
  firstDate: Scalars['String']['input'];
  startTime: Scalars['String']['input'];
  weekday: Scalars['Int']['input'];
};

/** A reason for contact, owned by one department. */
export type Topic = {
  __typename?: 'Topic';
  attributes: Array<TopicAttribute>;
  department: Department;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The program the topic belongs to, if any. */
  program?: Maybe<Program>;
  /** The GeoReport v2 service_code of this topic. */
  serviceCode: Scalars['String']['output'];
};

/** A question an Open311 client asks when posting a request of a topic (a GeoReport v2 service attribute). */
export type TopicAttribute = {
  __typename?: 'TopicAttribute';
  /** The attribute's code, sent as attribute[code]. */
  code: Scalars['String']['output'];
  datatype: Open311Datatype;
  datatypeDescription?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Presentation order; 1 is shown first. */
  order: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  /** The choices of a singlevaluelist or multivaluelist; empty for other types. */
  values: Array<TopicAttributeValue>;
  /** False for an attribute that only shows information and takes no answer. */
  variable: Scalars['Boolean']['output'];
};

export type TopicAttributeInput = {
  code: Scalars['String']['input'];
  datatype: Open311Datatype;
  datatypeDescription?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  /** Defaults to the attribute's position in the list, starting at 1. */
  order?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  values?: InputMaybe<Array<TopicAttributeValueInput>>;
  variable?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One choice of a list attribute. */
export type TopicAttributeValue = {
  __typename?: 'TopicAttributeValue';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type TopicAttributeValueInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** Only the fields given change. A null topicId or departmentId clears it, and a null title, tags or audience is ignored. A new topic alone also moves the article to the topic's department. */
export type UpdateArticleInput = {
  audience?: InputMaybe<ArticleAudience>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

/** The inquiry changed since the version the write was based on; nothing was written. */
export type VersionConflict = {
  __typename?: 'VersionConflict';
  current: Inquiry;
  message: Scalars['String']['output'];
};

export type WalkInCheckInInput = {
  /** Why they came, in a few words. */
  reason: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
  visitorName: Scalars['String']['input'];
};

/** The day's counter figures, in the center's time zone. */
export type WalkInDayFigures = {
  __typename?: 'WalkInDayFigures';
  /** Mean served to completed of the visits completed today, in seconds. */
  averageServiceSeconds?: Maybe<Scalars['Int']['output']>;
  /** Mean check-in to served of the visitors served today, in seconds. */
  averageWaitSeconds?: Maybe<Scalars['Int']['output']>;
  checkedIn: Scalars['Int']['output'];
  completed: Scalars['Int']['output'];
  /** The day, as YYYY-MM-DD. */
  date: Scalars['String']['output'];
  left: Scalars['Int']['output'];
  served: Scalars['Int']['output'];
  waiting: Scalars['Int']['output'];
};

export type WalkInError = InvalidInput | NotFound | WalkInStateConflict;

export type WalkInEvent = {
  __typename?: 'WalkInEvent';
  actor?: Maybe<Staff>;
  /** Position in the event log; pass it as `after` to resume. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  type: WalkInEventType;
  /** The visit as it was right after this event. */
  visit: WalkInVisit;
};

export type WalkInEventType =
  | 'checked_in'
  | 'completed'
  | 'left'
  | 'served';

export type WalkInInput = {
  notes?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
  visitorName?: InputMaybe<Scalars['String']['input']>;
  visitorPhone?: InputMaybe<Scalars['String']['input']>;
};

export type WalkInOutcomeInput = {
  notes?: InputMaybe<Scalars['String']['input']>;
  /** What was done at the counter, in a sentence or two. */
  outcome: Scalars['String']['input'];
  /** The subject of the walk-in inquiry. */
  subject: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
  visitorEmail?: InputMaybe<Scalars['String']['input']>;
  visitorPhone?: InputMaybe<Scalars['String']['input']>;
};

export type WalkInOutcomePayload = {
  __typename?: 'WalkInOutcomePayload';
  error?: Maybe<WalkInError>;
  inquiry?: Maybe<Inquiry>;
  visit?: Maybe<WalkInVisit>;
};

export type WalkInPayload = {
  __typename?: 'WalkInPayload';
  error?: Maybe<WalkInError>;
  visit?: Maybe<WalkInVisit>;
};

/** The queue as the public may see it: counts only, no names. */
export type WalkInQueueLength = {
  __typename?: 'WalkInQueueLength';
  /** An estimate: the waiting visitors times today's average service time, divided by the agents serving now (at least one). Null before the first visit of the day is completed. */
  estimatedWaitMinutes?: Maybe<Scalars['Int']['output']>;
  waiting: Scalars['Int']['output'];
};

/** The visit's state does not allow this; nothing was written. */
export type WalkInStateConflict = {
  __typename?: 'WalkInStateConflict';
  message: Scalars['String']['output'];
  visit?: Maybe<WalkInVisit>;
};

export type WalkInStatus =
  /** Served, and the outcome is logged. */
  | 'done'
  /** Left before the visit was completed. */
  | 'left'
  /** An agent is serving the visitor at the counter. */
  | 'serving'
  | 'waiting';

/** A visitor at the counter. The name is personal data, visible to signed-in staff only. */
export type WalkInVisit = {
  __typename?: 'WalkInVisit';
  checkedInAt: Scalars['DateTime']['output'];
  checkedInBy?: Maybe<Staff>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The walk-in inquiry logged with the outcome. */
  inquiry?: Maybe<Inquiry>;
  /** The language the visitor chose on the self check-in screen ("en", "es"); null for visits an agent checked in. */
  language?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  /** True when the visitor checked in on the public self check-in screen. */
  selfCheckIn: Scalars['Boolean']['output'];
  servedAt?: Maybe<Scalars['DateTime']['output']>;
  servedBy?: Maybe<Staff>;
  /** Served to completed, in whole seconds; null until completed. */
  serviceSeconds?: Maybe<Scalars['Int']['output']>;
  status: WalkInStatus;
  /** The self check-in ticket code shown to the visitor ("A-042"); null for visits an agent checked in. */
  ticketCode?: Maybe<Scalars['String']['output']>;
  topic?: Maybe<Topic>;
  /** Increases with every change; visitorLeft may pass it to act only on the version shown. */
  version: Scalars['Int']['output'];
  visitorName: Scalars['String']['output'];
  /** Check-in to served, in whole seconds; null while waiting. */
  waitSeconds?: Maybe<Scalars['Int']['output']>;
};

/** A question from the public form. The contact details are optional, and checked when given. */
export type WebInquiryInput = {
  /** The resident's own postal address. */
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Honeypot: a field hidden from people. Any text in it marks the submission as spam, which is answered like a success and not stored. */
  honeypot?: InputMaybe<Scalars['String']['input']>;
  /** Where the problem is. */
  location?: InputMaybe<WebLocationInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** At most one photo: JPEG, PNG, WebP or HEIC, up to WEB_FORM_MAX_PHOTO_KB (5 MB by default). */
  photo?: InputMaybe<PhotoUploadInput>;
  question: Scalars['String']['input'];
  subject: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type WebInquiryReceipt = {
  __typename?: 'WebInquiryReceipt';
  receivedAt: Scalars['DateTime']['output'];
  reference: Scalars['String']['output'];
  /** The status page's path, /status/<token>. */
  statusPath: Scalars['String']['output'];
  /** The private status link's token, returned only here; the page is /status/<token>. */
  statusToken: Scalars['String']['output'];
};

export type WebLocationInput = {
  /** The street address or a description of the place. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Decimal degrees (WGS 84); give both or neither. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
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
  AddCemeteryLotsResult:
    | ( Omit<CemeteryLotsAdded, 'lots'> & { lots: Array<_RefType['CemeteryLot']> } )
    | ( InvalidInputResult )
  ;
  ApplyForBannerResult:
    | ( BannerApplicationReceived )
    | ( BannerRefused )
    | ( InvalidInputResult )
    | ( RateLimitedResult )
  ;
  ApplyForLemonLotResult:
    | ( InvalidInputResult )
    | ( LemonLotPermitReceived )
    | ( LemonLotRefused )
    | ( RateLimitedResult )
  ;
  ArticleError:
    | ( ArticleVersionConflictError )
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  BannerDecisionResult:
    | ( BannerApplication )
    | ( BannerDecisionConflict )
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  BannerLocationResult:
    | ( BannerLocation )
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  BookNotaryAppointmentResult:
    | ( InvalidInputResult )
    | ( NotaryBooking )
    | ( NotarySlotTaken )
    | ( RateLimitedResult )
  ;
  CancelLemonLotPermitResult:
    | ( InvalidInputResult )
    | ( LemonLotPermit )
    | ( LemonLotPermitConflict )
    | ( NotFoundError )
  ;
  CloseDrawerResult:
    | ( DrawerAlreadyClosedResult )
    | ( DrawerCloseView )
    | ( InvalidInputResult )
  ;
  CopyWeekResult:
    | ( InvalidInputResult )
    | ( RotationView )
  ;
  DepartmentError:
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  EditPaymentResult:
    | ( InvalidInputResult )
    | ( NotFoundError )
    | ( PaymentView )
    | ( PaymentLockedResult )
    | ( PaymentVersionConflictResult )
  ;
  ImportCemeteryLotsResult:
    | ( CemeteryLotsImported )
    | ( InvalidInputResult )
  ;
  InquiryError:
    | ( AlreadyClaimedError )
    | ( InvalidInputResult )
    | ( NotClaimantError )
    | ( NotFoundError )
    | ( VersionConflictError )
  ;
  InquiryStatusResult:
    | ( NotFoundError )
    | ( PublicStatusView )
    | ( RateLimitedResult )
  ;
  IntermentChangeResult:
    | ( IntermentView )
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  KudosReviewResult:
    | ( InvalidInputResult )
    | ( Omit<Kudos, 'reviewedBy' | 'staff' | 'suggestedStaff'> & { reviewedBy?: Maybe<_RefType['Staff']>, staff?: Maybe<_RefType['Staff']>, suggestedStaff?: Maybe<_RefType['Staff']> } )
    | ( Omit<KudosAlreadyReviewed, 'reviewedBy'> & { reviewedBy?: Maybe<_RefType['Staff']> } )
    | ( NotFoundError )
  ;
  LemonLotSearchResult:
    | ( InvalidInputResult )
    | ( LemonLotPermitList )
  ;
  LemonLotSettingsResult:
    | ( InvalidInputResult )
    | ( LemonLotSettings )
  ;
  NotaryAppointmentChangeResult:
    | ( InvalidInputResult )
    | ( NotFoundError )
    | ( NotaryAppointmentView )
  ;
  NotaryCommissionResult:
    | ( InvalidInputResult )
    | ( NotFoundError )
    | ( Notary )
  ;
  OutboundEmailError:
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  PaintSlotsResult:
    | ( InvalidInputResult )
    | ( RotaChangeView )
  ;
  PhoneCallError:
    | ( CallConflict )
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  ProposeRotationResult:
    | ( InvalidInputResult )
    | ( Omit<RotationProposal, 'rotation'> & { rotation: _RefType['Rotation'] } )
  ;
  PublishRotationResult:
    | ( InvalidInputResult )
    | ( RotationView )
  ;
  RecordBannerApplicationResult:
    | ( BannerRefused )
    | ( InvalidInputResult )
    | ( StaffBannerApplicationReceived )
  ;
  RecordLemonLotPermitResult:
    | ( InvalidInputResult )
    | ( LemonLotRefused )
    | ( StaffLemonLotPermitReceived )
  ;
  RecordPaymentResult:
    | ( InvalidInputResult )
    | ( PaymentView )
  ;
  ReversePaymentResult:
    | ( InvalidInputResult )
    | ( NotFoundError )
    | ( PaymentView )
    | ( AlreadyReversedResult )
    | ( PaymentLockedResult )
  ;
  RotaLeaveResult:
    | ( InvalidInputResult )
    | ( RotaLeaveView )
  ;
  RotaMemberResult:
    | ( InvalidInputResult )
    | ( RotaMemberView )
  ;
  RotationSettingsResult:
    | ( InvalidInputResult )
    | ( RotationSettingsView )
  ;
  ScheduleIntermentResult:
    | ( IntermentView )
    | ( IntermentRefused )
    | ( IntermentSlotTaken )
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  SellCemeteryLotResult:
    | ( Omit<CemeteryLotSold, 'lot'> & { lot: _RefType['CemeteryLot'] } )
    | ( CemeteryLotUnavailable )
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  SendKudosResult:
    | ( InvalidInputResult )
    | ( KudosReceived )
    | ( RateLimitedResult )
  ;
  SetTopicAttributesError:
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  SignInError:
    | ( InvalidCredentialsError )
    | ( InvalidInputResult )
    | ( SignInThrottledResult )
  ;
  StaffNotaryBookingResult:
    | ( InvalidInputResult )
    | ( NotaryAppointmentView )
    | ( NotarySlotTaken )
  ;
  SurveyError:
    | ( InvalidInputResult )
    | ( NotFoundError )
    | ( RateLimitedResult )
    | ( SurveyAlreadyAnswered )
    | ( SurveyNotResolved )
  ;
  SurveyLookupResult:
    | ( NotFoundError )
    | ( RateLimitedResult )
    | ( SurveyInvitation )
  ;
  WalkInError:
    | ( InvalidInputResult )
    | ( NotFoundError )
    | ( VisitConflict )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCemeteryLotsInput: AddCemeteryLotsInput;
  AddCemeteryLotsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddCemeteryLotsResult']>;
  AlreadyClaimed: ResolverTypeWrapper<AlreadyClaimedError>;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  ApplyForBannerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ApplyForBannerResult']>;
  ApplyForLemonLotResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ApplyForLemonLotResult']>;
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleAudience: null;
  ArticleAwarenessUpdate: ResolverTypeWrapper<AwarenessUpdateView>;
  ArticleConnection: ResolverTypeWrapper<ArticlePage>;
  ArticleDiff: ResolverTypeWrapper<RevisionDiff>;
  ArticleDocUpdate: ResolverTypeWrapper<DocUpdateView>;
  ArticleDocumentSync: ResolverTypeWrapper<DocumentSync>;
  ArticleDocumentSyncPayload: ResolverTypeWrapper<SyncResult>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['ArticleSearchHit'] }>;
  ArticleError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ArticleError']>;
  ArticleFeedback: ResolverTypeWrapper<FeedbackCounts>;
  ArticleFilter: ArticleFilter;
  ArticlePayload: ResolverTypeWrapper<ArticleResult>;
  ArticleRevision: ResolverTypeWrapper<RevisionRecord>;
  ArticleRevisionKind: null;
  ArticleSearchHit: ResolverTypeWrapper<ArticleHit>;
  ArticleStatus: null;
  ArticleVersionConflict: ResolverTypeWrapper<ArticleVersionConflictError>;
  ArticleVotePayload: ResolverTypeWrapper<VoteResult>;
  Attachment: ResolverTypeWrapper<AttachmentSummary>;
  AuditChange: ResolverTypeWrapper<AuditChange>;
  AuditEntry: ResolverTypeWrapper<AuditEntryView>;
  BannerApplication: ResolverTypeWrapper<BannerApplication>;
  BannerApplicationInput: BannerApplicationInput;
  BannerApplicationReceived: ResolverTypeWrapper<BannerApplicationReceived>;
  BannerCalendar: ResolverTypeWrapper<BannerCalendar>;
  BannerCalendarEntry: ResolverTypeWrapper<BannerCalendarEntry>;
  BannerCalendarLocation: ResolverTypeWrapper<BannerCalendarLocation>;
  BannerContact: ResolverTypeWrapper<BannerContact>;
  BannerDecisionConflict: ResolverTypeWrapper<BannerDecisionConflict>;
  BannerDecisionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['BannerDecisionResult']>;
  BannerLocation: ResolverTypeWrapper<BannerLocation>;
  BannerLocationInput: BannerLocationInput;
  BannerLocationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['BannerLocationResult']>;
  BannerRefused: ResolverTypeWrapper<BannerRefused>;
  BannerStatus: null;
  BookNotaryAppointmentInput: BookNotaryAppointmentInput;
  BookNotaryAppointmentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['BookNotaryAppointmentResult']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarFeeds: ResolverTypeWrapper<CalendarFeedUrls>;
  CallInquiryInput: CallInquiryInput;
  CallOutcome: null;
  CallSource: null;
  CallStateConflict: ResolverTypeWrapper<CallConflict>;
  CancelLemonLotPermitResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CancelLemonLotPermitResult']>;
  CemeteryAuditEntry: ResolverTypeWrapper<CemeteryAuditEntry>;
  CemeteryContact: ResolverTypeWrapper<CemeteryContact>;
  CemeteryContactInput: CemeteryContactInput;
  CemeteryLot: ResolverTypeWrapper<LotView>;
  CemeteryLotFilter: CemeteryLotFilter;
  CemeteryLotHistory: ResolverTypeWrapper<Omit<CemeteryLotHistory, 'interments' | 'lot'> & { interments: Array<ResolversTypes['Interment']>, lot: ResolversTypes['CemeteryLot'] }>;
  CemeteryLotSold: ResolverTypeWrapper<Omit<CemeteryLotSold, 'lot'> & { lot: ResolversTypes['CemeteryLot'] }>;
  CemeteryLotStatus: null;
  CemeteryLotUnavailable: ResolverTypeWrapper<CemeteryLotUnavailable>;
  CemeteryLotsAdded: ResolverTypeWrapper<Omit<CemeteryLotsAdded, 'lots'> & { lots: Array<ResolversTypes['CemeteryLot']> }>;
  CemeteryLotsImported: ResolverTypeWrapper<CemeteryLotsImported>;
  Center: ResolverTypeWrapper<Center>;
  Channel: null;
  ChannelCount: ResolverTypeWrapper<ChannelCount>;
  ClaimFilter: null;
  CloseDrawerInput: CloseDrawerInput;
  CloseDrawerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CloseDrawerResult']>;
  Contact: ResolverTypeWrapper<ContactView>;
  CopyWeekResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CopyWeekResult']>;
  CreateArticleInput: CreateArticleInput;
  CreateProgramInput: CreateProgramInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: ResolverTypeWrapper<DepartmentRecord>;
  DepartmentDirectoryInput: DepartmentDirectoryInput;
  DepartmentError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DepartmentError']>;
  DepartmentPayload: ResolverTypeWrapper<DepartmentResult>;
  DiffGranularity: null;
  DiffPart: ResolverTypeWrapper<DiffSegment>;
  DiffPartKind: null;
  DirectoryHit: ResolverTypeWrapper<DirectoryMatch>;
  DirectorySearchResult: ResolverTypeWrapper<DirectoryResult>;
  Drawer: ResolverTypeWrapper<DrawerView>;
  DrawerAlreadyClosed: ResolverTypeWrapper<DrawerAlreadyClosedResult>;
  DrawerClose: ResolverTypeWrapper<DrawerCloseView>;
  Duty: ResolverTypeWrapper<DutyView>;
  DutyKind: null;
  EditPaymentInput: EditPaymentInput;
  EditPaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EditPaymentResult']>;
  FieldError: ResolverTypeWrapper<FieldError>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportCemeteryLotsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ImportCemeteryLotsResult']>;
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
  InquiryStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InquiryStatusResult']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interment: ResolverTypeWrapper<IntermentView>;
  IntermentChangeResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['IntermentChangeResult']>;
  IntermentRefused: ResolverTypeWrapper<IntermentRefused>;
  IntermentScheduleDay: ResolverTypeWrapper<Omit<IntermentScheduleDay, 'slots'> & { slots: Array<ResolversTypes['IntermentScheduleSlot']> }>;
  IntermentScheduleSlot: ResolverTypeWrapper<Omit<IntermentScheduleSlot, 'interment'> & { interment?: Maybe<ResolversTypes['Interment']> }>;
  IntermentSlot: ResolverTypeWrapper<IntermentSlot>;
  IntermentSlotTaken: ResolverTypeWrapper<IntermentSlotTaken>;
  IntermentStatus: null;
  InvalidCredentials: ResolverTypeWrapper<InvalidCredentialsError>;
  InvalidInput: ResolverTypeWrapper<InvalidInputResult>;
  IssueApiKeyPayload: ResolverTypeWrapper<IssueApiKeyResult>;
  KnowledgeBaseEvent: ResolverTypeWrapper<KbEventView>;
  KnowledgeBaseEventType: null;
  Kudos: ResolverTypeWrapper<Omit<Kudos, 'reviewedBy' | 'staff' | 'suggestedStaff'> & { reviewedBy?: Maybe<ResolversTypes['Staff']>, staff?: Maybe<ResolversTypes['Staff']>, suggestedStaff?: Maybe<ResolversTypes['Staff']> }>;
  KudosAlreadyReviewed: ResolverTypeWrapper<Omit<KudosAlreadyReviewed, 'reviewedBy'> & { reviewedBy?: Maybe<ResolversTypes['Staff']> }>;
  KudosNewsletter: ResolverTypeWrapper<Omit<KudosNewsletter, 'staff'> & { staff: Array<ResolversTypes['KudosNewsletterStaff']> }>;
  KudosNewsletterEntry: ResolverTypeWrapper<KudosNewsletterEntry>;
  KudosNewsletterStaff: ResolverTypeWrapper<Omit<KudosNewsletterStaff, 'staff'> & { staff?: Maybe<ResolversTypes['Staff']> }>;
  KudosReceived: ResolverTypeWrapper<KudosReceived>;
  KudosReviewResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['KudosReviewResult']>;
  KudosSource: KudosSource;
  KudosStatus: KudosStatus;
  LemonLotContact: ResolverTypeWrapper<LemonLotContact>;
  LemonLotPermit: ResolverTypeWrapper<LemonLotPermit>;
  LemonLotPermitConflict: ResolverTypeWrapper<LemonLotPermitConflict>;
  LemonLotPermitInput: LemonLotPermitInput;
  LemonLotPermitList: ResolverTypeWrapper<LemonLotPermitList>;
  LemonLotPermitReceived: ResolverTypeWrapper<LemonLotPermitReceived>;
  LemonLotPermitStatus: null;
  LemonLotRefused: ResolverTypeWrapper<LemonLotRefused>;
  LemonLotSearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LemonLotSearchResult']>;
  LemonLotSettings: ResolverTypeWrapper<LemonLotSettings>;
  LemonLotSettingsInput: LemonLotSettingsInput;
  LemonLotSettingsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LemonLotSettingsResult']>;
  LogCallInquiryPayload: ResolverTypeWrapper<LogCallResult>;
  ManagedNotaryAppointment: ResolverTypeWrapper<ManagedNotaryAppointment>;
  MemberHours: ResolverTypeWrapper<MemberHoursView>;
  MessageKind: null;
  MessageVisibility: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotClaimant: ResolverTypeWrapper<NotClaimantError>;
  NotFound: ResolverTypeWrapper<NotFoundError>;
  Notary: ResolverTypeWrapper<Notary>;
  NotaryAppointment: ResolverTypeWrapper<NotaryAppointmentView>;
  NotaryAppointmentChangeResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['NotaryAppointmentChangeResult']>;
  NotaryAppointmentOutcome: null;
  NotaryAppointmentStatus: null;
  NotaryBooking: ResolverTypeWrapper<NotaryBooking>;
  NotaryCommissionInput: NotaryCommissionInput;
  NotaryCommissionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['NotaryCommissionResult']>;
  NotaryContactInput: NotaryContactInput;
  NotaryFreeDay: ResolverTypeWrapper<NotaryFreeDay>;
  NotaryFreeSlot: ResolverTypeWrapper<NotaryFreeSlot>;
  NotarySlotTaken: ResolverTypeWrapper<NotarySlotTaken>;
  NotaryStaffSlot: ResolverTypeWrapper<NotaryStaffSlot>;
  Open311Datatype: null;
  OutboundEmail: ResolverTypeWrapper<OutboundEmailRow>;
  OutboundEmailError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OutboundEmailError']>;
  OutboundEmailKind: null;
  OutboundEmailPayload: ResolverTypeWrapper<RetryResult>;
  OutboundEmailStatus: null;
  OutboxStatus: ResolverTypeWrapper<OutboxStatus>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaintSlotsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PaintSlotsResult']>;
  PairHours: ResolverTypeWrapper<PairHoursView>;
  Payment: ResolverTypeWrapper<PaymentView>;
  PaymentAlreadyReversed: ResolverTypeWrapper<AlreadyReversedResult>;
  PaymentChannel: null;
  PaymentLocked: ResolverTypeWrapper<PaymentLockedResult>;
  PaymentMethod: null;
  PaymentPurpose: null;
  PaymentVersionConflict: ResolverTypeWrapper<PaymentVersionConflictResult>;
  PermitPeriod: ResolverTypeWrapper<PermitPeriod>;
  PhoneCall: ResolverTypeWrapper<PhoneCallView>;
  PhoneCallError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PhoneCallError']>;
  PhoneCallEvent: ResolverTypeWrapper<PhoneEventView>;
  PhoneCallEventType: null;
  PhoneCallInput: PhoneCallInput;
  PhoneCallPayload: ResolverTypeWrapper<CallResult>;
  PhotoUploadInput: PhotoUploadInput;
  Presence: ResolverTypeWrapper<PresenceView>;
  PresenceEvent: ResolverTypeWrapper<PresenceEventView>;
  PresenceStatus: null;
  Program: ResolverTypeWrapper<ProgramRecord>;
  ProposeRotationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ProposeRotationResult']>;
  PublicArticle: ResolverTypeWrapper<PublicArticleView>;
  PublicArticleConnection: ResolverTypeWrapper<PublicPage>;
  PublicArticleEdge: ResolverTypeWrapper<Omit<PublicArticleEdge, 'node'> & { node: ResolversTypes['PublicArticleHit'] }>;
  PublicArticleHit: ResolverTypeWrapper<PublicHit>;
  PublicBannerApplication: ResolverTypeWrapper<PublicBannerApplication>;
  PublicDepartment: ResolverTypeWrapper<DepartmentRecord>;
  PublicFormLimits: ResolverTypeWrapper<PublicFormLimits>;
  PublicInquiryStatus: ResolverTypeWrapper<PublicStatusView>;
  PublicInquiryUpdate: ResolverTypeWrapper<PublicInquiryUpdate>;
  PublicLemonLotPermit: ResolverTypeWrapper<PublicLemonLotPermit>;
  PublicProgress: null;
  PublicSurveyRating: ResolverTypeWrapper<PublicSurveyRating>;
  PublicTopic: ResolverTypeWrapper<TopicRecord>;
  PublishAwarenessPayload: ResolverTypeWrapper<Omit<PublishAwarenessPayload, 'error'> & { error?: Maybe<ResolversTypes['ArticleError']> }>;
  PublishRotationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PublishRotationResult']>;
  PushArticleUpdatePayload: ResolverTypeWrapper<PushResult>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimited: ResolverTypeWrapper<RateLimitedResult>;
  RecordBannerApplicationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordBannerApplicationResult']>;
  RecordLemonLotPermitResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordLemonLotPermitResult']>;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordPaymentResult']>;
  ReplyPayload: ResolverTypeWrapper<ReplyResult>;
  Report: ResolverTypeWrapper<Omit<Report, 'department'> & { department?: Maybe<ResolversTypes['Department']> }>;
  ReportAgentWorkload: ResolverTypeWrapper<ReportAgentWorkload>;
  ReportBucket: null;
  ReportBucketCents: ResolverTypeWrapper<ReportBucketCents>;
  ReportBucketCount: ResolverTypeWrapper<ReportBucketCount>;
  ReportCountSeries: ResolverTypeWrapper<ReportCountSeries>;
  ReportCounterService: ResolverTypeWrapper<ReportCounterService>;
  ReportDurationBucket: ResolverTypeWrapper<ReportDurationBucket>;
  ReportDurationSeries: ResolverTypeWrapper<ReportDurationSeries>;
  ReportDurationStats: ResolverTypeWrapper<ReportDurationStats>;
  ReportFirstContactResolution: ResolverTypeWrapper<ReportFirstContactResolution>;
  ReportKeyedCount: ResolverTypeWrapper<ReportKeyedCount>;
  ReportKudos: ResolverTypeWrapper<ReportKudos>;
  ReportKudosStaff: ResolverTypeWrapper<ReportKudosStaff>;
  ReportPeriod: ResolverTypeWrapper<ReportPeriod>;
  ReportPhone: ResolverTypeWrapper<ReportPhone>;
  ReportPhoneBucket: ResolverTypeWrapper<ReportPhoneBucket>;
  ReportRange: ResolverTypeWrapper<ReportRange>;
  ReportRatingCount: ResolverTypeWrapper<ReportRatingCount>;
  ReportRepeatContacts: ResolverTypeWrapper<ReportRepeatContacts>;
  ReportSatisfaction: ResolverTypeWrapper<ReportSatisfaction>;
  ReportTransfers: ResolverTypeWrapper<ReportTransfers>;
  ReversePaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReversePaymentResult']>;
  RevokeApiKeyPayload: ResolverTypeWrapper<RevokeApiKeyResult>;
  RingNotice: ResolverTypeWrapper<RingNoticeView>;
  RotaChange: ResolverTypeWrapper<RotaChangeView>;
  RotaDay: ResolverTypeWrapper<OpenDay>;
  RotaFairness: ResolverTypeWrapper<FairnessView>;
  RotaHalfHour: ResolverTypeWrapper<OpenHalfHour>;
  RotaLeave: ResolverTypeWrapper<RotaLeaveView>;
  RotaLeaveResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RotaLeaveResult']>;
  RotaMember: ResolverTypeWrapper<RotaMemberView>;
  RotaMemberKind: null;
  RotaMemberResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RotaMemberResult']>;
  RotaRule: RotaRule;
  RotaSlot: ResolverTypeWrapper<RotaSlotView>;
  RotaWarning: ResolverTypeWrapper<RotaWarningView>;
  RotaWarningLevel: RotaWarningLevel;
  Rotation: ResolverTypeWrapper<RotationView>;
  RotationEvent: ResolverTypeWrapper<RotationEventView>;
  RotationProposal: ResolverTypeWrapper<Omit<RotationProposal, 'rotation'> & { rotation: ResolversTypes['Rotation'] }>;
  RotationSettings: ResolverTypeWrapper<RotationSettingsView>;
  RotationSettingsInput: RotationSettingsInput;
  RotationSettingsResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RotationSettingsResult']>;
  SaveAnswerPayload: ResolverTypeWrapper<SaveAnswerResult>;
  ScheduleIntermentInput: ScheduleIntermentInput;
  ScheduleIntermentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ScheduleIntermentResult']>;
  SearchMode: null;
  SelfCheckInInput: SelfCheckInInput;
  SelfCheckInPayload: ResolverTypeWrapper<SelfCheckInResult>;
  SelfCheckInReceipt: ResolverTypeWrapper<SelfCheckInReceipt>;
  SellCemeteryLotInput: SellCemeteryLotInput;
  SellCemeteryLotResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SellCemeteryLotResult']>;
  SendKudosInput: SendKudosInput;
  SendKudosResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SendKudosResult']>;
  SetTopicAttributesError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetTopicAttributesError']>;
  SetTopicAttributesPayload: ResolverTypeWrapper<SetTopicAttributesResult>;
  SignInError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SignInError']>;
  SignInPayload: ResolverTypeWrapper<SignInResult>;
  SignInThrottled: ResolverTypeWrapper<SignInThrottledResult>;
  SlotPaint: SlotPaint;
  Staff: ResolverTypeWrapper<StaffSummary>;
  StaffBannerApplicationReceived: ResolverTypeWrapper<StaffBannerApplicationReceived>;
  StaffLemonLotPermitReceived: ResolverTypeWrapper<StaffLemonLotPermitReceived>;
  StaffNotaryBookingInput: StaffNotaryBookingInput;
  StaffNotaryBookingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['StaffNotaryBookingResult']>;
  StaffRole: null;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitWebInquiryPayload: ResolverTypeWrapper<WebFormResult>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SurveyAlreadyAnswered: ResolverTypeWrapper<SurveyAlreadyAnswered>;
  SurveyError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SurveyError']>;
  SurveyInput: SurveyInput;
  SurveyInvitation: ResolverTypeWrapper<SurveyInvitation>;
  SurveyKudosInput: SurveyKudosInput;
  SurveyLookupResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SurveyLookupResult']>;
  SurveyNotResolved: ResolverTypeWrapper<SurveyNotResolved>;
  SurveyReceipt: ResolverTypeWrapper<SurveyReceipt>;
  SurveyResponse: ResolverTypeWrapper<SurveyResponse>;
  SurveyResult: ResolverTypeWrapper<Omit<SurveyResult, 'error'> & { error?: Maybe<ResolversTypes['SurveyError']> }>;
  SurveySource: SurveySource;
  TeamMeeting: ResolverTypeWrapper<TeamMeetingView>;
  TeamMeetingInput: TeamMeetingInput;
  Topic: ResolverTypeWrapper<TopicRecord>;
  TopicAttribute: ResolverTypeWrapper<TopicAttributeRecord>;
  TopicAttributeInput: TopicAttributeInput;
  TopicAttributeValue: ResolverTypeWrapper<TopicAttributeValue>;
  TopicAttributeValueInput: TopicAttributeValueInput;
  UpdateArticleInput: UpdateArticleInput;
  VersionConflict: ResolverTypeWrapper<VersionConflictError>;
  WalkInCheckInInput: WalkInCheckInInput;
  WalkInDayFigures: ResolverTypeWrapper<DayFigures>;
  WalkInError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['WalkInError']>;
  WalkInEvent: ResolverTypeWrapper<WalkInEventView>;
  WalkInEventType: null;
  WalkInInput: WalkInInput;
  WalkInOutcomeInput: WalkInOutcomeInput;
  WalkInOutcomePayload: ResolverTypeWrapper<OutcomeResult>;
  WalkInPayload: ResolverTypeWrapper<VisitResult>;
  WalkInQueueLength: ResolverTypeWrapper<WalkInQueueLength>;
  WalkInStateConflict: ResolverTypeWrapper<VisitConflict>;
  WalkInStatus: null;
  WalkInVisit: ResolverTypeWrapper<WalkInVisitView>;
  WebInquiryInput: WebInquiryInput;
  WebInquiryReceipt: ResolverTypeWrapper<WebInquiryReceipt>;
  WebLocationInput: WebLocationInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCemeteryLotsInput: AddCemeteryLotsInput;
  AddCemeteryLotsResult: ResolversUnionTypes<ResolversParentTypes>['AddCemeteryLotsResult'];
  AlreadyClaimed: AlreadyClaimedError;
  ApiKey: ApiKeyRecord;
  ApplyForBannerResult: ResolversUnionTypes<ResolversParentTypes>['ApplyForBannerResult'];
  ApplyForLemonLotResult: ResolversUnionTypes<ResolversParentTypes>['ApplyForLemonLotResult'];
  Article: ArticleRecord;
  ArticleAwarenessUpdate: AwarenessUpdateView;
  ArticleConnection: ArticlePage;
  ArticleDiff: RevisionDiff;
  ArticleDocUpdate: DocUpdateView;
  ArticleDocumentSync: DocumentSync;
  ArticleDocumentSyncPayload: SyncResult;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['ArticleSearchHit'] };
  ArticleError: ResolversUnionTypes<ResolversParentTypes>['ArticleError'];
  ArticleFeedback: FeedbackCounts;
  ArticleFilter: ArticleFilter;
  ArticlePayload: ArticleResult;
  ArticleRevision: RevisionRecord;
  ArticleSearchHit: ArticleHit;
  ArticleVersionConflict: ArticleVersionConflictError;
  ArticleVotePayload: VoteResult;
  Attachment: AttachmentSummary;
  AuditChange: AuditChange;
  AuditEntry: AuditEntryView;
  BannerApplication: BannerApplication;
  BannerApplicationInput: BannerApplicationInput;
  BannerApplicationReceived: BannerApplicationReceived;
  BannerCalendar: BannerCalendar;
  BannerCalendarEntry: BannerCalendarEntry;
  BannerCalendarLocation: BannerCalendarLocation;
  BannerContact: BannerContact;
  BannerDecisionConflict: BannerDecisionConflict;
  BannerDecisionResult: ResolversUnionTypes<ResolversParentTypes>['BannerDecisionResult'];
  BannerLocation: BannerLocation;
  BannerLocationInput: BannerLocationInput;
  BannerLocationResult: ResolversUnionTypes<ResolversParentTypes>['BannerLocationResult'];
  BannerRefused: BannerRefused;
  BookNotaryAppointmentInput: BookNotaryAppointmentInput;
  BookNotaryAppointmentResult: ResolversUnionTypes<ResolversParentTypes>['BookNotaryAppointmentResult'];
  Boolean: Scalars['Boolean']['output'];
  CalendarFeeds: CalendarFeedUrls;
  CallInquiryInput: CallInquiryInput;
  CallStateConflict: CallConflict;
  CancelLemonLotPermitResult: ResolversUnionTypes<ResolversParentTypes>['CancelLemonLotPermitResult'];
  CemeteryAuditEntry: CemeteryAuditEntry;
  CemeteryContact: CemeteryContact;
  CemeteryContactInput: CemeteryContactInput;
  CemeteryLot: LotView;
  CemeteryLotFilter: CemeteryLotFilter;
  CemeteryLotHistory: Omit<CemeteryLotHistory, 'interments' | 'lot'> & { interments: Array<ResolversParentTypes['Interment']>, lot: ResolversParentTypes['CemeteryLot'] };
  CemeteryLotSold: Omit<CemeteryLotSold, 'lot'> & { lot: ResolversParentTypes['CemeteryLot'] };
  CemeteryLotUnavailable: CemeteryLotUnavailable;
  CemeteryLotsAdded: Omit<CemeteryLotsAdded, 'lots'> & { lots: Array<ResolversParentTypes['CemeteryLot']> };
  CemeteryLotsImported: CemeteryLotsImported;
  Center: Center;
  ChannelCount: ChannelCount;
  CloseDrawerInput: CloseDrawerInput;
  CloseDrawerResult: ResolversUnionTypes<ResolversParentTypes>['CloseDrawerResult'];
  Contact: ContactView;
  CopyWeekResult: ResolversUnionTypes<ResolversParentTypes>['CopyWeekResult'];
  CreateArticleInput: CreateArticleInput;
  CreateProgramInput: CreateProgramInput;
  DateTime: Scalars['DateTime']['output'];
  Department: DepartmentRecord;
  DepartmentDirectoryInput: DepartmentDirectoryInput;
  DepartmentError: ResolversUnionTypes<ResolversParentTypes>['DepartmentError'];
  DepartmentPayload: DepartmentResult;
  DiffPart: DiffSegment;
  DirectoryHit: DirectoryMatch;
  DirectorySearchResult: DirectoryResult;
  Drawer: DrawerView;
  DrawerAlreadyClosed: DrawerAlreadyClosedResult;
  DrawerClose: DrawerCloseView;
  Duty: DutyView;
  EditPaymentInput: EditPaymentInput;
  EditPaymentResult: ResolversUnionTypes<ResolversParentTypes>['EditPaymentResult'];
  FieldError: FieldError;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportCemeteryLotsResult: ResolversUnionTypes<ResolversParentTypes>['ImportCemeteryLotsResult'];
  InboxEvent: InboxEventView;
  InboxFilter: InboxFilter;
  Inquiry: InquiryView;
  InquiryConnection: InboxPage;
  InquiryEdge: InboxPageItem;
  InquiryError: ResolversUnionTypes<ResolversParentTypes>['InquiryError'];
  InquiryMessage: MessageView;
  InquiryPayload: InquiryResult;
  InquiryStatusResult: ResolversUnionTypes<ResolversParentTypes>['InquiryStatusResult'];
  Int: Scalars['Int']['output'];
  Interment: IntermentView;
  IntermentChangeResult: ResolversUnionTypes<ResolversParentTypes>['IntermentChangeResult'];
  IntermentRefused: IntermentRefused;
  IntermentScheduleDay: Omit<IntermentScheduleDay, 'slots'> & { slots: Array<ResolversParentTypes['IntermentScheduleSlot']> };
  IntermentScheduleSlot: Omit<IntermentScheduleSlot, 'interment'> & { interment?: Maybe<ResolversParentTypes['Interment']> };
  IntermentSlot: IntermentSlot;
  IntermentSlotTaken: IntermentSlotTaken;
  InvalidCredentials: InvalidCredentialsError;
  InvalidInput: InvalidInputResult;
  IssueApiKeyPayload: IssueApiKeyResult;
  KnowledgeBaseEvent: KbEventView;
  Kudos: Omit<Kudos, 'reviewedBy' | 'staff' | 'suggestedStaff'> & { reviewedBy?: Maybe<ResolversParentTypes['Staff']>, staff?: Maybe<ResolversParentTypes['Staff']>, suggestedStaff?: Maybe<ResolversParentTypes['Staff']> };
  KudosAlreadyReviewed: Omit<KudosAlreadyReviewed, 'reviewedBy'> & { reviewedBy?: Maybe<ResolversParentTypes['Staff']> };
  KudosNewsletter: Omit<KudosNewsletter, 'staff'> & { staff: Array<ResolversParentTypes['KudosNewsletterStaff']> };
  KudosNewsletterEntry: KudosNewsletterEntry;
  KudosNewsletterStaff: Omit<KudosNewsletterStaff, 'staff'> & { staff?: Maybe<ResolversParentTypes['Staff']> };
  KudosReceived: KudosReceived;
  KudosReviewResult: ResolversUnionTypes<ResolversParentTypes>['KudosReviewResult'];
  LemonLotContact: LemonLotContact;
  LemonLotPermit: LemonLotPermit;
  LemonLotPermitConflict: LemonLotPermitConflict;
  LemonLotPermitInput: LemonLotPermitInput;
  LemonLotPermitList: LemonLotPermitList;
  LemonLotPermitReceived: LemonLotPermitReceived;
  LemonLotRefused: LemonLotRefused;
  LemonLotSearchResult: ResolversUnionTypes<ResolversParentTypes>['LemonLotSearchResult'];
  LemonLotSettings: LemonLotSettings;
  LemonLotSettingsInput: LemonLotSettingsInput;
  LemonLotSettingsResult: ResolversUnionTypes<ResolversParentTypes>['LemonLotSettingsResult'];
  LogCallInquiryPayload: LogCallResult;
  ManagedNotaryAppointment: ManagedNotaryAppointment;
  MemberHours: MemberHoursView;
  Mutation: Record<PropertyKey, never>;
  NotClaimant: NotClaimantError;
  NotFound: NotFoundError;
  Notary: Notary;
  NotaryAppointment: NotaryAppointmentView;
  NotaryAppointmentChangeResult: ResolversUnionTypes<ResolversParentTypes>['NotaryAppointmentChangeResult'];
  NotaryBooking: NotaryBooking;
  NotaryCommissionInput: NotaryCommissionInput;
  NotaryCommissionResult: ResolversUnionTypes<ResolversParentTypes>['NotaryCommissionResult'];
  NotaryContactInput: NotaryContactInput;
  NotaryFreeDay: NotaryFreeDay;
  NotaryFreeSlot: NotaryFreeSlot;
  NotarySlotTaken: NotarySlotTaken;
  NotaryStaffSlot: NotaryStaffSlot;
  OutboundEmail: OutboundEmailRow;
  OutboundEmailError: ResolversUnionTypes<ResolversParentTypes>['OutboundEmailError'];
  OutboundEmailPayload: RetryResult;
  OutboxStatus: OutboxStatus;
  PageInfo: PageInfo;
  PaintSlotsResult: ResolversUnionTypes<ResolversParentTypes>['PaintSlotsResult'];
  PairHours: PairHoursView;
  Payment: PaymentView;
  PaymentAlreadyReversed: AlreadyReversedResult;
  PaymentLocked: PaymentLockedResult;
  PaymentVersionConflict: PaymentVersionConflictResult;
  PermitPeriod: PermitPeriod;
  PhoneCall: PhoneCallView;
  PhoneCallError: ResolversUnionTypes<ResolversParentTypes>['PhoneCallError'];
  PhoneCallEvent: PhoneEventView;
  PhoneCallInput: PhoneCallInput;
  PhoneCallPayload: CallResult;
  PhotoUploadInput: PhotoUploadInput;
  Presence: PresenceView;
  PresenceEvent: PresenceEventView;
  Program: ProgramRecord;
  ProposeRotationResult: ResolversUnionTypes<ResolversParentTypes>['ProposeRotationResult'];
  PublicArticle: PublicArticleView;
  PublicArticleConnection: PublicPage;
  PublicArticleEdge: Omit<PublicArticleEdge, 'node'> & { node: ResolversParentTypes['PublicArticleHit'] };
  PublicArticleHit: PublicHit;
  PublicBannerApplication: PublicBannerApplication;
  PublicDepartment: DepartmentRecord;
  PublicFormLimits: PublicFormLimits;
  PublicInquiryStatus: PublicStatusView;
  PublicInquiryUpdate: PublicInquiryUpdate;
  PublicLemonLotPermit: PublicLemonLotPermit;
  PublicSurveyRating: PublicSurveyRating;
  PublicTopic: TopicRecord;
  PublishAwarenessPayload: Omit<PublishAwarenessPayload, 'error'> & { error?: Maybe<ResolversParentTypes['ArticleError']> };
  PublishRotationResult: ResolversUnionTypes<ResolversParentTypes>['PublishRotationResult'];
  PushArticleUpdatePayload: PushResult;
  Query: Record<PropertyKey, never>;
  RateLimited: RateLimitedResult;
  RecordBannerApplicationResult: ResolversUnionTypes<ResolversParentTypes>['RecordBannerApplicationResult'];
  RecordLemonLotPermitResult: ResolversUnionTypes<ResolversParentTypes>['RecordLemonLotPermitResult'];
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentResult: ResolversUnionTypes<ResolversParentTypes>['RecordPaymentResult'];
  ReplyPayload: ReplyResult;
  Report: Omit<Report, 'department'> & { department?: Maybe<ResolversParentTypes['Department']> };
  ReportAgentWorkload: ReportAgentWorkload;
  ReportBucketCents: ReportBucketCents;
  ReportBucketCount: ReportBucketCount;
  ReportCountSeries: ReportCountSeries;
  ReportCounterService: ReportCounterService;
  ReportDurationBucket: ReportDurationBucket;
  ReportDurationSeries: ReportDurationSeries;
  ReportDurationStats: ReportDurationStats;
  ReportFirstContactResolution: ReportFirstContactResolution;
  ReportKeyedCount: ReportKeyedCount;
  ReportKudos: ReportKudos;
  ReportKudosStaff: ReportKudosStaff;
  ReportPeriod: ReportPeriod;
  ReportPhone: ReportPhone;
  ReportPhoneBucket: ReportPhoneBucket;
  ReportRange: ReportRange;
  ReportRatingCount: ReportRatingCount;
  ReportRepeatContacts: ReportRepeatContacts;
  ReportSatisfaction: ReportSatisfaction;
  ReportTransfers: ReportTransfers;
  ReversePaymentResult: ResolversUnionTypes<ResolversParentTypes>['ReversePaymentResult'];
  RevokeApiKeyPayload: RevokeApiKeyResult;
  RingNotice: RingNoticeView;
  RotaChange: RotaChangeView;
  RotaDay: OpenDay;
  RotaFairness: FairnessView;
  RotaHalfHour: OpenHalfHour;
  RotaLeave: RotaLeaveView;
  RotaLeaveResult: ResolversUnionTypes<ResolversParentTypes>['RotaLeaveResult'];
  RotaMember: RotaMemberView;
  RotaMemberResult: ResolversUnionTypes<ResolversParentTypes>['RotaMemberResult'];
  RotaSlot: RotaSlotView;
  RotaWarning: RotaWarningView;
  Rotation: RotationView;
  RotationEvent: RotationEventView;
  RotationProposal: Omit<RotationProposal, 'rotation'> & { rotation: ResolversParentTypes['Rotation'] };
  RotationSettings: RotationSettingsView;
  RotationSettingsInput: RotationSettingsInput;
  RotationSettingsResult: ResolversUnionTypes<ResolversParentTypes>['RotationSettingsResult'];
  SaveAnswerPayload: SaveAnswerResult;
  ScheduleIntermentInput: ScheduleIntermentInput;
  ScheduleIntermentResult: ResolversUnionTypes<ResolversParentTypes>['ScheduleIntermentResult'];
  SelfCheckInInput: SelfCheckInInput;
  SelfCheckInPayload: SelfCheckInResult;
  SelfCheckInReceipt: SelfCheckInReceipt;
  SellCemeteryLotInput: SellCemeteryLotInput;
  SellCemeteryLotResult: ResolversUnionTypes<ResolversParentTypes>['SellCemeteryLotResult'];
  SendKudosInput: SendKudosInput;
  SendKudosResult: ResolversUnionTypes<ResolversParentTypes>['SendKudosResult'];
  SetTopicAttributesError: ResolversUnionTypes<ResolversParentTypes>['SetTopicAttributesError'];
  SetTopicAttributesPayload: SetTopicAttributesResult;
  SignInError: ResolversUnionTypes<ResolversParentTypes>['SignInError'];
  SignInPayload: SignInResult;
  SignInThrottled: SignInThrottledResult;
  SlotPaint: SlotPaint;
  Staff: StaffSummary;
  StaffBannerApplicationReceived: StaffBannerApplicationReceived;
  StaffLemonLotPermitReceived: StaffLemonLotPermitReceived;
  StaffNotaryBookingInput: StaffNotaryBookingInput;
  StaffNotaryBookingResult: ResolversUnionTypes<ResolversParentTypes>['StaffNotaryBookingResult'];
  String: Scalars['String']['output'];
  SubmitWebInquiryPayload: WebFormResult;
  Subscription: Record<PropertyKey, never>;
  SurveyAlreadyAnswered: SurveyAlreadyAnswered;
  SurveyError: ResolversUnionTypes<ResolversParentTypes>['SurveyError'];
  SurveyInput: SurveyInput;
  SurveyInvitation: SurveyInvitation;
  SurveyKudosInput: SurveyKudosInput;
  SurveyLookupResult: ResolversUnionTypes<ResolversParentTypes>['SurveyLookupResult'];
  SurveyNotResolved: SurveyNotResolved;
  SurveyReceipt: SurveyReceipt;
  SurveyResponse: SurveyResponse;
  SurveyResult: Omit<SurveyResult, 'error'> & { error?: Maybe<ResolversParentTypes['SurveyError']> };
  TeamMeeting: TeamMeetingView;
  TeamMeetingInput: TeamMeetingInput;
  Topic: TopicRecord;
  TopicAttribute: TopicAttributeRecord;
  TopicAttributeInput: TopicAttributeInput;
  TopicAttributeValue: TopicAttributeValue;
  TopicAttributeValueInput: TopicAttributeValueInput;
  UpdateArticleInput: UpdateArticleInput;
  VersionConflict: VersionConflictError;
  WalkInCheckInInput: WalkInCheckInInput;
  WalkInDayFigures: DayFigures;
  WalkInError: ResolversUnionTypes<ResolversParentTypes>['WalkInError'];
  WalkInEvent: WalkInEventView;
  WalkInInput: WalkInInput;
  WalkInOutcomeInput: WalkInOutcomeInput;
  WalkInOutcomePayload: OutcomeResult;
  WalkInPayload: VisitResult;
  WalkInQueueLength: WalkInQueueLength;
  WalkInStateConflict: VisitConflict;
  WalkInVisit: WalkInVisitView;
  WebInquiryInput: WebInquiryInput;
  WebInquiryReceipt: WebInquiryReceipt;
  WebLocationInput: WebLocationInput;
};

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequireRoleDirectiveArgs = {
  role: StaffRole;
};

export type RequireRoleDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = RequireRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddCemeteryLotsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddCemeteryLotsResult'] = ResolversParentTypes['AddCemeteryLotsResult']> = {
  __resolveType: TypeResolveFn<'CemeteryLotsAdded' | 'InvalidInput', ParentType, ContextType>;
};

export type AlreadyClaimedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AlreadyClaimed'] = ResolversParentTypes['AlreadyClaimed']> = {
  holder?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ApplyForBannerResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplyForBannerResult'] = ResolversParentTypes['ApplyForBannerResult']> = {
  __resolveType: TypeResolveFn<'BannerApplicationReceived' | 'BannerRefused' | 'InvalidInput' | 'RateLimited', ParentType, ContextType>;
};

export type ApplyForLemonLotResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplyForLemonLotResult'] = ResolversParentTypes['ApplyForLemonLotResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'LemonLotPermitReceived' | 'LemonLotRefused' | 'RateLimited', ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  audience?: Resolver<ResolversTypes['ArticleAudience'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  feedback?: Resolver<ResolversTypes['ArticleFeedback'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedRevision?: Resolver<Maybe<ResolversTypes['ArticleRevision']>, ParentType, ContextType>;
  relatedArticles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['ArticleRevision']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceInquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleAudienceResolvers = { PUBLIC: 'public', STAFF: 'staff' };

export type ArticleAwarenessUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleAwarenessUpdate'] = ResolversParentTypes['ArticleAwarenessUpdate']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['SearchMode']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleDiffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleDiff'] = ResolversParentTypes['ArticleDiff']> = {
  body?: Resolver<Array<ResolversTypes['DiffPart']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ArticleRevision'], ParentType, ContextType>;
  title?: Resolver<Array<ResolversTypes['DiffPart']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ArticleRevision']>, ParentType, ContextType>;
};

export type ArticleDocUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleDocUpdate'] = ResolversParentTypes['ArticleDocUpdate']> = {
  actor?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  update?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleDocumentSyncResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleDocumentSync'] = ResolversParentTypes['ArticleDocumentSync']> = {
  lastEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stateVector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleDocumentSyncPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleDocumentSyncPayload'] = ResolversParentTypes['ArticleDocumentSyncPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['ArticleError']>, ParentType, ContextType>;
  sync?: Resolver<Maybe<ResolversTypes['ArticleDocumentSync']>, ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArticleSearchHit'], ParentType, ContextType>;
};

export type ArticleErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleError'] = ResolversParentTypes['ArticleError']> = {
  __resolveType: TypeResolveFn<'ArticleVersionConflict' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type ArticleFeedbackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleFeedback'] = ResolversParentTypes['ArticleFeedback']> = {
  helpful?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notHelpful?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticlePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticlePayload'] = ResolversParentTypes['ArticlePayload']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ArticleError']>, ParentType, ContextType>;
};

export type ArticleRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleRevision'] = ResolversParentTypes['ArticleRevision']> = {
  author?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ArticleRevisionKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restoredFromNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleRevisionKindResolvers = { PUBLISHED: 'published', RESTORED: 'restored' };

export type ArticleSearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleSearchHit'] = ResolversParentTypes['ArticleSearchHit']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleHighlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleStatusResolvers = { ARCHIVED: 'archived', DRAFT: 'draft', PUBLISHED: 'published' };

export type ArticleVersionConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleVersionConflict'] = ResolversParentTypes['ArticleVersionConflict']> = {
  current?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleVotePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleVotePayload'] = ResolversParentTypes['ArticleVotePayload']> = {
  error?: Resolver<Maybe<ResolversTypes['NotFound']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['ArticleFeedback']>, ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditChange'] = ResolversParentTypes['AuditChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditChange']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BannerApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerApplication'] = ResolversParentTypes['BannerApplication']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['BannerContact'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  inquiryReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['BannerLocation'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BannerStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BannerApplicationReceivedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerApplicationReceived'] = ResolversParentTypes['BannerApplicationReceived']> = {
  application?: Resolver<ResolversTypes['PublicBannerApplication'], ParentType, ContextType>;
  statusToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BannerCalendarResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerCalendar'] = ResolversParentTypes['BannerCalendar']> = {
  days?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['BannerCalendarLocation']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BannerCalendarEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerCalendarEntry'] = ResolversParentTypes['BannerCalendarEntry']> = {
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BannerStatus'], ParentType, ContextType>;
};

export type BannerCalendarLocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerCalendarLocation'] = ResolversParentTypes['BannerCalendarLocation']> = {
  approvedCounts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['BannerCalendarEntry']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['BannerLocation'], ParentType, ContextType>;
};

export type BannerContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerContact'] = ResolversParentTypes['BannerContact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BannerDecisionConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerDecisionConflict'] = ResolversParentTypes['BannerDecisionConflict']> = {
  current?: Resolver<ResolversTypes['BannerApplication'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BannerDecisionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerDecisionResult'] = ResolversParentTypes['BannerDecisionResult']> = {
  __resolveType: TypeResolveFn<'BannerApplication' | 'BannerDecisionConflict' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type BannerLocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerLocation'] = ResolversParentTypes['BannerLocation']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BannerLocationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerLocationResult'] = ResolversParentTypes['BannerLocationResult']> = {
  __resolveType: TypeResolveFn<'BannerLocation' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type BannerRefusedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BannerRefused'] = ResolversParentTypes['BannerRefused']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextFreeDates?: Resolver<Array<ResolversTypes['PermitPeriod']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BannerStatusResolvers = { APPROVED: 'approved', CANCELLED: 'cancelled', DECLINED: 'declined', PENDING: 'pending' };

export type BookNotaryAppointmentResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BookNotaryAppointmentResult'] = ResolversParentTypes['BookNotaryAppointmentResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotaryBooking' | 'NotarySlotTaken' | 'RateLimited', ParentType, ContextType>;
};

export type CalendarFeedsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalendarFeeds'] = ResolversParentTypes['CalendarFeeds']> = {
  personalUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teamUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CallOutcomeResolvers = { ABANDONED: 'abandoned', ANSWERED: 'answered', ENDED: 'ended', RINGING: 'ringing', SHORT_HANGUP: 'short_hangup' };

export type CallSourceResolvers = { SOFTPHONE: 'softphone', TELEPHONY: 'telephony' };

export type CallStateConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CallStateConflict'] = ResolversParentTypes['CallStateConflict']> = {
  call?: Resolver<Maybe<ResolversTypes['PhoneCall']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CancelLemonLotPermitResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CancelLemonLotPermitResult'] = ResolversParentTypes['CancelLemonLotPermitResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'LemonLotPermit' | 'LemonLotPermitConflict' | 'NotFound', ParentType, ContextType>;
};

export type CemeteryAuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CemeteryAuditEntry'] = ResolversParentTypes['CemeteryAuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CemeteryContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CemeteryContact'] = ResolversParentTypes['CemeteryContact']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CemeteryLotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CemeteryLot'] = ResolversParentTypes['CemeteryLot']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intermentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purchaser?: Resolver<Maybe<ResolversTypes['CemeteryContact']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  saleInquiryReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  soldByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CemeteryLotStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CemeteryLotHistoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CemeteryLotHistory'] = ResolversParentTypes['CemeteryLotHistory']> = {
  audit?: Resolver<Array<ResolversTypes['CemeteryAuditEntry']>, ParentType, ContextType>;
  interments?: Resolver<Array<ResolversTypes['Interment']>, ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['CemeteryLot'], ParentType, ContextType>;
};

export type CemeteryLotSoldResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CemeteryLotSold'] = ResolversParentTypes['CemeteryLotSold']> = {
  inquiryReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['CemeteryLot'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CemeteryLotStatusResolvers = { AVAILABLE: 'available', OCCUPIED: 'occupied', SOLD: 'sold' };

export type CemeteryLotUnavailableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CemeteryLotUnavailable'] = ResolversParentTypes['CemeteryLotUnavailable']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CemeteryLotStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CemeteryLotsAddedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CemeteryLotsAdded'] = ResolversParentTypes['CemeteryLotsAdded']> = {
  lots?: Resolver<Array<ResolversTypes['CemeteryLot']>, ParentType, ContextType>;
  skippedNumbers?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CemeteryLotsImportedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CemeteryLotsImported'] = ResolversParentTypes['CemeteryLotsImported']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CenterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Center'] = ResolversParentTypes['Center']> = {
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChannelResolvers = { EMAIL: 'email', PHONE: 'phone', WALK_IN: 'walk_in', WEB: 'web' };

export type ChannelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChannelCount'] = ResolversParentTypes['ChannelCount']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimFilterResolvers = { ANYONE: 'anyone', MINE: 'mine', UNCLAIMED: 'unclaimed' };

export type CloseDrawerResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CloseDrawerResult'] = ResolversParentTypes['CloseDrawerResult']> = {
  __resolveType: TypeResolveFn<'DrawerAlreadyClosed' | 'DrawerClose' | 'InvalidInput', ParentType, ContextType>;
};

export type ContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CopyWeekResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CopyWeekResult'] = ResolversParentTypes['CopyWeekResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'Rotation', ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DepartmentErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DepartmentError'] = ResolversParentTypes['DepartmentError']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type DepartmentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DepartmentPayload'] = ResolversParentTypes['DepartmentPayload']> = {
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['DepartmentError']>, ParentType, ContextType>;
};

export type DiffGranularityResolvers = { LINES: 'lines', WORDS: 'words' };

export type DiffPartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiffPart'] = ResolversParentTypes['DiffPart']> = {
  kind?: Resolver<ResolversTypes['DiffPartKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DiffPartKindResolvers = { ADDED: 'added', REMOVED: 'removed', UNCHANGED: 'unchanged' };

export type DirectoryHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DirectoryHit'] = ResolversParentTypes['DirectoryHit']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleHighlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type DirectorySearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DirectorySearchResult'] = ResolversParentTypes['DirectorySearchResult']> = {
  hits?: Resolver<Array<ResolversTypes['DirectoryHit']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['SearchMode']>, ParentType, ContextType>;
};

export type DrawerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Drawer'] = ResolversParentTypes['Drawer']> = {
  businessDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  close?: Resolver<Maybe<ResolversTypes['DrawerClose']>, ParentType, ContextType>;
  expectedCardCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedCashCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedCheckCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedTotalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
};

export type DrawerAlreadyClosedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DrawerAlreadyClosed'] = ResolversParentTypes['DrawerAlreadyClosed']> = {
  close?: Resolver<ResolversTypes['DrawerClose'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DrawerCloseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DrawerClose'] = ResolversParentTypes['DrawerClose']> = {
  businessDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  closedBy?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  countedCardCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countedCashCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countedCheckCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  differenceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedCardCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedCashCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedCheckCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DutyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Duty'] = ResolversParentTypes['Duty']> = {
  kind?: Resolver<ResolversTypes['DutyKind'], ParentType, ContextType>;
  nextKind?: Resolver<Maybe<ResolversTypes['DutyKind']>, ParentType, ContextType>;
  nextStartsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type DutyKindResolvers = { LEAVE: 'leave', MEETING: 'meeting', OFF_DESK: 'off_desk', ON_CALL: 'on_call' };

export type EditPaymentResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditPaymentResult'] = ResolversParentTypes['EditPaymentResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'Payment' | 'PaymentLocked' | 'PaymentVersionConflict', ParentType, ContextType>;
};

export type FieldErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportCemeteryLotsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportCemeteryLotsResult'] = ResolversParentTypes['ImportCemeteryLotsResult']> = {
  __resolveType: TypeResolveFn<'CemeteryLotsImported' | 'InvalidInput', ParentType, ContextType>;
};

export type InboxEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InboxEvent'] = ResolversParentTypes['InboxEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InboxEventType'], ParentType, ContextType>;
};

export type InboxEventTypeResolvers = { CLAIMED: 'claimed', CREATED: 'created', EMAIL_STATUS_CHANGED: 'email_status_changed', MESSAGE_RECEIVED: 'message_received', NOTE_ADDED: 'note_added', RELEASED: 'released', REOPENED: 'reopened', REPLY_QUEUED: 'reply_queued', RESOLVED: 'resolved', ROUTED: 'routed' };

export type InquiryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Inquiry'] = ResolversParentTypes['Inquiry']> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  call?: Resolver<Maybe<ResolversTypes['PhoneCall']>, ParentType, ContextType>;
  callEndedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  callStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  claimedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  claimedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  hasLinkedArticle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedArticle?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  loggedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['InquiryMessage']>, ParentType, ContextType>;
  outboundEmails?: Resolver<Array<ResolversTypes['OutboundEmail']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InquiryStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  survey?: Resolver<Maybe<ResolversTypes['SurveyResponse']>, ParentType, ContextType>;
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
  visibility?: Resolver<ResolversTypes['MessageVisibility'], ParentType, ContextType>;
};

export type InquiryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InquiryPayload'] = ResolversParentTypes['InquiryPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['InquiryError']>, ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
};

export type InquiryStatusResolvers = { OPEN: 'open', RESOLVED: 'resolved' };

export type InquiryStatusResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InquiryStatusResult'] = ResolversParentTypes['InquiryStatusResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'PublicInquiryStatus' | 'RateLimited', ParentType, ContextType>;
};

export type IntermentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Interment'] = ResolversParentTypes['Interment']> = {
  arranger?: Resolver<Maybe<ResolversTypes['CemeteryContact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateOfDeath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deceasedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funeralHome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lotId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lotLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slotEndsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  slotStartsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IntermentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IntermentChangeResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntermentChangeResult'] = ResolversParentTypes['IntermentChangeResult']> = {
  __resolveType: TypeResolveFn<'Interment' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type IntermentRefusedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntermentRefused'] = ResolversParentTypes['IntermentRefused']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IntermentScheduleDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntermentScheduleDay'] = ResolversParentTypes['IntermentScheduleDay']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['IntermentScheduleSlot']>, ParentType, ContextType>;
};

export type IntermentScheduleSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntermentScheduleSlot'] = ResolversParentTypes['IntermentScheduleSlot']> = {
  interment?: Resolver<Maybe<ResolversTypes['Interment']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['IntermentSlot'], ParentType, ContextType>;
};

export type IntermentSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntermentSlot'] = ResolversParentTypes['IntermentSlot']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  localTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type IntermentSlotTakenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntermentSlotTaken'] = ResolversParentTypes['IntermentSlotTaken']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextFreeSlots?: Resolver<Array<ResolversTypes['IntermentSlot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IntermentStatusResolvers = { CANCELLED: 'cancelled', COMPLETED: 'completed', SCHEDULED: 'scheduled' };

export type InvalidCredentialsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvalidCredentials'] = ResolversParentTypes['InvalidCredentials']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvalidInputResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvalidInput'] = ResolversParentTypes['InvalidInput']> = {
  fields?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IssueApiKeyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueApiKeyPayload'] = ResolversParentTypes['IssueApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['InvalidInput']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KnowledgeBaseEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KnowledgeBaseEvent'] = ResolversParentTypes['KnowledgeBaseEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['KnowledgeBaseEventType'], ParentType, ContextType>;
};

export type KnowledgeBaseEventTypeResolvers = { ARCHIVED: 'archived', CREATED: 'created', PUBLISHED: 'published', RELATED_SET: 'related_set', RESTORED: 'restored', UPDATED: 'updated', VERIFIED: 'verified' };

export type KudosResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Kudos'] = ResolversParentTypes['Kudos']> = {
  certificatePath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employeeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  residentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['KudosSource'], ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KudosStatus'], ParentType, ContextType>;
  suggestedStaff?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  topicName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KudosAlreadyReviewedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KudosAlreadyReviewed'] = ResolversParentTypes['KudosAlreadyReviewed']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KudosStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KudosNewsletterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KudosNewsletter'] = ResolversParentTypes['KudosNewsletter']> = {
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['KudosNewsletterStaff']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KudosNewsletterEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KudosNewsletterEntry'] = ResolversParentTypes['KudosNewsletterEntry']> = {
  approvedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kudosId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  topicName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KudosNewsletterStaffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KudosNewsletterStaff'] = ResolversParentTypes['KudosNewsletterStaff']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['KudosNewsletterEntry']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  staffName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KudosReceivedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KudosReceived'] = ResolversParentTypes['KudosReceived']> = {
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KudosReviewResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KudosReviewResult'] = ResolversParentTypes['KudosReviewResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'Kudos' | 'KudosAlreadyReviewed' | 'NotFound', ParentType, ContextType>;
};

export type LemonLotContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotContact'] = ResolversParentTypes['LemonLotContact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LemonLotPermitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotPermit'] = ResolversParentTypes['LemonLotPermit']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['LemonLotContact'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  inquiryReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plateKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plateState?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reminderQueuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LemonLotPermitStatus'], ParentType, ContextType>;
  vehicleColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vehicleMake?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vehicleModel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vehicleYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LemonLotPermitConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotPermitConflict'] = ResolversParentTypes['LemonLotPermitConflict']> = {
  current?: Resolver<ResolversTypes['LemonLotPermit'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LemonLotPermitListResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotPermitList'] = ResolversParentTypes['LemonLotPermitList']> = {
  permits?: Resolver<Array<ResolversTypes['LemonLotPermit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LemonLotPermitReceivedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotPermitReceived'] = ResolversParentTypes['LemonLotPermitReceived']> = {
  permit?: Resolver<ResolversTypes['PublicLemonLotPermit'], ParentType, ContextType>;
  statusToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LemonLotPermitStatusResolvers = { ACTIVE: 'active', CANCELLED: 'cancelled' };

export type LemonLotRefusedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotRefused'] = ResolversParentTypes['LemonLotRefused']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextFreeDates?: Resolver<Array<ResolversTypes['PermitPeriod']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LemonLotSearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotSearchResult'] = ResolversParentTypes['LemonLotSearchResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'LemonLotPermitList', ParentType, ContextType>;
};

export type LemonLotSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotSettings'] = ResolversParentTypes['LemonLotSettings']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reminderDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LemonLotSettingsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LemonLotSettingsResult'] = ResolversParentTypes['LemonLotSettingsResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'LemonLotSettings', ParentType, ContextType>;
};

export type LogCallInquiryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LogCallInquiryPayload'] = ResolversParentTypes['LogCallInquiryPayload']> = {
  call?: Resolver<Maybe<ResolversTypes['PhoneCall']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['PhoneCallError']>, ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
};

export type ManagedNotaryAppointmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ManagedNotaryAppointment'] = ResolversParentTypes['ManagedNotaryAppointment']> = {
  cancellable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotaryAppointmentStatus'], ParentType, ContextType>;
};

export type MemberHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberHours'] = ResolversParentTypes['MemberHours']> = {
  availableHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['RotaMember'], ParentType, ContextType>;
  onCallHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MessageKindResolvers = { NOTE: 'note', REPLY: 'reply', RESIDENT: 'resident' };

export type MessageVisibilityResolvers = { INTERNAL: 'internal', PUBLIC: 'public' };

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCemeteryLots?: Resolver<ResolversTypes['AddCemeteryLotsResult'], ParentType, ContextType, RequireFields<MutationAddCemeteryLotsArgs, 'input'>>;
  addCoverStaff?: Resolver<ResolversTypes['RotaMemberResult'], ParentType, ContextType, RequireFields<MutationAddCoverStaffArgs, 'displayName'>>;
  addLeave?: Resolver<ResolversTypes['RotaLeaveResult'], ParentType, ContextType, RequireFields<MutationAddLeaveArgs, 'endsAt' | 'memberId' | 'startsAt'>>;
  addNote?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'body' | 'id' | 'public'>>;
  answerCall?: Resolver<ResolversTypes['PhoneCallPayload'], ParentType, ContextType, RequireFields<MutationAnswerCallArgs, 'id'>>;
  applyForBanner?: Resolver<ResolversTypes['ApplyForBannerResult'], ParentType, ContextType, RequireFields<MutationApplyForBannerArgs, 'input'>>;
  applyForLemonLot?: Resolver<ResolversTypes['ApplyForLemonLotResult'], ParentType, ContextType, RequireFields<MutationApplyForLemonLotArgs, 'input'>>;
  approveBannerApplication?: Resolver<ResolversTypes['BannerDecisionResult'], ParentType, ContextType, RequireFields<MutationApproveBannerApplicationArgs, 'id' | 'version'>>;
  approveKudos?: Resolver<ResolversTypes['KudosReviewResult'], ParentType, ContextType, RequireFields<MutationApproveKudosArgs, 'id' | 'staffId'>>;
  archiveArticle?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationArchiveArticleArgs, 'id' | 'version'>>;
  bookNotaryAppointment?: Resolver<ResolversTypes['BookNotaryAppointmentResult'], ParentType, ContextType, RequireFields<MutationBookNotaryAppointmentArgs, 'input'>>;
  bookNotaryAppointmentForResident?: Resolver<ResolversTypes['StaffNotaryBookingResult'], ParentType, ContextType, RequireFields<MutationBookNotaryAppointmentForResidentArgs, 'input'>>;
  cancelInterment?: Resolver<ResolversTypes['IntermentChangeResult'], ParentType, ContextType, RequireFields<MutationCancelIntermentArgs, 'id' | 'reason' | 'version'>>;
  cancelLemonLotPermit?: Resolver<ResolversTypes['CancelLemonLotPermitResult'], ParentType, ContextType, RequireFields<MutationCancelLemonLotPermitArgs, 'id' | 'reason' | 'version'>>;
  cancelNotaryAppointmentByToken?: Resolver<Maybe<ResolversTypes['ManagedNotaryAppointment']>, ParentType, ContextType, RequireFields<MutationCancelNotaryAppointmentByTokenArgs, 'token'>>;
  checkInVisitor?: Resolver<ResolversTypes['WalkInPayload'], ParentType, ContextType, RequireFields<MutationCheckInVisitorArgs, 'input'>>;
  claimInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationClaimInquiryArgs, 'id'>>;
  closeDrawer?: Resolver<ResolversTypes['CloseDrawerResult'], ParentType, ContextType, RequireFields<MutationCloseDrawerArgs, 'input'>>;
  completeInterment?: Resolver<ResolversTypes['IntermentChangeResult'], ParentType, ContextType, RequireFields<MutationCompleteIntermentArgs, 'id' | 'version'>>;
  copyPreviousWeek?: Resolver<ResolversTypes['CopyWeekResult'], ParentType, ContextType, RequireFields<MutationCopyPreviousWeekArgs, 'weekStart'>>;
  createArticle?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationCreateArticleArgs, 'input'>>;
  createProgram?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<MutationCreateProgramArgs, 'input'>>;
  deactivateStaff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType, RequireFields<MutationDeactivateStaffArgs, 'id'>>;
  declineBannerApplication?: Resolver<ResolversTypes['BannerDecisionResult'], ParentType, ContextType, RequireFields<MutationDeclineBannerApplicationArgs, 'id' | 'note' | 'version'>>;
  declineKudos?: Resolver<ResolversTypes['KudosReviewResult'], ParentType, ContextType, RequireFields<MutationDeclineKudosArgs, 'id'>>;
  editPayment?: Resolver<ResolversTypes['EditPaymentResult'], ParentType, ContextType, RequireFields<MutationEditPaymentArgs, 'id' | 'input' | 'version'>>;
  endCall?: Resolver<ResolversTypes['PhoneCallPayload'], ParentType, ContextType, RequireFields<MutationEndCallArgs, 'id'>>;
  hangUpUnanswered?: Resolver<ResolversTypes['PhoneCallPayload'], ParentType, ContextType, RequireFields<MutationHangUpUnansweredArgs, 'id'>>;
  heartbeat?: Resolver<ResolversTypes['Presence'], ParentType, ContextType, Partial<MutationHeartbeatArgs>>;
  importCemeteryLots?: Resolver<ResolversTypes['ImportCemeteryLotsResult'], ParentType, ContextType, RequireFields<MutationImportCemeteryLotsArgs, 'csv'>>;
  issueApiKey?: Resolver<ResolversTypes['IssueApiKeyPayload'], ParentType, ContextType, RequireFields<MutationIssueApiKeyArgs, 'name'>>;
  logInquiryFromCall?: Resolver<ResolversTypes['LogCallInquiryPayload'], ParentType, ContextType, RequireFields<MutationLogInquiryFromCallArgs, 'callId' | 'input'>>;
  logPhoneCall?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationLogPhoneCallArgs, 'input'>>;
  logWalkIn?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationLogWalkInArgs, 'input'>>;
  logWalkInOutcome?: Resolver<ResolversTypes['WalkInOutcomePayload'], ParentType, ContextType, RequireFields<MutationLogWalkInOutcomeArgs, 'id' | 'input'>>;
  markNotaryAppointment?: Resolver<ResolversTypes['NotaryAppointmentChangeResult'], ParentType, ContextType, RequireFields<MutationMarkNotaryAppointmentArgs, 'id' | 'outcome' | 'version'>>;
  paintSlots?: Resolver<ResolversTypes['PaintSlotsResult'], ParentType, ContextType, RequireFields<MutationPaintSlotsArgs, 'slots'>>;
  proposeRotation?: Resolver<ResolversTypes['ProposeRotationResult'], ParentType, ContextType, RequireFields<MutationProposeRotationArgs, 'from' | 'to'>>;
  publishArticle?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationPublishArticleArgs, 'id' | 'version'>>;
  publishArticleAwareness?: Resolver<ResolversTypes['PublishAwarenessPayload'], ParentType, ContextType, RequireFields<MutationPublishArticleAwarenessArgs, 'articleId' | 'update'>>;
  publishRotation?: Resolver<ResolversTypes['PublishRotationResult'], ParentType, ContextType, RequireFields<MutationPublishRotationArgs, 'from' | 'to'>>;
  pushArticleUpdate?: Resolver<ResolversTypes['PushArticleUpdatePayload'], ParentType, ContextType, RequireFields<MutationPushArticleUpdateArgs, 'articleId' | 'update'>>;
  recordBannerApplication?: Resolver<ResolversTypes['RecordBannerApplicationResult'], ParentType, ContextType, RequireFields<MutationRecordBannerApplicationArgs, 'channel' | 'input'>>;
  recordLemonLotPermit?: Resolver<ResolversTypes['RecordLemonLotPermitResult'], ParentType, ContextType, RequireFields<MutationRecordLemonLotPermitArgs, 'channel' | 'input'>>;
  recordPayment?: Resolver<ResolversTypes['RecordPaymentResult'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  releaseInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationReleaseInquiryArgs, 'id' | 'version'>>;
  removeLeave?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveLeaveArgs, 'id'>>;
  reopenInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationReopenInquiryArgs, 'id' | 'version'>>;
  replyToInquiry?: Resolver<ResolversTypes['ReplyPayload'], ParentType, ContextType, RequireFields<MutationReplyToInquiryArgs, 'body' | 'id'>>;
  resetCalendarToken?: Resolver<ResolversTypes['CalendarFeeds'], ParentType, ContextType>;
  resolveInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationResolveInquiryArgs, 'id' | 'resolutionNote' | 'version'>>;
  restoreArticleRevision?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationRestoreArticleRevisionArgs, 'id' | 'number' | 'version'>>;
  retryOutboundEmail?: Resolver<ResolversTypes['OutboundEmailPayload'], ParentType, ContextType, RequireFields<MutationRetryOutboundEmailArgs, 'id'>>;
  reversePayment?: Resolver<ResolversTypes['ReversePaymentResult'], ParentType, ContextType, RequireFields<MutationReversePaymentArgs, 'id' | 'reason'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRevokeSessionsArgs, 'staffId'>>;
  routeInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationRouteInquiryArgs, 'id' | 'version'>>;
  saveAnswerAsArticle?: Resolver<ResolversTypes['SaveAnswerPayload'], ParentType, ContextType, RequireFields<MutationSaveAnswerAsArticleArgs, 'inquiryId'>>;
  saveBannerLocation?: Resolver<ResolversTypes['BannerLocationResult'], ParentType, ContextType, RequireFields<MutationSaveBannerLocationArgs, 'input'>>;
  scheduleInterment?: Resolver<ResolversTypes['ScheduleIntermentResult'], ParentType, ContextType, RequireFields<MutationScheduleIntermentArgs, 'input'>>;
  selfCheckIn?: Resolver<ResolversTypes['SelfCheckInPayload'], ParentType, ContextType, RequireFields<MutationSelfCheckInArgs, 'input'>>;
  sellCemeteryLot?: Resolver<ResolversTypes['SellCemeteryLotResult'], ParentType, ContextType, RequireFields<MutationSellCemeteryLotArgs, 'input'>>;
  sendKudos?: Resolver<ResolversTypes['SendKudosResult'], ParentType, ContextType, RequireFields<MutationSendKudosArgs, 'input'>>;
  serveNextVisitor?: Resolver<ResolversTypes['WalkInPayload'], ParentType, ContextType>;
  setNotaryCommission?: Resolver<ResolversTypes['NotaryCommissionResult'], ParentType, ContextType, RequireFields<MutationSetNotaryCommissionArgs, 'input'>>;
  setPresenceStatus?: Resolver<ResolversTypes['Presence'], ParentType, ContextType, RequireFields<MutationSetPresenceStatusArgs, 'status'>>;
  setRelatedArticles?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationSetRelatedArticlesArgs, 'id' | 'relatedIds' | 'version'>>;
  setRotaMemberActive?: Resolver<ResolversTypes['RotaMemberResult'], ParentType, ContextType, RequireFields<MutationSetRotaMemberActiveArgs, 'active' | 'id'>>;
  setTopicAttributes?: Resolver<ResolversTypes['SetTopicAttributesPayload'], ParentType, ContextType, RequireFields<MutationSetTopicAttributesArgs, 'attributes' | 'topicId'>>;
  setTopicProgram?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationSetTopicProgramArgs, 'topicId'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startSoftphoneCall?: Resolver<ResolversTypes['PhoneCallPayload'], ParentType, ContextType, Partial<MutationStartSoftphoneCallArgs>>;
  submitSurvey?: Resolver<ResolversTypes['SurveyResult'], ParentType, ContextType, RequireFields<MutationSubmitSurveyArgs, 'input' | 'token'>>;
  submitWebInquiry?: Resolver<ResolversTypes['SubmitWebInquiryPayload'], ParentType, ContextType, RequireFields<MutationSubmitWebInquiryArgs, 'input'>>;
  updateArticle?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationUpdateArticleArgs, 'id' | 'input' | 'version'>>;
  updateDepartmentDirectory?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentDirectoryArgs, 'id' | 'input'>>;
  updateLemonLotSettings?: Resolver<ResolversTypes['LemonLotSettingsResult'], ParentType, ContextType, RequireFields<MutationUpdateLemonLotSettingsArgs, 'input'>>;
  updateRotationSettings?: Resolver<ResolversTypes['RotationSettingsResult'], ParentType, ContextType, RequireFields<MutationUpdateRotationSettingsArgs, 'input'>>;
  verifyArticle?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationVerifyArticleArgs, 'id'>>;
  visitorLeft?: Resolver<ResolversTypes['WalkInPayload'], ParentType, ContextType, RequireFields<MutationVisitorLeftArgs, 'id'>>;
  voteOnArticle?: Resolver<ResolversTypes['ArticleVotePayload'], ParentType, ContextType, RequireFields<MutationVoteOnArticleArgs, 'helpful' | 'slug'>>;
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

export type NotaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notary'] = ResolversParentTypes['Notary']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commissionNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staffId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotaryAppointmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotaryAppointment'] = ResolversParentTypes['NotaryAppointment']> = {
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  conflict?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['CemeteryContact'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notaryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NotaryAppointmentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotaryAppointmentChangeResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotaryAppointmentChangeResult'] = ResolversParentTypes['NotaryAppointmentChangeResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'NotaryAppointment', ParentType, ContextType>;
};

export type NotaryAppointmentOutcomeResolvers = { CANCELLED: 'cancelled', COMPLETED: 'completed', NO_SHOW: 'no_show' };

export type NotaryAppointmentStatusResolvers = { BOOKED: 'booked', CANCELLED: 'cancelled', COMPLETED: 'completed', NO_SHOW: 'no_show' };

export type NotaryBookingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotaryBooking'] = ResolversParentTypes['NotaryBooking']> = {
  confirmationQueued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  manageToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotaryCommissionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotaryCommissionResult'] = ResolversParentTypes['NotaryCommissionResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'Notary', ParentType, ContextType>;
};

export type NotaryFreeDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotaryFreeDay'] = ResolversParentTypes['NotaryFreeDay']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['NotaryFreeSlot']>, ParentType, ContextType>;
};

export type NotaryFreeSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotaryFreeSlot'] = ResolversParentTypes['NotaryFreeSlot']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  localTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type NotarySlotTakenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotarySlotTaken'] = ResolversParentTypes['NotarySlotTaken']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextFreeSlots?: Resolver<Array<ResolversTypes['NotaryFreeSlot']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotaryStaffSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotaryStaffSlot'] = ResolversParentTypes['NotaryStaffSlot']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notaries?: Resolver<Array<ResolversTypes['Notary']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type Open311DatatypeResolvers = { DATETIME: 'datetime', MULTIVALUELIST: 'multivaluelist', NUMBER: 'number', SINGLEVALUELIST: 'singlevaluelist', STRING: 'string', TEXT: 'text' };

export type OutboundEmailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutboundEmail'] = ResolversParentTypes['OutboundEmail']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  inquiryMessageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutboundEmailKind'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutboundEmailStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OutboundEmailErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutboundEmailError'] = ResolversParentTypes['OutboundEmailError']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type OutboundEmailKindResolvers = { ACKNOWLEDGEMENT: 'acknowledgement', CONFIRMATION: 'confirmation', REMINDER: 'reminder', REPLY: 'reply', SURVEY: 'survey' };

export type OutboundEmailPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutboundEmailPayload'] = ResolversParentTypes['OutboundEmailPayload']> = {
  email?: Resolver<Maybe<ResolversTypes['OutboundEmail']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['OutboundEmailError']>, ParentType, ContextType>;
};

export type OutboundEmailStatusResolvers = { FAILED: 'failed', QUEUED: 'queued', SENDING: 'sending', SENT: 'sent' };

export type OutboxStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutboxStatus'] = ResolversParentTypes['OutboxStatus']> = {
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relayConfigured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaintSlotsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaintSlotsResult'] = ResolversParentTypes['PaintSlotsResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'RotaChange', ParentType, ContextType>;
};

export type PairHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PairHours'] = ResolversParentTypes['PairHours']> = {
  a?: Resolver<ResolversTypes['RotaMember'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['RotaMember'], ParentType, ContextType>;
  sharedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  businessDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cardLast4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['PaymentChannel'], ParentType, ContextType>;
  checkNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  drawerCloseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  feeDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['PaymentPurpose'], ParentType, ContextType>;
  receiptPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedBy?: Resolver<ResolversTypes['Staff'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reversalOfId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reversalOfReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reversalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reversedById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reversedByReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentAlreadyReversedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentAlreadyReversed'] = ResolversParentTypes['PaymentAlreadyReversed']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reversal?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentChannelResolvers = { COUNTER: 'counter', MAIL: 'mail', PHONE: 'phone' };

export type PaymentLockedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentLocked'] = ResolversParentTypes['PaymentLocked']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentMethodResolvers = { CARD: 'card', CASH: 'cash', CHECK: 'check' };

export type PaymentPurposeResolvers = { BANNER_PERMIT: 'banner_permit', CEMETERY_LOT: 'cemetery_lot', FEE: 'fee', INTERMENT: 'interment', LEMON_LOT_PERMIT: 'lemon_lot_permit', NOTARY: 'notary' };

export type PaymentVersionConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentVersionConflict'] = ResolversParentTypes['PaymentVersionConflict']> = {
  current?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PermitPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PermitPeriod'] = ResolversParentTypes['PermitPeriod']> = {
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PhoneCallResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PhoneCall'] = ResolversParentTypes['PhoneCall']> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answeredBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  answeredByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredExtension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  callerMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callerNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dialledNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  offeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CallOutcome'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CallSource'], ParentType, ContextType>;
  talkSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PhoneCallErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PhoneCallError'] = ResolversParentTypes['PhoneCallError']> = {
  __resolveType: TypeResolveFn<'CallStateConflict' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type PhoneCallEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PhoneCallEvent'] = ResolversParentTypes['PhoneCallEvent']> = {
  call?: Resolver<ResolversTypes['PhoneCall'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PhoneCallEventType'], ParentType, ContextType>;
};

export type PhoneCallEventTypeResolvers = { ABANDONED: 'abandoned', ANSWERED: 'answered', ENDED: 'ended', LINKED: 'linked', OFFERED: 'offered', SHORT_HANGUP: 'short_hangup' };

export type PhoneCallPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PhoneCallPayload'] = ResolversParentTypes['PhoneCallPayload']> = {
  call?: Resolver<Maybe<ResolversTypes['PhoneCall']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['PhoneCallError']>, ParentType, ContextType>;
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

export type ProgramResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type ProposeRotationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProposeRotationResult'] = ResolversParentTypes['ProposeRotationResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'RotationProposal', ParentType, ContextType>;
};

export type PublicArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicArticle'] = ResolversParentTypes['PublicArticle']> = {
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['PublicDepartment']>, ParentType, ContextType>;
  feedback?: Resolver<ResolversTypes['ArticleFeedback'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  relatedArticles?: Resolver<Array<ResolversTypes['PublicArticle']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['PublicTopic']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type PublicArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicArticleConnection'] = ResolversParentTypes['PublicArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicArticleEdge']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['SearchMode']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicArticleEdge'] = ResolversParentTypes['PublicArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PublicArticleHit'], ParentType, ContextType>;
};

export type PublicArticleHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicArticleHit'] = ResolversParentTypes['PublicArticleHit']> = {
  article?: Resolver<ResolversTypes['PublicArticle'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleHighlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicBannerApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicBannerApplication'] = ResolversParentTypes['PublicBannerApplication']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BannerStatus'], ParentType, ContextType>;
};

export type PublicDepartmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicDepartment'] = ResolversParentTypes['PublicDepartment']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PublicFormLimitsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicFormLimits'] = ResolversParentTypes['PublicFormLimits']> = {
  maxPhotoBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  photoContentTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PublicInquiryStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicInquiryStatus'] = ResolversParentTypes['PublicInquiryStatus']> = {
  progress?: Resolver<ResolversTypes['PublicProgress'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  surveyRating?: Resolver<Maybe<ResolversTypes['PublicSurveyRating']>, ParentType, ContextType>;
  topicName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['PublicInquiryUpdate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicInquiryUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicInquiryUpdate'] = ResolversParentTypes['PublicInquiryUpdate']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PublicLemonLotPermitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicLemonLotPermit'] = ResolversParentTypes['PublicLemonLotPermit']> = {
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublicProgressResolvers = { IN_PROGRESS: 'in_progress', RECEIVED: 'received', RESOLVED: 'resolved' };

export type PublicSurveyRatingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicSurveyRating'] = ResolversParentTypes['PublicSurveyRating']> = {
  courtesyRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  serviceRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicTopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicTopic'] = ResolversParentTypes['PublicTopic']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublishAwarenessPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublishAwarenessPayload'] = ResolversParentTypes['PublishAwarenessPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['ArticleError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PublishRotationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublishRotationResult'] = ResolversParentTypes['PublishRotationResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'Rotation', ParentType, ContextType>;
};

export type PushArticleUpdatePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PushArticleUpdatePayload'] = ResolversParentTypes['PushArticleUpdatePayload']> = {
  error?: Resolver<Maybe<ResolversTypes['ArticleError']>, ParentType, ContextType>;
  stateVector?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'activeOnly'>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articleDiff?: Resolver<Maybe<ResolversTypes['ArticleDiff']>, ParentType, ContextType, RequireFields<QueryArticleDiffArgs, 'articleId' | 'from' | 'granularity'>>;
  articleDocument?: Resolver<ResolversTypes['ArticleDocumentSyncPayload'], ParentType, ContextType, RequireFields<QueryArticleDocumentArgs, 'articleId'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  auditTrail?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'entity' | 'entityId'>>;
  bannerApplicationStatus?: Resolver<Maybe<ResolversTypes['PublicBannerApplication']>, ParentType, ContextType, RequireFields<QueryBannerApplicationStatusArgs, 'token'>>;
  bannerApplications?: Resolver<Array<ResolversTypes['BannerApplication']>, ParentType, ContextType, Partial<QueryBannerApplicationsArgs>>;
  bannerCalendar?: Resolver<ResolversTypes['BannerCalendar'], ParentType, ContextType, RequireFields<QueryBannerCalendarArgs, 'month'>>;
  bannerLocations?: Resolver<Array<ResolversTypes['BannerLocation']>, ParentType, ContextType>;
  cemeteryLotHistory?: Resolver<Maybe<ResolversTypes['CemeteryLotHistory']>, ParentType, ContextType, RequireFields<QueryCemeteryLotHistoryArgs, 'id'>>;
  cemeteryLots?: Resolver<Array<ResolversTypes['CemeteryLot']>, ParentType, ContextType, Partial<QueryCemeteryLotsArgs>>;
  cemeterySections?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  center?: Resolver<ResolversTypes['Center'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  drawer?: Resolver<ResolversTypes['Drawer'], ParentType, ContextType, Partial<QueryDrawerArgs>>;
  drawerCloses?: Resolver<Array<ResolversTypes['DrawerClose']>, ParentType, ContextType, Partial<QueryDrawerClosesArgs>>;
  inbox?: Resolver<ResolversTypes['InquiryConnection'], ParentType, ContextType, RequireFields<QueryInboxArgs, 'first'>>;
  inboxChannelCounts?: Resolver<Array<ResolversTypes['ChannelCount']>, ParentType, ContextType, Partial<QueryInboxChannelCountsArgs>>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType, RequireFields<QueryInquiryArgs, 'id'>>;
  inquiryStatus?: Resolver<ResolversTypes['InquiryStatusResult'], ParentType, ContextType, RequireFields<QueryInquiryStatusArgs, 'token'>>;
  intermentSchedule?: Resolver<Array<ResolversTypes['IntermentScheduleDay']>, ParentType, ContextType, RequireFields<QueryIntermentScheduleArgs, 'weekStart'>>;
  intermentSlots?: Resolver<Array<ResolversTypes['IntermentSlot']>, ParentType, ContextType, Partial<QueryIntermentSlotsArgs>>;
  kudosList?: Resolver<Array<ResolversTypes['Kudos']>, ParentType, ContextType, Partial<QueryKudosListArgs>>;
  kudosNewsletter?: Resolver<ResolversTypes['KudosNewsletter'], ParentType, ContextType, RequireFields<QueryKudosNewsletterArgs, 'month'>>;
  lemonLotPermits?: Resolver<Array<ResolversTypes['LemonLotPermit']>, ParentType, ContextType>;
  lemonLotSettings?: Resolver<ResolversTypes['LemonLotSettings'], ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  myCalendarFeeds?: Resolver<ResolversTypes['CalendarFeeds'], ParentType, ContextType>;
  myKudosCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notaries?: Resolver<Array<ResolversTypes['Notary']>, ParentType, ContextType>;
  notaryAppointmentByToken?: Resolver<Maybe<ResolversTypes['ManagedNotaryAppointment']>, ParentType, ContextType, RequireFields<QueryNotaryAppointmentByTokenArgs, 'token'>>;
  notaryAppointments?: Resolver<Array<ResolversTypes['NotaryAppointment']>, ParentType, ContextType, RequireFields<QueryNotaryAppointmentsArgs, 'date'>>;
  notaryConflicts?: Resolver<Array<ResolversTypes['NotaryAppointment']>, ParentType, ContextType>;
  notaryFreeSlots?: Resolver<Array<ResolversTypes['NotaryFreeDay']>, ParentType, ContextType>;
  notaryStaffSlots?: Resolver<Array<ResolversTypes['NotaryStaffSlot']>, ParentType, ContextType, Partial<QueryNotaryStaffSlotsArgs>>;
  outbox?: Resolver<Array<ResolversTypes['OutboundEmail']>, ParentType, ContextType, RequireFields<QueryOutboxArgs, 'first'>>;
  outboxStatus?: Resolver<ResolversTypes['OutboxStatus'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'id'>>;
  paymentsOfDay?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentsOfDayArgs, 'businessDate'>>;
  phoneCall?: Resolver<Maybe<ResolversTypes['PhoneCall']>, ParentType, ContextType, RequireFields<QueryPhoneCallArgs, 'id'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  publicArticle?: Resolver<Maybe<ResolversTypes['PublicArticle']>, ParentType, ContextType, RequireFields<QueryPublicArticleArgs, 'slug'>>;
  publicArticles?: Resolver<ResolversTypes['PublicArticleConnection'], ParentType, ContextType, RequireFields<QueryPublicArticlesArgs, 'first'>>;
  publicBannerLocations?: Resolver<Array<ResolversTypes['BannerLocation']>, ParentType, ContextType>;
  publicFormLimits?: Resolver<ResolversTypes['PublicFormLimits'], ParentType, ContextType>;
  publicTopics?: Resolver<Array<ResolversTypes['PublicTopic']>, ParentType, ContextType>;
  recentCalls?: Resolver<Array<ResolversTypes['PhoneCall']>, ParentType, ContextType, RequireFields<QueryRecentCallsArgs, 'first'>>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<QueryReportArgs, 'bucket' | 'from' | 'to'>>;
  rotaMembers?: Resolver<Array<ResolversTypes['RotaMember']>, ParentType, ContextType, Partial<QueryRotaMembersArgs>>;
  rotation?: Resolver<ResolversTypes['Rotation'], ParentType, ContextType, RequireFields<QueryRotationArgs, 'from' | 'to'>>;
  rotationSettings?: Resolver<ResolversTypes['RotationSettings'], ParentType, ContextType>;
  searchDirectory?: Resolver<ResolversTypes['DirectorySearchResult'], ParentType, ContextType, RequireFields<QuerySearchDirectoryArgs, 'first' | 'query'>>;
  searchLemonLotPermits?: Resolver<ResolversTypes['LemonLotSearchResult'], ParentType, ContextType, Partial<QuerySearchLemonLotPermitsArgs>>;
  staff?: Resolver<Array<ResolversTypes['Staff']>, ParentType, ContextType>;
  suggestedArticles?: Resolver<Array<ResolversTypes['ArticleSearchHit']>, ParentType, ContextType, RequireFields<QuerySuggestedArticlesArgs, 'first' | 'inquiryId'>>;
  survey?: Resolver<ResolversTypes['SurveyLookupResult'], ParentType, ContextType, RequireFields<QuerySurveyArgs, 'token'>>;
  team?: Resolver<Array<ResolversTypes['Presence']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  walkInQueue?: Resolver<Array<ResolversTypes['WalkInVisit']>, ParentType, ContextType>;
  walkInQueueLength?: Resolver<ResolversTypes['WalkInQueueLength'], ParentType, ContextType>;
  walkInToday?: Resolver<ResolversTypes['WalkInDayFigures'], ParentType, ContextType>;
  walkInVisit?: Resolver<Maybe<ResolversTypes['WalkInVisit']>, ParentType, ContextType, RequireFields<QueryWalkInVisitArgs, 'id'>>;
};

export type RateLimitedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RateLimited'] = ResolversParentTypes['RateLimited']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordBannerApplicationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordBannerApplicationResult'] = ResolversParentTypes['RecordBannerApplicationResult']> = {
  __resolveType: TypeResolveFn<'BannerRefused' | 'InvalidInput' | 'StaffBannerApplicationReceived', ParentType, ContextType>;
};

export type RecordLemonLotPermitResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordLemonLotPermitResult'] = ResolversParentTypes['RecordLemonLotPermitResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'LemonLotRefused' | 'StaffLemonLotPermitReceived', ParentType, ContextType>;
};

export type RecordPaymentResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordPaymentResult'] = ResolversParentTypes['RecordPaymentResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'Payment', ParentType, ContextType>;
};

export type ReplyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReplyPayload'] = ResolversParentTypes['ReplyPayload']> = {
  email?: Resolver<Maybe<ResolversTypes['OutboundEmail']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['InquiryError']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['InquiryMessage']>, ParentType, ContextType>;
};

export type ReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  bucket?: Resolver<ResolversTypes['ReportBucket'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['ReportPeriod'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['ReportPeriod'], ParentType, ContextType>;
};

export type ReportAgentWorkloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportAgentWorkload'] = ResolversParentTypes['ReportAgentWorkload']> = {
  claimed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staffId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReportBucketResolvers = { DAY: 'day', MONTH: 'month', WEEK: 'week' };

export type ReportBucketCentsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportBucketCents'] = ResolversParentTypes['ReportBucketCents']> = {
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportBucketCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportBucketCount'] = ResolversParentTypes['ReportBucketCount']> = {
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportCountSeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportCountSeries'] = ResolversParentTypes['ReportCountSeries']> = {
  series?: Resolver<Array<ResolversTypes['ReportBucketCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportCounterServiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportCounterService'] = ResolversParentTypes['ReportCounterService']> = {
  contacts?: Resolver<ResolversTypes['ReportCountSeries'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentsSeries?: Resolver<Array<ResolversTypes['ReportBucketCents']>, ParentType, ContextType>;
  paymentsTotalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportDurationBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportDurationBucket'] = ResolversParentTypes['ReportDurationBucket']> = {
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ReportDurationSeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportDurationSeries'] = ResolversParentTypes['ReportDurationSeries']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ReportDurationBucket']>, ParentType, ContextType>;
};

export type ReportDurationStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportDurationStats'] = ResolversParentTypes['ReportDurationStats']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ReportFirstContactResolutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportFirstContactResolution'] = ResolversParentTypes['ReportFirstContactResolution']> = {
  series?: Resolver<Array<ResolversTypes['ReportBucketCount']>, ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportKeyedCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportKeyedCount'] = ResolversParentTypes['ReportKeyedCount']> = {
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ReportBucketCount']>, ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportKudosResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportKudos'] = ResolversParentTypes['ReportKudos']> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byStaff?: Resolver<Array<ResolversTypes['ReportKudosStaff']>, ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ReportBucketCount']>, ParentType, ContextType>;
};

export type ReportKudosStaffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportKudosStaff'] = ResolversParentTypes['ReportKudosStaff']> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staffId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReportPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportPeriod'] = ResolversParentTypes['ReportPeriod']> = {
  contactsByChannel?: Resolver<Array<ResolversTypes['ReportKeyedCount']>, ParentType, ContextType>;
  contactsByDepartment?: Resolver<Array<ResolversTypes['ReportKeyedCount']>, ParentType, ContextType>;
  contactsByProgram?: Resolver<Array<ResolversTypes['ReportKeyedCount']>, ParentType, ContextType>;
  contactsByTopic?: Resolver<Array<ResolversTypes['ReportKeyedCount']>, ParentType, ContextType>;
  counterServices?: Resolver<Array<ResolversTypes['ReportCounterService']>, ParentType, ContextType>;
  firstContactResolution?: Resolver<ResolversTypes['ReportFirstContactResolution'], ParentType, ContextType>;
  firstResponseTime?: Resolver<ResolversTypes['ReportDurationSeries'], ParentType, ContextType>;
  kudos?: Resolver<ResolversTypes['ReportKudos'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportRange'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['ReportPhone'], ParentType, ContextType>;
  repeatContacts?: Resolver<ResolversTypes['ReportRepeatContacts'], ParentType, ContextType>;
  resolutionTime?: Resolver<ResolversTypes['ReportDurationSeries'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['ReportCountSeries'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['ReportSatisfaction'], ParentType, ContextType>;
  topReasons?: Resolver<Array<ResolversTypes['ReportKeyedCount']>, ParentType, ContextType>;
  totalContacts?: Resolver<ResolversTypes['ReportCountSeries'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['ReportTransfers'], ParentType, ContextType>;
  workloadPerAgent?: Resolver<Array<ResolversTypes['ReportAgentWorkload']>, ParentType, ContextType>;
};

export type ReportPhoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportPhone'] = ResolversParentTypes['ReportPhone']> = {
  abandonRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  abandoned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageTalkSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageWaitSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ReportPhoneBucket']>, ParentType, ContextType>;
  shortHangups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportPhoneBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportPhoneBucket'] = ResolversParentTypes['ReportPhoneBucket']> = {
  abandoned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortHangups?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportRange'] = ResolversParentTypes['ReportRange']> = {
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportRatingCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportRatingCount'] = ResolversParentTypes['ReportRatingCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportRepeatContactsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportRepeatContacts'] = ResolversParentTypes['ReportRepeatContacts']> = {
  residents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ReportBucketCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportSatisfactionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportSatisfaction'] = ResolversParentTypes['ReportSatisfaction']> = {
  averageCourtesy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageService?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  courtesyDistribution?: Resolver<Array<ResolversTypes['ReportRatingCount']>, ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ReportBucketCount']>, ParentType, ContextType>;
  serviceDistribution?: Resolver<Array<ResolversTypes['ReportRatingCount']>, ParentType, ContextType>;
};

export type ReportTransfersResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportTransfers'] = ResolversParentTypes['ReportTransfers']> = {
  perInquiry?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ReportBucketCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReversePaymentResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReversePaymentResult'] = ResolversParentTypes['ReversePaymentResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'Payment' | 'PaymentAlreadyReversed' | 'PaymentLocked', ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['NotFound']>, ParentType, ContextType>;
};

export type RingNoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RingNotice'] = ResolversParentTypes['RingNotice']> = {
  callId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  callerMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RotaChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaChange'] = ResolversParentTypes['RotaChange']> = {
  slots?: Resolver<Array<ResolversTypes['RotaSlot']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['RotaWarning']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RotaDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaDay'] = ResolversParentTypes['RotaDay']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  halfHours?: Resolver<Array<ResolversTypes['RotaHalfHour']>, ParentType, ContextType>;
};

export type RotaFairnessResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaFairness'] = ResolversParentTypes['RotaFairness']> = {
  perMember?: Resolver<Array<ResolversTypes['MemberHours']>, ParentType, ContextType>;
  perPair?: Resolver<Array<ResolversTypes['PairHours']>, ParentType, ContextType>;
};

export type RotaHalfHourResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaHalfHour'] = ResolversParentTypes['RotaHalfHour']> = {
  localTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RotaLeaveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaLeave'] = ResolversParentTypes['RotaLeave']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['RotaMember'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RotaLeaveResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaLeaveResult'] = ResolversParentTypes['RotaLeaveResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'RotaLeave', ParentType, ContextType>;
};

export type RotaMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaMember'] = ResolversParentTypes['RotaMember']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RotaMemberKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneExtension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RotaMemberKindResolvers = { AGENT: 'agent', COVER: 'cover' };

export type RotaMemberResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaMemberResult'] = ResolversParentTypes['RotaMemberResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'RotaMember', ParentType, ContextType>;
};

export type RotaSlotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaSlot'] = ResolversParentTypes['RotaSlot']> = {
  kind?: Resolver<Maybe<ResolversTypes['DutyKind']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['RotaMember'], ParentType, ContextType>;
  publishedKind?: Resolver<Maybe<ResolversTypes['DutyKind']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RotaWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotaWarning'] = ResolversParentTypes['RotaWarning']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RotaWarningLevel'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['RotaMember']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['RotaRule'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RotationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Rotation'] = ResolversParentTypes['Rotation']> = {
  days?: Resolver<Array<ResolversTypes['RotaDay']>, ParentType, ContextType>;
  fairness?: Resolver<ResolversTypes['RotaFairness'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasUnpublishedChanges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leave?: Resolver<Array<ResolversTypes['RotaLeave']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['RotaMember']>, ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['RotaSlot']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['RotaWarning']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RotationEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotationEvent'] = ResolversParentTypes['RotationEvent']> = {
  by?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  dates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  slots?: Resolver<Array<ResolversTypes['RotaSlot']>, ParentType, ContextType>;
};

export type RotationProposalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotationProposal'] = ResolversParentTypes['RotationProposal']> = {
  rotation?: Resolver<ResolversTypes['Rotation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RotationSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotationSettings'] = ResolversParentTypes['RotationSettings']> = {
  autoAssign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closingTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holidays?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxOnCallMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minOnCall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openDays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  openingTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preferredOnCall?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teamMeeting?: Resolver<Maybe<ResolversTypes['TeamMeeting']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RotationSettingsResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RotationSettingsResult'] = ResolversParentTypes['RotationSettingsResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'RotationSettings', ParentType, ContextType>;
};

export type SaveAnswerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SaveAnswerPayload'] = ResolversParentTypes['SaveAnswerPayload']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ArticleError']>, ParentType, ContextType>;
};

export type ScheduleIntermentResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScheduleIntermentResult'] = ResolversParentTypes['ScheduleIntermentResult']> = {
  __resolveType: TypeResolveFn<'Interment' | 'IntermentRefused' | 'IntermentSlotTaken' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type SearchModeResolvers = { ALL_WORDS: 'all_words', ANY_WORD: 'any_word', SIMILAR: 'similar', SIMPLE: 'simple' };

export type SelfCheckInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SelfCheckInPayload'] = ResolversParentTypes['SelfCheckInPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['InvalidInput']>, ParentType, ContextType>;
  rateLimited?: Resolver<Maybe<ResolversTypes['RateLimited']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['SelfCheckInReceipt']>, ParentType, ContextType>;
};

export type SelfCheckInReceiptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SelfCheckInReceipt'] = ResolversParentTypes['SelfCheckInReceipt']> = {
  checkedInAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SellCemeteryLotResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SellCemeteryLotResult'] = ResolversParentTypes['SellCemeteryLotResult']> = {
  __resolveType: TypeResolveFn<'CemeteryLotSold' | 'CemeteryLotUnavailable' | 'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type SendKudosResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SendKudosResult'] = ResolversParentTypes['SendKudosResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'KudosReceived' | 'RateLimited', ParentType, ContextType>;
};

export type SetTopicAttributesErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetTopicAttributesError'] = ResolversParentTypes['SetTopicAttributesError']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound', ParentType, ContextType>;
};

export type SetTopicAttributesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetTopicAttributesPayload'] = ResolversParentTypes['SetTopicAttributesPayload']> = {
  attributes?: Resolver<Maybe<Array<ResolversTypes['TopicAttribute']>>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['SetTopicAttributesError']>, ParentType, ContextType>;
};

export type SignInErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInError'] = ResolversParentTypes['SignInError']> = {
  __resolveType: TypeResolveFn<'InvalidCredentials' | 'InvalidInput' | 'SignInThrottled', ParentType, ContextType>;
};

export type SignInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['SignInError']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
};

export type SignInThrottledResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignInThrottled'] = ResolversParentTypes['SignInThrottled']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StaffResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Staff'] = ResolversParentTypes['Staff']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duty?: Resolver<Maybe<ResolversTypes['Duty']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phoneExtension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StaffRole'], ParentType, ContextType>;
};

export type StaffBannerApplicationReceivedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffBannerApplicationReceived'] = ResolversParentTypes['StaffBannerApplicationReceived']> = {
  application?: Resolver<ResolversTypes['BannerApplication'], ParentType, ContextType>;
  statusToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StaffLemonLotPermitReceivedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffLemonLotPermitReceived'] = ResolversParentTypes['StaffLemonLotPermitReceived']> = {
  permit?: Resolver<ResolversTypes['LemonLotPermit'], ParentType, ContextType>;
  statusToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StaffNotaryBookingResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StaffNotaryBookingResult'] = ResolversParentTypes['StaffNotaryBookingResult']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotaryAppointment' | 'NotarySlotTaken', ParentType, ContextType>;
};

export type StaffRoleResolvers = { AGENT: 'agent', MANAGER: 'manager' };

export type SubmitWebInquiryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubmitWebInquiryPayload'] = ResolversParentTypes['SubmitWebInquiryPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['InvalidInput']>, ParentType, ContextType>;
  rateLimited?: Resolver<Maybe<ResolversTypes['RateLimited']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['WebInquiryReceipt']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  articleAwareness?: SubscriptionResolver<ResolversTypes['ArticleAwarenessUpdate'], "articleAwareness", ParentType, ContextType, RequireFields<SubscriptionArticleAwarenessArgs, 'articleId'>>;
  articleDocUpdates?: SubscriptionResolver<ResolversTypes['ArticleDocUpdate'], "articleDocUpdates", ParentType, ContextType, RequireFields<SubscriptionArticleDocUpdatesArgs, 'articleId'>>;
  inboxEvents?: SubscriptionResolver<ResolversTypes['InboxEvent'], "inboxEvents", ParentType, ContextType, Partial<SubscriptionInboxEventsArgs>>;
  knowledgeBaseEvents?: SubscriptionResolver<ResolversTypes['KnowledgeBaseEvent'], "knowledgeBaseEvents", ParentType, ContextType, Partial<SubscriptionKnowledgeBaseEventsArgs>>;
  phoneCallEvents?: SubscriptionResolver<ResolversTypes['PhoneCallEvent'], "phoneCallEvents", ParentType, ContextType, Partial<SubscriptionPhoneCallEventsArgs>>;
  presenceEvents?: SubscriptionResolver<ResolversTypes['PresenceEvent'], "presenceEvents", ParentType, ContextType, Partial<SubscriptionPresenceEventsArgs>>;
  ringNotices?: SubscriptionResolver<ResolversTypes['RingNotice'], "ringNotices", ParentType, ContextType>;
  rotationEvents?: SubscriptionResolver<ResolversTypes['RotationEvent'], "rotationEvents", ParentType, ContextType, Partial<SubscriptionRotationEventsArgs>>;
  walkInEvents?: SubscriptionResolver<ResolversTypes['WalkInEvent'], "walkInEvents", ParentType, ContextType, Partial<SubscriptionWalkInEventsArgs>>;
};

export type SurveyAlreadyAnsweredResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyAlreadyAnswered'] = ResolversParentTypes['SurveyAlreadyAnswered']> = {
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SurveyErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyError'] = ResolversParentTypes['SurveyError']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'RateLimited' | 'SurveyAlreadyAnswered' | 'SurveyNotResolved', ParentType, ContextType>;
};

export type SurveyInvitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyInvitation'] = ResolversParentTypes['SurveyInvitation']> = {
  answered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  topicName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SurveyLookupResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyLookupResult'] = ResolversParentTypes['SurveyLookupResult']> = {
  __resolveType: TypeResolveFn<'NotFound' | 'RateLimited' | 'SurveyInvitation', ParentType, ContextType>;
};

export type SurveyNotResolvedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyNotResolved'] = ResolversParentTypes['SurveyNotResolved']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SurveyReceiptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyReceipt'] = ResolversParentTypes['SurveyReceipt']> = {
  courtesyRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kudosSubmitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SurveySource'], ParentType, ContextType>;
};

export type SurveyResponseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResponse'] = ResolversParentTypes['SurveyResponse']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  courtesyRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  serviceRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SurveySource'], ParentType, ContextType>;
};

export type SurveyResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SurveyResult'] = ResolversParentTypes['SurveyResult']> = {
  error?: Resolver<Maybe<ResolversTypes['SurveyError']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['SurveyReceipt']>, ParentType, ContextType>;
};

export type TeamMeetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TeamMeeting'] = ResolversParentTypes['TeamMeeting']> = {
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  everyWeeks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  attributes?: Resolver<Array<ResolversTypes['TopicAttribute']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  serviceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopicAttributeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicAttribute'] = ResolversParentTypes['TopicAttribute']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datatype?: Resolver<ResolversTypes['Open311Datatype'], ParentType, ContextType>;
  datatypeDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['TopicAttributeValue']>, ParentType, ContextType>;
  variable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TopicAttributeValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicAttributeValue'] = ResolversParentTypes['TopicAttributeValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VersionConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VersionConflict'] = ResolversParentTypes['VersionConflict']> = {
  current?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WalkInDayFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WalkInDayFigures'] = ResolversParentTypes['WalkInDayFigures']> = {
  averageServiceSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  averageWaitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  checkedIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  left?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WalkInErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WalkInError'] = ResolversParentTypes['WalkInError']> = {
  __resolveType: TypeResolveFn<'InvalidInput' | 'NotFound' | 'WalkInStateConflict', ParentType, ContextType>;
};

export type WalkInEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WalkInEvent'] = ResolversParentTypes['WalkInEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WalkInEventType'], ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['WalkInVisit'], ParentType, ContextType>;
};

export type WalkInEventTypeResolvers = { CHECKED_IN: 'checked_in', COMPLETED: 'completed', LEFT: 'left', SERVED: 'served' };

export type WalkInOutcomePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WalkInOutcomePayload'] = ResolversParentTypes['WalkInOutcomePayload']> = {
  error?: Resolver<Maybe<ResolversTypes['WalkInError']>, ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['WalkInVisit']>, ParentType, ContextType>;
};

export type WalkInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WalkInPayload'] = ResolversParentTypes['WalkInPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['WalkInError']>, ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['WalkInVisit']>, ParentType, ContextType>;
};

export type WalkInQueueLengthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WalkInQueueLength'] = ResolversParentTypes['WalkInQueueLength']> = {
  estimatedWaitMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WalkInStateConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WalkInStateConflict'] = ResolversParentTypes['WalkInStateConflict']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['WalkInVisit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WalkInStatusResolvers = { DONE: 'done', LEFT: 'left', SERVING: 'serving', WAITING: 'waiting' };

export type WalkInVisitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WalkInVisit'] = ResolversParentTypes['WalkInVisit']> = {
  checkedInAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkedInBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  selfCheckIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  servedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  servedBy?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  serviceSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WalkInStatus'], ParentType, ContextType>;
  ticketCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waitSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebInquiryReceiptResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebInquiryReceipt'] = ResolversParentTypes['WebInquiryReceipt']> = {
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AddCemeteryLotsResult?: AddCemeteryLotsResultResolvers<ContextType>;
  AlreadyClaimed?: AlreadyClaimedResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApplyForBannerResult?: ApplyForBannerResultResolvers<ContextType>;
  ApplyForLemonLotResult?: ApplyForLemonLotResultResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleAudience?: ArticleAudienceResolvers;
  ArticleAwarenessUpdate?: ArticleAwarenessUpdateResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleDiff?: ArticleDiffResolvers<ContextType>;
  ArticleDocUpdate?: ArticleDocUpdateResolvers<ContextType>;
  ArticleDocumentSync?: ArticleDocumentSyncResolvers<ContextType>;
  ArticleDocumentSyncPayload?: ArticleDocumentSyncPayloadResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleError?: ArticleErrorResolvers<ContextType>;
  ArticleFeedback?: ArticleFeedbackResolvers<ContextType>;
  ArticlePayload?: ArticlePayloadResolvers<ContextType>;
  ArticleRevision?: ArticleRevisionResolvers<ContextType>;
  ArticleRevisionKind?: ArticleRevisionKindResolvers;
  ArticleSearchHit?: ArticleSearchHitResolvers<ContextType>;
  ArticleStatus?: ArticleStatusResolvers;
  ArticleVersionConflict?: ArticleVersionConflictResolvers<ContextType>;
  ArticleVotePayload?: ArticleVotePayloadResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AuditChange?: AuditChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  BannerApplication?: BannerApplicationResolvers<ContextType>;
  BannerApplicationReceived?: BannerApplicationReceivedResolvers<ContextType>;
  BannerCalendar?: BannerCalendarResolvers<ContextType>;
  BannerCalendarEntry?: BannerCalendarEntryResolvers<ContextType>;
  BannerCalendarLocation?: BannerCalendarLocationResolvers<ContextType>;
  BannerContact?: BannerContactResolvers<ContextType>;
  BannerDecisionConflict?: BannerDecisionConflictResolvers<ContextType>;
  BannerDecisionResult?: BannerDecisionResultResolvers<ContextType>;
  BannerLocation?: BannerLocationResolvers<ContextType>;
  BannerLocationResult?: BannerLocationResultResolvers<ContextType>;
  BannerRefused?: BannerRefusedResolvers<ContextType>;
  BannerStatus?: BannerStatusResolvers;
  BookNotaryAppointmentResult?: BookNotaryAppointmentResultResolvers<ContextType>;
  CalendarFeeds?: CalendarFeedsResolvers<ContextType>;
  CallOutcome?: CallOutcomeResolvers;
  CallSource?: CallSourceResolvers;
  CallStateConflict?: CallStateConflictResolvers<ContextType>;
  CancelLemonLotPermitResult?: CancelLemonLotPermitResultResolvers<ContextType>;
  CemeteryAuditEntry?: CemeteryAuditEntryResolvers<ContextType>;
  CemeteryContact?: CemeteryContactResolvers<ContextType>;
  CemeteryLot?: CemeteryLotResolvers<ContextType>;
  CemeteryLotHistory?: CemeteryLotHistoryResolvers<ContextType>;
  CemeteryLotSold?: CemeteryLotSoldResolvers<ContextType>;
  CemeteryLotStatus?: CemeteryLotStatusResolvers;
  CemeteryLotUnavailable?: CemeteryLotUnavailableResolvers<ContextType>;
  CemeteryLotsAdded?: CemeteryLotsAddedResolvers<ContextType>;
  CemeteryLotsImported?: CemeteryLotsImportedResolvers<ContextType>;
  Center?: CenterResolvers<ContextType>;
  Channel?: ChannelResolvers;
  ChannelCount?: ChannelCountResolvers<ContextType>;
  ClaimFilter?: ClaimFilterResolvers;
  CloseDrawerResult?: CloseDrawerResultResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  CopyWeekResult?: CopyWeekResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentError?: DepartmentErrorResolvers<ContextType>;
  DepartmentPayload?: DepartmentPayloadResolvers<ContextType>;
  DiffGranularity?: DiffGranularityResolvers;
  DiffPart?: DiffPartResolvers<ContextType>;
  DiffPartKind?: DiffPartKindResolvers;
  DirectoryHit?: DirectoryHitResolvers<ContextType>;
  DirectorySearchResult?: DirectorySearchResultResolvers<ContextType>;
  Drawer?: DrawerResolvers<ContextType>;
  DrawerAlreadyClosed?: DrawerAlreadyClosedResolvers<ContextType>;
  DrawerClose?: DrawerCloseResolvers<ContextType>;
  Duty?: DutyResolvers<ContextType>;
  DutyKind?: DutyKindResolvers;
  EditPaymentResult?: EditPaymentResultResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  ImportCemeteryLotsResult?: ImportCemeteryLotsResultResolvers<ContextType>;
  InboxEvent?: InboxEventResolvers<ContextType>;
  InboxEventType?: InboxEventTypeResolvers;
  Inquiry?: InquiryResolvers<ContextType>;
  InquiryConnection?: InquiryConnectionResolvers<ContextType>;
  InquiryEdge?: InquiryEdgeResolvers<ContextType>;
  InquiryError?: InquiryErrorResolvers<ContextType>;
  InquiryMessage?: InquiryMessageResolvers<ContextType>;
  InquiryPayload?: InquiryPayloadResolvers<ContextType>;
  InquiryStatus?: InquiryStatusResolvers;
  InquiryStatusResult?: InquiryStatusResultResolvers<ContextType>;
  Interment?: IntermentResolvers<ContextType>;
  IntermentChangeResult?: IntermentChangeResultResolvers<ContextType>;
  IntermentRefused?: IntermentRefusedResolvers<ContextType>;
  IntermentScheduleDay?: IntermentScheduleDayResolvers<ContextType>;
  IntermentScheduleSlot?: IntermentScheduleSlotResolvers<ContextType>;
  IntermentSlot?: IntermentSlotResolvers<ContextType>;
  IntermentSlotTaken?: IntermentSlotTakenResolvers<ContextType>;
  IntermentStatus?: IntermentStatusResolvers;
  InvalidCredentials?: InvalidCredentialsResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  IssueApiKeyPayload?: IssueApiKeyPayloadResolvers<ContextType>;
  KnowledgeBaseEvent?: KnowledgeBaseEventResolvers<ContextType>;
  KnowledgeBaseEventType?: KnowledgeBaseEventTypeResolvers;
  Kudos?: KudosResolvers<ContextType>;
  KudosAlreadyReviewed?: KudosAlreadyReviewedResolvers<ContextType>;
  KudosNewsletter?: KudosNewsletterResolvers<ContextType>;
  KudosNewsletterEntry?: KudosNewsletterEntryResolvers<ContextType>;
  KudosNewsletterStaff?: KudosNewsletterStaffResolvers<ContextType>;
  KudosReceived?: KudosReceivedResolvers<ContextType>;
  KudosReviewResult?: KudosReviewResultResolvers<ContextType>;
  LemonLotContact?: LemonLotContactResolvers<ContextType>;
  LemonLotPermit?: LemonLotPermitResolvers<ContextType>;
  LemonLotPermitConflict?: LemonLotPermitConflictResolvers<ContextType>;
  LemonLotPermitList?: LemonLotPermitListResolvers<ContextType>;
  LemonLotPermitReceived?: LemonLotPermitReceivedResolvers<ContextType>;
  LemonLotPermitStatus?: LemonLotPermitStatusResolvers;
  LemonLotRefused?: LemonLotRefusedResolvers<ContextType>;
  LemonLotSearchResult?: LemonLotSearchResultResolvers<ContextType>;
  LemonLotSettings?: LemonLotSettingsResolvers<ContextType>;
  LemonLotSettingsResult?: LemonLotSettingsResultResolvers<ContextType>;
  LogCallInquiryPayload?: LogCallInquiryPayloadResolvers<ContextType>;
  ManagedNotaryAppointment?: ManagedNotaryAppointmentResolvers<ContextType>;
  MemberHours?: MemberHoursResolvers<ContextType>;
  MessageKind?: MessageKindResolvers;
  MessageVisibility?: MessageVisibilityResolvers;
  Mutation?: MutationResolvers<ContextType>;
  NotClaimant?: NotClaimantResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
  Notary?: NotaryResolvers<ContextType>;
  NotaryAppointment?: NotaryAppointmentResolvers<ContextType>;
  NotaryAppointmentChangeResult?: NotaryAppointmentChangeResultResolvers<ContextType>;
  NotaryAppointmentOutcome?: NotaryAppointmentOutcomeResolvers;
  NotaryAppointmentStatus?: NotaryAppointmentStatusResolvers;
  NotaryBooking?: NotaryBookingResolvers<ContextType>;
  NotaryCommissionResult?: NotaryCommissionResultResolvers<ContextType>;
  NotaryFreeDay?: NotaryFreeDayResolvers<ContextType>;
  NotaryFreeSlot?: NotaryFreeSlotResolvers<ContextType>;
  NotarySlotTaken?: NotarySlotTakenResolvers<ContextType>;
  NotaryStaffSlot?: NotaryStaffSlotResolvers<ContextType>;
  Open311Datatype?: Open311DatatypeResolvers;
  OutboundEmail?: OutboundEmailResolvers<ContextType>;
  OutboundEmailError?: OutboundEmailErrorResolvers<ContextType>;
  OutboundEmailKind?: OutboundEmailKindResolvers;
  OutboundEmailPayload?: OutboundEmailPayloadResolvers<ContextType>;
  OutboundEmailStatus?: OutboundEmailStatusResolvers;
  OutboxStatus?: OutboxStatusResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaintSlotsResult?: PaintSlotsResultResolvers<ContextType>;
  PairHours?: PairHoursResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentAlreadyReversed?: PaymentAlreadyReversedResolvers<ContextType>;
  PaymentChannel?: PaymentChannelResolvers;
  PaymentLocked?: PaymentLockedResolvers<ContextType>;
  PaymentMethod?: PaymentMethodResolvers;
  PaymentPurpose?: PaymentPurposeResolvers;
  PaymentVersionConflict?: PaymentVersionConflictResolvers<ContextType>;
  PermitPeriod?: PermitPeriodResolvers<ContextType>;
  PhoneCall?: PhoneCallResolvers<ContextType>;
  PhoneCallError?: PhoneCallErrorResolvers<ContextType>;
  PhoneCallEvent?: PhoneCallEventResolvers<ContextType>;
  PhoneCallEventType?: PhoneCallEventTypeResolvers;
  PhoneCallPayload?: PhoneCallPayloadResolvers<ContextType>;
  Presence?: PresenceResolvers<ContextType>;
  PresenceEvent?: PresenceEventResolvers<ContextType>;
  PresenceStatus?: PresenceStatusResolvers;
  Program?: ProgramResolvers<ContextType>;
  ProposeRotationResult?: ProposeRotationResultResolvers<ContextType>;
  PublicArticle?: PublicArticleResolvers<ContextType>;
  PublicArticleConnection?: PublicArticleConnectionResolvers<ContextType>;
  PublicArticleEdge?: PublicArticleEdgeResolvers<ContextType>;
  PublicArticleHit?: PublicArticleHitResolvers<ContextType>;
  PublicBannerApplication?: PublicBannerApplicationResolvers<ContextType>;
  PublicDepartment?: PublicDepartmentResolvers<ContextType>;
  PublicFormLimits?: PublicFormLimitsResolvers<ContextType>;
  PublicInquiryStatus?: PublicInquiryStatusResolvers<ContextType>;
  PublicInquiryUpdate?: PublicInquiryUpdateResolvers<ContextType>;
  PublicLemonLotPermit?: PublicLemonLotPermitResolvers<ContextType>;
  PublicProgress?: PublicProgressResolvers;
  PublicSurveyRating?: PublicSurveyRatingResolvers<ContextType>;
  PublicTopic?: PublicTopicResolvers<ContextType>;
  PublishAwarenessPayload?: PublishAwarenessPayloadResolvers<ContextType>;
  PublishRotationResult?: PublishRotationResultResolvers<ContextType>;
  PushArticleUpdatePayload?: PushArticleUpdatePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimited?: RateLimitedResolvers<ContextType>;
  RecordBannerApplicationResult?: RecordBannerApplicationResultResolvers<ContextType>;
  RecordLemonLotPermitResult?: RecordLemonLotPermitResultResolvers<ContextType>;
  RecordPaymentResult?: RecordPaymentResultResolvers<ContextType>;
  ReplyPayload?: ReplyPayloadResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportAgentWorkload?: ReportAgentWorkloadResolvers<ContextType>;
  ReportBucket?: ReportBucketResolvers;
  ReportBucketCents?: ReportBucketCentsResolvers<ContextType>;
  ReportBucketCount?: ReportBucketCountResolvers<ContextType>;
  ReportCountSeries?: ReportCountSeriesResolvers<ContextType>;
  ReportCounterService?: ReportCounterServiceResolvers<ContextType>;
  ReportDurationBucket?: ReportDurationBucketResolvers<ContextType>;
  ReportDurationSeries?: ReportDurationSeriesResolvers<ContextType>;
  ReportDurationStats?: ReportDurationStatsResolvers<ContextType>;
  ReportFirstContactResolution?: ReportFirstContactResolutionResolvers<ContextType>;
  ReportKeyedCount?: ReportKeyedCountResolvers<ContextType>;
  ReportKudos?: ReportKudosResolvers<ContextType>;
  ReportKudosStaff?: ReportKudosStaffResolvers<ContextType>;
  ReportPeriod?: ReportPeriodResolvers<ContextType>;
  ReportPhone?: ReportPhoneResolvers<ContextType>;
  ReportPhoneBucket?: ReportPhoneBucketResolvers<ContextType>;
  ReportRange?: ReportRangeResolvers<ContextType>;
  ReportRatingCount?: ReportRatingCountResolvers<ContextType>;
  ReportRepeatContacts?: ReportRepeatContactsResolvers<ContextType>;
  ReportSatisfaction?: ReportSatisfactionResolvers<ContextType>;
  ReportTransfers?: ReportTransfersResolvers<ContextType>;
  ReversePaymentResult?: ReversePaymentResultResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  RingNotice?: RingNoticeResolvers<ContextType>;
  RotaChange?: RotaChangeResolvers<ContextType>;
  RotaDay?: RotaDayResolvers<ContextType>;
  RotaFairness?: RotaFairnessResolvers<ContextType>;
  RotaHalfHour?: RotaHalfHourResolvers<ContextType>;
  RotaLeave?: RotaLeaveResolvers<ContextType>;
  RotaLeaveResult?: RotaLeaveResultResolvers<ContextType>;
  RotaMember?: RotaMemberResolvers<ContextType>;
  RotaMemberKind?: RotaMemberKindResolvers;
  RotaMemberResult?: RotaMemberResultResolvers<ContextType>;
  RotaSlot?: RotaSlotResolvers<ContextType>;
  RotaWarning?: RotaWarningResolvers<ContextType>;
  Rotation?: RotationResolvers<ContextType>;
  RotationEvent?: RotationEventResolvers<ContextType>;
  RotationProposal?: RotationProposalResolvers<ContextType>;
  RotationSettings?: RotationSettingsResolvers<ContextType>;
  RotationSettingsResult?: RotationSettingsResultResolvers<ContextType>;
  SaveAnswerPayload?: SaveAnswerPayloadResolvers<ContextType>;
  ScheduleIntermentResult?: ScheduleIntermentResultResolvers<ContextType>;
  SearchMode?: SearchModeResolvers;
  SelfCheckInPayload?: SelfCheckInPayloadResolvers<ContextType>;
  SelfCheckInReceipt?: SelfCheckInReceiptResolvers<ContextType>;
  SellCemeteryLotResult?: SellCemeteryLotResultResolvers<ContextType>;
  SendKudosResult?: SendKudosResultResolvers<ContextType>;
  SetTopicAttributesError?: SetTopicAttributesErrorResolvers<ContextType>;
  SetTopicAttributesPayload?: SetTopicAttributesPayloadResolvers<ContextType>;
  SignInError?: SignInErrorResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignInThrottled?: SignInThrottledResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
  StaffBannerApplicationReceived?: StaffBannerApplicationReceivedResolvers<ContextType>;
  StaffLemonLotPermitReceived?: StaffLemonLotPermitReceivedResolvers<ContextType>;
  StaffNotaryBookingResult?: StaffNotaryBookingResultResolvers<ContextType>;
  StaffRole?: StaffRoleResolvers;
  SubmitWebInquiryPayload?: SubmitWebInquiryPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SurveyAlreadyAnswered?: SurveyAlreadyAnsweredResolvers<ContextType>;
  SurveyError?: SurveyErrorResolvers<ContextType>;
  SurveyInvitation?: SurveyInvitationResolvers<ContextType>;
  SurveyLookupResult?: SurveyLookupResultResolvers<ContextType>;
  SurveyNotResolved?: SurveyNotResolvedResolvers<ContextType>;
  SurveyReceipt?: SurveyReceiptResolvers<ContextType>;
  SurveyResponse?: SurveyResponseResolvers<ContextType>;
  SurveyResult?: SurveyResultResolvers<ContextType>;
  TeamMeeting?: TeamMeetingResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicAttribute?: TopicAttributeResolvers<ContextType>;
  TopicAttributeValue?: TopicAttributeValueResolvers<ContextType>;
  VersionConflict?: VersionConflictResolvers<ContextType>;
  WalkInDayFigures?: WalkInDayFiguresResolvers<ContextType>;
  WalkInError?: WalkInErrorResolvers<ContextType>;
  WalkInEvent?: WalkInEventResolvers<ContextType>;
  WalkInEventType?: WalkInEventTypeResolvers;
  WalkInOutcomePayload?: WalkInOutcomePayloadResolvers<ContextType>;
  WalkInPayload?: WalkInPayloadResolvers<ContextType>;
  WalkInQueueLength?: WalkInQueueLengthResolvers<ContextType>;
  WalkInStateConflict?: WalkInStateConflictResolvers<ContextType>;
  WalkInStatus?: WalkInStatusResolvers;
  WalkInVisit?: WalkInVisitResolvers<ContextType>;
  WebInquiryReceipt?: WebInquiryReceiptResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  public?: PublicDirectiveResolver<any, any, ContextType>;
  requireRole?: RequireRoleDirectiveResolver<any, any, ContextType>;
};
