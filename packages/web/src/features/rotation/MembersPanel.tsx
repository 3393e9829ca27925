import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { mutate, query } from '../../lib/api';
import {
  AddCoverStaffDocument,
  AddLeaveDocument,
  RemoveLeaveDocument,
  RotaMembersDocument,
  SetRotaMemberActiveDocument,
  type RotationFieldsFragment,
} from '../../lib/graphql';
import { formatDateTime } from '../../lib/time';
import { fieldErrorMap, otherFieldErrors } from './fieldErrors';
import { instantOf } from './week';

type Member = RotationFieldsFragment['members'][number];
type Leave = RotationFieldsFragment['leave'][number];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Renders the manager's forms to add cover staff and leave, the members' active switches and the week's leave. */
export function MembersPanel(props: { members: Member[]; leave: Leave[]; timeZone: string; defaultDate: string; onChanged: () => void }) {
  // The week's rotation lists active members only, so the list with switches loads inactive ones too.
  const [allMembers, { refetch }] = createResource(async () => (await query(RotaMembersDocument, {})).rotaMembers);
  const listed = () => (allMembers.state === 'ready' || allMembers.state === 'refreshing' ? allMembers.latest : props.members);
  const changed = () => {
    void refetch();
    props.onChanged();
  };

  return (
    <section class="rota-panel" aria-labelledby="rota-members-heading" data-testid="rota-members">
      <h2 id="rota-members-heading">People and leave</h2>
      <div class="rota-columns">
        <CoverStaffForm onAdded={changed} />
        <LeaveForm members={props.members.filter((member) => member.active)} timeZone={props.timeZone} defaultDate={props.defaultDate} onAdded={props.onChanged} />
      </div>
      <MemberList members={listed()} onChanged={changed} />
      <Show when={allMembers.error}>
        <p class="rota-error" role="alert">
          Inactive members could not be loaded: {messageOf(allMembers.error)}
        </p>
      </Show>
      <LeaveList leave={props.leave} onChanged={props.onChanged} />
    </section>
  );
}

function CoverStaffForm(props: { onAdded: () => void }) {
  const [form, setForm] = createStore({ displayName: '', phoneExtension: '', note: '' });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    setErrors({});
    setMessage(null);
    try {
      const result = (
        await mutate(AddCoverStaffDocument, {
          displayName: form.displayName,
          phoneExtension: form.phoneExtension.trim() === '' ? null : form.phoneExtension,
          note: form.note.trim() === '' ? null : form.note,
        })
      ).addCoverStaff;
      if (result.__typename === 'InvalidInput') {
        setErrors(fieldErrorMap(result.fields));
        setMessage(result.message);
        return;
      }
      setMessage(`${result.displayName} was added as cover staff.`);
      setForm({ displayName: '', phoneExtension: '', note: '' });
      props.onAdded();
    } catch (error) {
      setMessage(`Cover staff could not be added: ${messageOf(error)}`);
    }
  }

  return (
    <form class="rota-form" onSubmit={(event) => void submit(event)} novalidate data-testid="cover-form">
      <h3>Add cover staff</h3>
      <TextField id="cover-name" name="displayName" label="Name" required value={form.displayName} error={errors().displayName} onInput={(value) => setForm('displayName', value)} />
      <TextField id="cover-extension" name="phoneExtension" label="Phone extension" type="tel" value={form.phoneExtension} error={errors().phoneExtension} onInput={(value) => setForm('phoneExtension', value)} />
      <TextField id="cover-note" name="note" label="Works in" hint="For example Public Works." value={form.note} error={errors().note} onInput={(value) => setForm('note', value)} />
      <For each={otherFieldErrors(errors(), ['displayName', 'phoneExtension', 'note'])}>{(text) => <p class="field-error">{text}</p>}</For>
      <div class="rota-form-actions">
        <button type="submit" class="button">
          Add cover staff
        </button>
        <span role="status" aria-live="polite" class="rota-status">
          {message()}
        </span>
      </div>
    </form>
  );
}

function LeaveForm(props: { members: Member[]; timeZone: string; defaultDate: string; onAdded: () => void }) {
  const [form, setForm] = createStore({ memberId: '', startDate: props.defaultDate, startTime: '08:00', endDate: props.defaultDate, endTime: '17:00', note: '' });
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal<string | null>(null);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    setMessage(null);
    const local: Record<string, string> = {};
    if (form.memberId === '') local.memberId = 'Choose a person.';
    const startsAt = instantOf(form.startDate, form.startTime, props.timeZone);
    const endsAt = instantOf(form.endDate, form.endTime, props.timeZone);
    if (startsAt === null) local.startsAt = 'Enter a start date and time.';
    if (endsAt === null) local.endsAt = 'Enter an end date and time.';
    setErrors(local);
    if (Object.keys(local).length > 0 || startsAt === null || endsAt === null) return;

    try {
      const result = (
        await mutate(AddLeaveDocument, { memberId: form.memberId, startsAt, endsAt, note: form.note.trim() === '' ? null : form.note })
      ).addLeave;
      if (result.__typename === 'InvalidInput') {
        setErrors(fieldErrorMap(result.fields));
        setMessage(result.message);
        return;
      }
      setMessage('Leave added.');
      setForm('note', '');
      props.onAdded();
    } catch (error) {
      setMessage(`The leave could not be added: ${messageOf(error)}`);
    }
  }

  return (
    <form class="rota-form" onSubmit={(event) => void submit(event)} novalidate data-testid="leave-form">
      <h3>Add leave</h3>
      <div class="field">
        <label for="leave-member">Person</label>
        <select id="leave-member" class="select" value={form.memberId} aria-invalid={errors().memberId ? 'true' : undefined} onChange={(event) => setForm('memberId', event.currentTarget.value)}>
          <option value="">Choose a person</option>
          <For each={props.members}>{(member) => <option value={member.id}>{member.displayName}</option>}</For>
        </select>
        <Show when={errors().memberId}>{(text) => <span class="field-error" data-testid="field-error-memberId">{text()}</span>}</Show>
      </div>
      <div class="rota-form-row">
        <TextField id="leave-start-date" name="startDate" label="Start date" type="date" value={form.startDate} error={errors().startsAt} onInput={(value) => setForm('startDate', value)} />
        <TextField id="leave-start-time" name="startTime" label="Start time" type="time" value={form.startTime} onInput={(value) => setForm('startTime', value)} />
      </div>
      <div class="rota-form-row">
        <TextField id="leave-end-date" name="endDate" label="End date" type="date" value={form.endDate} error={errors().endsAt} onInput={(value) => setForm('endDate', value)} />
        <TextField id="leave-end-time" name="endTime" label="End time" type="time" value={form.endTime} onInput={(value) => setForm('endTime', value)} />
      </div>
      <TextField id="leave-note" name="note" label="Note" value={form.note} error={errors().note} onInput={(value) => setForm('note', value)} />
      <For each={otherFieldErrors(errors(), ['memberId', 'startsAt', 'endsAt', 'note'])}>{(text) => <p class="field-error">{text}</p>}</For>
      <div class="rota-form-actions">
        <button type="submit" class="button">
          Add leave
        </button>
        <span role="status" aria-live="polite" class="rota-status">
          {message()}
        </span>
      </div>
    </form>
  );
}

function MemberList(props: { members: Member[]; onChanged: () => void }) {
  const [error, setError] = createSignal<string | null>(null);

  async function setActive(member: Member, active: boolean): Promise<void> {
    setError(null);
    try {
      const result = (await mutate(SetRotaMemberActiveDocument, { id: member.id, active })).setRotaMemberActive;
      if (result.__typename === 'InvalidInput') {
        setError(result.message);
        return;
      }
      props.onChanged();
    } catch (caught) {
      setError(`${member.displayName} could not be changed: ${messageOf(caught)}`);
    }
  }

  return (
    <div class="rota-member-list">
      <h3>On the rotation</h3>
      <ul>
        <For each={props.members}>
          {(member) => (
            <li>
              <label class="rota-checkbox">
                <input type="checkbox" checked={member.active} onChange={(event) => void setActive(member, event.currentTarget.checked)} />
                {member.displayName}
                <span class="rota-muted">
                  {member.kind === 'COVER' ? ' · cover staff' : ' · agent'}
                  {member.note ? ` · ${member.note}` : ''}
                  {member.phoneExtension ? ` · ext. ${member.phoneExtension}` : ''}
                </span>
              </label>
            </li>
          )}
        </For>
      </ul>
      <Show when={error()}>{(text) => <p class="rota-error" role="alert">{text()}</p>}</Show>
    </div>
  );
}

function LeaveList(props: { leave: Leave[]; onChanged: () => void }) {
  const [error, setError] = createSignal<string | null>(null);

  async function remove(leave: Leave): Promise<void> {
    setError(null);
    try {
      const removed = (await mutate(RemoveLeaveDocument, { id: leave.id })).removeLeave;
      if (!removed) setError(`The leave of ${leave.member.displayName} was already removed.`);
      props.onChanged();
    } catch (caught) {
      setError(`The leave could not be removed: ${messageOf(caught)}`);
    }
  }

  return (
    <div class="rota-leave-list">
      <h3>Leave this week</h3>
      <Show when={props.leave.length > 0} fallback={<p class="rota-muted">No leave this week.</p>}>
        <ul>
          <For each={props.leave}>
            {(leave) => (
              <li data-testid="leave-item">
                {leave.member.displayName}: {formatDateTime(leave.startsAt)} to {formatDateTime(leave.endsAt)}
                {leave.note ? ` (${leave.note})` : ''}{' '}
                <button type="button" class="button-link" onClick={() => void remove(leave)}>
                  Remove
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={error()}>{(text) => <p class="rota-error" role="alert">{text()}</p>}</Show>
    </div>
  );
}
