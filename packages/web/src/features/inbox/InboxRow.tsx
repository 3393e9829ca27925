import { A } from '@solidjs/router';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { formatAge, formatDateTime, useClock } from '../../lib/time';
import { claimInquiry } from '../inquiry/actions';
import { ViewersNote } from '../presence/ViewersNote';
import { ChannelIcon } from './ChannelIcon';
import type { InboxItem } from './inboxStore';
import { statusLabels } from './labels';

type InboxRowProps = {
  item: InboxItem;
  selected: boolean;
  /** True for a row that arrived live and is still highlighted. */
  live: boolean;
};

export function InboxRow(props: InboxRowProps) {
  const workspace = useWorkspace();
  const now = useClock();
  const [claiming, setClaiming] = createSignal(false);
  const [claimError, setClaimError] = createSignal<string | null>(null);

  const age = () => formatAge(props.item.createdAt, now());
  const isUnclaimed = () => props.item.claimedBy === null;
  const isMine = () => props.item.claimedBy?.id === workspace.me().id;
  const canClaim = () => isUnclaimed() && props.item.status === 'OPEN';
  const contactName = () => props.item.contact?.name ?? props.item.contact?.email ?? null;

  // A newer version of the row makes an earlier claim error out of date.
  createEffect(on(() => props.item.version, () => setClaimError(null), { defer: true }));

  async function claim(): Promise<void> {
    setClaiming(true);
    setClaimError(null);
    // The row always has the latest version known to this tab.
    const outcome = await claimInquiry({ id: props.item.id, version: props.item.version });
    setClaiming(false);
    if (!outcome.ok) setClaimError(outcome.message);
  }

  return (
    <li
      class="inbox-row"
      classList={{ 'inbox-row-selected': props.selected, 'inbox-row-live': props.live }}
      data-testid="inbox-row"
      data-id={props.item.id}
      data-reference={props.item.reference}
      data-status={props.item.status.toLowerCase()}
      data-version={props.item.version}
      aria-current={props.selected ? 'true' : undefined}
    >
      <ChannelIcon channel={props.item.channel} />
      <div class="inbox-row-main">
        <A class="inbox-row-link" href={`/inquiries/${encodeURIComponent(props.item.id)}`} data-testid="inbox-row-link">
          <span class="inbox-row-reference">{props.item.reference}</span>
          <span class="inbox-row-subject" data-testid="inbox-row-subject">
            {props.item.subject}
          </span>
        </A>
        <div class="inbox-row-meta">
          <span class={`badge badge-${props.item.status.toLowerCase()}`} data-testid="inbox-row-status">
            {statusLabels[props.item.status]}
          </span>
          <time datetime={props.item.createdAt} title={formatDateTime(props.item.createdAt)} data-testid="inbox-age">
            {age()}
          </time>
          <Show when={contactName()}>{(name) => <span class="inbox-row-contact">{name()}</span>}</Show>
          <Show when={props.item.topic}>{(topic) => <span class="inbox-row-topic">{topic().name}</span>}</Show>
          <span class="inbox-row-claimant" classList={{ 'is-unclaimed': isUnclaimed(), 'is-mine': isMine() }} data-testid="claimant">
            {props.item.claimedBy?.displayName ?? 'Unclaimed'}
          </span>
        </div>
        <ViewersNote inquiryId={props.item.id} />
        <Show when={claimError()}>
          {(message) => (
            <p class="inbox-row-error" role="alert" data-testid="claim-error">
              {message()}
            </p>
          )}
        </Show>
      </div>
      <div class="inbox-row-actions">
        <Show when={canClaim()}>
          <button
            type="button"
            class="button button-small button-primary"
            data-testid="claim-button"
            disabled={claiming()}
            aria-label={`Claim ${props.item.reference}`}
            onClick={() => void claim()}
          >
            {claiming() ? 'Claiming…' : 'Claim'}
          </button>
        </Show>
      </div>
    </li>
  );
}
