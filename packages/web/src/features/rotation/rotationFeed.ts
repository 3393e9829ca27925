/**
 * The workspace's one subscription to rotation changes. The rotation page,
 * the presence bar and the header's duty listen here, so a tab keeps a
 * single resumable stream however many views show the plan.
 */
import { onCleanup } from 'solid-js';
import { RotationEventsDocument, type RotationEventsSubscription } from '../../lib/graphql';
import { startResumableStream } from '../../lib/live';

export type RotationEvent = RotationEventsSubscription['rotationEvents'];

/**
 * An event, or null when the stream resumed without a position, so events
 * may have been missed and listeners should reload what they show.
 */
type RotationListener = (event: RotationEvent | null) => void;

const listeners = new Set<RotationListener>();

function publish(event: RotationEvent | null): void {
  for (const listener of [...listeners]) listener(event);
}

/** Registers a listener and returns the function that removes it. */
export function onRotationChange(listener: RotationListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Subscribes to rotationEvents until the calling component is cleaned up. */
export function startRotationFeed(): void {
  const stream = startResumableStream({
    document: RotationEventsDocument,
    selectEvent: (data) => data.rotationEvents,
    onEvent: (event) => publish(event),
    onResumeWithoutPosition: () => publish(null),
  });
  onCleanup(stream.stop);
}
