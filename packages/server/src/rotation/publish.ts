import { and, gte, isNull, lt, sql } from 'drizzle-orm';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { rotaSlots } from '../db/schema.js';
import type { InvalidInputResult } from '../validation/result.js';
import { generateRotation } from './generator.js';
import { instantRange } from './open-hours.js';
import { isInvalid, parseRange, readRotationRange } from './rotation.js';
import { readSettings } from './settings.js';
import { appendSlotsEvent, loadPlan, writeKinds, type KindChange, type SlotRow } from './store.js';
import type { RotationView } from './views.js';

/**
 * Replaces the planned kinds of a range with the generator's proposal, as
 * unpublished changes, in one transaction with one rotation event. Slots of
 * members who are no longer active are cleared. Returns the new rotation.
 */
export async function proposeRotation(deps: CoreDeps, actor: Actor | null, from: string, to: string): Promise<RotationView | InvalidInputResult> {
  const range = parseRange(from, to);
  if (isInvalid(range)) return range;
  const settings = await readSettings(deps.db, deps.centerTimeZone);

  await inTransaction(deps, async (tx) => {
    const plan = await loadPlan(tx, settings, range.from, range.to);
    const proposal = generateRotation({
      settings,
      days: plan.days,
      members: plan.members.filter((member) => member.active),
      leave: plan.leave.map((entry) => ({ memberId: entry.member.id, startsAt: entry.startsAt, endsAt: entry.endsAt })),
    });

    const proposed = new Set(proposal.map((slot) => `${slot.memberId}|${slot.startsAt.getTime()}`));
    const clears: KindChange[] = plan.slots
      .filter((slot) => slot.kind !== null && !proposed.has(`${slot.memberId}|${slot.startsAt.getTime()}`))
      .map((slot) => ({ memberId: slot.memberId, startsAt: slot.startsAt, kind: null }));
    const changed = await writeKinds(tx, actor?.id ?? null, [...clears, ...proposal]);
    const members = new Map(plan.members.map((member) => [member.id, member]));
    await appendSlotsEvent(tx, 'proposed', actor?.id ?? null, settings.timeZone, changed, members, plan.days.map((day) => day.date));
    deps.log.info({ staffId: actor?.id, from: range.from, to: range.to, slots: changed.length }, 'rotation proposed');
  });

  return readRotationRange(deps.db, deps.centerTimeZone, range);
}

/**
 * Publishes a range: every slot's published kind becomes its planned kind,
 * in one transaction with one rotation event. From then on duty, routing,
 * ring order and the calendar feeds follow the new plan.
 */
export async function publishRotation(deps: CoreDeps, actor: Actor | null, from: string, to: string): Promise<RotationView | InvalidInputResult> {
  const range = parseRange(from, to);
  if (isInvalid(range)) return range;
  const settings = await readSettings(deps.db, deps.centerTimeZone);
  const { start, end } = instantRange(range.from, range.to, settings.timeZone);

  await inTransaction(deps, async (tx) => {
    const inRange = and(gte(rotaSlots.startsAt, start), lt(rotaSlots.startsAt, end));
    const published = await tx
      .update(rotaSlots)
      .set({ publishedKind: sql`${rotaSlots.kind}`, updatedAt: sql`now()` })
      .where(and(inRange, sql`${rotaSlots.kind} is distinct from ${rotaSlots.publishedKind}`))
      .returning({ memberId: rotaSlots.memberId, startsAt: rotaSlots.startsAt, kind: rotaSlots.kind, publishedKind: rotaSlots.publishedKind });
    // Rows that now have neither kind mean the same as no row.
    await tx.delete(rotaSlots).where(and(inRange, isNull(rotaSlots.kind), isNull(rotaSlots.publishedKind)));

    const plan = await loadPlan(tx, settings, range.from, range.to);
    const members = new Map(plan.members.map((member) => [member.id, member]));
    await appendSlotsEvent(tx, 'published', actor?.id ?? null, settings.timeZone, published as SlotRow[], members, plan.days.map((day) => day.date));
    deps.log.info({ staffId: actor?.id, from: range.from, to: range.to, slots: published.length }, 'rotation published');
  });

  return readRotationRange(deps.db, deps.centerTimeZone, range);
}
