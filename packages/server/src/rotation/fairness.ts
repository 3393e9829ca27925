import { overlapsHalfHour } from './open-hours.js';
import type { LeaveRange } from './rules.js';
import type { DutyKind, FairnessView, OpenDay, PlannedSlot, RotaMemberView } from './views.js';

export type FairnessInput = {
  days: OpenDay[];
  /** The members to report, in the order to report them. */
  members: RotaMemberView[];
  slots: PlannedSlot[];
  leave: LeaveRange[];
};

/**
 * Computes on-call hours per member and shared on-call hours per pair of
 * agents. An agent is available in an open half hour that no leave range
 * overlaps and whose planned kind is neither MEETING nor LEAVE. Cover staff
 * are available only where they are planned ON_CALL or OFF_DESK, because
 * they work elsewhere otherwise.
 */
export function computeFairness(input: FairnessInput): FairnessView {
  const kinds = new Map<string, DutyKind>();
  for (const slot of input.slots) kinds.set(`${slot.memberId}|${slot.startsAt.getTime()}`, slot.kind);
  const starts = input.days.flatMap((day) => day.halfHours.map((halfHour) => halfHour.startsAt.getTime()));

  const onCallStarts = new Map<string, Set<number>>();
  const perMember = input.members.map((member) => {
    const leave = input.leave.filter((range) => range.memberId === member.id);
    const onCall = new Set<number>();
    let available = 0;
    for (const start of starts) {
      const kind = kinds.get(`${member.id}|${start}`);
      if (kind === 'on_call') onCall.add(start);
      const isAvailable =
        member.kind === 'agent'
          ? kind !== 'meeting' && kind !== 'leave' && !leave.some((range) => overlapsHalfHour(start, range))
          : kind === 'on_call' || kind === 'off_desk';
      if (isAvailable) available += 1;
    }
    onCallStarts.set(member.id, onCall);
    return { member, onCallHours: onCall.size / 2, availableHours: available / 2 };
  });

  const agents = input.members.filter((member) => member.kind === 'agent');
  const perPair = [];
  for (let i = 0; i < agents.length; i += 1) {
    for (let j = i + 1; j < agents.length; j += 1) {
      const a = onCallStarts.get(agents[i].id)!;
      const b = onCallStarts.get(agents[j].id)!;
      let shared = 0;
      for (const start of a) if (b.has(start)) shared += 1;
      perPair.push({ a: agents[i], b: agents[j], sharedHours: shared / 2 });
    }
  }
  return { perMember, perPair };
}
