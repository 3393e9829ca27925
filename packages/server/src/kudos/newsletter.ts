import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { toStaffSummary, type StaffSummary } from '../auth/service.js';
import type { Queryable } from '../db/client.js';
import { inquiries, kudos, staffUsers, topics } from '../db/schema.js';
import { toCsv } from '../reports/csv.js';

/**
 * The monthly list of approved kudos for the staff newsletter. It names
 * residents by first name only, so it can be printed and shared.
 */

export type NewsletterEntry = { kudosId: string; excerpt: string; from: string; topicName: string | null; approvedAt: Date };
export type NewsletterStaff = { staff: StaffSummary | null; staffName: string; count: number; entries: NewsletterEntry[] };
export type Newsletter = { month: string; timeZone: string; total: number; staff: NewsletterStaff[] };

export type MonthResult = { kind: 'ok'; start: Date; end: Date } | { kind: 'invalid_input'; field: string; message: string };

/** Shown for a resident who gave no name. */
export const ANONYMOUS_RESIDENT = 'a resident';
/** Shown for kudos whose staff account was deleted after approval. */
export const FORMER_STAFF = 'Former staff member';
/** Excerpts are cut at a word boundary near this many characters. */
export const EXCERPT_CHARACTERS = 240;

/** Parses YYYY-MM into the instants that bound that month in `zone`: the first midnight and the next month's first midnight. */
export function parseMonth(month: string, zone: string): MonthResult {
  const match = /^([0-9]{4})-(0[1-9]|1[0-2])$/.exec(month);
  const start = match ? DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: 1 }, { zone }) : undefined;
  if (!start?.isValid) return { kind: 'invalid_input', field: 'month', message: `month must be a month such as 2026-03 (YYYY-MM), got ${JSON.stringify(month.slice(0, 40))}` };
  return { kind: 'ok', start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate() };
}

/**
 * Collects the kudos approved in `month` (their reviewed_at inside the month
 * in `zone`), grouped by staff member: most kudos first, then by name, each
 * member's entries oldest first.
 */
export async function buildNewsletter(db: Queryable, month: string, zone: string): Promise<Newsletter | Extract<MonthResult, { kind: 'invalid_input' }>> {
  const bounds = parseMonth(month, zone);
  if (bounds.kind !== 'ok') return bounds;

  const rows = await db
    .select({
      id: kudos.id,
      staffId: kudos.staffId,
      message: kudos.message,
      residentName: kudos.residentName,
      topicName: topics.name,
      approvedAt: kudos.reviewedAt,
    })
    .from(kudos)
    .leftJoin(inquiries, eq(inquiries.id, kudos.inquiryId))
    .leftJoin(topics, eq(topics.id, inquiries.topicId))
    .where(and(eq(kudos.status, 'approved'), gte(kudos.reviewedAt, bounds.start), lt(kudos.reviewedAt, bounds.end)))
    .orderBy(asc(kudos.reviewedAt), asc(kudos.id));

  const staffIds = [...new Set(rows.map((row) => row.staffId).filter((id): id is string => id !== null))];
  const staffRows = staffIds.length === 0 ? [] : await db.select().from(staffUsers).where(inArray(staffUsers.id, staffIds));
  const staffById = new Map(staffRows.map((row) => [row.id, toStaffSummary(row)]));

  const groups = new Map<string, NewsletterStaff>();
  for (const row of rows) {
    const staff = row.staffId ? (staffById.get(row.staffId) ?? null) : null;
    const key = staff?.id ?? 'former';
    let group = groups.get(key);
    if (!group) {
      group = { staff, staffName: staff?.displayName ?? FORMER_STAFF, count: 0, entries: [] };
      groups.set(key, group);
    }
    group.count += 1;
    group.entries.push({
      kudosId: row.id,
      excerpt: excerpt(row.message),
      from: residentFirstName(row.residentName),
      topicName: row.topicName,
      approvedAt: row.approvedAt!,
    });
  }

  const staff = [...groups.values()].sort((a, b) => b.count - a.count || a.staffName.localeCompare(b.staffName));
  return { month, timeZone: zone, total: rows.length, staff };
}

/**
 * Returns the first word of the resident's name, or "a resident". Titles such
 * as "Mr." or "Dr." are skipped, because the first name follows them.
 */
export function residentFirstName(name: string | null): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  const first = words.find((word) => !/^(mr|mrs|ms|mx|dr|sr|sra|srta|don|doña)\.?$/i.test(word));
  const cleaned = first?.replace(/[^\p{L}\p{N}'’-]/gu, '') ?? '';
  return cleaned === '' ? ANONYMOUS_RESIDENT : cleaned;
}

/** Cuts `message` at the last space before EXCERPT_CHARACTERS and adds an ellipsis; shorter messages stay whole. */
export function excerpt(message: string, max = EXCERPT_CHARACTERS): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Writes the newsletter as CSV: one row per kudos, approval date in `zone`. */
export function newsletterCsv(newsletter: Newsletter): string {
  const rows = newsletter.staff.flatMap((group) =>
    group.entries.map((entry) => [
      group.staffName,
      DateTime.fromJSDate(entry.approvedAt, { zone: newsletter.timeZone }).toISODate(),
      entry.from,
      entry.topicName,
      entry.excerpt,
    ]),
  );
  return toCsv(['staff_member', 'approved_on', 'from', 'topic', 'excerpt'], rows);
}
