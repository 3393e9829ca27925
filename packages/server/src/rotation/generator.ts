import { meetingHalfHours, overlapsHalfHour } from './open-hours.js';
import type { LeaveRange } from './rules.js';
import { HALF_HOUR_MS, type OpenDay, type PlannedSlot, type RotaMemberView, type RotationSettingsView } from './views.js';

export type GeneratorInput = {
  settings: RotationSettingsView;
  days: OpenDay[];
  /** Active members; agents are rotated, cover staff take the team meeting. */
  members: RotaMemberView[];
  leave: LeaveRange[];
};

/** Maximum length of one on-call block; shorter when maxOnCallMinutes is shorter. */
export const BLOCK_MINUTES = 120;

/**
 * Weight of one half hour two agents already shared, against one half hour
 * of on-call load (scaled to the team's mean availability). At 1, a pair that
 * has shared a whole block is passed over as long as another pair is at most
 * one block further behind in load.
 */
const PAIRING_WEIGHT = 1;

/** Above this many combinations per block, agents are picked one at a time instead of trying every combination. */
const MAX_COMBINATIONS = 2000;

type Block = { starts: number[] };

type AgentState = {
  member: RotaMemberView;
  index: number;
  /** Open half hours outside leave and the team meeting over the whole range. */
  available: number;
  onCall: number;
  /** End (ms) of the agent's latest on-call half hour, and the length in half hours of the stretch that ends there. */
  stretchEnd: number;
  stretchLength: number;
};

/** Splits a run of consecutive half hours into blocks of at most `size`, as equal as possible, longer ones first. */
function splitRun(run: number[], size: number): Block[] {
  const count = Math.ceil(run.length / size);
  const blocks: Block[] = [];
  let offset = 0;
  for (let b = 0; b < count; b += 1) {
    const length = Math.ceil((run.length - offset) / (count - b));
    blocks.push({ starts: run.slice(offset, offset + length) });
    offset += length;
  }
  return blocks;
}

/** Every subset of `items` of size `k`, in lexicographic order of position. */
function* combinations<T>(items: T[], k: number, start = 0, prefix: T[] = []): Generator<T[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let i = start; i <= items.length - (k - prefix.length); i += 1) yield* combinations(items, k, i + 1, [...prefix, items[i]]);
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

/**
 * Proposes a plan for the open half hours of `days`: the kinds of every
 * active member in every open half hour.
 *
 * - Inside a member's leave: LEAVE.
 * - During the team meeting: agents MEETING, cover staff ON_CALL.
 * - Otherwise each day is cut into blocks of at most BLOCK_MINUTES (and at
 *   most maxOnCallMinutes). For each block, in time order, preferredOnCall
 *   agents who are free for the whole block go on call, the others OFF_DESK;
 *   cover staff are left unscheduled.
 * - An agent is not chosen for a block that would make their on-call stretch
 *   longer than maxOnCallMinutes, unless minOnCall cannot be met otherwise.
 * - Among the possible groups, the one with the lowest score wins. The
 *   score adds each member's on-call half hours so far, scaled by the team's
 *   mean availability over their own. It also adds PAIRING_WEIGHT times the
 *   half hours each pair in the group has already shared. The first term
 *   keeps the load proportional to availability, and the second rotates the
 *   pairings.
 *
 * Deterministic: members are taken in compareMembers order, and ties go to
 * the group that comes first in that order.
 */
export function generateRotation(input: GeneratorInput): PlannedSlot[] {
  const { settings, days } = input;
  const active = input.members.filter((member) => member.active);
  const agents = active.filter((member) => member.kind === 'agent');
  const cover = active.filter((member) => member.kind === 'cover');
  const meeting = meetingHalfHours(settings, days);
  const plan: PlannedSlot[] = [];
  const put = (member: RotaMemberView, start: number, kind: PlannedSlot['kind']) => plan.push({ memberId: member.id, startsAt: new Date(start), kind });

  const leaveOf = new Map<string, LeaveRange[]>();
  for (const range of input.leave) leaveOf.set(range.memberId, [...(leaveOf.get(range.memberId) ?? []), range]);
  const onLeave = (member: RotaMemberView, start: number) => (leaveOf.get(member.id) ?? []).some((range) => overlapsHalfHour(start, range));

  // Leave, the meeting and the cover staff first; what remains are the runs of half hours to rotate.
  const runs: number[][] = [];
  for (const day of days) {
    let run: number[] = [];
    for (const halfHour of day.halfHours) {
      const start = halfHour.startsAt.getTime();
      for (const member of cover) {
        if (onLeave(member, start)) put(member, start, 'leave');
        else if (meeting.has(start)) put(member, start, 'on_call');
      }
      if (meeting.has(start)) {
        for (const agent of agents) put(agent, start, onLeave(agent, start) ? 'leave' : 'meeting');
        if (run.length > 0) runs.push(run);
        run = [];
        continue;
      }
      for (const agent of agents) if (onLeave(agent, start)) put(agent, start, 'leave');
      run.push(start);
    }
    if (run.length > 0) runs.push(run);
  }

  const states: AgentState[] = agents.map((member, index) => ({ member, index, available: 0, onCall: 0, stretchEnd: 0, stretchLength: 0 }));
  for (const run of runs) for (const start of run) for (const state of states) if (!onLeave(state.member, start)) state.available += 1;
  const meanAvailable = states.reduce((sum, state) => sum + state.available, 0) / Math.max(states.length, 1);
  const shared = states.map(() => states.map(() => 0));

  const blockHalfHours = Math.max(1, Math.min(BLOCK_MINUTES, settings.maxOnCallMinutes) / 30);
  const maxStretch = settings.maxOnCallMinutes / 30;

  const load = (state: AgentState) => (state.onCall * meanAvailable) / Math.max(state.available, 1);
  const score = (group: AgentState[]) => {
    let total = 0;
    for (let i = 0; i < group.length; i += 1) {
      total += load(group[i]);
      for (let j = i + 1; j < group.length; j += 1) total += PAIRING_WEIGHT * shared[group[i].index][group[j].index];
    }
    return total;
  };

  const fillBlock = (block: Block) => {
    const free = states.filter((state) => block.starts.every((start) => !onLeave(state.member, start)));
    const partlyFree = states.some((state) => !free.includes(state) && block.starts.some((start) => !onLeave(state.member, start)));
    // Someone free for only part of the block can still help: fill it half hour by half hour instead.
    if (block.starts.length > 1 && partlyFree && free.length < settings.preferredOnCall) {
      for (const start of block.starts) fillBlock({ starts: [start] });
      return;
    }

    const first = block.starts[0];
    const withinStretch = (state: AgentState) => state.stretchEnd !== first || state.stretchLength + block.starts.length <= maxStretch;
    const rested = free.filter(withinStretch);
    const tired = free.filter((state) => !withinStretch(state));
    const needed = Math.min(settings.preferredOnCall, free.length);
    const fromRested = Math.min(needed, rested.length);
    // Tired agents go on call only to reach minOnCall.
    const fromTired = Math.min(tired.length, Math.max(0, Math.min(settings.minOnCall, free.length) - fromRested));

    const chosen = [...pickGroup(rested, fromRested, score, load, shared), ...pickGroup(tired, fromTired, score, load, shared)];
    for (let i = 0; i < chosen.length; i += 1) {
      for (let j = i + 1; j < chosen.length; j += 1) {
        shared[chosen[i].index][chosen[j].index] += block.starts.length;
        shared[chosen[j].index][chosen[i].index] += block.starts.length;
      }
    }
    for (const state of chosen) {
      state.stretchLength = state.stretchEnd === first ? state.stretchLength + block.starts.length : block.starts.length;
      state.stretchEnd = block.starts.at(-1)! + HALF_HOUR_MS;
      state.onCall += block.starts.length;
    }
    for (const start of block.starts) {
      for (const state of free) put(state.member, start, chosen.includes(state) ? 'on_call' : 'off_desk');
    }
  };

  for (const run of runs) for (const block of splitRun(run, blockHalfHours)) fillBlock(block);
  return plan;
}

/** Picks `size` of `candidates` with the lowest score, trying every combination when there are few enough. */
function pickGroup(
  candidates: AgentState[],
  size: number,
  score: (group: AgentState[]) => number,
  load: (state: AgentState) => number,
  shared: number[][],
): AgentState[] {
  if (size <= 0) return [];
  if (binomial(candidates.length, size) <= MAX_COMBINATIONS) {
    let best: AgentState[] = [];
    let bestScore = Infinity;
    for (const group of combinations(candidates, size)) {
      const value = score(group);
      if (value < bestScore - 1e-9) {
        best = group;
        bestScore = value;
      }
    }
    return best;
  }

  // Too many combinations: add one member at a time, each the cheapest next to those already chosen.
  const group: AgentState[] = [];
  while (group.length < size) {
    let best: AgentState | undefined;
    let bestCost = Infinity;
    for (const state of candidates) {
      if (group.includes(state)) continue;
      const cost = load(state) + group.reduce((sum, other) => sum + PAIRING_WEIGHT * shared[state.index][other.index], 0);
      if (cost < bestCost - 1e-9) {
        best = state;
        bestCost = cost;
      }
    }
    group.push(best!);
  }
  return group;
}
