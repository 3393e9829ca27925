import { desc, eq, sql, type SQL } from 'drizzle-orm';
import { buildOnce } from '../db/built-once.js';
import type { Queryable } from '../db/client.js';
import { phoneCalls, staffUsers } from '../db/schema.js';
import type { StaffSummary } from '../auth/service.js';
import type { EventRecord } from '../events/service.js';
import { maskPhoneNumber } from '../rotation/ring.js';
import type { CallOutcome } from './calls.js';

export type CallSource = 'telephony' | 'softphone';

export type PhoneCallView = {
  id: string;
  /** The phone system's id of the call, or the generated one of a softphone call. */
  callId: string;
  source: CallSource;
  /** The caller's full number; null in event payloads, which carry only the masked one. */
  callerNumber: string | null;
  callerMasked: string | null;
  dialledNumber: string | null;
  outcome: CallOutcome;
  offeredAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  answeredExtension: string | null;
  answeredBy: StaffSummary | null;
  /** The staff member's name, or the cover staff member's from the rotation when the extension has no account. */
  answeredByName: string | null;
  inquiryId: number | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
};

export type PhoneEventType = 'offered' | 'answered' | 'ended' | 'abandoned' | 'short_hangup' | 'linked';

export type PhoneEventView = { id: number; type: PhoneEventType; occurredAt: Date; call: PhoneCallView };

/** The name of the active rota member with the answering extension, for cover staff without a staff account. */
const rotaMemberName = sql<string | null>`(
  select rm.display_name from rota_members rm
  where rm.active and nullif(trim(rm.phone_extension), '') = ${phoneCalls.answeredExtension}
  order by rm.created_at limit 1
)`;

/** Builds the read of the calls matching `where`, newest first, up to the `limit` placeholder, each with the staff member on it. */
function callsQuery(db: Queryable, where: SQL | undefined) {
  return db
    .select({
      call: phoneCalls,
      staff: {
        id: staffUsers.id,
        email: staffUsers.email,
        displayName: staffUsers.displayName,
        role: staffUsers.role,
        active: staffUsers.active,
        phoneExtension: staffUsers.phoneExtension,
      },
      rotaMemberName,
    })
    .from(phoneCalls)
    .leftJoin(staffUsers, eq(staffUsers.id, phoneCalls.answeredById))
    .where(where)
    .orderBy(desc(phoneCalls.offeredAt), desc(phoneCalls.id))
    .limit(sql.placeholder('limit'))
    .prepare('calls');
}

type CallRow = Awaited<ReturnType<ReturnType<typeof callsQuery>['execute']>>[number];

const callsById = buildOnce<{ id: string; limit: number }, CallRow[]>((db) => callsQuery(db, eq(phoneCalls.id, sql.placeholder('id'))));
const callsOfInquiry = buildOnce<{ inquiryId: number; limit: number }, CallRow[]>((db) =>
  callsQuery(db, eq(phoneCalls.inquiryId, sql.placeholder('inquiryId'))),
);
const recentCalls = buildOnce<{ limit: number }, CallRow[]>((db) => callsQuery(db, undefined));

function toCallViews(rows: CallRow[]): PhoneCallView[] {
  return rows.map(({ call, staff, rotaMemberName: memberName }) => ({
    id: call.id,
    callId: call.externalId,
    source: call.source as CallSource,
    callerNumber: call.callerNumber,
    callerMasked: maskPhoneNumber(call.callerNumber),
    dialledNumber: call.dialledNumber,
    outcome: call.outcome,
    offeredAt: call.offeredAt,
    answeredAt: call.answeredAt,
    endedAt: call.endedAt,
    answeredExtension: call.answeredExtension,
    answeredBy: staff?.id ? staff : null,
    answeredByName: staff?.displayName ?? memberName ?? null,
    inquiryId: call.inquiryId,
    waitSeconds: call.waitSeconds,
    talkSeconds: call.talkSeconds,
  }));
}

export async function loadCall(db: Queryable, id: string): Promise<PhoneCallView | undefined> {
  const [view] = toCallViews(await callsById(db, { id, limit: 1 }));
  return view;
}

export async function loadCallOfInquiry(db: Queryable, inquiryId: number): Promise<PhoneCallView | undefined> {
  const [view] = toCallViews(await callsOfInquiry(db, { inquiryId, limit: 1 }));
  return view;
}

/** Returns the latest calls, newest first. */
export async function readRecentCalls(db: Queryable, limit: number): Promise<PhoneCallView[]> {
  return toCallViews(await recentCalls(db, { limit }));
}

/** Returns the call as stored in an event payload: without the full caller number. */
export function toEventPayload(call: PhoneCallView): PhoneCallView {
  return { ...call, callerNumber: null };
}

const dateFields = ['offeredAt', 'answeredAt', 'endedAt'] as const;

/** Rebuilds the event view from a `phone` event. */
export function toPhoneEventView(event: EventRecord): PhoneEventView {
  const call = { ...(event.payload as Record<string, unknown>) };
  for (const field of dateFields) {
    if (typeof call[field] === 'string') call[field] = new Date(call[field]);
  }
  return { id: event.id, type: event.type as PhoneEventType, occurredAt: event.createdAt, call: call as PhoneCallView };
}
