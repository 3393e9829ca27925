import { A } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import { mutate, query } from '../../lib/api';
import {
  ApproveBannerApplicationDocument,
  BannerCounterDocument,
  DeclineBannerApplicationDocument,
  RecordBannerApplicationDocument,
  SaveBannerLocationDocument,
  type BannerApplicationFieldsFragment,
  type BannerCounterQuery,
  type BannerLocationFieldsFragment,
  type Channel,
} from '../../lib/graphql';
import './banners.css';
import '../counter/counter.css';

/** Returns the current month, YYYY-MM, in the browser's zone. */
function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

function period(startsOn: string, endsOn: string): string {
  return startsOn === endsOn ? startsOn : `${startsOn} to ${endsOn}`;
}

const channelNames: Record<Channel, string> = { WALK_IN: 'At the counter', PHONE: 'Phone', EMAIL: 'E-mail', WEB: 'Public page' };

/**
 * Renders the staff banner permit page at /counter/banners: the pending
 * applications to approve or decline, an application entered for a
 * resident, the month calendar of banners per overpass against capacity,
 * and, for managers, the overpasses themselves. Lists reload after each
 * change; there are no live updates.
 */
export default function BannersCounterPage() {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';
  const [month, setMonth] = createSignal(thisMonth());
  const [data, { refetch }] = createResource(month, async (value) => query(BannerCounterDocument, { month: value }));
  const [notice, setNotice] = createSignal<{ kind: 'success' | 'error'; text: string } | null>(null);

  function report(kind: 'success' | 'error', text: string): void {
    setNotice({ kind, text });
    void refetch();
  }

  return (
    <section class="counter-page" aria-labelledby="banners-title" data-testid="banners-counter">
      <p>
        <A href="/counter">Counter services</A>
      </p>
      <h1 id="banners-title">Banner permits</h1>
      <Show when={notice()}>
        {(shown) => (
          <p class={shown().kind === 'error' ? 'alert alert-error' : 'alert alert-info'} role={shown().kind === 'error' ? 'alert' : 'status'} data-testid="banners-notice">
            {shown().text}
          </p>
        )}
      </Show>
      <Show when={data.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The banner permits could not be loaded: {String(data.error)}</p>}>
        <Show when={data()} fallback={<div class="route-loading" role="status">Loading banner permits…</div>}>
          {(loaded) => (
            <>
              <PendingApplications applications={loaded().bannerApplications} onDone={report} />
              <EnterApplication locations={loaded().bannerLocations.filter((location) => location.active)} onDone={report} />
              <BannerCalendarGrid month={month()} onMonth={setMonth} calendar={loaded().bannerCalendar} />
              <Show when={isManager()}>
                <LocationsAdmin locations={loaded().bannerLocations} onDone={report} />
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

type Report = (kind: 'success' | 'error', text: string) => void;

function PendingApplications(props: { applications: BannerApplicationFieldsFragment[]; onDone: Report }) {
  return (
    <section class="counter-section" aria-labelledby="banners-pending-heading">
      <h2 id="banners-pending-heading">Waiting for a decision ({props.applications.length})</h2>
      <Show when={props.applications.length > 0} fallback={<p data-testid="banners-pending-empty">No applications are waiting.</p>}>
        <table class="counter-table" data-testid="banners-pending">
          <caption class="visually-hidden">Pending banner applications, soonest start first</caption>
          <thead>
            <tr>
              <th scope="col">Application</th>
              <th scope="col">Applicant</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.applications}>{(application) => <PendingRow application={application} onDone={props.onDone} />}</For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}

function PendingRow(props: { application: BannerApplicationFieldsFragment; onDone: Report }) {
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const noteId = () => `banner-note-${props.application.id}`;

  async function decide(decision: 'approve' | 'decline'): Promise<void> {
    setBusy(true);
    try {
      const variables = { id: props.application.id, version: props.application.version, note: note().trim() };
      const result =
        decision === 'approve'
          ? (await mutate(ApproveBannerApplicationDocument, { ...variables, note: variables.note || null })).approveBannerApplication
          : (await mutate(DeclineBannerApplicationDocument, variables)).declineBannerApplication;
      if (result.__typename === 'BannerApplication') props.onDone('success', `${result.reference} ${decision === 'approve' ? 'approved' : 'declined'}.`);
      else props.onDone('error', result.message);
    } catch (error) {
      props.onDone('error', `The decision could not be saved: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr data-testid="banners-pending-row">
      <td>
        <strong>{props.application.reference}</strong> · {props.application.eventName}
        <Show when={props.application.organization}>{(organization) => <> ({organization()})</>}</Show>
        <br />
        {props.application.location.name}, {period(props.application.startsOn, props.application.endsOn)}
        <br />
        <span class="field-hint">
          {channelNames[props.application.channel]}
          <Show when={props.application.createdByName}>{(name) => <>, entered by {name()}</>}</Show>
          <Show when={props.application.inquiryId}>
            {(id) => (
              <>
                {' · '}
                <A href={`/inquiries/${id()}`}>{props.application.inquiryReference}</A>
              </>
            )}
          </Show>
        </span>
      </td>
      <td>
        {props.application.contact.name}
        <Show when={props.application.contact.email}>{(email) => <><br />{email()}</>}</Show>
        <Show when={props.application.contact.phone}>{(phone) => <><br />{phone()}</>}</Show>
      </td>
      <td>
        <label for={noteId()}>Note to the resident</label>
        <textarea id={noteId()} class="input" rows={2} maxLength={1000} value={note()} onInput={(event) => setNote(event.currentTarget.value)} data-testid="banner-decision-note" />
        <span class="field-hint">Required to decline.</span>
        <div class="receipt-actions">
          <button type="button" class="button button-primary" disabled={busy()} onClick={() => void decide('approve')} data-testid="banner-approve">
            Approve<span class="visually-hidden"> {props.application.reference}</span>
          </button>
          <button type="button" class="button" disabled={busy()} onClick={() => void decide('decline')} data-testid="banner-decline">
            Decline<span class="visually-hidden"> {props.application.reference}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}

const emptyEntry = { locationId: '', startsOn: '', endsOn: '', eventName: '', organization: '', name: '', email: '', phone: '', channel: 'WALK_IN' as Channel };

function EnterApplication(props: { locations: BannerLocationFieldsFragment[]; onDone: Report }) {
  const [entry, setEntry] = createStore({ ...emptyEntry });
  const [busy, setBusy] = createSignal(false);

  async function submit(): Promise<void> {
    setBusy(true);
    try {
      const { channel, ...input } = entry;
      const result = (
        await mutate(RecordBannerApplicationDocument, {
          channel,
          input: { ...input, organization: input.organization || null, email: input.email || null, phone: input.phone || null },
        })
      ).recordBannerApplication;
      if (result.__typename === 'StaffBannerApplicationReceived') {
        props.onDone('success', `${result.application.reference} recorded as pending. The resident's private status link is /banners/status/${result.statusToken}`);
        setEntry({ ...emptyEntry });
      } else {
        props.onDone('error', result.message);
      }
    } catch (error) {
      props.onDone('error', `The application could not be saved: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: Exclude<keyof typeof emptyEntry, 'channel' | 'locationId'>, label: string, type = 'text') => (
    <div class="field">
      <label for={`banner-entry-${name}`}>{label}</label>
      <input id={`banner-entry-${name}`} class="input" type={type} value={entry[name]} onInput={(event) => setEntry(name, event.currentTarget.value)} data-testid={`banner-entry-${name}`} />
    </div>
  );

  return (
    <section class="counter-section" aria-labelledby="banners-entry-heading">
      <h2 id="banners-entry-heading">Enter an application for a resident</h2>
      <form
        class="counter-form"
        data-testid="banner-entry-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div class="field">
          <label for="banner-entry-locationId">Overpass</label>
          <select id="banner-entry-locationId" class="select" value={entry.locationId} onChange={(event) => setEntry('locationId', event.currentTarget.value)} data-testid="banner-entry-location">
            <option value="">Choose an overpass</option>
            <For each={props.locations}>{(location) => <option value={location.id}>{location.name}</option>}</For>
          </select>
        </div>
        {field('startsOn', 'First day', 'date')}
        {field('endsOn', 'Last day', 'date')}
        {field('eventName', 'Event')}
        {field('organization', 'Organization (optional)')}
        {field('name', 'Resident name')}
        {field('email', 'E-mail', 'email')}
        {field('phone', 'Phone', 'tel')}
        <div class="field">
          <label for="banner-entry-channel">Received</label>
          <select id="banner-entry-channel" class="select" value={entry.channel} onChange={(event) => setEntry('channel', event.currentTarget.value as Channel)}>
            <option value="WALK_IN">At the counter</option>
            <option value="PHONE">By phone</option>
            <option value="EMAIL">By e-mail</option>
          </select>
        </div>
        <button type="submit" class="button button-primary" disabled={busy()} data-testid="banner-entry-submit">
          Record application
        </button>
      </form>
    </section>
  );
}

type Calendar = BannerCounterQuery['bannerCalendar'];

function BannerCalendarGrid(props: { month: string; onMonth: (month: string) => void; calendar: Calendar }) {
  return (
    <section class="counter-section" aria-labelledby="banners-calendar-heading">
      <h2 id="banners-calendar-heading">Calendar</h2>
      <div class="field">
        <label for="banner-calendar-month">Month</label>
        <input
          id="banner-calendar-month"
          class="input"
          type="month"
          value={props.month}
          onChange={(event) => /^\d{4}-\d{2}$/.test(event.currentTarget.value) && props.onMonth(event.currentTarget.value)}
          data-testid="banner-calendar-month"
        />
      </div>
      <p class="field-hint">Each cell shows the banners (pending and approved) that day against the overpass's capacity.</p>
      <div class="banner-calendar" data-testid="banner-calendar" tabIndex={0} role="region" aria-label={`Banners per day in ${props.calendar.month}`}>
        <table>
          <caption class="visually-hidden">Banners per day in {props.calendar.month}</caption>
          <thead>
            <tr>
              <th scope="col">Overpass</th>
              <For each={props.calendar.days}>
                {(day) => (
                  <th scope="col">
                    <abbr title={day}>{Number(day.slice(8))}</abbr>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={props.calendar.locations}>
              {(row) => (
                <tr data-testid="banner-calendar-row">
                  <th scope="row">
                    {row.location.name} <span class="field-hint">(capacity {row.location.capacity})</span>
                  </th>
                  <For each={row.counts}>
                    {(count, index) => (
                      <td
                        classList={{ 'banner-day-full': count >= row.location.capacity, 'banner-day-used': count > 0 && count < row.location.capacity }}
                        data-testid={`banner-day-${props.calendar.days[index()]}`}
                        title={`${props.calendar.days[index()]}: ${count} of ${row.location.capacity}, ${row.approvedCounts[index()]} approved`}
                      >
                        {count}/{row.location.capacity}
                      </td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <For each={props.calendar.locations.filter((row) => row.entries.length > 0)}>
        {(row) => (
          <div data-testid="banner-calendar-entries">
            <h3>{row.location.name}</h3>
            <ul>
              <For each={row.entries}>
                {(entry) => (
                  <li>
                    {period(entry.startsOn, entry.endsOn)}: {entry.eventName} ({entry.reference}, {entry.status.toLowerCase()})
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </For>
    </section>
  );
}

function LocationsAdmin(props: { locations: BannerLocationFieldsFragment[]; onDone: Report }) {
  return (
    <section class="counter-section" aria-labelledby="banners-locations-heading">
      <h2 id="banners-locations-heading">Overpasses</h2>
      <For each={props.locations}>{(location) => <LocationForm location={location} onDone={props.onDone} />}</For>
      <h3>Add an overpass</h3>
      <LocationForm onDone={props.onDone} />
    </section>
  );
}

function LocationForm(props: { location?: BannerLocationFieldsFragment; onDone: Report }) {
  const prefix = () => `banner-location-${props.location?.id ?? 'new'}`;
  const [values, setValues] = createStore({
    name: props.location?.name ?? '',
    description: props.location?.description ?? '',
    capacity: String(props.location?.capacity ?? 2),
    maxDays: String(props.location?.maxDays ?? 14),
    active: props.location?.active ?? true,
  });
  const [busy, setBusy] = createSignal(false);

  async function save(): Promise<void> {
    setBusy(true);
    try {
      const result = (
        await mutate(SaveBannerLocationDocument, {
          id: props.location?.id ?? null,
          input: { name: values.name, description: values.description, capacity: Number(values.capacity), maxDays: Number(values.maxDays), active: values.active },
        })
      ).saveBannerLocation;
      if (result.__typename === 'BannerLocation') {
        props.onDone('success', `${result.name} saved.`);
        if (!props.location) setValues({ name: '', description: '', capacity: '2', maxDays: '14', active: true });
      } else {
        props.onDone('error', result.message);
      }
    } catch (error) {
      props.onDone('error', `The overpass could not be saved: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="counter-form"
      data-testid="banner-location-form"
      data-location={props.location?.name ?? 'new'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div class="field">
        <label for={`${prefix()}-name`}>Name</label>
        <input id={`${prefix()}-name`} class="input" value={values.name} onInput={(event) => setValues('name', event.currentTarget.value)} data-testid="banner-location-name" />
      </div>
      <div class="field">
        <label for={`${prefix()}-description`}>Description</label>
        <input id={`${prefix()}-description`} class="input" value={values.description} onInput={(event) => setValues('description', event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${prefix()}-capacity`}>Banners per day</label>
        <input
          id={`${prefix()}-capacity`}
          class="input"
          type="number"
          min="1"
          max="100"
          value={values.capacity}
          onInput={(event) => setValues('capacity', event.currentTarget.value)}
          data-testid="banner-location-capacity"
        />
      </div>
      <div class="field">
        <label for={`${prefix()}-maxDays`}>Longest display, days</label>
        <input id={`${prefix()}-maxDays`} class="input" type="number" min="1" max="90" value={values.maxDays} onInput={(event) => setValues('maxDays', event.currentTarget.value)} />
      </div>
      <div class="field">
        <label>
          <input type="checkbox" checked={values.active} onChange={(event) => setValues('active', event.currentTarget.checked)} /> Takes applications
        </label>
      </div>
      <button type="submit" class="button" disabled={busy()} data-testid="banner-location-save">
        {props.location ? 'Save' : 'Add overpass'}
        <Show when={props.location}>
          <span class="visually-hidden"> {props.location!.name}</span>
        </Show>
      </button>
    </form>
  );
}
