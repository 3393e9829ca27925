import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { mutate } from '../../lib/api';
import { UpdateRotationSettingsDocument, type RotationSettingsFieldsFragment, type RotationSettingsInput } from '../../lib/graphql';
import { fieldErrorMap, foldListErrors, otherFieldErrors } from './fieldErrors';

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type SettingsForm = {
  openingTime: string;
  closingTime: string;
  openDays: number[];
  holidays: string;
  minOnCall: string;
  preferredOnCall: string;
  maxOnCallMinutes: string;
  autoAssign: boolean;
  hasMeeting: boolean;
  meetingWeekday: string;
  meetingStart: string;
  meetingEnd: string;
  meetingEveryWeeks: string;
  meetingFirstDate: string;
};

function formOf(settings: RotationSettingsFieldsFragment): SettingsForm {
  return {
    openingTime: settings.openingTime,
    closingTime: settings.closingTime,
    openDays: [...settings.openDays],
    holidays: settings.holidays.join('\n'),
    minOnCall: String(settings.minOnCall),
    preferredOnCall: String(settings.preferredOnCall),
    maxOnCallMinutes: String(settings.maxOnCallMinutes),
    autoAssign: settings.autoAssign,
    hasMeeting: settings.teamMeeting !== null,
    meetingWeekday: String(settings.teamMeeting?.weekday ?? 3),
    meetingStart: settings.teamMeeting?.startTime ?? '10:00',
    meetingEnd: settings.teamMeeting?.endTime ?? '11:00',
    meetingEveryWeeks: String(settings.teamMeeting?.everyWeeks ?? 2),
    meetingFirstDate: settings.teamMeeting?.firstDate ?? '',
  };
}

/** Parses a whole number; anything else becomes NaN, which the server rejects with a field error. */
function toInteger(value: string): number {
  return /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
}

/** Splits the holidays text into dates, each with the line it was typed on, counted from 1. */
function holidayEntries(text: string): { date: string; line: number }[] {
  return text.split('\n').flatMap((content, index) =>
    content
      .split(/[\s,]+/)
      .filter((date) => date !== '')
      .map((date) => ({ date, line: index + 1 })),
  );
}

function inputOf(form: SettingsForm): RotationSettingsInput {
  return {
    openingTime: form.openingTime,
    closingTime: form.closingTime,
    openDays: [...form.openDays].sort(),
    holidays: holidayEntries(form.holidays).map((entry) => entry.date),
    minOnCall: toInteger(form.minOnCall),
    preferredOnCall: toInteger(form.preferredOnCall),
    maxOnCallMinutes: toInteger(form.maxOnCallMinutes),
    autoAssign: form.autoAssign,
    teamMeeting: form.hasMeeting
      ? {
          weekday: toInteger(form.meetingWeekday),
          startTime: form.meetingStart,
          endTime: form.meetingEnd,
          everyWeeks: toInteger(form.meetingEveryWeeks),
          firstDate: form.meetingFirstDate,
        }
      : null,
  };
}

const shownFields = [
  'openingTime',
  'closingTime',
  'openDays',
  'holidays',
  'minOnCall',
  'preferredOnCall',
  'maxOnCallMinutes',
  'autoAssign',
  'teamMeeting',
];

/** Renders the manager's form for opening hours, open days, holidays, coverage rules, automatic assignment and the team meeting. */
export function SettingsPanel(props: { settings: RotationSettingsFieldsFragment; onSaved: () => void }) {
  const [form, setForm] = createStore<SettingsForm>(formOf(props.settings));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);

  // A blank or non-numeric count would go out as null (JSON has no NaN), which the server reads as "keep the old value", so it is rejected here.
  function localErrors(): Record<string, string> {
    const found: Record<string, string> = {};
    for (const name of ['minOnCall', 'preferredOnCall', 'maxOnCallMinutes'] as const) {
      if (Number.isNaN(toInteger(form[name]))) found[name] = 'Enter a whole number.';
    }
    if (form.hasMeeting && Number.isNaN(toInteger(form.meetingEveryWeeks))) found['teamMeeting.everyWeeks'] = 'Enter a whole number.';
    return found;
  }

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    setMessage(null);
    const local = localErrors();
    if (Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const result = (await mutate(UpdateRotationSettingsDocument, { input: inputOf(form) })).updateRotationSettings;
      if (result.__typename === 'InvalidInput') {
        // The server names list items by index ("input.holidays.1"); the form shows the line instead.
        const holidayLines = holidayEntries(form.holidays).map((entry) => entry.line);
        const byField = foldListErrors(fieldErrorMap(result.fields, 'input'), 'holidays', (index) => `Line ${holidayLines[index] ?? index + 1}`);
        setErrors(foldListErrors(byField, 'openDays', () => null));
        setMessage('The settings were not saved. Correct the fields marked above.');
        return;
      }
      setForm(formOf(result));
      setMessage('Settings saved.');
      props.onSaved();
    } catch (error) {
      setMessage(`The settings were not saved: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  }

  function toggleDay(weekday: number, checked: boolean): void {
    setForm('openDays', (days) => (checked ? [...days.filter((day) => day !== weekday), weekday] : days.filter((day) => day !== weekday)));
  }

  return (
    <section class="rota-panel" aria-labelledby="rota-settings-heading" data-testid="rota-settings">
      <h2 id="rota-settings-heading">Settings</h2>
      <p class="rota-muted">Times are in the center's time zone, {props.settings.timeZone}.</p>
      <form class="rota-form" onSubmit={(event) => void save(event)} novalidate>
        <div class="rota-form-row">
          <TextField id="rota-opening" name="openingTime" label="Opening time" type="time" value={form.openingTime} error={errors().openingTime} onInput={(value) => setForm('openingTime', value)} />
          <TextField id="rota-closing" name="closingTime" label="Closing time" type="time" value={form.closingTime} error={errors().closingTime} onInput={(value) => setForm('closingTime', value)} />
        </div>
        <fieldset class="rota-fieldset" aria-describedby={errors().openDays ? 'rota-open-days-error' : undefined}>
          <legend>Open days</legend>
          <div class="rota-checkboxes">
            <For each={weekdayNames}>
              {(name, index) => (
                <label class="rota-checkbox">
                  <input type="checkbox" checked={form.openDays.includes(index() + 1)} onChange={(event) => toggleDay(index() + 1, event.currentTarget.checked)} />
                  {name}
                </label>
              )}
            </For>
          </div>
          <Show when={errors().openDays}>
            {(text) => (
              <span id="rota-open-days-error" class="field-error" data-testid="field-error-openDays">
                {text()}
              </span>
            )}
          </Show>
        </fieldset>
        <TextField
          id="rota-holidays"
          name="holidays"
          label="Holidays"
          multiline
          hint="One date per line, such as 2026-12-25. The center is closed on these dates."
          value={form.holidays}
          error={errors().holidays}
          onInput={(value) => setForm('holidays', value)}
        />
        <div class="rota-form-row">
          <TextField id="rota-min" name="minOnCall" label="Minimum on call" type="number" hint="Fewer is an error." value={form.minOnCall} error={errors().minOnCall} onInput={(value) => setForm('minOnCall', value)} />
          <TextField id="rota-preferred" name="preferredOnCall" label="Preferred on call" type="number" hint="Fewer is a notice." value={form.preferredOnCall} error={errors().preferredOnCall} onInput={(value) => setForm('preferredOnCall', value)} />
          <TextField id="rota-stretch" name="maxOnCallMinutes" label="Longest on-call stretch (minutes)" type="number" value={form.maxOnCallMinutes} error={errors().maxOnCallMinutes} onInput={(value) => setForm('maxOnCallMinutes', value)} />
        </div>
        <label class="rota-checkbox">
          <input type="checkbox" checked={form.autoAssign} onChange={(event) => setForm('autoAssign', event.currentTarget.checked)} data-testid="rota-auto-assign" />
          Assign new web and e-mail inquiries to an agent who is on call and available
        </label>
        <fieldset class="rota-fieldset">
          <legend>Team meeting</legend>
          <label class="rota-checkbox">
            <input type="checkbox" checked={form.hasMeeting} onChange={(event) => setForm('hasMeeting', event.currentTarget.checked)} />
            The team meets regularly, with cover staff at the desk
          </label>
          <Show when={form.hasMeeting}>
            <div class="rota-form-row">
              <div class="field">
                <label for="rota-meeting-weekday">Weekday</label>
                <select id="rota-meeting-weekday" class="select" value={form.meetingWeekday} onChange={(event) => setForm('meetingWeekday', event.currentTarget.value)}>
                  <For each={weekdayNames}>{(name, index) => <option value={String(index() + 1)}>{name}</option>}</For>
                </select>
                <Show when={errors()['teamMeeting.weekday']}>{(text) => <span class="field-error">{text()}</span>}</Show>
              </div>
              <TextField id="rota-meeting-start" name="teamMeeting.startTime" label="Starts" type="time" value={form.meetingStart} error={errors()['teamMeeting.startTime']} onInput={(value) => setForm('meetingStart', value)} />
              <TextField id="rota-meeting-end" name="teamMeeting.endTime" label="Ends" type="time" value={form.meetingEnd} error={errors()['teamMeeting.endTime']} onInput={(value) => setForm('meetingEnd', value)} />
              <div class="field">
                <label for="rota-meeting-every">Every</label>
                <select id="rota-meeting-every" class="select" value={form.meetingEveryWeeks} onChange={(event) => setForm('meetingEveryWeeks', event.currentTarget.value)}>
                  <option value="1">week</option>
                  <option value="2">two weeks</option>
                </select>
                <Show when={errors()['teamMeeting.everyWeeks']}>{(text) => <span class="field-error">{text()}</span>}</Show>
              </div>
              <TextField id="rota-meeting-first" name="teamMeeting.firstDate" label="First date" type="date" value={form.meetingFirstDate} error={errors()['teamMeeting.firstDate']} onInput={(value) => setForm('meetingFirstDate', value)} />
            </div>
            <Show when={errors().teamMeeting}>{(text) => <span class="field-error">{text()}</span>}</Show>
          </Show>
        </fieldset>
        <For each={otherFieldErrors(errors(), shownFields)}>{(text) => <p class="field-error">{text}</p>}</For>
        <div class="rota-form-actions">
          <button type="submit" class="button button-primary" disabled={saving()} data-testid="rota-settings-save">
            {saving() ? 'Saving…' : 'Save settings'}
          </button>
          <span role="status" aria-live="polite" class="rota-status" data-testid="rota-settings-status">
            {message()}
          </span>
        </div>
      </form>
    </section>
  );
}
