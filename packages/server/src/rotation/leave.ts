import { and, eq, gt, lt } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid } from '../auth/service.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { rotaLeave } from '../db/schema.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalText } from '../validation/text.js';
import { findMembers } from './members.js';
import { localDate, openCalendar, overlapsHalfHour } from './open-hours.js';
import { readSettings } from './settings.js';
import { appendSlotsEvent, readSlotRows, writeKinds, type KindChange } from './store.js';
import type { RotaLeaveView } from './views.js';

/** Maximum length of one leave range, in days. */
const MAX_LEAVE_DAYS = 366;

const leaveSchema = z
  .object({
    memberId: z.string().refine(isUuid, 'memberId must be the id of a rotation member'),
    startsAt: z.date(),
    endsAt: z.date(),
    note: optionalText('note', 200),
  })
  .refine((value) => value.endsAt > value.startsAt, { path: ['endsAt'], message: 'endsAt must be after startsAt' })
  .refine((value) => value.endsAt.getTime() - value.startsAt.getTime() <= MAX_LEAVE_DAYS * 86_400_000, {
    path: ['endsAt'],
    message: `leave may last at most ${MAX_LEAVE_DAYS} days`,
  });

/** Lists the start instants of the open half hours that overlap [startsAt, endsAt). */
function openStartsWithin(settings: Awaited<ReturnType<typeof readSettings>>, startsAt: Date, endsAt: Date): Date[] {
  const zone = settings.timeZone;
  const days = openCalendar(settings, localDate(startsAt, zone), localDate(new Date(endsAt.getTime() - 1), zone));
  return days.flatMap((day) => day.halfHours.map((halfHour) => halfHour.startsAt)).filter((start) => overlapsHalfHour(start.getTime(), { startsAt, endsAt }));
}

/**
 * Records a member's absence and plans every open half hour that overlaps
 * it as LEAVE, in one transaction with one rotation event.
 */
export async function addLeave(
  deps: CoreDeps,
  actor: Actor,
  input: { memberId: string; startsAt: Date; endsAt: Date; note?: string | null },
): Promise<RotaLeaveView | InvalidInputResult> {
  const parsed = leaveSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error);
  const members = await findMembers(deps.db, [parsed.data.memberId]);
  const member = members.get(parsed.data.memberId);
  if (!member) return invalidField('memberId', `no rotation member has the id ${parsed.data.memberId}`);
  if (!member.active) return invalidField('memberId', `${member.displayName} is not active on the rotation`);

  const settings = await readSettings(deps.db, deps.centerTimeZone);
  const { startsAt, endsAt, note } = parsed.data;
  const row = await inTransaction(deps, async (tx) => {
    const [row] = await tx.insert(rotaLeave).values({ memberId: member.id, startsAt, endsAt, note: note ?? null, createdBy: actor.id }).returning();
    const changes = openStartsWithin(settings, startsAt, endsAt).map((start) => ({ memberId: member.id, startsAt: start, kind: 'leave' as const }));
    const changed = await writeKinds(tx, actor.id, changes);
    await appendSlotsEvent(tx, 'leave_added', actor.id, settings.timeZone, changed, members, [localDate(startsAt, settings.timeZone)]);
    return row;
  });
  deps.log.info({ staffId: actor.id, memberId: member.id, leaveId: row.id }, 'rotation leave added');
  return { id: row.id, member, startsAt: row.startsAt, endsAt: row.endsAt, note: row.note };
}

/**
 * Deletes a leave range and clears the member's LEAVE slots inside it that
 * no other leave range covers. Returns false when no leave has the id.
 */
export async function removeLeave(deps: CoreDeps, actor: Actor, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const settings = await readSettings(deps.db, deps.centerTimeZone);

  const removed = await inTransaction(deps, async (tx) => {
    const [row] = await tx.delete(rotaLeave).where(eq(rotaLeave.id, id)).returning();
    if (!row) return undefined;
    const others = await tx
      .select()
      .from(rotaLeave)
      .where(and(eq(rotaLeave.memberId, row.memberId), lt(rotaLeave.startsAt, row.endsAt), gt(rotaLeave.endsAt, row.startsAt)));
    const slots = await readSlotRows(tx, new Date(row.startsAt.getTime() - 30 * 60 * 1000), row.endsAt, [row.memberId]);
    const changes: KindChange[] = slots
      .filter((slot) => slot.kind === 'leave' && overlapsHalfHour(slot.startsAt.getTime(), row))
      .filter((slot) => !others.some((other) => overlapsHalfHour(slot.startsAt.getTime(), other)))
      .map((slot) => ({ memberId: slot.memberId, startsAt: slot.startsAt, kind: null }));
    const changed = await writeKinds(tx, actor.id, changes);
    const members = await findMembers(tx, [row.memberId]);
    await appendSlotsEvent(tx, 'leave_removed', actor.id, settings.timeZone, changed, members, [localDate(row.startsAt, settings.timeZone)]);
    return row;
  });
  if (removed) deps.log.info({ staffId: actor.id, leaveId: id, memberId: removed.memberId }, 'rotation leave removed');
  return removed !== undefined;
}
