import { randomBytes } from 'node:crypto';
import { and, desc, eq, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Queryable } from '../db/client.js';
import { departments, inquiries, inquiryMessages, topics } from '../db/schema.js';
import type { CoreDeps } from '../core/deps.js';
import { isUuid } from '../auth/service.js';
import { receiveInquiry, SUBJECT_MAX } from '../inquiries/intake.js';
import type { FieldError } from '../validation/result.js';
import { sanitizeText } from '../validation/text.js';
import { checkAnswers, listTopicAttributes, type RawAnswers, type TopicAttributeRecord } from './attributes.js';
import { touchApiKey } from './api-keys.js';
import { findServiceTopic, type ServiceTopic } from './services.js';
import { CounterRefusal } from '../counter/intake.js';
import { COUNTER_OPEN311_HANDLERS } from '../counter/registry.js';
import { isCounterServiceKind } from '../counter/services.js';

/** Marks inquiries that came through Open311; their source id is the request's token. */
export const OPEN311_SOURCE_SYSTEM = 'open311';

/**
 * Keys in `inquiries.attributes` for the request fields that have no column of
 * their own. Attribute codes cannot contain a colon, so these never collide
 * with an answer.
 */
export const MEDIA_URL_KEY = 'open311:media_url';
export const ADDRESS_ID_KEY = 'open311:address_id';

/** Maximum description length in GeoReport v2, the maxLength of its request schema. */
export const DESCRIPTION_MAX = 4000;
/** GeoReport v2 suggests a default window of 90 days and at most 1,000 results. */
export const DEFAULT_WINDOW_DAYS = 90;
export const MAX_PAGE_SIZE = 1000;
const MAX_REQUEST_IDS = 1000;

export type ServiceRequestView = {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string | null;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: null;
  address: string | null;
  address_id: string | null;
  zipcode: null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
};

export type CreatedRequestView = { service_request_id: string; token: string; service_notice: string; account_id: string | null };
export type TokenView = { service_request_id: string; token: string };

/** Form or JSON parameters as the HTTP layer received them. */
export type RequestParameters = Record<string, unknown>;

export type SubmitResult =
  | { kind: 'created'; request: CreatedRequestView }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'service_not_found'; serviceCode: string }
  | { kind: 'key_revoked' };

/** The text of the center's answer to every new request of a topic. */
function serviceNotice(topic: Pick<ServiceTopic, 'departmentName'>): string {
  return `Routed to ${topic.departmentName}.`;
}

/** Formats an instant in the center's zone with its offset, as ISO 8601; milliseconds appear only when not zero. */
export function formatInstant(value: Date, timeZone: string): string {
  return DateTime.fromJSDate(value, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
}

function single(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null) return undefined;
  const text = sanitizeText(String(first)).trim();
  return text === '' ? undefined : text;
}

/**
 * Collects attribute answers from either form shape: the flat names
 * attribute[CODE] and attribute[CODE][] of a form post, or a JSON object
 * {"attribute": {"CODE": "value"}}.
 */
function collectAnswers(parameters: RequestParameters): RawAnswers {
  const answers: RawAnswers = {};
  const add = (code: string, value: unknown) => {
    const values = (Array.isArray(value) ? value : [value]).filter((entry) => entry !== undefined && entry !== null).map((entry) => sanitizeText(String(entry)));
    const previous = answers[code];
    if (previous !== undefined) answers[code] = [previous, values].flat();
    else if (values.length === 1) answers[code] = values[0];
    else answers[code] = values;
  };
  for (const [name, value] of Object.entries(parameters)) {
    const match = /^attribute\[([^\]]*)\](\[\])?$/.exec(name);
    if (match) add(match[1], value);
  }
  const nested = parameters.attribute;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    for (const [code, value] of Object.entries(nested as Record<string, unknown>)) add(code, value);
  }
  return answers;
}

function parseCoordinate(name: 'lat' | 'long', raw: string | undefined, errors: FieldError[]): number | undefined {
  if (raw === undefined) return undefined;
  const limit = name === 'lat' ? 90 : 180;
  const value = Number(raw);
  if (!/^[-+]?\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value) || Math.abs(value) > limit) {
    errors.push({ field: name, message: `${name} must be a WGS84 decimal degree between -${limit} and ${limit}, such as ${name === 'lat' ? '35.0844' : '-106.6504'}` });
    return undefined;
  }
  return value;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Creates an inquiry from a GeoReport v2 POST after checking the location,
 * the person fields and the attribute answers. The inquiry goes through the
 * common intake (channel web, source system open311, the token as source id).
 * The key's use and the staff note are written in the same transaction.
 */
export async function submitServiceRequest(deps: CoreDeps, apiKeyId: string, parameters: RequestParameters): Promise<SubmitResult> {
  const serviceCode = single(parameters.service_code);
  if (!serviceCode) return { kind: 'invalid', errors: [{ field: 'service_code', message: 'service_code is required; GET services.json lists them' }] };
  const topic = await findServiceTopic(deps.db, serviceCode);
  if (!topic) return { kind: 'service_not_found', serviceCode };

  const errors: FieldError[] = [];
  const latText = single(parameters.lat);
  const longText = single(parameters.long);
  const lat = parseCoordinate('lat', latText, errors);
  const long = parseCoordinate('long', longText, errors);
  const addressString = single(parameters.address_string);
  const addressId = single(parameters.address_id);
  if ((latText === undefined) !== (longText === undefined)) {
    errors.push({ field: latText === undefined ? 'lat' : 'long', message: 'lat and long must be sent together' });
  }
  if (latText === undefined && longText === undefined && !addressString && !addressId) {
    errors.push({ field: 'lat', message: 'a location is required: lat and long, address_string or address_id' });
  }
  if (addressString && addressString.length > 500) errors.push({ field: 'address_string', message: 'address_string must be at most 500 characters' });
  if (addressId && addressId.length > 200) errors.push({ field: 'address_id', message: 'address_id must be at most 200 characters' });

  const description = single(parameters.description);
  if (description && description.length > DESCRIPTION_MAX) errors.push({ field: 'description', message: `description must be at most ${DESCRIPTION_MAX} characters` });
  const mediaUrl = single(parameters.media_url);
  if (mediaUrl && (mediaUrl.length > 2000 || !isHttpUrl(mediaUrl))) {
    errors.push({ field: 'media_url', message: 'media_url must be an http:// or https:// URL of at most 2000 characters' });
  }
  const accountId = single(parameters.account_id);
  if (accountId && accountId.length > 200) errors.push({ field: 'account_id', message: 'account_id must be at most 200 characters' });
  const deviceId = single(parameters.device_id);
  if (deviceId && deviceId.length > 200) errors.push({ field: 'device_id', message: 'device_id must be at most 200 characters' });
  const firstName = single(parameters.first_name);
  const lastName = single(parameters.last_name);
  for (const [field, value] of [['first_name', firstName], ['last_name', lastName]] as const) {
    if (value && value.length > 100) errors.push({ field, message: `${field} must be at most 100 characters` });
  }
  const fullName = [firstName, lastName].filter(Boolean).join(' ');
  // The contact's name is at most 200 characters long, which two names of 100 and a space exceed by one.
  if (fullName.length > 200) errors.push({ field: 'last_name', message: 'first_name and last_name together must be at most 199 characters' });

  const attributes = await listTopicAttributes(deps.db, [topic.id]);
  const answers = checkAnswers(attributes, collectAnswers(parameters), deps.centerTimeZone);
  if (answers.kind === 'invalid') errors.push(...answers.errors);
  if (errors.length > 0 || answers.kind === 'invalid') return { kind: 'invalid', errors };

  // A counter service (a banner permit, say) checks the answers further and writes its own record with the inquiry.
  const counterHandler = isCounterServiceKind(topic.counterService) ? COUNTER_OPEN311_HANDLERS[topic.counterService] : undefined;
  const counterPlan = counterHandler ? await counterHandler.prepare(deps, answers.answers) : undefined;
  if (counterPlan?.kind === 'invalid') return { kind: 'invalid', errors: counterPlan.errors };
  let counterNotice: string | undefined;

  const stored: Record<string, string | string[]> = { ...answers.answers };
  if (mediaUrl) stored[MEDIA_URL_KEY] = mediaUrl;
  if (addressId) stored[ADDRESS_ID_KEY] = addressId;

  const token = randomBytes(18).toString('base64url');
  const summary = description?.split('\n')[0];
  const subject = summary ? `${topic.name}: ${summary}`.slice(0, SUBJECT_MAX) : topic.name;
  let keyRevoked = false;
  const result = await receiveInquiry(
    deps,
    {
      channel: 'web',
      subject,
      body: description,
      topicId: topic.id,
      contact: {
        name: fullName || undefined,
        email: single(parameters.email),
        phone: single(parameters.phone),
      },
      location: { latitude: lat ?? null, longitude: long ?? null, address: addressString },
      attributes: stored,
      apiKeyId,
      source: { system: OPEN311_SOURCE_SYSTEM, id: token },
    },
    undefined,
    {
      async afterCreate(tx, created) {
        if (!(await touchApiKey(tx, apiKeyId))) {
          keyRevoked = true;
          throw new KeyRevokedError();
        }
        const details = describeForStaff(attributes, answers.answers, { mediaUrl, addressId, deviceId, accountId });
        if (details) await tx.insert(inquiryMessages).values({ inquiryId: created.inquiryId, kind: 'note', body: details, visibility: 'internal' });
        if (counterPlan?.kind === 'ok') {
          const [row] = await tx.select({ contactId: inquiries.contactId }).from(inquiries).where(eq(inquiries.id, created.inquiryId));
          counterNotice = (await counterPlan.create(tx, { inquiryId: created.inquiryId, contactId: row?.contactId ?? null })).notice;
        }
      },
    },
  ).catch((error: unknown) => {
    if (keyRevoked && error instanceof KeyRevokedError) return undefined;
    if (error instanceof CounterRefusal) return { kind: 'refused' as const, field: error.field, message: error.message };
    throw error;
  });

  if (!result) return { kind: 'key_revoked' };
  if (result.kind === 'refused') return { kind: 'invalid', errors: [{ field: result.field, message: result.message }] };
  if (result.kind === 'invalid_input') return { kind: 'invalid', errors: result.fields.map(renameIntakeField) };
  if (result.kind === 'duplicate') throw new Error(`Open311 token ${result.reference} collided with an existing request`);
  deps.log.info({ inquiryId: result.inquiry.id, apiKeyId, serviceCode: topic.id }, 'Open311 request created');
  return {
    kind: 'created',
    request: { service_request_id: result.inquiry.reference, token, service_notice: counterNotice ?? serviceNotice(topic), account_id: accountId ?? null },
  };
}

/**
 * Returns the internal note that shows staff what the client sent beyond the
 * description: the attribute answers by their descriptions and list names,
 * the media URL and the client's ids. Undefined when there is nothing to show.
 */
function describeForStaff(
  attributes: TopicAttributeRecord[],
  answers: Record<string, string | string[]>,
  extra: { mediaUrl?: string; addressId?: string; deviceId?: string; accountId?: string },
): string | undefined {
  const lines: string[] = [];
  for (const attribute of attributes) {
    const answer = answers[attribute.code];
    if (answer === undefined) continue;
    const names = [answer].flat().map((key) => attribute.values.find((value) => value.key === key)?.name ?? key);
    lines.push(`${attribute.description} — ${names.join(', ')}`);
  }
  if (extra.mediaUrl) lines.push(`Media: ${extra.mediaUrl}`);
  if (extra.addressId) lines.push(`Address id: ${extra.addressId}`);
  if (extra.deviceId) lines.push(`Device id: ${extra.deviceId}`);
  if (extra.accountId) lines.push(`Account id: ${extra.accountId}`);
  return lines.length > 0 ? `Sent through Open311:\n${lines.join('\n')}` : undefined;
}

class KeyRevokedError extends Error {
  constructor() {
    super('The API key was revoked while the request was being recorded');
  }
}

const intakeFieldNames: Record<string, string> = {
  'input.contact.name': 'first_name',
  'input.contact.email': 'email',
  'input.contact.phone': 'phone',
  'input.location.address': 'address_string',
  'input.location.latitude': 'lat',
  'input.location.longitude': 'long',
  'input.body': 'description',
  'input.subject': 'description',
};

function renameIntakeField(error: FieldError): FieldError {
  const field = intakeFieldNames[error.field] ?? error.field;
  const message = error.message.replace(/^(name|email|phone|address|latitude|longitude|body|subject)\b/, field);
  return { field, message };
}

/** Filters of GET requests, already checked by parseRequestQuery. */
export type RequestQuery = {
  serviceRequestIds?: string[];
  serviceCodes?: string[];
  start: Date;
  end: Date;
  statuses?: ('open' | 'closed')[];
  page: number;
  pageSize: number;
};

export type ParsedQuery = { kind: 'ok'; query: RequestQuery } | { kind: 'invalid'; errors: FieldError[] };

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  return items.length > 0 ? items : undefined;
}

function parseDate(field: string, value: string | undefined, timeZone: string, errors: FieldError[]): DateTime | undefined {
  if (value === undefined) return undefined;
  const parsed = DateTime.fromISO(value, { zone: timeZone, setZone: true });
  if (!parsed.isValid) {
    errors.push({ field, message: `${field} must be an ISO 8601 date-time such as 2026-03-08T00:00:00-07:00, not "${value.slice(0, 40)}"` });
    return undefined;
  }
  return parsed;
}

function parsePositive(field: string, value: string | undefined, max: number, errors: FieldError[]): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > max) {
    errors.push({ field, message: `${field} must be a whole number from 1 to ${max}` });
    return undefined;
  }
  return number;
}

/**
 * Checks the query parameters of GET requests. Without dates the window is
 * the last 90 days. With only start_date it is the 90 days after it, and with
 * only end_date the 90 days before it. A window may not be longer than 90
 * days. Dates without an offset are read in the center's zone.
 */
export function parseRequestQuery(parameters: Record<string, unknown>, timeZone: string, now = new Date()): ParsedQuery {
  const errors: FieldError[] = [];
  const serviceRequestIds = list(single(parameters.service_request_id));
  if (serviceRequestIds && serviceRequestIds.length > MAX_REQUEST_IDS) {
    errors.push({ field: 'service_request_id', message: `service_request_id can list at most ${MAX_REQUEST_IDS} ids` });
  }
  const serviceCodes = list(single(parameters.service_code));
  const statuses = list(single(parameters.status)?.toLowerCase());
  const badStatus = statuses?.find((status) => status !== 'open' && status !== 'closed');
  if (badStatus) errors.push({ field: 'status', message: `status must be open, closed or open,closed, not "${badStatus.slice(0, 40)}"` });

  const startDate = parseDate('start_date', single(parameters.start_date), timeZone, errors);
  const endDate = parseDate('end_date', single(parameters.end_date), timeZone, errors);
  const page = parsePositive('page', single(parameters.page), 1_000_000, errors) ?? 1;
  const pageSize = parsePositive('page_size', single(parameters.page_size), MAX_PAGE_SIZE, errors) ?? MAX_PAGE_SIZE;

  const window = { days: DEFAULT_WINDOW_DAYS };
  const end = endDate ?? (startDate ? startDate.plus(window) : DateTime.fromJSDate(now));
  const start = startDate ?? end.minus(window);
  if (startDate && endDate) {
    if (endDate < startDate) errors.push({ field: 'end_date', message: 'end_date must not be before start_date' });
    else if (endDate.diff(startDate, 'days').days > DEFAULT_WINDOW_DAYS) {
      errors.push({ field: 'end_date', message: `start_date and end_date may be at most ${DEFAULT_WINDOW_DAYS} days apart` });
    }
  }

  if (errors.length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'ok',
    query: {
      serviceRequestIds: serviceRequestIds?.map((id) => id.toUpperCase()),
      serviceCodes,
      start: start.toJSDate(),
      end: end.toJSDate(),
      statuses: statuses as ('open' | 'closed')[] | undefined,
      page,
      pageSize,
    },
  };
}

const requestColumns = {
  id: inquiries.id,
  reference: inquiries.reference,
  status: inquiries.status,
  body: inquiries.body,
  createdAt: inquiries.createdAt,
  updatedAt: inquiries.updatedAt,
  resolvedAt: inquiries.resolvedAt,
  latitude: inquiries.latitude,
  longitude: inquiries.longitude,
  addressText: inquiries.addressText,
  attributes: inquiries.attributes,
  sourceSystem: inquiries.sourceSystem,
  topicId: topics.id,
  topicName: topics.name,
  departmentName: departments.name,
};

type RequestRow = {
  id: number;
  reference: string;
  status: 'open' | 'resolved';
  body: string;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  addressText: string | null;
  attributes: Record<string, string | string[]> | null;
  sourceSystem: string | null;
  topicId: string;
  topicName: string;
  departmentName: string;
};

/**
 * Lists the inquiries that have a topic (a request needs a service_code),
 * newest first. With service_request_id the other filters are ignored, as
 * GeoReport v2 specifies.
 */
export async function queryServiceRequests(deps: CoreDeps, query: RequestQuery): Promise<ServiceRequestView[]> {
  const conditions: SQL[] = [isNotNull(inquiries.topicId)];
  if (query.serviceRequestIds) {
    conditions.push(inArray(inquiries.reference, query.serviceRequestIds));
  } else {
    conditions.push(gte(inquiries.createdAt, query.start), lte(inquiries.createdAt, query.end));
    if (query.serviceCodes) {
      // A code that is not a topic id matches nothing rather than failing the query.
      const topicIds = query.serviceCodes.filter(isUuid);
      conditions.push(topicIds.length > 0 ? inArray(topics.id, topicIds) : sql`false`);
    }
    if (query.statuses) conditions.push(inArray(inquiries.status, query.statuses.map((status) => (status === 'closed' ? 'resolved' : 'open'))));
  }
  const rows = await deps.db
    .select(requestColumns)
    .from(inquiries)
    .innerJoin(topics, eq(topics.id, inquiries.topicId))
    .innerJoin(departments, eq(departments.id, topics.departmentId))
    .where(and(...conditions))
    .orderBy(desc(inquiries.createdAt), desc(inquiries.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return toRequestViews(deps, rows);
}

/** Returns one request by its reference (Q-000123), or undefined when there is none with a topic. */
export async function findServiceRequest(deps: CoreDeps, serviceRequestId: string): Promise<ServiceRequestView | undefined> {
  const [row] = await deps.db
    .select(requestColumns)
    .from(inquiries)
    .innerJoin(topics, eq(topics.id, inquiries.topicId))
    .innerJoin(departments, eq(departments.id, topics.departmentId))
    .where(eq(inquiries.reference, serviceRequestId.toUpperCase()));
  if (!row) return undefined;
  const [view] = await toRequestViews(deps, [row]);
  return view;
}

/** Returns the request id a POST's token stands for, or undefined for an unknown token. */
export async function findToken(db: Queryable, token: string): Promise<TokenView | undefined> {
  const [row] = await db
    .select({ reference: inquiries.reference })
    .from(inquiries)
    .where(and(eq(inquiries.sourceSystem, OPEN311_SOURCE_SYSTEM), eq(inquiries.sourceId, token)));
  return row ? { service_request_id: row.reference, token } : undefined;
}

/**
 * Shapes rows as public GeoReport v2 requests. The responses are public, so
 * they never carry the resident's contact. The description and location are
 * shown only for requests that came through Open311, because that client
 * submitted them for publication. A phone note or an e-mail body can contain
 * names and numbers. status_notes is the latest public note.
 */
async function toRequestViews(deps: CoreDeps, rows: RequestRow[]): Promise<ServiceRequestView[]> {
  if (rows.length === 0) return [];
  const notes = await deps.db
    .selectDistinctOn([inquiryMessages.inquiryId], { inquiryId: inquiryMessages.inquiryId, body: inquiryMessages.body })
    .from(inquiryMessages)
    .where(
      and(
        inArray(
          inquiryMessages.inquiryId,
          rows.map((row) => row.id),
        ),
        eq(inquiryMessages.kind, 'note'),
        eq(inquiryMessages.visibility, 'public'),
      ),
    )
    .orderBy(inquiryMessages.inquiryId, desc(inquiryMessages.id));
  const noteByInquiry = new Map(notes.map((note) => [note.inquiryId, note.body]));

  return rows.map((row) => {
    const published = row.sourceSystem === OPEN311_SOURCE_SYSTEM;
    const closed = row.status === 'resolved';
    const extra = row.attributes ?? {};
    return {
      service_request_id: row.reference,
      status: closed ? 'closed' : 'open',
      status_notes: noteByInquiry.get(row.id) ?? null,
      service_name: row.topicName,
      service_code: row.topicId,
      description: published && row.body ? row.body.slice(0, DESCRIPTION_MAX) : null,
      agency_responsible: row.departmentName,
      service_notice: serviceNotice(row),
      requested_datetime: formatInstant(row.createdAt, deps.centerTimeZone),
      updated_datetime: formatInstant(closed && row.resolvedAt ? row.resolvedAt : row.updatedAt, deps.centerTimeZone),
      expected_datetime: null,
      address: published ? row.addressText : null,
      address_id: published && typeof extra[ADDRESS_ID_KEY] === 'string' ? extra[ADDRESS_ID_KEY] : null,
      zipcode: null,
      lat: published ? row.latitude : null,
      long: published ? row.longitude : null,
      media_url: published && typeof extra[MEDIA_URL_KEY] === 'string' ? extra[MEDIA_URL_KEY] : null,
    };
  });
}
