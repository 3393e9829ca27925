import { createSignal, For, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import type { PresenceStatus } from '../../lib/graphql';
import type { Presence } from './presenceStore';
import { formatDuty } from '../rotation/dutyLabels';
import { presenceStatusLabels, selectablePresenceStatuses } from './statusLabels';
import './presence.css';

/** Renders the team with a status dot each, and a status menu on the signed-in member's entry. */
export function TeamBar() {
  const workspace = useWorkspace();
  const [statusError, setStatusError] = createSignal<string | null>(null);

  async function changeStatus(status: PresenceStatus): Promise<void> {
    setStatusError(null);
    try {
      await workspace.presence.setMyStatus(status);
    } catch (error) {
      setStatusError(`Your status could not be changed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <nav class="team-bar" aria-label="Team presence">
      <Show when={workspace.presence.loadError()}>
        {(message) => <span class="team-bar-error">{message()}</span>}
      </Show>
      <ul class="team-list" data-testid="presence-bar">
        <For each={workspace.presence.members()}>
          {(member) => (
            <TeamMember
              member={member}
              isMe={member.staff.id === workspace.me().id}
              onStatusChange={(status) => void changeStatus(status)}
            />
          )}
        </For>
      </ul>
      <Show when={statusError()}>
        {(message) => (
          <span class="team-bar-error" role="alert">
            {message()}
          </span>
        )}
      </Show>
    </nav>
  );
}

function TeamMember(props: { member: Presence; isMe: boolean; onStatusChange: (status: PresenceStatus) => void }) {
  const statusKey = () => props.member.status.toLowerCase();
  const statusLabel = () => presenceStatusLabels[props.member.status];
  const viewingTitle = () => (props.member.viewingInquiryId ? ' · viewing an inquiry' : '');
  const duty = () => (props.member.staff.duty ? formatDuty(props.member.staff.duty) : null);

  return (
    <li
      class="team-member"
      classList={{ 'team-member-me': props.isMe }}
      data-testid="presence-member"
      data-name={props.member.staff.displayName}
      data-status={statusKey()}
      data-viewing={props.member.viewingInquiryId ?? ''}
      data-duty={props.member.staff.duty?.kind ?? ''}
      title={`${props.member.staff.displayName}: ${statusLabel()}${duty() ? ` · ${duty()}` : ''}${viewingTitle()}`}
    >
      <span class={`status-dot status-${statusKey()}`} aria-hidden="true" />
      <span class="team-member-name">
        {props.member.staff.displayName}
        <Show when={props.isMe}>
          <span class="team-member-you"> (you)</span>
        </Show>
      </span>
      <Show when={duty()}>
        {(text) => (
          <span class="team-member-duty" data-testid="presence-duty">
            <span class="visually-hidden">, </span>
            {text()}
          </span>
        )}
      </Show>
      <Show
        when={props.isMe}
        fallback={<span class="visually-hidden">, {statusLabel()}</span>}
      >
        <label class="visually-hidden" for="my-presence-status">
          Your status
        </label>
        <select
          id="my-presence-status"
          class="status-select"
          data-testid="presence-status-select"
          value={props.member.status}
          onChange={(event) => props.onStatusChange(event.currentTarget.value as PresenceStatus)}
        >
          <For each={selectablePresenceStatuses}>
            {(status) => <option value={status}>{presenceStatusLabels[status]}</option>}
          </For>
          <option value="OFFLINE" disabled>
            {presenceStatusLabels.OFFLINE}
          </option>
        </select>
      </Show>
    </li>
  );
}
