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

export type LogCallInquiryPayload = {
  __typename?: 'LogCallInquiryPayload';
  call?: Maybe<PhoneCall>;
  error?: Maybe<PhoneCallError>;
  inquiry?: Maybe<Inquiry>;
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
  addCoverStaff: RotaMemberResult;
  addLeave: RotaLeaveResult;
  /** Adds a note; with public: true it is also shown, without the author's name, on the resident's status page. */
  addNote: InquiryPayload;
  /** Softphone: the signed-in agent answers a ringing softphone call. */
  answerCall: PhoneCallPayload;
  /** Approves a pending kudos for staffId. A kudos that was already approved or declined is not changed. */
  approveKudos: KudosReviewResult;
  archiveArticle: ArticlePayload;
  checkInVisitor: WalkInPayload;
  /** Claims an unclaimed inquiry. Exactly one of several concurrent claims wins; the others get AlreadyClaimed. */
  claimInquiry: InquiryPayload;
  /** Copies the week before `weekStart` (a Monday) onto that week, leaving leave in place and laying out that week's team meeting as the generator does. */
  copyPreviousWeek: CopyWeekResult;
  /** Creates a DRAFT article; `body` becomes its first Yjs document. */
  createArticle: ArticlePayload;
  createProgram: Program;
  /** Deactivates an account: its sessions end and its open subscriptions close. */
  deactivateStaff: Staff;
  /** Declines a pending kudos, with an optional reason of at most 500 characters shown only to managers. */
  declineKudos: KudosReviewResult;
  /** Softphone: ends an answered softphone call. */
  endCall: PhoneCallPayload;
  /** Softphone: the caller hung up before an answer; ABANDONED after 20 seconds or more, else SHORT_HANGUP. */
  hangUpUnanswered: PhoneCallPayload;
  /**
   * Marks this WebSocket as alive and records the inquiry it has open.
   * Only accepted over the WebSocket; clients send it every 20 seconds and when the open inquiry changes.
   */
  heartbeat: Presence;
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
  revokeApiKey: RevokeApiKeyPayload;
  /** Ends every session of an account. Returns how many were revoked. */
  revokeSessions: Scalars['Int']['output'];
  routeInquiry: InquiryPayload;
  /** Creates a DRAFT staff article from an answered inquiry: subject as title, question quoted, resolution note as answer. */
  saveAnswerAsArticle: SaveAnswerPayload;
  /** A visitor checks themselves in on the lobby screen; rate-limited per client address. */
  selfCheckIn: SelfCheckInPayload;
  /** Sends praise for an employee from the public kudos page. Rate-limited per client address; it waits for a manager's approval. */
  sendKudos: SendKudosResult;
  /**
   * Serves the visitor who checked in first. Of agents pressing at once, each gets a different
   * visitor, never the same one; an agent already serving someone gets WalkInStateConflict.
   */
  serveNextVisitor: WalkInPayload;
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
  updateRotationSettings: RotationSettingsResult;
  /** Records that the signed-in staff member confirmed the answer today. Without `version` no conflict check is made. */
  verifyArticle: ArticlePayload;
  /** The visitor left before the visit was completed. */
  visitorLeft: WalkInPayload;
  /** Counts one anonymous "did this answer your question?" vote. Stores no personal data. */
  voteOnArticle: ArticleVotePayload;
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


export type MutationApproveKudosArgs = {
  id: Scalars['ID']['input'];
  staffId: Scalars['ID']['input'];
};


export type MutationArchiveArticleArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCheckInVisitorArgs = {
  input: WalkInCheckInInput;
};


export type MutationClaimInquiryArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
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


export type MutationDeclineKudosArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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


export type MutationSelfCheckInArgs = {
  input: SelfCheckInInput;
};


export type MutationSendKudosArgs = {
  input: SendKudosInput;
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
  center: Center;
  departments: Array<Department>;
  /** The shared inbox, newest first. `after` is the endCursor of the previous page. */
  inbox: InquiryConnection;
  inboxChannelCounts: Array<ChannelCount>;
  inquiry?: Maybe<Inquiry>;
  /** The status page. Unknown and malformed tokens get the same NotFound; lookups are rate-limited per client address. */
  inquiryStatus: InquiryStatusResult;
  /** Kudos with the given status, or every kudos with pending first; newest first within each. At most 500. */
  kudosList: Array<Kudos>;
  /**
   * The approved kudos whose approval falls in month (YYYY-MM) in the center's time zone, grouped by staff member.
   * The same list is exported as CSV at GET /kudos/newsletter.csv?month=YYYY-MM.
   */
  kudosNewsletter: KudosNewsletter;
  /** The signed-in staff member, or null when signed out. */
  me?: Maybe<Staff>;
  /** The signed-in person's own calendar feed addresses. */
  myCalendarFeeds: CalendarFeeds;
  /** How many approved kudos the signed-in staff member has received. */
  myKudosCount: Scalars['Int']['output'];
  /** The outbox, newest first; all statuses when `statuses` is empty. */
  outbox: Array<OutboundEmail>;
  outboxStatus: OutboxStatus;
  phoneCall?: Maybe<PhoneCall>;
  programs: Array<Program>;
  /** A published answer by slug or id; null for anything not published and public. */
  publicArticle?: Maybe<PublicArticle>;
  /** Search or list published answers for residents. Drafts, archived and staff-only articles never appear. */
  publicArticles: PublicArticleConnection;
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


export type QueryKudosListArgs = {
  status?: InputMaybe<KudosStatus>;
};


export type QueryKudosNewsletterArgs = {
  month: Scalars['String']['input'];
};


export type QueryOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<OutboundEmailStatus>>;
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
  ArticleError:
    | ( ArticleVersionConflictError )
    | ( InvalidInputResult )
    | ( NotFoundError )
  ;
  CopyWeekResult:
    | ( InvalidInputResult )
    | ( RotationView )
  ;
  DepartmentError:
    | ( InvalidInputResult )
    | ( NotFoundError )
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
  KudosReviewResult:
    | ( InvalidInputResult )
    | ( Omit<Kudos, 'reviewedBy' | 'staff' | 'suggestedStaff'> & { reviewedBy?: Maybe<_RefType['Staff']>, staff?: Maybe<_RefType['Staff']>, suggestedStaff?: Maybe<_RefType['Staff']> } )
    | ( Omit<KudosAlreadyReviewed, 'reviewedBy'> & { reviewedBy?: Maybe<_RefType['Staff']> } )
    | ( NotFoundError )
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
  AlreadyClaimed: ResolverTypeWrapper<AlreadyClaimedError>;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarFeeds: ResolverTypeWrapper<CalendarFeedUrls>;
  CallInquiryInput: CallInquiryInput;
  CallOutcome: null;
  CallSource: null;
  CallStateConflict: ResolverTypeWrapper<CallConflict>;
  Center: ResolverTypeWrapper<Center>;
  Channel: null;
  ChannelCount: ResolverTypeWrapper<ChannelCount>;
  ClaimFilter: null;
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
  Duty: ResolverTypeWrapper<DutyView>;
  DutyKind: null;
  FieldError: ResolverTypeWrapper<FieldError>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
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
  InquiryStatusResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InquiryStatusResult']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
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
  LogCallInquiryPayload: ResolverTypeWrapper<LogCallResult>;
  MemberHours: ResolverTypeWrapper<MemberHoursView>;
  MessageKind: null;
  MessageVisibility: null;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotClaimant: ResolverTypeWrapper<NotClaimantError>;
  NotFound: ResolverTypeWrapper<NotFoundError>;
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
  PublicDepartment: ResolverTypeWrapper<DepartmentRecord>;
  PublicFormLimits: ResolverTypeWrapper<PublicFormLimits>;
  PublicInquiryStatus: ResolverTypeWrapper<PublicStatusView>;
  PublicInquiryUpdate: ResolverTypeWrapper<PublicInquiryUpdate>;
  PublicProgress: null;
  PublicSurveyRating: ResolverTypeWrapper<PublicSurveyRating>;
  PublicTopic: ResolverTypeWrapper<TopicRecord>;
  PublishAwarenessPayload: ResolverTypeWrapper<Omit<PublishAwarenessPayload, 'error'> & { error?: Maybe<ResolversTypes['ArticleError']> }>;
  PublishRotationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PublishRotationResult']>;
  PushArticleUpdatePayload: ResolverTypeWrapper<PushResult>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimited: ResolverTypeWrapper<RateLimitedResult>;
  ReplyPayload: ResolverTypeWrapper<ReplyResult>;
  Report: ResolverTypeWrapper<Omit<Report, 'department'> & { department?: Maybe<ResolversTypes['Department']> }>;
  ReportAgentWorkload: ResolverTypeWrapper<ReportAgentWorkload>;
  ReportBucket: null;
  ReportBucketCount: ResolverTypeWrapper<ReportBucketCount>;
  ReportCountSeries: ResolverTypeWrapper<ReportCountSeries>;
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
  SearchMode: null;
  SelfCheckInInput: SelfCheckInInput;
  SelfCheckInPayload: ResolverTypeWrapper<SelfCheckInResult>;
  SelfCheckInReceipt: ResolverTypeWrapper<SelfCheckInReceipt>;
  SendKudosInput: SendKudosInput;
  SendKudosResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SendKudosResult']>;
  SetTopicAttributesError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetTopicAttributesError']>;
  SetTopicAttributesPayload: ResolverTypeWrapper<SetTopicAttributesResult>;
  SignInError: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SignInError']>;
  SignInPayload: ResolverTypeWrapper<SignInResult>;
  SignInThrottled: ResolverTypeWrapper<SignInThrottledResult>;
  SlotPaint: SlotPaint;
  Staff: ResolverTypeWrapper<StaffSummary>;
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
  AlreadyClaimed: AlreadyClaimedError;
  ApiKey: ApiKeyRecord;
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
  Boolean: Scalars['Boolean']['output'];
  CalendarFeeds: CalendarFeedUrls;
  CallInquiryInput: CallInquiryInput;
  CallStateConflict: CallConflict;
  Center: Center;
  ChannelCount: ChannelCount;
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
  Duty: DutyView;
  FieldError: FieldError;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
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
  LogCallInquiryPayload: LogCallResult;
  MemberHours: MemberHoursView;
  Mutation: Record<PropertyKey, never>;
  NotClaimant: NotClaimantError;
  NotFound: NotFoundError;
  OutboundEmail: OutboundEmailRow;
  OutboundEmailError: ResolversUnionTypes<ResolversParentTypes>['OutboundEmailError'];
  OutboundEmailPayload: RetryResult;
  OutboxStatus: OutboxStatus;
  PageInfo: PageInfo;
  PaintSlotsResult: ResolversUnionTypes<ResolversParentTypes>['PaintSlotsResult'];
  PairHours: PairHoursView;
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
  PublicDepartment: DepartmentRecord;
  PublicFormLimits: PublicFormLimits;
  PublicInquiryStatus: PublicStatusView;
  PublicInquiryUpdate: PublicInquiryUpdate;
  PublicSurveyRating: PublicSurveyRating;
  PublicTopic: TopicRecord;
  PublishAwarenessPayload: Omit<PublishAwarenessPayload, 'error'> & { error?: Maybe<ResolversParentTypes['ArticleError']> };
  PublishRotationResult: ResolversUnionTypes<ResolversParentTypes>['PublishRotationResult'];
  PushArticleUpdatePayload: PushResult;
  Query: Record<PropertyKey, never>;
  RateLimited: RateLimitedResult;
  ReplyPayload: ReplyResult;
  Report: Omit<Report, 'department'> & { department?: Maybe<ResolversParentTypes['Department']> };
  ReportAgentWorkload: ReportAgentWorkload;
  ReportBucketCount: ReportBucketCount;
  ReportCountSeries: ReportCountSeries;
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
  SelfCheckInInput: SelfCheckInInput;
  SelfCheckInPayload: SelfCheckInResult;
  SelfCheckInReceipt: SelfCheckInReceipt;
  SendKudosInput: SendKudosInput;
  SendKudosResult: ResolversUnionTypes<ResolversParentTypes>['SendKudosResult'];
  SetTopicAttributesError: ResolversUnionTypes<ResolversParentTypes>['SetTopicAttributesError'];
  SetTopicAttributesPayload: SetTopicAttributesResult;
  SignInError: ResolversUnionTypes<ResolversParentTypes>['SignInError'];
  SignInPayload: SignInResult;
  SignInThrottled: SignInThrottledResult;
  SlotPaint: SlotPaint;
  Staff: StaffSummary;
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

export type CenterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Center'] = ResolversParentTypes['Center']> = {
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type DutyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Duty'] = ResolversParentTypes['Duty']> = {
  kind?: Resolver<ResolversTypes['DutyKind'], ParentType, ContextType>;
  nextKind?: Resolver<Maybe<ResolversTypes['DutyKind']>, ParentType, ContextType>;
  nextStartsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type DutyKindResolvers = { LEAVE: 'leave', MEETING: 'meeting', OFF_DESK: 'off_desk', ON_CALL: 'on_call' };

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

export type LogCallInquiryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LogCallInquiryPayload'] = ResolversParentTypes['LogCallInquiryPayload']> = {
  call?: Resolver<Maybe<ResolversTypes['PhoneCall']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['PhoneCallError']>, ParentType, ContextType>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType>;
};

export type MemberHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberHours'] = ResolversParentTypes['MemberHours']> = {
  availableHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['RotaMember'], ParentType, ContextType>;
  onCallHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MessageKindResolvers = { NOTE: 'note', REPLY: 'reply', RESIDENT: 'resident' };

export type MessageVisibilityResolvers = { INTERNAL: 'internal', PUBLIC: 'public' };

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCoverStaff?: Resolver<ResolversTypes['RotaMemberResult'], ParentType, ContextType, RequireFields<MutationAddCoverStaffArgs, 'displayName'>>;
  addLeave?: Resolver<ResolversTypes['RotaLeaveResult'], ParentType, ContextType, RequireFields<MutationAddLeaveArgs, 'endsAt' | 'memberId' | 'startsAt'>>;
  addNote?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'body' | 'id' | 'public'>>;
  answerCall?: Resolver<ResolversTypes['PhoneCallPayload'], ParentType, ContextType, RequireFields<MutationAnswerCallArgs, 'id'>>;
  approveKudos?: Resolver<ResolversTypes['KudosReviewResult'], ParentType, ContextType, RequireFields<MutationApproveKudosArgs, 'id' | 'staffId'>>;
  archiveArticle?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationArchiveArticleArgs, 'id' | 'version'>>;
  checkInVisitor?: Resolver<ResolversTypes['WalkInPayload'], ParentType, ContextType, RequireFields<MutationCheckInVisitorArgs, 'input'>>;
  claimInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationClaimInquiryArgs, 'id'>>;
  copyPreviousWeek?: Resolver<ResolversTypes['CopyWeekResult'], ParentType, ContextType, RequireFields<MutationCopyPreviousWeekArgs, 'weekStart'>>;
  createArticle?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationCreateArticleArgs, 'input'>>;
  createProgram?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<MutationCreateProgramArgs, 'input'>>;
  deactivateStaff?: Resolver<ResolversTypes['Staff'], ParentType, ContextType, RequireFields<MutationDeactivateStaffArgs, 'id'>>;
  declineKudos?: Resolver<ResolversTypes['KudosReviewResult'], ParentType, ContextType, RequireFields<MutationDeclineKudosArgs, 'id'>>;
  endCall?: Resolver<ResolversTypes['PhoneCallPayload'], ParentType, ContextType, RequireFields<MutationEndCallArgs, 'id'>>;
  hangUpUnanswered?: Resolver<ResolversTypes['PhoneCallPayload'], ParentType, ContextType, RequireFields<MutationHangUpUnansweredArgs, 'id'>>;
  heartbeat?: Resolver<ResolversTypes['Presence'], ParentType, ContextType, Partial<MutationHeartbeatArgs>>;
  issueApiKey?: Resolver<ResolversTypes['IssueApiKeyPayload'], ParentType, ContextType, RequireFields<MutationIssueApiKeyArgs, 'name'>>;
  logInquiryFromCall?: Resolver<ResolversTypes['LogCallInquiryPayload'], ParentType, ContextType, RequireFields<MutationLogInquiryFromCallArgs, 'callId' | 'input'>>;
  logPhoneCall?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationLogPhoneCallArgs, 'input'>>;
  logWalkIn?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationLogWalkInArgs, 'input'>>;
  logWalkInOutcome?: Resolver<ResolversTypes['WalkInOutcomePayload'], ParentType, ContextType, RequireFields<MutationLogWalkInOutcomeArgs, 'id' | 'input'>>;
  paintSlots?: Resolver<ResolversTypes['PaintSlotsResult'], ParentType, ContextType, RequireFields<MutationPaintSlotsArgs, 'slots'>>;
  proposeRotation?: Resolver<ResolversTypes['ProposeRotationResult'], ParentType, ContextType, RequireFields<MutationProposeRotationArgs, 'from' | 'to'>>;
  publishArticle?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationPublishArticleArgs, 'id' | 'version'>>;
  publishArticleAwareness?: Resolver<ResolversTypes['PublishAwarenessPayload'], ParentType, ContextType, RequireFields<MutationPublishArticleAwarenessArgs, 'articleId' | 'update'>>;
  publishRotation?: Resolver<ResolversTypes['PublishRotationResult'], ParentType, ContextType, RequireFields<MutationPublishRotationArgs, 'from' | 'to'>>;
  pushArticleUpdate?: Resolver<ResolversTypes['PushArticleUpdatePayload'], ParentType, ContextType, RequireFields<MutationPushArticleUpdateArgs, 'articleId' | 'update'>>;
  releaseInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationReleaseInquiryArgs, 'id' | 'version'>>;
  removeLeave?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveLeaveArgs, 'id'>>;
  reopenInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationReopenInquiryArgs, 'id' | 'version'>>;
  replyToInquiry?: Resolver<ResolversTypes['ReplyPayload'], ParentType, ContextType, RequireFields<MutationReplyToInquiryArgs, 'body' | 'id'>>;
  resetCalendarToken?: Resolver<ResolversTypes['CalendarFeeds'], ParentType, ContextType>;
  resolveInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationResolveInquiryArgs, 'id' | 'resolutionNote' | 'version'>>;
  restoreArticleRevision?: Resolver<ResolversTypes['ArticlePayload'], ParentType, ContextType, RequireFields<MutationRestoreArticleRevisionArgs, 'id' | 'number' | 'version'>>;
  retryOutboundEmail?: Resolver<ResolversTypes['OutboundEmailPayload'], ParentType, ContextType, RequireFields<MutationRetryOutboundEmailArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRevokeSessionsArgs, 'staffId'>>;
  routeInquiry?: Resolver<ResolversTypes['InquiryPayload'], ParentType, ContextType, RequireFields<MutationRouteInquiryArgs, 'id' | 'version'>>;
  saveAnswerAsArticle?: Resolver<ResolversTypes['SaveAnswerPayload'], ParentType, ContextType, RequireFields<MutationSaveAnswerAsArticleArgs, 'inquiryId'>>;
  selfCheckIn?: Resolver<ResolversTypes['SelfCheckInPayload'], ParentType, ContextType, RequireFields<MutationSelfCheckInArgs, 'input'>>;
  sendKudos?: Resolver<ResolversTypes['SendKudosResult'], ParentType, ContextType, RequireFields<MutationSendKudosArgs, 'input'>>;
  serveNextVisitor?: Resolver<ResolversTypes['WalkInPayload'], ParentType, ContextType>;
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

export type OutboundEmailKindResolvers = { ACKNOWLEDGEMENT: 'acknowledgement', REPLY: 'reply', SURVEY: 'survey' };

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
  center?: Resolver<ResolversTypes['Center'], ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  inbox?: Resolver<ResolversTypes['InquiryConnection'], ParentType, ContextType, RequireFields<QueryInboxArgs, 'first'>>;
  inboxChannelCounts?: Resolver<Array<ResolversTypes['ChannelCount']>, ParentType, ContextType, Partial<QueryInboxChannelCountsArgs>>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType, RequireFields<QueryInquiryArgs, 'id'>>;
  inquiryStatus?: Resolver<ResolversTypes['InquiryStatusResult'], ParentType, ContextType, RequireFields<QueryInquiryStatusArgs, 'token'>>;
  kudosList?: Resolver<Array<ResolversTypes['Kudos']>, ParentType, ContextType, Partial<QueryKudosListArgs>>;
  kudosNewsletter?: Resolver<ResolversTypes['KudosNewsletter'], ParentType, ContextType, RequireFields<QueryKudosNewsletterArgs, 'month'>>;
  me?: Resolver<Maybe<ResolversTypes['Staff']>, ParentType, ContextType>;
  myCalendarFeeds?: Resolver<ResolversTypes['CalendarFeeds'], ParentType, ContextType>;
  myKudosCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outbox?: Resolver<Array<ResolversTypes['OutboundEmail']>, ParentType, ContextType, RequireFields<QueryOutboxArgs, 'first'>>;
  outboxStatus?: Resolver<ResolversTypes['OutboxStatus'], ParentType, ContextType>;
  phoneCall?: Resolver<Maybe<ResolversTypes['PhoneCall']>, ParentType, ContextType, RequireFields<QueryPhoneCallArgs, 'id'>>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType>;
  publicArticle?: Resolver<Maybe<ResolversTypes['PublicArticle']>, ParentType, ContextType, RequireFields<QueryPublicArticleArgs, 'slug'>>;
  publicArticles?: Resolver<ResolversTypes['PublicArticleConnection'], ParentType, ContextType, RequireFields<QueryPublicArticlesArgs, 'first'>>;
  publicFormLimits?: Resolver<ResolversTypes['PublicFormLimits'], ParentType, ContextType>;
  publicTopics?: Resolver<Array<ResolversTypes['PublicTopic']>, ParentType, ContextType>;
  recentCalls?: Resolver<Array<ResolversTypes['PhoneCall']>, ParentType, ContextType, RequireFields<QueryRecentCallsArgs, 'first'>>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<QueryReportArgs, 'bucket' | 'from' | 'to'>>;
  rotaMembers?: Resolver<Array<ResolversTypes['RotaMember']>, ParentType, ContextType, Partial<QueryRotaMembersArgs>>;
  rotation?: Resolver<ResolversTypes['Rotation'], ParentType, ContextType, RequireFields<QueryRotationArgs, 'from' | 'to'>>;
  rotationSettings?: Resolver<ResolversTypes['RotationSettings'], ParentType, ContextType>;
  searchDirectory?: Resolver<ResolversTypes['DirectorySearchResult'], ParentType, ContextType, RequireFields<QuerySearchDirectoryArgs, 'first' | 'query'>>;
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

export type ReportBucketCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportBucketCount'] = ResolversParentTypes['ReportBucketCount']> = {
  bucket?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportCountSeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportCountSeries'] = ResolversParentTypes['ReportCountSeries']> = {
  series?: Resolver<Array<ResolversTypes['ReportBucketCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  AlreadyClaimed?: AlreadyClaimedResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
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
  CalendarFeeds?: CalendarFeedsResolvers<ContextType>;
  CallOutcome?: CallOutcomeResolvers;
  CallSource?: CallSourceResolvers;
  CallStateConflict?: CallStateConflictResolvers<ContextType>;
  Center?: CenterResolvers<ContextType>;
  Channel?: ChannelResolvers;
  ChannelCount?: ChannelCountResolvers<ContextType>;
  ClaimFilter?: ClaimFilterResolvers;
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
  Duty?: DutyResolvers<ContextType>;
  DutyKind?: DutyKindResolvers;
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
  InquiryStatusResult?: InquiryStatusResultResolvers<ContextType>;
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
  LogCallInquiryPayload?: LogCallInquiryPayloadResolvers<ContextType>;
  MemberHours?: MemberHoursResolvers<ContextType>;
  MessageKind?: MessageKindResolvers;
  MessageVisibility?: MessageVisibilityResolvers;
  Mutation?: MutationResolvers<ContextType>;
  NotClaimant?: NotClaimantResolvers<ContextType>;
  NotFound?: NotFoundResolvers<ContextType>;
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
  PublicDepartment?: PublicDepartmentResolvers<ContextType>;
  PublicFormLimits?: PublicFormLimitsResolvers<ContextType>;
  PublicInquiryStatus?: PublicInquiryStatusResolvers<ContextType>;
  PublicInquiryUpdate?: PublicInquiryUpdateResolvers<ContextType>;
  PublicProgress?: PublicProgressResolvers;
  PublicSurveyRating?: PublicSurveyRatingResolvers<ContextType>;
  PublicTopic?: PublicTopicResolvers<ContextType>;
  PublishAwarenessPayload?: PublishAwarenessPayloadResolvers<ContextType>;
  PublishRotationResult?: PublishRotationResultResolvers<ContextType>;
  PushArticleUpdatePayload?: PushArticleUpdatePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimited?: RateLimitedResolvers<ContextType>;
  ReplyPayload?: ReplyPayloadResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportAgentWorkload?: ReportAgentWorkloadResolvers<ContextType>;
  ReportBucket?: ReportBucketResolvers;
  ReportBucketCount?: ReportBucketCountResolvers<ContextType>;
  ReportCountSeries?: ReportCountSeriesResolvers<ContextType>;
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
  SearchMode?: SearchModeResolvers;
  SelfCheckInPayload?: SelfCheckInPayloadResolvers<ContextType>;
  SelfCheckInReceipt?: SelfCheckInReceiptResolvers<ContextType>;
  SendKudosResult?: SendKudosResultResolvers<ContextType>;
  SetTopicAttributesError?: SetTopicAttributesErrorResolvers<ContextType>;
  SetTopicAttributesPayload?: SetTopicAttributesPayloadResolvers<ContextType>;
  SignInError?: SignInErrorResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SignInThrottled?: SignInThrottledResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
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
