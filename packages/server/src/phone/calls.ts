/**
 * The rules of a phone call's life, shared by the telephony webhook and the
 * softphone panel: which transitions are allowed from which outcome, and how
 * wait and talk time are measured. Pure functions, no database.
 */

export type CallOutcome = 'ringing' | 'answered' | 'abandoned' | 'short_hangup' | 'ended';

/** A caller who hangs up unanswered after waiting this long or longer abandoned the call; a shorter wait is a short hang-up. */
export const ABANDON_THRESHOLD_SECONDS = 20;

export type CallState = {
  outcome: CallOutcome;
  offeredAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  answeredExtension: string | null;
};

export type CallTransition =
  | { type: 'answered'; at: Date; extension: string | null }
  | { type: 'ended'; at: Date }
  | { type: 'hung_up'; at: Date };

export type CallChange = {
  outcome: CallOutcome;
  answeredAt?: Date;
  endedAt?: Date;
  answeredExtension?: string | null;
  waitSeconds?: number;
  talkSeconds?: number;
};

export type TransitionDecision =
  | { kind: 'apply'; change: CallChange }
  /** The call already reflects this transition: a repeated event, nothing to write. */
  | { kind: 'duplicate' }
  /** The transition does not fit the call's state, for example an end before the answer arrived. */
  | { kind: 'conflict'; message: string }
  /** The transition's time is before an earlier step of the call. */
  | { kind: 'invalid_time'; message: string };

/** Returns whole seconds from `from` to `to`, rounded down, so 19.9 s counts as 19 s under the abandon rule. */
export function elapsedSeconds(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 1000);
}

/** Returns `abandoned` when the unanswered caller waited ABANDON_THRESHOLD_SECONDS or longer, else `short_hangup`. */
export function classifyHangUp(waitSeconds: number): 'abandoned' | 'short_hangup' {
  return waitSeconds >= ABANDON_THRESHOLD_SECONDS ? 'abandoned' : 'short_hangup';
}

const hungUpUnanswered = (outcome: CallOutcome) => outcome === 'abandoned' || outcome === 'short_hangup';

/** Decides what a transition does to a call in `state`. */
export function decideTransition(state: CallState, transition: CallTransition): TransitionDecision {
  const at = transition.at;
  switch (transition.type) {
    case 'answered': {
      if (state.answeredAt) {
        if (state.answeredExtension === transition.extension) return { kind: 'duplicate' };
        return {
          kind: 'conflict',
          message: `the call was already answered by extension ${state.answeredExtension ?? '(none)'} at ${state.answeredAt.toISOString()}`,
        };
      }
      if (hungUpUnanswered(state.outcome)) {
        return { kind: 'conflict', message: `the caller hung up before an answer at ${state.endedAt?.toISOString()}, so the call cannot be answered` };
      }
      if (at < state.offeredAt) return { kind: 'invalid_time', message: `must not be before the call was offered at ${state.offeredAt.toISOString()}` };
      return {
        kind: 'apply',
        change: { outcome: 'answered', answeredAt: at, answeredExtension: transition.extension, waitSeconds: elapsedSeconds(state.offeredAt, at) },
      };
    }
    case 'ended': {
      if (state.outcome === 'ended' || hungUpUnanswered(state.outcome)) return { kind: 'duplicate' };
      if (!state.answeredAt) {
        return {
          kind: 'conflict',
          message: 'the call has not been answered: send call.answered first, or call.abandoned when the caller hung up before an answer',
        };
      }
      if (at < state.answeredAt) return { kind: 'invalid_time', message: `must not be before the call was answered at ${state.answeredAt.toISOString()}` };
      return { kind: 'apply', change: { outcome: 'ended', endedAt: at, talkSeconds: elapsedSeconds(state.answeredAt, at) } };
    }
    case 'hung_up': {
      if (hungUpUnanswered(state.outcome)) return { kind: 'duplicate' };
      if (state.answeredAt) {
        return { kind: 'conflict', message: `the call was answered at ${state.answeredAt.toISOString()}; a hang-up after the answer is call.ended` };
      }
      if (at < state.offeredAt) return { kind: 'invalid_time', message: `must not be before the call was offered at ${state.offeredAt.toISOString()}` };
      const waitSeconds = elapsedSeconds(state.offeredAt, at);
      return { kind: 'apply', change: { outcome: classifyHangUp(waitSeconds), endedAt: at, waitSeconds } };
    }
  }
}
