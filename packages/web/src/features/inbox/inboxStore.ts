import { createEffect, on, onCleanup, type Accessor } from 'solid-js';
import { createStore, produce, reconcile } from 'solid-js/store';
import { query } from '../../lib/api';
import { InboxDocument, type InquiryDetailFragment, type InquirySummaryFragment } from '../../lib/graphql';
import { onInquiryUpdate, type InquiryUpdate } from '../../lib/inquiryUpdates';
import { matchesInboxFilter, toInboxFilter, type InboxFilterState } from './filters';

export type InboxItem = InquirySummaryFragment;

const PAGE_SIZE = 25;

/** How long a row added live keeps its highlight, in milliseconds. */
const LIVE_HIGHLIGHT_MS = 8_000;

type InboxState = {
  items: InboxItem[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  loadingMore: boolean;
  loadMoreError: string | null;
  /** Ids of inquiries added live since the page loaded, for a brief highlight. */
  liveIds: Record<string, true | undefined>;
};

export type InboxStore = {
  state: InboxState;
  loadMore: () => Promise<void>;
  reload: () => Promise<void>;
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Copies the list fields out of a full inquiry, so the list does not keep whole threads. */
function toSummary(inquiry: InquiryDetailFragment | InboxItem): InboxItem {
  return {
    id: inquiry.id,
    reference: inquiry.reference,
    channel: inquiry.channel,
    status: inquiry.status,
    subject: inquiry.subject,
    body: inquiry.body,
    createdAt: inquiry.createdAt,
    updatedAt: inquiry.updatedAt,
    version: inquiry.version,
    contact: inquiry.contact && { id: inquiry.contact.id, name: inquiry.contact.name, email: inquiry.contact.email },
    topic: inquiry.topic && { id: inquiry.topic.id, name: inquiry.topic.name },
    department: inquiry.department && { id: inquiry.department.id, name: inquiry.department.name },
    claimedBy: inquiry.claimedBy && { id: inquiry.claimedBy.id, displayName: inquiry.claimedBy.displayName },
  };
}

/** Tells whether `a` comes before `b` in the inbox order: received later, then higher id. */
function isNewer(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): boolean {
  const difference = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return difference !== 0 ? difference > 0 : Number(a.id) > Number(b.id);
}

/**
 * Creates the shared inbox for the active filters from pages of the `inbox`
 * query and live updates. Every update is checked against the filters: an
 * inquiry that stops matching leaves the list, and one that starts matching
 * (a new one, or one released, reopened or routed) joins it in order.
 * Call it inside a component, because it listens until the owner is cleaned up.
 */
export function createInboxStore(filter: Accessor<InboxFilterState>, myStaffId: string): InboxStore {
  const [state, setState] = createStore<InboxState>({
    items: [],
    totalCount: 0,
    endCursor: null,
    hasNextPage: false,
    status: 'loading',
    error: null,
    loadingMore: false,
    loadMoreError: null,
    liveIds: {},
  });

  // Updates that arrive while the first page loads are applied on top of it,
  // because the page may have been read before they happened.
  let updatesDuringLoad: InquiryUpdate[] | null = null;
  let loadToken = 0;

  function applyUpdate(update: InquiryUpdate): void {
    if (updatesDuringLoad !== null) {
      updatesDuringLoad.push(update);
      return;
    }

    const incoming = update.inquiry;
    const matches = matchesInboxFilter(incoming, filter(), myStaffId);
    const index = state.items.findIndex((item) => item.id === incoming.id);
    if (index >= 0) {
      // Only a newer version changes the row, so a late event cannot undo a
      // mutation result that this tab already showed.
      if (incoming.version <= state.items[index]!.version) return;
      if (matches) {
        setState('items', index, reconcile(toSummary(incoming)));
      } else {
        // Resolved under "Open", claimed under "Unclaimed", routed away: it leaves the list.
        setState(
          produce((draft) => {
            draft.items.splice(index, 1);
            draft.totalCount = Math.max(0, draft.totalCount - 1);
          }),
        );
      }
      return;
    }
    if (!matches) return;

    // A new inquiry, or one that now matches (released under "Unclaimed",
    // reopened under "Open"), goes to its place in the newest-first order,
    // unless that place is beyond the pages loaded so far.
    const position = state.items.findIndex((item) => isNewer(incoming, item));
    if (position < 0 && state.hasNextPage) {
      setState('totalCount', (count) => count + 1);
      return;
    }
    setState(
      produce((draft) => {
        draft.items.splice(position < 0 ? draft.items.length : position, 0, toSummary(incoming));
        draft.totalCount += 1;
        draft.liveIds[incoming.id] = true;
      }),
    );
    setTimeout(() => setState('liveIds', incoming.id, undefined), LIVE_HIGHLIGHT_MS);
  }

  async function loadFirstPage(): Promise<void> {
    const token = ++loadToken;
    updatesDuringLoad = [];
    setState({ status: 'loading', error: null, loadMoreError: null, loadingMore: false });

    try {
      const data = await query(InboxDocument, { filter: toInboxFilter(filter()), first: PAGE_SIZE });
      if (token !== loadToken) return;
      const connection = data.inbox;
      setState({
        items: connection.edges.map((edge) => toSummary(edge.node)),
        totalCount: connection.totalCount,
        endCursor: connection.pageInfo.endCursor,
        hasNextPage: connection.pageInfo.hasNextPage,
        status: 'ready',
      });
      setState('liveIds', reconcile({}));
    } catch (error) {
      if (token !== loadToken) return;
      setState({ status: 'error', error: `The inbox could not be loaded: ${messageOf(error)}` });
    }

    const buffered = updatesDuringLoad ?? [];
    updatesDuringLoad = null;
    for (const update of buffered) applyUpdate(update);
  }

  async function loadMore(): Promise<void> {
    if (state.status !== 'ready' || !state.hasNextPage || state.loadingMore) return;
    const token = loadToken;
    setState({ loadingMore: true, loadMoreError: null });

    try {
      const data = await query(InboxDocument, {
        filter: toInboxFilter(filter()),
        first: PAGE_SIZE,
        after: state.endCursor,
      });
      if (token !== loadToken) return;
      const connection = data.inbox;
      const listed = new Set(state.items.map((item) => item.id));
      const added = connection.edges.map((edge) => toSummary(edge.node)).filter((item) => !listed.has(item.id));
      setState(
        produce((draft) => {
          draft.items.push(...added);
          draft.endCursor = connection.pageInfo.endCursor;
          draft.hasNextPage = connection.pageInfo.hasNextPage;
          draft.totalCount = connection.totalCount;
          draft.loadingMore = false;
        }),
      );
    } catch (error) {
      if (token !== loadToken) return;
      setState({ loadingMore: false, loadMoreError: `More inquiries could not be loaded: ${messageOf(error)}` });
    }
  }

  const removeUpdateListener = onInquiryUpdate(applyUpdate);
  onCleanup(removeUpdateListener);

  // Reload from the first page whenever the filters change.
  createEffect(on(() => JSON.stringify(filter()), () => void loadFirstPage()));

  return { state, loadMore, reload: loadFirstPage };
}
