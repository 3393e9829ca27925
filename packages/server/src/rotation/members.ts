import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid, toStaffSummary } from '../auth/service.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { Queryable } from '../db/client.js';
import { rotaMembers, staffUsers } from '../db/schema.js';
import { appendEvent } from '../events/service.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalText, requiredText } from '../validation/text.js';
import type { RotaMemberView } from './views.js';

/**
 * Creates the member row of every active agent account that has none, and
 * copies the account's name and extension onto the existing rows. Safe to
 * run on every read: a plain SELECT finds whether anything is out of step,
 * and only then are rows written.
 */
export async function syncAgentMembers(db: Queryable): Promise<void> {
  const [outOfStep] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .leftJoin(rotaMembers, eq(rotaMembers.staffId, staffUsers.id))
    .where(
      and(
        eq(staffUsers.role, 'agent'),
        eq(staffUsers.active, true),
        or(
          isNull(rotaMembers.id),
          sql`${rotaMembers.displayName} is distinct from ${staffUsers.displayName}`,
          sql`${rotaMembers.phoneExtension} is distinct from ${staffUsers.phoneExtension}`,
        ),
      ),
    )
    .limit(1);
  if (!outOfStep) return;

  await db.execute(sql`
    insert into rota_members (kind, staff_id, display_name, phone_extension)
    select 'agent', s.id, s.display_name, s.phone_extension
    from staff_users s
    where s.role = 'agent' and s.active
    on conflict (staff_id) do update
      set display_name = excluded.display_name, phone_extension = excluded.phone_extension
      where rota_members.display_name is distinct from excluded.display_name
         or rota_members.phone_extension is distinct from excluded.phone_extension`);
}

type MemberRow = typeof rotaMembers.$inferSelect;
type StaffRow = typeof staffUsers.$inferSelect;

function toMemberView(member: MemberRow, staff: StaffRow | null): RotaMemberView {
  const accountActive = member.kind === 'cover' || (staff !== null && staff.active && staff.role === 'agent');
  return {
    id: member.id,
    kind: member.kind,
    displayName: member.displayName,
    staffId: member.staffId,
    staff: staff ? toStaffSummary(staff) : null,
    phoneExtension: member.phoneExtension,
    note: member.note,
    active: member.active && accountActive,
  };
}

/** Orders agents before cover staff, each by name, then by id so that the order never depends on the database. */
export function compareMembers(a: RotaMemberView, b: RotaMemberView): number {
  if (a.kind !== b.kind) return a.kind === 'agent' ? -1 : 1;
  return a.displayName.localeCompare(b.displayName, 'en') || a.id.localeCompare(b.id);
}

/** Reads members, agents first. Without `includeInactive`, only those who can be scheduled. */
export async function readMembers(db: Queryable, options: { includeInactive?: boolean; ids?: string[] } = {}): Promise<RotaMemberView[]> {
  await syncAgentMembers(db);
  const rows = await db
    .select({ member: rotaMembers, staff: staffUsers })
    .from(rotaMembers)
    .leftJoin(staffUsers, eq(staffUsers.id, rotaMembers.staffId))
    .where(options.ids ? inArray(rotaMembers.id, options.ids.length > 0 ? options.ids : ['00000000-0000-0000-0000-000000000000']) : undefined)
    .orderBy(asc(rotaMembers.displayName));
  const members = rows.map((row) => toMemberView(row.member, row.staff));
  return members.filter((member) => options.includeInactive || member.active).sort(compareMembers);
}

async function readMember(db: Queryable, id: string): Promise<RotaMemberView | undefined> {
  const [row] = await db
    .select({ member: rotaMembers, staff: staffUsers })
    .from(rotaMembers)
    .leftJoin(staffUsers, eq(staffUsers.id, rotaMembers.staffId))
    .where(eq(rotaMembers.id, id));
  return row ? toMemberView(row.member, row.staff) : undefined;
}

const coverSchema = z.object({
  displayName: requiredText('displayName', 100),
  phoneExtension: optionalText('phoneExtension', 20).pipe(
    z
      .string()
      .regex(/^[0-9*#+ -]+$/, 'phoneExtension may contain only digits, spaces and + - * #')
      .optional(),
  ),
  note: optionalText('note', 200),
});

/** Adds a person from outside the agent team, such as a public works employee, who can be scheduled to cover the desk. A null actor is the system. */
export async function addCoverStaff(
  deps: CoreDeps,
  actor: Actor | null,
  input: { displayName: string; phoneExtension?: string | null; note?: string | null },
): Promise<RotaMemberView | InvalidInputResult> {
  const parsed = coverSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error);

  const member = await inTransaction(deps, async (tx) => {
    const [row] = await tx
      .insert(rotaMembers)
      .values({ kind: 'cover', displayName: parsed.data.displayName, phoneExtension: parsed.data.phoneExtension ?? null, note: parsed.data.note ?? null })
      .returning();
    await appendEvent(tx, { stream: 'rotation', type: 'member_added', actorId: actor?.id ?? null, payload: { dates: [], members: [], slots: [] } });
    return toMemberView(row, null);
  });
  deps.log.info({ memberId: member.id, staffId: actor?.id }, 'cover staff added to the rotation');
  return member;
}

/**
 * Takes a member off the rotation or puts them back. Their slots stay, and
 * the rules ignore the slots of inactive members. An agent whose account is
 * inactive stays inactive here whatever the flag is.
 */
export async function setMemberActive(deps: CoreDeps, actor: Actor, id: string, active: boolean): Promise<RotaMemberView | InvalidInputResult> {
  if (!isUuid(id)) return invalidField('id', 'must be the id of a rotation member');
  const member = await inTransaction(deps, async (tx) => {
    const [row] = await tx.update(rotaMembers).set({ active }).where(eq(rotaMembers.id, id)).returning({ id: rotaMembers.id });
    if (!row) return undefined;
    await appendEvent(tx, { stream: 'rotation', type: active ? 'member_activated' : 'member_deactivated', actorId: actor.id, payload: { dates: [], members: [], slots: [] } });
    return readMember(tx, id);
  });
  if (!member) return invalidField('id', `no rotation member has the id ${id}`);
  deps.log.info({ memberId: id, active, staffId: actor.id }, 'rotation member active flag set');
  return member;
}

/** Finds members by id, active or not. */
export async function findMembers(db: Queryable, ids: string[]): Promise<Map<string, RotaMemberView>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Map();
  const members = await readMembers(db, { includeInactive: true, ids: valid });
  return new Map(members.map((member) => [member.id, member]));
}
