import { Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { firstNameOf } from './statusLabels';

/** Joins names as "Dana", "Dana and Lee" or "Dana, Lee and Sam". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Shows "Dana is viewing" for teammates whose presence shows this inquiry open. */
export function ViewersNote(props: { inquiryId: string }) {
  const workspace = useWorkspace();
  const viewerNames = () => workspace.presence.viewersOf(props.inquiryId).map((member) => firstNameOf(member.staff.displayName));
  const text = () => `${joinNames(viewerNames())} ${viewerNames().length === 1 ? 'is' : 'are'} viewing`;

  return (
    <Show when={viewerNames().length > 0}>
      <p class="viewers-note" data-testid="viewers">
        <svg class="viewers-icon" aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2">
          <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
          <circle cx="12" cy="12" r="3" />
        </svg>
        {text()}
      </p>
    </Show>
  );
}
