import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import { mutate, query } from '../../lib/api';
import {
  BookNotaryAppointmentForResidentDocument,
  MarkNotaryAppointmentDocument,
  NotaryCounterDocument,
  NotaryStaffListDocument,
  SetNotaryCommissionDocument,
  type NotaryAppointmentFieldsFragment,
  type NotaryAppointmentOutcome,
  type NotaryCounterQuery,
} from '../../lib/graphql';
import { formatClockTime, formatDateTime, setCenterTimeZone, useClock } from '../../lib/time';
import { DOCUMENT_KINDS } from './documentKinds';
import '../counter/counter.css';
import './notary.css';

type Appointment = NotaryAppointmentFieldsFragment;
type Report = (kind: 'success' | 'error', text: string) => void;

const documentKindNames: Record<string, string> = {
  affidavit: 'Affidavit',
  power_of_attorney: 'Power of attorney',
  deed: 'Deed',
  vehicle_title: 'Vehicle title',
  other: 'Other document',
};

const statusNames: Record<Appointment['status'], string> = { BOOKED: 'Booked', COMPLETED: 'Completed', CANCELLED: 'Cancelled', NO_SHOW: 'No-show' };

/** Today, YYYY-MM-DD, in `timeZone` (the browser's zone while it is unknown). */
function today(timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * Renders the staff notary page at /counter/notary. It lists the day's
 * appointments per notary with their outcome buttons and the upcoming
 * appointments whose notary the published rotation took off duty. It also
 * books for a caller or a visitor, and managers edit commissions there.
 * Data reloads after each change; there are no live updates.
 */
export default function NotaryCounterPage() {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';
  const [date, setDate] = createSignal(today());
  // Until staff pick a day, the day follows today in the center's zone, which the first response contains.
  let dateChosen = false;
  const chooseDate = (value: string) => {
    dateChosen = true;
    setDate(value);
  };
  const [notice, setNotice] = createSignal<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [data, { refetch }] = createResource(date, async (value) => {
    const result = await query(NotaryCounterDocument, { date: value });
    setCenterTimeZone(result.center.timeZone);
    const centerToday = today(result.center.timeZone);
    if (!dateChosen && centerToday !== value) setDate(centerToday);
    return result;
  });

  const report: Report = (kind, text) => {
    setNotice({ kind, text });
    void refetch();
  };

  return (
    <section class="counter-page notary-page" aria-labelledby="notary-title" data-testid="notary-counter">
      <p>
        <A href="/counter">Counter services</A>
      </p>
      <h1 id="notary-title">Notary</h1>
      <Show when={notice()}>
        {(shown) => (
          <p class={`alert alert-${shown().kind}`} role={shown().kind === 'error' ? 'alert' : 'status'} data-testid="notary-notice">
            {shown().text}
          </p>
        )}
      </Show>
      <Show when={data.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The notary appointments could not be loaded: {String(data.error)}</p>}>
        <Show when={data.latest} fallback={<div class="route-loading" role="status">Loading notary appointments…</div>}>
          {(loaded) => (
            <>
              <Conflicts appointments={loaded().notaryConflicts} onDone={report} />
              <DayAppointments date={date()} onDate={chooseDate} appointments={loaded().notaryAppointments} onDone={report} />
              <StaffBooking slots={loaded().notaryStaffSlots} onDone={report} />
              <Notaries notaries={loaded().notaries} manager={isManager()} onDone={report} />
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

function Conflicts(props: { appointments: Appointment[]; onDone: Report }) {
  return (
    <section class="notary-section" aria-labelledby="notary-conflicts-heading" data-testid="notary-conflicts">
      <h2 id="notary-conflicts-heading">Off-duty bookings ({props.appointments.length})</h2>
      <p class="field-hint">Upcoming appointments whose notary the published rotation no longer has on duty then. Call the resident to move or cancel each one.</p>
      <Show when={props.appointments.length > 0} fallback={<p>None.</p>}>
        <AppointmentTable appointments={props.appointments} showDate onDone={props.onDone} caption="Appointments whose notary is off duty" />
      </Show>
    </section>
  );
}

function DayAppointments(props: { date: string; onDate: (date: string) => void; appointments: Appointment[]; onDone: Report }) {
  const byNotary = createMemo(() => {
    const groups = new Map<string, { name: string; appointments: Appointment[] }>();
    for (const appointment of props.appointments) {
      const group = groups.get(appointment.staffId) ?? { name: appointment.notaryName, appointments: [] };
      group.appointments.push(appointment);
      groups.set(appointment.staffId, group);
    }
    return [...groups.values()];
  });

  return (
    <section class="notary-section" aria-labelledby="notary-day-heading" data-testid="notary-day">
      <h2 id="notary-day-heading">Appointments on {props.date}</h2>
      <label>
        Day{' '}
        <input class="input" type="date" value={props.date} onChange={(event) => event.currentTarget.value && props.onDate(event.currentTarget.value)} data-testid="notary-date" />
      </label>
      <Show when={byNotary().length > 0} fallback={<p data-testid="notary-day-empty">No appointments on this day.</p>}>
        <For each={byNotary()}>
          {(group) => (
            <div class="notary-section">
              <h3>{group.name}</h3>
              <AppointmentTable appointments={group.appointments} onDone={props.onDone} caption={`Appointments with ${group.name}`} />
            </div>
          )}
        </For>
      </Show>
    </section>
  );
}

function AppointmentTable(props: { appointments: Appointment[]; showDate?: boolean; onDone: Report; caption: string }) {
  return (
    <table class="notary-table">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Resident</th>
          <th scope="col">Documents</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.appointments}>{(appointment) => <AppointmentRow appointment={appointment} showDate={props.showDate} onDone={props.onDone} />}</For>
      </tbody>
    </table>
  );
}

function AppointmentRow(props: { appointment: Appointment; showDate?: boolean; onDone: Report }) {
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const reasonId = () => `notary-reason-${props.appointment.id}${props.showDate ? '-conflict' : ''}`;
  const now = useClock();
  const started = () => now() >= Date.parse(props.appointment.startsAt);

  async function mark(outcome: NotaryAppointmentOutcome): Promise<void> {
    setBusy(true);
    try {
      const result = (await mutate(MarkNotaryAppointmentDocument, { id: props.appointment.id, version: props.appointment.version, outcome, reason: reason().trim() || null })).markNotaryAppointment;
      if (result.__typename === 'NotaryAppointment') props.onDone('success', `${props.appointment.reference} marked ${statusNames[result.status].toLowerCase()}.`);
      else props.onDone('error', result.message);
    } catch (error) {
      props.onDone('error', `The appointment could not be changed: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr data-testid="notary-appointment">
      <td>
        {props.showDate ? formatDateTime(props.appointment.startsAt) : formatClockTime(props.appointment.startsAt)}
        <br />
        <span class="field-hint">
          {props.appointment.reference}
          {props.showDate ? ` · ${props.appointment.notaryName}` : ''}
        </span>
      </td>
      <td>
        {props.appointment.contact.name}
        <Show when={props.appointment.contact.phone}>{(phone) => <><br />{phone()}</>}</Show>
        <Show when={props.appointment.contact.email}>{(email) => <><br />{email()}</>}</Show>
      </td>
      <td>
        {props.appointment.documentCount} × {documentKindNames[props.appointment.documentKind] ?? props.appointment.documentKind}
      </td>
      <td>
        <span data-testid="notary-appointment-status">{statusNames[props.appointment.status]}</span>
        <Show when={props.appointment.conflict}>
          <br />
          <span class="notary-conflict" data-testid="notary-appointment-conflict">
            Notary off duty
          </span>
        </Show>
        <Show when={props.appointment.status === 'BOOKED'}>
          <div class="notary-actions">
            {/* An outcome is only known once the appointment has started; the server refuses it before. */}
            <Show
              when={started()}
              fallback={
                <span class="field-hint" data-testid="notary-outcome-later">
                  Completed and No-show from {props.showDate ? formatDateTime(props.appointment.startsAt) : formatClockTime(props.appointment.startsAt)}
                </span>
              }
            >
              <button type="button" class="button button-small" disabled={busy()} onClick={() => void mark('COMPLETED')} data-testid="notary-mark-completed">
                Completed<span class="visually-hidden"> {props.appointment.reference}</span>
              </button>
              <button type="button" class="button button-small" disabled={busy()} onClick={() => void mark('NO_SHOW')} data-testid="notary-mark-no-show">
                No-show<span class="visually-hidden"> {props.appointment.reference}</span>
              </button>
            </Show>
            <label for={reasonId()}>Reason</label>
            <input id={reasonId()} class="input" maxLength={500} value={reason()} onInput={(event) => setReason(event.currentTarget.value)} />
            <button type="button" class="button button-small" disabled={busy()} onClick={() => void mark('CANCELLED')} data-testid="notary-mark-cancelled">
              Cancel<span class="visually-hidden"> {props.appointment.reference}</span>
            </button>
          </div>
        </Show>
      </td>
    </tr>
  );
}

type StaffSlot = NotaryCounterQuery['notaryStaffSlots'][number];

const emptyBooking = { startsAt: '', staffId: '', documentKind: 'affidavit', documentCount: '1', name: '', email: '', phone: '', channel: 'PHONE' as 'PHONE' | 'WALK_IN' };

function StaffBooking(props: { slots: StaffSlot[]; onDone: Report }) {
  const [form, setForm] = createStore({ ...emptyBooking });
  const [busy, setBusy] = createSignal(false);
  const chosen = () => props.slots.find((slot) => slot.startsAt === form.startsAt);

  async function submit(): Promise<void> {
    setBusy(true);
    try {
      const result = (
        await mutate(BookNotaryAppointmentForResidentDocument, {
          input: {
            startsAt: form.startsAt,
            staffId: form.staffId || null,
            documentKind: form.documentKind,
            documentCount: Number(form.documentCount),
            channel: form.channel,
            contact: { name: form.name, email: form.email || null, phone: form.phone || null },
          },
        })
      ).bookNotaryAppointmentForResident;
      if (result.__typename === 'NotaryAppointment') {
        setForm({ ...emptyBooking });
        props.onDone('success', `${result.reference} booked with ${result.notaryName} for ${formatDateTime(result.startsAt)}.`);
      } else if (result.__typename === 'NotarySlotTaken') {
        props.onDone('error', `${result.message}. Next free: ${result.nextFreeSlots.map((slot) => formatDateTime(slot.startsAt)).join(', ') || 'none'}.`);
      } else {
        props.onDone('error', result.message);
      }
    } catch (error) {
      props.onDone('error', `The appointment could not be booked: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="notary-section" aria-labelledby="notary-book-heading">
      <h2 id="notary-book-heading">Book for a caller or visitor</h2>
      <Show when={props.slots.length > 0} fallback={<p>No notary is free in the next four weeks.</p>}>
        <form
          class="notary-form"
          data-testid="notary-staff-booking"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label>
            Time (required)
            <select class="input" required value={form.startsAt} onChange={(event) => setForm({ startsAt: event.currentTarget.value, staffId: '' })}>
              <option value="">Choose a free half hour</option>
              <For each={props.slots}>{(slot) => <option value={slot.startsAt}>{`${slot.date} ${slot.localTime}`}</option>}</For>
            </select>
          </label>
          <label>
            Notary
            <select class="input" value={form.staffId} onChange={(event) => setForm('staffId', event.currentTarget.value)}>
              <option value="">Any notary free then</option>
              <For each={chosen()?.notaries ?? []}>{(notary) => <option value={notary.staffId}>{notary.displayName}</option>}</For>
            </select>
          </label>
          <label>
            Document kind
            <select class="input" value={form.documentKind} onChange={(event) => setForm('documentKind', event.currentTarget.value)}>
              <For each={DOCUMENT_KINDS}>{(kind) => <option value={kind}>{documentKindNames[kind]}</option>}</For>
            </select>
          </label>
          <label>
            Number of documents
            <input class="input" type="number" min="1" max="20" value={form.documentCount} onInput={(event) => setForm('documentCount', event.currentTarget.value)} />
          </label>
          <label>
            Resident's name (required)
            <input class="input" required maxLength={200} autocomplete="off" value={form.name} onInput={(event) => setForm('name', event.currentTarget.value)} />
          </label>
          <label>
            Resident's phone
            <input class="input" type="tel" maxLength={40} autocomplete="off" value={form.phone} onInput={(event) => setForm('phone', event.currentTarget.value)} />
          </label>
          <label>
            Resident's e-mail (gets the confirmation)
            <input class="input" type="email" maxLength={254} autocomplete="off" value={form.email} onInput={(event) => setForm('email', event.currentTarget.value)} />
          </label>
          <label>
            How the resident came
            <select class="input" value={form.channel} onChange={(event) => setForm('channel', event.currentTarget.value as 'PHONE' | 'WALK_IN')}>
              <option value="PHONE">By phone</option>
              <option value="WALK_IN">At the counter</option>
            </select>
          </label>
          <button type="submit" class="button button-primary" disabled={busy()}>
            Book
          </button>
        </form>
      </Show>
    </section>
  );
}

function Notaries(props: { notaries: NotaryCounterQuery['notaries']; manager: boolean; onDone: Report }) {
  return (
    <section class="notary-section" aria-labelledby="notary-list-heading" data-testid="notary-list">
      <h2 id="notary-list-heading">Notaries</h2>
      <Show when={props.notaries.length > 0} fallback={<p>No staff member is a notary yet.</p>}>
        <ul>
          <For each={props.notaries}>
            {(notary) => (
              <li>
                {notary.displayName}
                {notary.commissionNumber ? `, commission ${notary.commissionNumber}` : ''}
                {notary.expiresOn ? `, expires ${notary.expiresOn}` : ''}
                {notary.active ? '' : ' (inactive)'}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="field-hint">Residents can book a notary in the half hours the published rotation has them on call or off desk.</p>
      <Show when={props.manager}>
        <CommissionForm onDone={props.onDone} />
      </Show>
    </section>
  );
}

function CommissionForm(props: { onDone: Report }) {
  const [staff] = createResource(async () => (await query(NotaryStaffListDocument, {})).staff.filter((member) => member.active));
  const [form, setForm] = createStore({ staffId: '', commissionNumber: '', expiresOn: '', active: true });
  const [busy, setBusy] = createSignal(false);

  async function submit(): Promise<void> {
    setBusy(true);
    try {
      const result = (
        await mutate(SetNotaryCommissionDocument, {
          input: { staffId: form.staffId, commissionNumber: form.commissionNumber || null, expiresOn: form.expiresOn || null, active: form.active },
        })
      ).setNotaryCommission;
      if (result.__typename === 'Notary') props.onDone('success', `${result.displayName}'s commission is saved.`);
      else props.onDone('error', result.message);
    } catch (error) {
      props.onDone('error', `The commission could not be saved: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="notary-form"
      data-testid="notary-commission-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label>
        Staff member (required)
        <select class="input" required value={form.staffId} onChange={(event) => setForm('staffId', event.currentTarget.value)} data-testid="notary-commission-staff">
          <option value="">Choose a staff member</option>
          <For each={staff() ?? []}>{(member) => <option value={member.id}>{member.displayName}</option>}</For>
        </select>
      </label>
      <label>
        Commission number
        <input class="input" maxLength={50} value={form.commissionNumber} onInput={(event) => setForm('commissionNumber', event.currentTarget.value)} data-testid="notary-commission-number" />
      </label>
      <label>
        Expires on
        <input class="input" type="date" value={form.expiresOn} onInput={(event) => setForm('expiresOn', event.currentTarget.value)} />
      </label>
      <label>
        <span>
          <input type="checkbox" checked={form.active} onChange={(event) => setForm('active', event.currentTarget.checked)} /> Takes bookings
        </span>
      </label>
      <button type="submit" class="button button-primary" disabled={busy()} data-testid="notary-commission-save">
        Save commission
      </button>
    </form>
  );
}
