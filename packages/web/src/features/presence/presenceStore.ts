import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { mutate, query } from '../../lib/api';
import {
  PresenceEventsDocument,
  SetPresenceStatusDocument,
  TeamDocument,
  type PresenceFieldsFragment,
  type PresenceStatus,
} from '../../lib/graphql';
import { startResumableStream } from '../../lib/live';
import { onRotationChange } from '../rotation/rotationFeed';

/** Milliseconds to wait after a rotation change before the team reloads, so a burst of changes causes one reload. */
const DUTY_RELOAD_DEBOUNCE_MS = 500;

/** Milliseconds after a duty's end before the team reloads, so the server's clock has passed it too. */
const DUTY_END_GRACE_MS = 2_000;

/** Largest delay setTimeout accepts, in milliseconds. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

export type Presence = PresenceFieldsFragment;

export type PresenceStore = {
  /** The team with the signed-in member first, then by name. */
  members: Accessor<Presence[]>;
  loadState: Accessor<'loading' | 'ready' | 'error'>;
  loadError: Accessor<string | null>;
  myPresence: Accessor<Presence | undefined>;
  /** Teammates, without the signed-in member, who are online and have this inquiry open. */
  viewersOf: (inquiryId: string) => Presence[];
  setMyStatus: (status: PresenceStatus) => Promise<void>;
  /** Applies a presence returned by a mutation, such as a heartbeat. */
  applyPresence: (presence: Presence) => void;
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads the team and applies live presence events. Call it inside a
 * component, because the event stream stops when the owner is cleaned up.
 */
export function createPresenceStore(myStaffId: string): PresenceStore {
  const [state, setState] = createStore<{ members: Presence[] }>({ members: [] });
  const [loadState, setLoadState] = createSignal<'loading' | 'ready' | 'error'>('loading');
  const [loadError, setLoadError] = createSignal<string | null>(null);

  // Events that arrive while the team loads are applied after the snapshot.
  let eventsDuringLoad: Presence[] | null = null;
  let loadToken = 0;

  function apply(presence: Presence): void {
    if (eventsDuringLoad !== null) {
      eventsDuringLoad.push(presence);
      return;
    }
    const index = state.members.findIndex((member) => member.staff.id === presence.staff.id);
    if (index >= 0) {
      setState('members', index, reconcile(presence));
    } else {
      setState('members', state.members.length, presence);
    }
  }

  async function loadTeam(): Promise<void> {
    const token = ++loadToken;
    eventsDuringLoad = [];
    try {
      const data = await query(TeamDocument, {});
      if (token !== loadToken) return;
      setState('members', data.team);
      setLoadState('ready');
      setLoadError(null);
    } catch (error) {
      if (token !== loadToken) return;
      setLoadState('error');
      setLoadError(`The team could not be loaded: ${messageOf(error)}`);
    }
    const buffered = eventsDuringLoad ?? [];
    eventsDuringLoad = null;
    for (const presence of buffered) apply(presence);
  }

  const stream = startResumableStream({
    document: PresenceEventsDocument,
    selectEvent: (data) => data.presenceEvents,
    onEvent: (event) => apply(event.presence),
    onResumeWithoutPosition: () => void loadTeam(),
  });
  onCleanup(stream.stop);
  void loadTeam();

  // Duties come from the published rotation, which presence events do not
  // carry, so the team reloads after every rotation change and when the
  // earliest shown duty ends.
  let dutyReloadTimer: ReturnType<typeof setTimeout> | undefined;
  const removeRotationListener = onRotationChange(() => {
    clearTimeout(dutyReloadTimer);
    dutyReloadTimer = setTimeout(() => void loadTeam(), DUTY_RELOAD_DEBOUNCE_MS);
  });
  createEffect(() => {
    const now = Date.now();
    const ends = state.members
      .map((member) => (member.staff.duty?.until ? Date.parse(member.staff.duty.until) : Number.NaN))
      .filter((end) => Number.isFinite(end) && end > now);
    if (ends.length === 0) return;
    // setTimeout fires at once for delays above 2^31 - 1 ms (about 24.8 days), so longer delays are capped.
    const timer = setTimeout(() => void loadTeam(), Math.min(Math.min(...ends) - now + DUTY_END_GRACE_MS, MAX_TIMER_DELAY_MS));
    onCleanup(() => clearTimeout(timer));
  });
  onCleanup(() => {
    removeRotationListener();
    clearTimeout(dutyReloadTimer);
  });

  const members = () => {
    const sorted = [...state.members];
    sorted.sort((left, right) => {
      if (left.staff.id === myStaffId) return -1;
      if (right.staff.id === myStaffId) return 1;
      return left.staff.displayName.localeCompare(right.staff.displayName);
    });
    return sorted;
  };

  return {
    members,
    loadState,
    loadError,
    myPresence: () => state.members.find((member) => member.staff.id === myStaffId),
    viewersOf: (inquiryId) =>
      state.members.filter(
        (member) =>
          member.staff.id !== myStaffId && member.status !== 'OFFLINE' && member.viewingInquiryId === inquiryId,
      ),
    setMyStatus: async (status) => {
      const data = await mutate(SetPresenceStatusDocument, { status });
      apply(data.setPresenceStatus);
    },
    applyPresence: apply,
  };
}
