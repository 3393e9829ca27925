import { desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { toStaffSummary, type StaffSummary } from '../auth/service.js';
import type { Queryable } from '../db/client.js';
import { inquiries, kudos, staffUsers, topics } from '../db/schema.js';

/** A kudos as managers see it, with its staff members resolved. It contains the resident's name, which is personal data. */
export type KudosView = {
  id: string;
  source: 'public' | 'survey';
  status: 'pending' | 'approved' | 'declined';
  employeeName: string;
  message: string;
  residentName: string | null;
  inquiryId: number | null;
  inquiryReference: string | null;
  topicName: string | null;
  staff: StaffSummary | null;
  suggestedStaff: StaffSummary | null;
  reviewedBy: StaffSummary | null;
  reviewedAt: Date | null;
  declineReason: string | null;
  createdAt: Date;
};

/** The maximum number of kudos one list returns. */
export const KUDOS_LIST_LIMIT = 500;

/** The reason of the latest "kudos_declined" event of the kudos; see declineKudos. */
const declineReason = sql<string | null>`(
  select e.payload->>'reason' from events e
  where e.stream = 'kudos' and e.type = 'kudos_declined' and e.payload->>'kudosId' = ${kudos.id}::text
  order by e.id desc limit 1
)`;

async function selectKudos(db: Queryable, where: SQL | undefined, order: SQL[]): Promise<KudosView[]> {
  const rows = await db
    .select({
      id: kudos.id,
      source: kudos.source,
      status: kudos.status,
      employeeName: kudos.employeeName,
      message: kudos.message,
      residentName: kudos.residentName,
      inquiryId: kudos.inquiryId,
      inquiryReference: inquiries.reference,
      inquiryResolverId: inquiries.resolvedById,
      topicName: topics.name,
      staffId: kudos.staffId,
      reviewedById: kudos.reviewedById,
      reviewedAt: kudos.reviewedAt,
      declineReason,
      createdAt: kudos.createdAt,
    })
    .from(kudos)
    .leftJoin(inquiries, eq(inquiries.id, kudos.inquiryId))
    .leftJoin(topics, eq(topics.id, inquiries.topicId))
    .where(where)
    .orderBy(...order)
    .limit(KUDOS_LIST_LIMIT);
  if (rows.length === 0) return [];

  const staffById = await loadStaff(db, rows.flatMap((row) => [row.staffId, row.reviewedById, row.inquiryResolverId]));
  // Name matching needs every active account only while some kudos has no staff member yet.
  const needsMatching = rows.some((row) => row.staffId === null);
  const activeStaff = needsMatching
    ? (await db.select().from(staffUsers).where(eq(staffUsers.active, true))).map(toStaffSummary)
    : [];

  return rows.map((row) => {
    const staff = row.staffId ? (staffById.get(row.staffId) ?? null) : null;
    const resolver = row.inquiryResolverId ? (staffById.get(row.inquiryResolverId) ?? null) : null;
    return {
      id: row.id,
      source: row.source,
      status: row.status,
      employeeName: row.employeeName,
      message: row.message,
      residentName: row.residentName,
      inquiryId: row.inquiryId,
      inquiryReference: row.inquiryReference,
      topicName: row.topicName,
      staff,
      suggestedStaff: suggestStaff({ staff, source: row.source, employeeName: row.employeeName, resolver }, activeStaff),
      reviewedBy: row.reviewedById ? (staffById.get(row.reviewedById) ?? null) : null,
      reviewedAt: row.reviewedAt,
      declineReason: row.declineReason,
      createdAt: row.createdAt,
    };
  });
}

async function loadStaff(db: Queryable, ids: (string | null)[]): Promise<Map<string, StaffSummary>> {
  const staffIds = [...new Set(ids.filter((id): id is string => id !== null))];
  if (staffIds.length === 0) return new Map();
  const rows = await db.select().from(staffUsers).where(inArray(staffUsers.id, staffIds));
  return new Map(rows.map((row) => [row.id, toStaffSummary(row)]));
}

/**
 * Picks the staff member the approval form preselects: the stored one, else
 * for survey kudos the inquiry's resolver, else the one active staff member
 * the typed name points at, else the linked inquiry's resolver. An inactive
 * resolver is not suggested, because approval needs an active account.
 */
export function suggestStaff(
  kudosRow: { staff: StaffSummary | null; source: 'public' | 'survey'; employeeName: string; resolver: StaffSummary | null },
  activeStaff: readonly StaffSummary[],
): StaffSummary | null {
  if (kudosRow.staff) return kudosRow.staff;
  const resolver = kudosRow.resolver?.active ? kudosRow.resolver : null;
  if (kudosRow.source === 'survey' && resolver) return resolver;
  return matchStaffByName(kudosRow.employeeName, activeStaff) ?? resolver;
}

/**
 * Finds the one staff member whose whole display name appears in `typed`
 * ("Thanks to Maria Lopez"), or failing that, whose first name appears in it
 * as a word ("Maria at the front desk"). Case and accents are ignored. Two or
 * more matches at the same level suggest no one, so a common first name
 * never picks someone at random.
 */
export function matchStaffByName(typed: string, staff: readonly StaffSummary[]): StaffSummary | null {
  const words = ` ${normalizeName(typed)} `;
  const fullMatches = staff.filter((member) => {
    const name = normalizeName(member.displayName);
    return name !== '' && words.includes(` ${name} `);
  });
  if (fullMatches.length === 1) return fullMatches[0];
  if (fullMatches.length > 1) return null;

  const firstNameMatches = staff.filter((member) => {
    const first = normalizeName(member.displayName).split(' ')[0];
    return first !== undefined && first.length >= 2 && words.includes(` ${first} `);
  });
  return firstNameMatches.length === 1 ? firstNameMatches[0] : null;
}

/** Lower-cases, strips accents and turns every run of non-letters into one space. */
function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export async function loadKudos(db: Queryable, id: string): Promise<KudosView | undefined> {
  const [row] = await selectKudos(db, eq(kudos.id, id), []);
  return row;
}

/**
 * Lists kudos with `status`, newest first, or every kudos with pending ones
 * first and newest first within each status. At most KUDOS_LIST_LIMIT.
 */
export async function listKudos(db: Queryable, status?: KudosView['status']): Promise<KudosView[]> {
  if (status) return selectKudos(db, eq(kudos.status, status), [desc(kudos.createdAt), desc(kudos.id)]);
  return selectKudos(db, undefined, [sql`(${kudos.status} = 'pending') desc`, desc(kudos.createdAt), desc(kudos.id)]);
}
