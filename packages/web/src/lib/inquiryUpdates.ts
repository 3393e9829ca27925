/**
 * In-page channel for new states of inquiries. The inbox event stream and the
 * results of this tab's own mutations publish here, so the inbox list and the
 * detail pane both show the latest version whichever arrives first.
 */
import type { InboxEventType, InquiryDetailFragment } from './graphql';

export type InquiryUpdate = {
  inquiry: InquiryDetailFragment;
  /** The inbox event type, or null for a mutation result of this tab. */
  eventType: InboxEventType | null;
};

type InquiryUpdateListener = (update: InquiryUpdate) => void;

const listeners = new Set<InquiryUpdateListener>();

export function publishInquiryUpdate(update: InquiryUpdate): void {
  for (const listener of [...listeners]) listener(update);
}

/** Registers a listener and returns the function that removes it. */
export function onInquiryUpdate(listener: InquiryUpdateListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
