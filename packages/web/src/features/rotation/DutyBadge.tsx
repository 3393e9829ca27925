import { Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { dutyKindClass, formatDuty } from './dutyLabels';
import './duty.css';

/** Shows the signed-in person's current duty from the published rotation, such as "On call until 12:00". */
export function DutyBadge() {
  const workspace = useWorkspace();
  const duty = () => workspace.presence.myPresence()?.staff.duty ?? null;

  return (
    <Show when={duty()}>
      {(current) => (
        <span class={`duty-badge duty-${dutyKindClass(current().kind)}`} data-testid="my-duty" data-kind={current().kind}>
          <span class="visually-hidden">Your duty: </span>
          {formatDuty(current())}
        </span>
      )}
    </Show>
  );
}
