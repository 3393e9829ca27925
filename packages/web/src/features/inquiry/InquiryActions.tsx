import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { TextField } from '../../components/TextField';
import type { InquiryDetailFragment } from '../../lib/graphql';
import { formatDateTime } from '../../lib/time';
import { TopicCombobox } from '../directory/TopicCombobox';
import { appendParagraph, markInsertTargetFocused, registerInsertTarget } from './answerInsertion';
import { claimInquiry, releaseInquiry, reopenInquiry, resolveInquiry, routeInquiry } from './actions';
import { createActionState } from './actionState';

type PanelProps = { inquiry: InquiryDetailFragment };

/** Shows the claimant, with Claim for unclaimed inquiries and Release for the claimant or a manager. */
export function ClaimPanel(props: PanelProps) {
  const workspace = useWorkspace();
  const action = createActionState();

  const claimant = () => props.inquiry.claimedBy;
  const isMine = () => claimant()?.id === workspace.me().id;
  const canClaim = () => claimant() === null && props.inquiry.status === 'OPEN';
  const canRelease = () =>
    claimant() !== null && props.inquiry.status === 'OPEN' && (isMine() || workspace.me().role === 'MANAGER');

  return (
    <section class="claim-panel" aria-label="Claim">
      <div class="claim-panel-line">
        <Show when={claimant() !== null}>
          <span class="claim-label">Claimed by</span>
        </Show>
        <span class="claimant" classList={{ 'is-unclaimed': claimant() === null, 'is-mine': isMine() }} data-testid="claimant">
          {claimant()?.displayName ?? 'Unclaimed'}
        </span>
        <Show when={props.inquiry.claimedAt}>
          {(claimedAt) => <span class="muted">since {formatDateTime(claimedAt())}</span>}
        </Show>
        <span class="claim-panel-buttons">
          <Show when={canClaim()}>
            <button
              type="button"
              class="button button-primary"
              data-testid="claim-button"
              disabled={action.busy()}
              onClick={() => void action.run(() => claimInquiry(props.inquiry))}
            >
              {action.busy() ? 'Claiming…' : 'Claim'}
            </button>
          </Show>
          <Show when={canRelease()}>
            <button
              type="button"
              class="button"
              data-testid="release-button"
              disabled={action.busy()}
              onClick={() => void action.run(() => releaseInquiry(props.inquiry))}
            >
              {action.busy() ? 'Releasing…' : 'Release'}
            </button>
          </Show>
        </span>
      </div>
      <Show when={action.error()}>
        {(message) => (
          <p class="alert alert-error" role="alert" data-testid="action-error">
            {message()}
          </p>
        )}
      </Show>
    </section>
  );
}

/** Renders the resolve form (a required resolution note) while open, and the reopen form (an optional reason) once resolved. */
export function ResolvePanel(props: PanelProps) {
  const action = createActionState();
  const [note, setNote] = createSignal('');
  const [localError, setLocalError] = createSignal<string | null>(null);
  const isResolved = () => props.inquiry.status === 'RESOLVED';
  let noteInput: HTMLInputElement | HTMLTextAreaElement | undefined;

  // Suggested answers can be inserted into the resolution note while it is open.
  onCleanup(
    registerInsertTarget('resolution', (text) => {
      if (isResolved()) return false;
      setNote(appendParagraph(note(), text));
      noteInput?.focus();
      return true;
    }),
  );
  const workspace = useWorkspace();
  // The server lets only the claim holder or a manager resolve a claimed inquiry; say so before the click.
  const heldByOther = () => {
    const holder = props.inquiry.claimedBy;
    return !isResolved() && holder !== null && holder.id !== workspace.me().id && workspace.me().role !== 'MANAGER';
  };

  // A status change, from here or from a teammate, starts the form over.
  createEffect(
    on(
      () => props.inquiry.status,
      () => {
        setNote('');
        setLocalError(null);
        action.clear();
      },
      { defer: true },
    ),
  );

  async function submit(): Promise<void> {
    setLocalError(null);
    if (isResolved()) {
      await action.run(() => reopenInquiry(props.inquiry, note()));
      return;
    }
    if (note().trim() === '') {
      setLocalError('Write a resolution note describing what was done or answered.');
      return;
    }
    await action.run(() => resolveInquiry(props.inquiry, note().trim()));
  }

  const noteError = () => localError() ?? action.fieldErrors().resolutionNote ?? action.fieldErrors().reason;

  function submitLabel(): string {
    if (isResolved()) return action.busy() ? 'Reopening…' : 'Reopen';
    return action.busy() ? 'Resolving…' : 'Resolve';
  }

  return (
    <section class="card action-card" aria-label={isResolved() ? 'Reopen' : 'Resolve'}>
      <form
        class="action-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField
          id={`resolve-note-${props.inquiry.id}`}
          name={isResolved() ? 'reason' : 'resolutionNote'}
          label={isResolved() ? 'Reason for reopening (optional)' : 'Resolution note'}
          required={!isResolved()}
          multiline
          value={note()}
          onInput={setNote}
          error={noteError()}
          hint="Ctrl+Enter submits."
          testId={isResolved() ? 'reopen-reason' : 'resolution-note'}
          ref={(element) => {
            noteInput = element;
            element.addEventListener('focus', () => {
              if (!isResolved()) markInsertTargetFocused('resolution');
            });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        <Show when={action.error() && !noteError()}>
          <p class="alert alert-error" role="alert" data-testid="action-error">
            {action.error()}
          </p>
        </Show>
        <div class="action-form-buttons">
          <button
            type="submit"
            class={isResolved() ? 'button' : 'button button-primary'}
            data-testid={isResolved() ? 'reopen-button' : 'resolve-button'}
            disabled={action.busy() || heldByOther()}
            title={heldByOther() ? `Claimed by ${props.inquiry.claimedBy?.displayName}; only they or a manager can resolve it` : undefined}
          >
            {submitLabel()}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Renders the form that routes to another topic or department. Choosing a topic also selects its department. */
export function RoutePanel(props: PanelProps) {
  const workspace = useWorkspace();
  const action = createActionState();
  const [topicId, setTopicId] = createSignal<string | null>(props.inquiry.topic?.id ?? null);
  const [departmentId, setDepartmentId] = createSignal<string | null>(props.inquiry.department?.id ?? null);
  const [routed, setRouted] = createSignal(false);

  // Follow routing done elsewhere, so the form starts from the current values.
  createEffect(
    on(
      () => [props.inquiry.topic?.id ?? null, props.inquiry.department?.id ?? null] as const,
      ([currentTopicId, currentDepartmentId]) => {
        setTopicId(currentTopicId);
        setDepartmentId(currentDepartmentId);
      },
      { defer: true },
    ),
  );

  const unchanged = () =>
    topicId() === (props.inquiry.topic?.id ?? null) && departmentId() === (props.inquiry.department?.id ?? null);

  function chooseTopic(id: string | null): void {
    setTopicId(id);
    setRouted(false);
    const topic = workspace.directory.findTopic(id);
    if (topic !== undefined) setDepartmentId(topic.department.id);
  }

  async function submit(): Promise<void> {
    setRouted(false);
    const succeeded = await action.run(() =>
      routeInquiry(props.inquiry, { topicId: topicId(), departmentId: departmentId() }),
    );
    setRouted(succeeded);
  }

  return (
    <section class="card action-card" aria-label="Route">
      <form
        class="action-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div class="route-fields">
          <TopicCombobox
            id={`route-topic-${props.inquiry.id}`}
            name="topicId"
            label="Topic"
            topics={workspace.directory.topics()}
            value={topicId()}
            onChange={chooseTopic}
            error={action.fieldErrors().topicId}
            testId="route-topic"
          />
          <div class="field">
            <label for={`route-department-${props.inquiry.id}`}>Department</label>
            <select
              id={`route-department-${props.inquiry.id}`}
              class="select"
              data-testid="route-department"
              aria-invalid={action.fieldErrors().departmentId ? 'true' : undefined}
              value={departmentId() ?? ''}
              onChange={(event) => {
                setDepartmentId(event.currentTarget.value === '' ? null : event.currentTarget.value);
                setRouted(false);
              }}
            >
              <option value="">No department</option>
              <For each={workspace.directory.departments()}>
                {(department) => (
                  <option value={department.id} selected={department.id === departmentId()}>
                    {department.name}
                  </option>
                )}
              </For>
            </select>
            <Show when={action.fieldErrors().departmentId}>
              {(message) => (
                <span class="field-error" data-testid="field-error-departmentId">
                  {message()}
                </span>
              )}
            </Show>
          </div>
        </div>
        <Show when={action.error()}>
          {(message) => (
            <p class="alert alert-error" role="alert" data-testid="action-error">
              {message()}
            </p>
          )}
        </Show>
        <div class="action-form-buttons">
          <Show when={routed() && unchanged()}>
            <span class="muted" role="status">
              Routed.
            </span>
          </Show>
          <button type="submit" class="button" data-testid="route-button" disabled={action.busy() || unchanged()}>
            {action.busy() ? 'Routing…' : 'Route'}
          </button>
        </div>
      </form>
    </section>
  );
}
