import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { query } from '../../lib/api';
import { InboxChannelCountsDocument, type Channel } from '../../lib/graphql';
import { onInquiryUpdate } from '../../lib/inquiryUpdates';
import { toInboxFilter, type InboxFilterState } from './filters';

/** Delay between a live change and the recount, so a burst of changes costs one query, in milliseconds. */
const RECOUNT_DELAY_MS = 1_000;

export type ChannelCounts = Partial<Record<Channel, number>>;

/**
 * Counts the inquiries of each channel that match the other filters, for the
 * channel chips. The chips choose among channels, so the count of a chip does
 * not depend on which chips are pressed. The counts are read again when the
 * other filters change and, shortly after, when an inquiry changes live.
 * Undefined until the first count arrives or after a failed one.
 * Call it inside a component, because it listens until the owner is cleaned up.
 */
export function createChannelCounts(filter: Accessor<InboxFilterState>): Accessor<ChannelCounts | undefined> {
  const [counts, setCounts] = createSignal<ChannelCounts | undefined>();
  let token = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const otherFilters = () => toInboxFilter({ ...filter(), channels: [] });

  async function recount(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const current = ++token;
    try {
      const data = await query(InboxChannelCountsDocument, { filter: otherFilters() });
      if (current !== token) return;
      setCounts(Object.fromEntries(data.inboxChannelCounts.map((row) => [row.channel, row.count])));
    } catch {
      // The chips then show no numbers; the inbox list reports the error itself.
      if (current === token) setCounts(undefined);
    }
  }

  createEffect(on(() => JSON.stringify(otherFilters()), () => void recount()));
  const stopListening = onInquiryUpdate(() => {
    timer ??= setTimeout(() => void recount(), RECOUNT_DELAY_MS);
  });
  onCleanup(() => {
    stopListening();
    clearTimeout(timer);
    token += 1;
  });
  return counts;
}
