import { A } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import { mutate, query } from '../../lib/api';
import {
  CancelLemonLotPermitDocument,
  LemonLotCounterDocument,
  RecordLemonLotPermitDocument,
  SearchLemonLotPermitsDocument,
  UpdateLemonLotSettingsDocument,
  type Channel,
  type LemonLotPermitFieldsFragment,
} from '../../lib/graphql';
import '../banners/banners.css';
import '../counter/counter.css';

type Report = (kind: 'success' | 'error', text: string) => void;

function vehicle(permit: LemonLotPermitFieldsFragment): string {
  return [permit.vehicleYear, permit.vehicleColor, permit.vehicleMake, permit.vehicleModel].filter(Boolean).join(' ');
}

/**
 * Renders the staff lemon lot page at /counter/lemon-lot: the search for who
 * held a permit for a car, a permit entered for a resident, the current
 * permits with cancellation, and the lot's settings (managers edit them).
 */
export default function LemonLotCounterPage() {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';
  const [data, { refetch }] = createResource(async () => query(LemonLotCounterDocument, {}));
  const [notice, setNotice] = createSignal<{ kind: 'success' | 'error'; text: string } | null>(null);

  function report(kind: 'success' | 'error', text: string): void {
    setNotice({ kind, text });
    void refetch();
  }

  return (
    <section class="counter-page" aria-labelledby="lemon-title" data-testid="lemon-counter">
      <p>
        <A href="/counter">Counter services</A>
      </p>
      <h1 id="lemon-title">Lemon lot</h1>
      <Show when={notice()}>
        {(shown) => (
          <p class={shown().kind === 'error' ? 'alert alert-error' : 'alert alert-info'} role={shown().kind === 'error' ? 'alert' : 'status'} data-testid="lemon-notice">
            {shown().text}
          </p>
        )}
      </Show>
      <PlateSearch />
      <Show when={data.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The lemon lot could not be loaded: {String(data.error)}</p>}>
        <Show when={data()} fallback={<div class="route-loading" role="status">Loading the lemon lot…</div>}>
          {(loaded) => (
            <>
              <EnterPermit onDone={report} />
              <CurrentPermits permits={loaded().lemonLotPermits} capacity={loaded().lemonLotSettings.capacity} onDone={report} />
              <Settings settings={loaded().lemonLotSettings} editable={isManager()} onDone={report} />
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

function PermitTable(props: { permits: LemonLotPermitFieldsFragment[]; caption: string; testId: string; actions?: (permit: LemonLotPermitFieldsFragment) => unknown }) {
  return (
    <table class="counter-table" data-testid={props.testId}>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Permit</th>
          <th scope="col">Car</th>
          <th scope="col">Dates</th>
          <th scope="col">Holder</th>
          <Show when={props.actions}>
            <th scope="col">Cancel</th>
          </Show>
        </tr>
      </thead>
      <tbody>
        <For each={props.permits}>
          {(permit) => (
            <tr data-testid={`${props.testId}-row`}>
              <td>
                <strong>{permit.reference}</strong>
                <br />
                <span class="field-hint">
                  {permit.status.toLowerCase()}
                  <Show when={permit.reminderQueuedAt}>, reminded</Show>
                </span>
              </td>
              <td>
                {vehicle(permit)}
                <br />
                {permit.plate}
                <Show when={permit.plateState}>{(state) => <> ({state()})</>}</Show>
                <Show when={permit.vin}>{(vin) => <><br />VIN {vin()}</>}</Show>
              </td>
              <td>
                {permit.startsOn} to {permit.endsOn}
              </td>
              <td>
                {permit.contact.name}
                <Show when={permit.contact.email}>{(email) => <><br />{email()}</>}</Show>
                <Show when={permit.contact.phone}>{(phone) => <><br />{phone()}</>}</Show>
              </td>
              <Show when={props.actions}>
                <td>{props.actions!(permit) as never}</td>
              </Show>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

function PlateSearch() {
  const [plate, setPlate] = createSignal('');
  const [vin, setVin] = createSignal('');
  const [results, setResults] = createSignal<LemonLotPermitFieldsFragment[] | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);

  async function search(): Promise<void> {
    setProblem(null);
    const result = (await query(SearchLemonLotPermitsDocument, { plate: plate().trim() || null, vin: vin().trim() || null })).searchLemonLotPermits;
    if (result.__typename === 'LemonLotPermitList') setResults(result.permits);
    else {
      setResults(null);
      setProblem(result.message);
    }
  }

  return (
    <section class="counter-section" aria-labelledby="lemon-search-heading">
      <h2 id="lemon-search-heading">Who held the permit for a car</h2>
      <form
        class="counter-form"
        role="search"
        aria-labelledby="lemon-search-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <div class="field">
          <label for="lemon-search-plate">Plate</label>
          <input id="lemon-search-plate" class="input" value={plate()} onInput={(event) => setPlate(event.currentTarget.value)} data-testid="lemon-search-plate" />
        </div>
        <div class="field">
          <label for="lemon-search-vin">VIN</label>
          <input id="lemon-search-vin" class="input" value={vin()} onInput={(event) => setVin(event.currentTarget.value)} data-testid="lemon-search-vin" />
        </div>
        <button type="submit" class="button button-primary" data-testid="lemon-search-submit">
          Search
        </button>
      </form>
      <Show when={problem()}>
        <p class="alert alert-error" role="alert">
          {problem()}
        </p>
      </Show>
      <Show when={results()}>
        {(found) => (
          <Show when={found().length > 0} fallback={<p data-testid="lemon-search-empty" role="status">No permit was ever held for that car.</p>}>
            <PermitTable permits={found()} caption="Permits held for the car, newest first" testId="lemon-search-results" />
          </Show>
        )}
      </Show>
    </section>
  );
}

const emptyEntry = {
  vehicleMake: '',
  vehicleModel: '',
  vehicleYear: '',
  vehicleColor: '',
  plate: '',
  plateState: '',
  vin: '',
  startsOn: '',
  endsOn: '',
  name: '',
  email: '',
  phone: '',
  channel: 'WALK_IN' as Channel,
};

const entryLabels: Record<Exclude<keyof typeof emptyEntry, 'channel'>, string> = {
  vehicleMake: 'Make',
  vehicleModel: 'Model',
  vehicleYear: 'Year',
  vehicleColor: 'Color',
  plate: 'Plate',
  plateState: 'Plate state',
  vin: 'VIN',
  startsOn: 'First day',
  endsOn: 'Last day',
  name: 'Holder name',
  email: 'E-mail',
  phone: 'Phone',
};

function EnterPermit(props: { onDone: Report }) {
  const [entry, setEntry] = createStore({ ...emptyEntry });
  const [busy, setBusy] = createSignal(false);

  async function submit(): Promise<void> {
    setBusy(true);
    const text = (value: string) => value.trim() || null;
    try {
      const result = (
        await mutate(RecordLemonLotPermitDocument, {
          channel: entry.channel,
          input: {
            vehicleMake: entry.vehicleMake,
            vehicleModel: entry.vehicleModel,
            vehicleYear: entry.vehicleYear.trim() === '' ? null : Number(entry.vehicleYear),
            vehicleColor: text(entry.vehicleColor),
            plate: entry.plate,
            plateState: text(entry.plateState),
            vin: text(entry.vin),
            startsOn: entry.startsOn,
            endsOn: entry.endsOn,
            name: entry.name,
            email: text(entry.email),
            phone: text(entry.phone),
          },
        })
      ).recordLemonLotPermit;
      if (result.__typename === 'StaffLemonLotPermitReceived') {
        props.onDone('success', `${result.permit.reference} granted for ${result.permit.plate} from ${result.permit.startsOn} to ${result.permit.endsOn}.`);
        setEntry({ ...emptyEntry });
      } else {
        props.onDone('error', result.message);
      }
    } catch (error) {
      props.onDone('error', `The permit could not be saved: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const types: Partial<Record<keyof typeof entryLabels, string>> = { vehicleYear: 'number', startsOn: 'date', endsOn: 'date', email: 'email', phone: 'tel' };

  return (
    <section class="counter-section" aria-labelledby="lemon-entry-heading">
      <h2 id="lemon-entry-heading">Enter a permit for a resident</h2>
      <form
        class="counter-form"
        data-testid="lemon-entry-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <For each={Object.keys(entryLabels) as (keyof typeof entryLabels)[]}>
          {(name) => (
            <div class="field">
              <label for={`lemon-entry-${name}`}>{entryLabels[name]}</label>
              <input
                id={`lemon-entry-${name}`}
                class="input"
                type={types[name] ?? 'text'}
                value={entry[name]}
                onInput={(event) => setEntry(name, event.currentTarget.value)}
                data-testid={`lemon-entry-${name}`}
              />
            </div>
          )}
        </For>
        <div class="field">
          <label for="lemon-entry-channel">Received</label>
          <select id="lemon-entry-channel" class="select" value={entry.channel} onChange={(event) => setEntry('channel', event.currentTarget.value as Channel)}>
            <option value="WALK_IN">At the counter</option>
            <option value="PHONE">By phone</option>
            <option value="EMAIL">By e-mail</option>
          </select>
        </div>
        <button type="submit" class="button button-primary" disabled={busy()} data-testid="lemon-entry-submit">
          Grant permit
        </button>
      </form>
    </section>
  );
}

function CancelControl(props: { permit: LemonLotPermitFieldsFragment; onDone: Report }) {
  const [reason, setReason] = createSignal('');
  const id = () => `lemon-cancel-${props.permit.id}`;

  async function cancel(): Promise<void> {
    try {
      const result = (await mutate(CancelLemonLotPermitDocument, { id: props.permit.id, version: props.permit.version, reason: reason().trim() })).cancelLemonLotPermit;
      if (result.__typename === 'LemonLotPermit') props.onDone('success', `${result.reference} cancelled.`);
      else props.onDone('error', result.message);
    } catch (error) {
      props.onDone('error', `The permit could not be cancelled: ${String(error)}`);
    }
  }

  return (
    <>
      <label for={id()}>Reason</label>
      <input id={id()} class="input" value={reason()} onInput={(event) => setReason(event.currentTarget.value)} data-testid="lemon-cancel-reason" />
      <button type="button" class="button" onClick={() => void cancel()} data-testid="lemon-cancel">
        Cancel permit<span class="visually-hidden"> {props.permit.reference}</span>
      </button>
    </>
  );
}

function CurrentPermits(props: { permits: LemonLotPermitFieldsFragment[]; capacity: number; onDone: Report }) {
  return (
    <section class="counter-section" aria-labelledby="lemon-current-heading">
      <h2 id="lemon-current-heading">
        Current permits ({props.permits.length}; the lot has {props.capacity} {props.capacity === 1 ? 'space' : 'spaces'})
      </h2>
      <Show when={props.permits.length > 0} fallback={<p>No current permits.</p>}>
        <PermitTable
          permits={props.permits}
          caption="Current permits, soonest end first"
          testId="lemon-current"
          actions={(permit) => <CancelControl permit={permit} onDone={props.onDone} />}
        />
      </Show>
    </section>
  );
}

function Settings(props: { settings: { capacity: number; maxDays: number; reminderDays: number }; editable: boolean; onDone: Report }) {
  const [values, setValues] = createStore({ capacity: String(props.settings.capacity), maxDays: String(props.settings.maxDays), reminderDays: String(props.settings.reminderDays) });

  async function save(): Promise<void> {
    try {
      const result = (
        await mutate(UpdateLemonLotSettingsDocument, { input: { capacity: Number(values.capacity), maxDays: Number(values.maxDays), reminderDays: Number(values.reminderDays) } })
      ).updateLemonLotSettings;
      if (result.__typename === 'LemonLotSettings') props.onDone('success', 'Lemon lot settings saved.');
      else props.onDone('error', result.message);
    } catch (error) {
      props.onDone('error', `The settings could not be saved: ${String(error)}`);
    }
  }

  const labels = { capacity: 'Spaces', maxDays: 'Longest permit, days', reminderDays: 'Reminder, days before the end' } as const;

  return (
    <section class="counter-section" aria-labelledby="lemon-settings-heading">
      <h2 id="lemon-settings-heading">Settings</h2>
      <Show
        when={props.editable}
        fallback={
          <p data-testid="lemon-settings-readonly">
            {props.settings.capacity} {props.settings.capacity === 1 ? 'space' : 'spaces'}; permits of at most {props.settings.maxDays} days; reminders {props.settings.reminderDays} days before the end. Only a manager can change them.
          </p>
        }
      >
        <form
          class="counter-form"
          data-testid="lemon-settings-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <For each={Object.keys(labels) as (keyof typeof labels)[]}>
            {(name) => (
              <div class="field">
                <label for={`lemon-settings-${name}`}>{labels[name]}</label>
                <input
                  id={`lemon-settings-${name}`}
                  class="input"
                  type="number"
                  value={values[name]}
                  onInput={(event) => setValues(name, event.currentTarget.value)}
                  data-testid={`lemon-settings-${name}`}
                />
              </div>
            )}
          </For>
          <button type="submit" class="button" data-testid="lemon-settings-save">
            Save settings
          </button>
        </form>
      </Show>
    </section>
  );
}
