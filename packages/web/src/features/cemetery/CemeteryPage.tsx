import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import { mutate, query } from '../../lib/api';
import {
  AddCemeteryLotsDocument,
  CancelIntermentDocument,
  CemeteryCounterDocument,
  CemeteryLotHistoryDocument,
  CompleteIntermentDocument,
  ImportCemeteryLotsDocument,
  ScheduleIntermentDocument,
  SellCemeteryLotDocument,
  type CemeteryLotFieldsFragment,
  type CemeteryLotHistoryQuery,
  type CemeteryLotStatus,
  type IntermentFieldsFragment,
} from '../../lib/graphql';
import { formatDateTime, setCenterTimeZone, useClock } from '../../lib/time';
import '../counter/counter.css';
import './cemetery.css';

type Lot = CemeteryLotFieldsFragment;
type Report = (kind: 'success' | 'error', text: string) => void;

const statusNames: Record<CemeteryLotStatus, string> = { AVAILABLE: 'Available', SOLD: 'Sold', OCCUPIED: 'Occupied' };

/** Formats cents as US dollars, such as $1,500.00. */
function dollars(cents: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}

/**
 * Returns the Monday (YYYY-MM-DD) of the week that contains today in
 * `timeZone` (the center's zone; the browser's until the server names it).
 */
function thisMonday(timeZone?: string): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

function shiftWeek(date: string, weeks: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(year, month - 1, day + weeks * 7);
  return `${shifted.getFullYear()}-${String(shifted.getMonth() + 1).padStart(2, '0')}-${String(shifted.getDate()).padStart(2, '0')}`;
}

/**
 * Renders the staff cemetery page at /counter/cemetery: the lots as a grid
 * by section and row coloured by status, with filters; the selected lot's
 * details, sale, interment booking and history; the week's interment
 * schedule; and, for managers, a form that adds lots. Data reloads after
 * each change; there are no live updates.
 */
export default function CemeteryPage() {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';
  const [filter, setFilter] = createStore<{ section: string; status: CemeteryLotStatus | '' }>({ section: '', status: '' });
  const [weekStart, setWeekStart] = createSignal(thisMonday());
  // Until staff pick a week, the week follows today in the center's zone, which the first response contains.
  let weekChosen = false;
  const chooseWeek = (value: string) => {
    weekChosen = true;
    setWeekStart(value);
  };
  const [selectedId, setSelectedId] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<{ kind: 'success' | 'error'; text: string } | null>(null);

  const [data, { refetch }] = createResource(
    () => ({ section: filter.section, status: filter.status, weekStart: weekStart() }),
    async (variables) => {
      const result = await query(CemeteryCounterDocument, {
        filter: { section: variables.section || null, status: variables.status || null },
        weekStart: variables.weekStart,
      });
      setCenterTimeZone(result.center.timeZone);
      const centerMonday = thisMonday(result.center.timeZone);
      if (!weekChosen && centerMonday !== variables.weekStart) setWeekStart(centerMonday);
      return result;
    },
  );
  const [history, { refetch: refetchHistory }] = createResource(selectedId, async (id) => (await query(CemeteryLotHistoryDocument, { id })).cemeteryLotHistory);

  const report: Report = (kind, text) => {
    setNotice({ kind, text });
    void refetch();
    if (selectedId()) void refetchHistory();
  };

  return (
    <section class="counter-page cemetery-page" aria-labelledby="cemetery-title" data-testid="cemetery-page">
      <p>
        <A href="/counter">Counter services</A>
      </p>
      <h1 id="cemetery-title">Cemetery</h1>
      <Show when={notice()}>
        {(shown) => (
          <p class={`alert alert-${shown().kind}`} role={shown().kind === 'error' ? 'alert' : 'status'} data-testid="cemetery-notice">
            {shown().text}
          </p>
        )}
      </Show>
      <Show when={data.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The cemetery could not be loaded: {String(data.error)}</p>}>
        <Show when={data.latest} fallback={<div class="route-loading" role="status">Loading the cemetery…</div>}>
          {(loaded) => (
            <>
              <section class="cemetery-section" aria-labelledby="cemetery-lots-heading">
                <h2 id="cemetery-lots-heading">Lots</h2>
                <div class="cemetery-filters">
                  <label>
                    Section
                    <select class="input" value={filter.section} onChange={(event) => setFilter('section', event.currentTarget.value)} data-testid="cemetery-filter-section">
                      <option value="">All sections</option>
                      <For each={loaded().cemeterySections}>{(section) => <option value={section}>{section}</option>}</For>
                    </select>
                  </label>
                  <label>
                    Status
                    <select class="input" value={filter.status} onChange={(event) => setFilter('status', event.currentTarget.value as CemeteryLotStatus | '')} data-testid="cemetery-filter-status">
                      <option value="">Any status</option>
                      <For each={Object.entries(statusNames)}>{([value, name]) => <option value={value}>{name}</option>}</For>
                    </select>
                  </label>
                  <ul class="cemetery-legend" aria-label="Colours">
                    <For each={Object.entries(statusNames)}>
                      {([value, name]) => (
                        <li>
                          <span class={`cemetery-swatch cemetery-lot-${value.toLowerCase()}`} aria-hidden="true" /> {name}
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
                <LotGrid lots={loaded().cemeteryLots} selectedId={selectedId()} onSelect={setSelectedId} />
              </section>

              <Show when={selectedId() ? history.latest : undefined}>
                {(selected) => (
                  <LotPanel
                    history={selected()}
                    freeSlots={loaded().intermentSlots}
                    onDone={report}
                    onClose={() => setSelectedId(null)}
                  />
                )}
              </Show>

              <WeekSchedule
                weekStart={weekStart()}
                onWeek={chooseWeek}
                days={loaded().intermentSchedule}
                onSelectLot={setSelectedId}
              />

              <Show when={isManager()}>
                <AddLotsForm onDone={report} />
                <ImportLotsForm onDone={report} />
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}

function LotGrid(props: { lots: Lot[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const rows = createMemo(() => {
    const grouped = new Map<string, { section: string; row: string; lots: Lot[] }>();
    for (const lot of props.lots) {
      const key = `${lot.section}\u0000${lot.row}`;
      const entry = grouped.get(key) ?? { section: lot.section, row: lot.row, lots: [] };
      entry.lots.push(lot);
      grouped.set(key, entry);
    }
    return [...grouped.values()];
  });

  return (
    <Show when={props.lots.length > 0} fallback={<p data-testid="cemetery-no-lots">No lots match.</p>}>
      <div class="cemetery-grid" data-testid="cemetery-grid">
        <For each={rows()}>
          {(row) => (
            <div class="cemetery-row">
              <h3 class="cemetery-row-label">
                Section {row.section}, row {row.row}
              </h3>
              <ul class="cemetery-lots">
                <For each={row.lots}>
                  {(lot) => (
                    <li>
                      <button
                        type="button"
                        class={`cemetery-lot cemetery-lot-${lot.status.toLowerCase()}`}
                        aria-pressed={props.selectedId === lot.id}
                        onClick={() => props.onSelect(lot.id)}
                        data-testid={`cemetery-lot-${lot.section}-${lot.row}-${lot.number}`}
                        data-status={lot.status}
                      >
                        {lot.number}
                        <span class="visually-hidden">
                          {' '}
                          in section {lot.section}, row {lot.row}: {statusNames[lot.status]}
                        </span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </div>
          )}
        </For>
      </div>
    </Show>
  );
}

type History = NonNullable<CemeteryLotHistoryQuery['cemeteryLotHistory']>;

function LotPanel(props: { history: History; freeSlots: { startsAt: string; date: string; localTime: string }[]; onDone: Report; onClose: () => void }) {
  const lot = () => props.history.lot;
  const hasRoom = () => lot().status !== 'AVAILABLE' && lot().intermentCount < lot().capacity;

  return (
    <section class="cemetery-section cemetery-panel" aria-labelledby="cemetery-lot-heading" data-testid="cemetery-lot-panel">
      <h2 id="cemetery-lot-heading">
        Section {lot().section}, row {lot().row}, lot {lot().number}
      </h2>
      <button type="button" class="button" onClick={() => props.onClose()}>
        Close lot details
      </button>
      <dl class="cemetery-facts">
        <dt>Status</dt>
        <dd data-testid="cemetery-lot-status">{statusNames[lot().status]}</dd>
        <dt>Price</dt>
        <dd>{dollars(lot().priceCents)}</dd>
        <dt>Interments</dt>
        <dd>
          {lot().intermentCount} of {lot().capacity}
        </dd>
        <Show when={lot().purchaser}>
          {(purchaser) => (
            <>
              <dt>Purchaser</dt>
              <dd data-testid="cemetery-lot-purchaser">
                {purchaser().name}
                <Show when={purchaser().phone}>{(phone) => <>, {phone()}</>}</Show>
                <Show when={purchaser().email}>{(email) => <>, {email()}</>}</Show>
              </dd>
              <dt>Sold</dt>
              <dd>
                {lot().soldAt ? formatDateTime(lot().soldAt!) : ''} by {lot().soldByName ?? 'a former staff member'} ({lot().saleInquiryReference})
              </dd>
            </>
          )}
        </Show>
      </dl>

      <Show when={lot().status === 'AVAILABLE'}>
        <SellForm lot={lot()} onDone={props.onDone} />
      </Show>
      <Show when={hasRoom()}>
        <ScheduleForm lot={lot()} freeSlots={props.freeSlots} onDone={props.onDone} />
      </Show>

      <h3>Interments</h3>
      <Show when={props.history.interments.length > 0} fallback={<p>No interments.</p>}>
        <ul class="cemetery-interments" data-testid="cemetery-lot-interments">
          <For each={props.history.interments}>{(interment) => <IntermentItem interment={interment} onDone={props.onDone} />}</For>
        </ul>
      </Show>

      <h3>History</h3>
      <ol class="cemetery-audit" data-testid="cemetery-lot-audit">
        <For each={props.history.audit}>
          {(entry) => (
            <li>
              {formatDateTime(entry.at)}: {entry.entity === 'interment' ? 'interment ' : ''}
              {entry.action}
              {entry.actorName ? ` by ${entry.actorName}` : ''}
              {entry.reason ? ` (${entry.reason})` : ''}
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

function IntermentItem(props: { interment: IntermentFieldsFragment; onDone: Report }) {
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const reasonId = () => `interment-reason-${props.interment.id}`;
  const now = useClock();
  const started = () => now() >= Date.parse(props.interment.slotStartsAt);

  async function complete(): Promise<void> {
    setBusy(true);
    try {
      const result = (await mutate(CompleteIntermentDocument, { id: props.interment.id, version: props.interment.version })).completeInterment;
      if (result.__typename === 'Interment') props.onDone('success', `${props.interment.reference} completed.`);
      else props.onDone('error', result.message);
    } catch (error) {
      props.onDone('error', `The interment could not be changed: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function cancel(): Promise<void> {
    setBusy(true);
    try {
      const result = (await mutate(CancelIntermentDocument, { id: props.interment.id, version: props.interment.version, reason: reason() })).cancelInterment;
      if (result.__typename === 'Interment') props.onDone('success', `${props.interment.reference} cancelled; its slot is free again.`);
      else props.onDone('error', result.message);
    } catch (error) {
      props.onDone('error', `The interment could not be changed: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li data-testid="cemetery-interment">
      <strong>{props.interment.reference}</strong> · {props.interment.deceasedName} · {formatDateTime(props.interment.slotStartsAt)} · {props.interment.status.toLowerCase()}
      <Show when={props.interment.funeralHome}>{(home) => <> · {home()}</>}</Show>
      <Show when={props.interment.arranger}>{(arranger) => <> · arranged by {arranger().name}</>}</Show>
      <Show when={props.interment.status === 'SCHEDULED'}>
        <div class="cemetery-inline-form">
          {/* An interment is completed once its slot has started; the server refuses it before. */}
          <Show
            when={started()}
            fallback={
              <span class="field-hint" data-testid="interment-complete-later">
                Can be marked completed from {formatDateTime(props.interment.slotStartsAt)}
              </span>
            }
          >
            <button type="button" class="button" disabled={busy()} onClick={() => void complete()} data-testid="interment-complete">
              Mark completed<span class="visually-hidden"> {props.interment.reference}</span>
            </button>
          </Show>
          <label for={reasonId()}>Reason to cancel</label>
          <input id={reasonId()} class="input" maxLength={500} value={reason()} onInput={(event) => setReason(event.currentTarget.value)} />
          <button type="button" class="button" disabled={busy()} onClick={() => void cancel()} data-testid="interment-cancel">
            Cancel<span class="visually-hidden"> {props.interment.reference}</span>
          </button>
        </div>
      </Show>
    </li>
  );
}

const emptyContact = { name: '', email: '', phone: '', address: '' };

function SellForm(props: { lot: Lot; onDone: Report }) {
  const [form, setForm] = createStore({ ...emptyContact, note: '', channel: 'WALK_IN' as 'WALK_IN' | 'PHONE' });
  const [busy, setBusy] = createSignal(false);

  async function submit(): Promise<void> {
    setBusy(true);
    try {
      const result = (
        await mutate(SellCemeteryLotDocument, {
          input: {
            lotId: props.lot.id,
            channel: form.channel,
            purchaser: { name: form.name, email: form.email || null, phone: form.phone || null, address: form.address || null },
            note: form.note || null,
          },
        })
      ).sellCemeteryLot;
      if (result.__typename === 'CemeteryLotSold') props.onDone('success', `Lot ${props.lot.number} sold to ${result.lot.purchaser?.name ?? 'the purchaser'} (${result.inquiryReference}).`);
      else props.onDone('error', result.message);
    } catch (error) {
      props.onDone('error', `The sale could not be saved: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="cemetery-form"
      aria-labelledby="cemetery-sell-heading"
      data-testid="cemetery-sell-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="cemetery-sell-heading">Sell this lot ({dollars(props.lot.priceCents)})</h3>
      <ContactFields prefix="sell" who="Purchaser" values={form} onInput={(field, value) => setForm(field, value)} />
      <label>
        How the purchaser came
        <select class="input" value={form.channel} onChange={(event) => setForm('channel', event.currentTarget.value as 'WALK_IN' | 'PHONE')}>
          <option value="WALK_IN">At the counter</option>
          <option value="PHONE">By phone</option>
        </select>
      </label>
      <label>
        Note
        <input class="input" maxLength={2000} value={form.note} onInput={(event) => setForm('note', event.currentTarget.value)} />
      </label>
      <button type="submit" class="button button-primary" disabled={busy()} data-testid="cemetery-sell-submit">
        Sell lot {props.lot.number}
      </button>
    </form>
  );
}

function ContactFields(props: {
  prefix: string;
  who: string;
  values: { name: string; email: string; phone: string; address: string };
  onInput: (field: 'name' | 'email' | 'phone' | 'address', value: string) => void;
}) {
  return (
    <>
      <label>
        {props.who}'s name (required)
        <input class="input" required maxLength={200} autocomplete="off" value={props.values.name} onInput={(event) => props.onInput('name', event.currentTarget.value)} data-testid={`${props.prefix}-name`} />
      </label>
      <label>
        {props.who}'s phone
        <input class="input" type="tel" maxLength={40} autocomplete="off" value={props.values.phone} onInput={(event) => props.onInput('phone', event.currentTarget.value)} data-testid={`${props.prefix}-phone`} />
      </label>
      <label>
        {props.who}'s e-mail
        <input class="input" type="email" maxLength={254} autocomplete="off" value={props.values.email} onInput={(event) => props.onInput('email', event.currentTarget.value)} />
      </label>
      <label>
        {props.who}'s address
        <input class="input" maxLength={500} autocomplete="off" value={props.values.address} onInput={(event) => props.onInput('address', event.currentTarget.value)} />
      </label>
    </>
  );
}

function ScheduleForm(props: { lot: Lot; freeSlots: { startsAt: string; date: string; localTime: string }[]; onDone: Report }) {
  const [form, setForm] = createStore({ ...emptyContact, slot: '', deceasedName: '', dateOfDeath: '', funeralHome: '', channel: 'PHONE' as 'WALK_IN' | 'PHONE' });
  const [offered, setOffered] = createSignal<{ startsAt: string; date: string; localTime: string }[] | null>(null);
  const [busy, setBusy] = createSignal(false);
  const choices = () => offered() ?? props.freeSlots;

  async function submit(): Promise<void> {
    setBusy(true);
    try {
      const result = (
        await mutate(ScheduleIntermentDocument, {
          input: {
            lotId: props.lot.id,
            slotStartsAt: form.slot,
            deceasedName: form.deceasedName,
            dateOfDeath: form.dateOfDeath || null,
            funeralHome: form.funeralHome || null,
            channel: form.channel,
            arranger: { name: form.name, email: form.email || null, phone: form.phone || null, address: form.address || null },
          },
        })
      ).scheduleInterment;
      if (result.__typename === 'Interment') {
        setOffered(null);
        props.onDone('success', `${result.reference} scheduled for ${formatDateTime(result.slotStartsAt)}.`);
      } else if (result.__typename === 'IntermentSlotTaken') {
        setOffered(result.nextFreeSlots);
        setForm('slot', '');
        props.onDone('error', `That slot was just taken. Pick one of the next free slots: ${result.nextFreeSlots.map((slot) => `${slot.date} ${slot.localTime}`).join(', ')}.`);
      } else {
        props.onDone('error', result.message);
      }
    } catch (error) {
      props.onDone('error', `The interment could not be saved: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="cemetery-form"
      aria-labelledby="cemetery-schedule-heading"
      data-testid="cemetery-schedule-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="cemetery-schedule-heading">Schedule an interment</h3>
      <label>
        Slot (required)
        <select class="input" required value={form.slot} onChange={(event) => setForm('slot', event.currentTarget.value)} data-testid="interment-slot">
          <option value="">Choose a free slot</option>
          <For each={choices()}>
            {(slot) => (
              <option value={slot.startsAt}>
                {slot.date} {slot.localTime}
              </option>
            )}
          </For>
        </select>
      </label>
      <label>
        Name of the deceased (required)
        <input class="input" required maxLength={200} autocomplete="off" value={form.deceasedName} onInput={(event) => setForm('deceasedName', event.currentTarget.value)} data-testid="interment-deceased" />
      </label>
      <label>
        Date of death
        <input class="input" type="date" value={form.dateOfDeath} onInput={(event) => setForm('dateOfDeath', event.currentTarget.value)} />
      </label>
      <label>
        Funeral home
        <input class="input" maxLength={200} value={form.funeralHome} onInput={(event) => setForm('funeralHome', event.currentTarget.value)} />
      </label>
      <ContactFields prefix="arranger" who="Arranger" values={form} onInput={(field, value) => setForm(field, value)} />
      <label>
        How the arranger came
        <select class="input" value={form.channel} onChange={(event) => setForm('channel', event.currentTarget.value as 'WALK_IN' | 'PHONE')}>
          <option value="PHONE">By phone</option>
          <option value="WALK_IN">At the counter</option>
        </select>
      </label>
      <button type="submit" class="button button-primary" disabled={busy()} data-testid="interment-submit">
        Schedule
      </button>
    </form>
  );
}

function WeekSchedule(props: {
  weekStart: string;
  onWeek: (date: string) => void;
  days: { date: string; slots: { slot: { startsAt: string; localTime: string }; interment: IntermentFieldsFragment | null }[] }[];
  onSelectLot: (id: string) => void;
}) {
  const now = useClock();
  const isPast = (startsAt: string) => Date.parse(startsAt) <= now();
  return (
    <section class="cemetery-section" aria-labelledby="cemetery-week-heading" data-testid="cemetery-week">
      <h2 id="cemetery-week-heading">Interment schedule, week of {props.weekStart}</h2>
      <div class="cemetery-inline-form">
        <button type="button" class="button" onClick={() => props.onWeek(shiftWeek(props.weekStart, -1))}>
          Previous week
        </button>
        <button type="button" class="button" onClick={() => props.onWeek(shiftWeek(props.weekStart, 1))} data-testid="cemetery-next-week">
          Next week
        </button>
      </div>
      <Show when={props.days.length > 0} fallback={<p>The cemetery is closed all this week.</p>}>
        <div class="cemetery-week">
          <For each={props.days}>
            {(day) => (
              <div class="cemetery-day">
                <h3>{day.date}</h3>
                <ul>
                  <For each={day.slots}>
                    {(entry) => (
                      <li
                        class={entry.interment ? 'cemetery-slot-taken' : isPast(entry.slot.startsAt) ? 'cemetery-slot-past' : 'cemetery-slot-free'}
                        data-testid="cemetery-week-slot"
                        data-state={entry.interment ? 'taken' : isPast(entry.slot.startsAt) ? 'past' : 'free'}
                      >
                        <span class="cemetery-slot-time">{entry.slot.localTime}</span>{' '}
                        <Show when={entry.interment} fallback={<span>{isPast(entry.slot.startsAt) ? 'Past, not bookable' : 'Free'}</span>}>
                          {(interment) => (
                            <button type="button" class="button-link" onClick={() => props.onSelectLot(interment().lotId)}>
                              {interment().deceasedName}, {interment().lotLabel}
                            </button>
                          )}
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            )}
          </For>
        </div>
      </Show>
    </section>
  );
}

function AddLotsForm(props: { onDone: Report }) {
  const [form, setForm] = createStore({ section: '', row: '', fromNumber: '', toNumber: '', price: '', capacity: '1' });
  const [busy, setBusy] = createSignal(false);

  async function submit(): Promise<void> {
    setBusy(true);
    try {
      const result = (
        await mutate(AddCemeteryLotsDocument, {
          input: {
            section: form.section,
            row: form.row,
            fromNumber: Number(form.fromNumber),
            toNumber: form.toNumber.trim() === '' ? null : Number(form.toNumber),
            priceCents: Math.round(Number(form.price) * 100),
            capacity: Number(form.capacity),
          },
        })
      ).addCemeteryLots;
      if (result.__typename === 'CemeteryLotsAdded') {
        const skipped = result.skippedNumbers.length > 0 ? ` Numbers ${result.skippedNumbers.join(', ')} already existed and were left as they were.` : '';
        props.onDone('success', `${result.lots.length} lot${result.lots.length === 1 ? '' : 's'} added.${skipped}`);
      } else {
        props.onDone('error', result.message);
      }
    } catch (error) {
      props.onDone('error', `The lots could not be added: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="cemetery-section" aria-labelledby="cemetery-add-heading">
      <h2 id="cemetery-add-heading">Add lots</h2>
      <form
        class="cemetery-form"
        data-testid="cemetery-add-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          Section (required)
          <input class="input" required maxLength={20} value={form.section} onInput={(event) => setForm('section', event.currentTarget.value)} data-testid="add-section" />
        </label>
        <label>
          Row (required)
          <input class="input" required maxLength={20} value={form.row} onInput={(event) => setForm('row', event.currentTarget.value)} data-testid="add-row" />
        </label>
        <label>
          First number (required)
          <input class="input" required type="number" min="1" value={form.fromNumber} onInput={(event) => setForm('fromNumber', event.currentTarget.value)} data-testid="add-from" />
        </label>
        <label>
          Last number (for a range)
          <input class="input" type="number" min="1" value={form.toNumber} onInput={(event) => setForm('toNumber', event.currentTarget.value)} data-testid="add-to" />
        </label>
        <label>
          Price in dollars (required)
          <input class="input" required type="number" min="0" step="0.01" value={form.price} onInput={(event) => setForm('price', event.currentTarget.value)} data-testid="add-price" />
        </label>
        <label>
          Interments per lot
          <input class="input" type="number" min="1" max="20" value={form.capacity} onInput={(event) => setForm('capacity', event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button-primary" disabled={busy()} data-testid="add-submit">
          Add lots
        </button>
      </form>
    </section>
  );
}

function ImportLotsForm(props: { onDone: Report }) {
  const [csv, setCsv] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  async function loadFile(file: File | undefined): Promise<void> {
    if (file) setCsv(await file.text());
  }

  async function submit(): Promise<void> {
    setBusy(true);
    try {
      const result = (await mutate(ImportCemeteryLotsDocument, { csv: csv() })).importCemeteryLots;
      if (result.__typename === 'CemeteryLotsImported') {
        const skipped = result.skipped.length > 0 ? ` ${result.skipped.length} already existed and were left as they were: ${result.skipped.join(', ')}.` : '';
        props.onDone('success', `${result.added} lot${result.added === 1 ? '' : 's'} imported.${skipped}`);
        setCsv('');
      } else {
        props.onDone('error', result.message);
      }
    } catch (error) {
      props.onDone('error', `The lots could not be imported: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="cemetery-section" aria-labelledby="cemetery-import-heading">
      <h2 id="cemetery-import-heading">Import lots from CSV</h2>
      <p id="cemetery-import-hint" class="field-hint">
        A header row naming section, row, number, price_cents and optionally capacity, then one lot per line, such as <code>A,3,12,150000,1</code>. Any invalid line rejects the whole file.
      </p>
      <form
        class="cemetery-form"
        data-testid="cemetery-import-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          CSV file
          <input class="input" type="file" accept=".csv,text/csv" onChange={(event) => void loadFile(event.currentTarget.files?.[0])} />
        </label>
        <label>
          CSV text
          <textarea class="input" rows={5} aria-describedby="cemetery-import-hint" value={csv()} onInput={(event) => setCsv(event.currentTarget.value)} data-testid="import-csv" />
        </label>
        <button type="submit" class="button button-primary" disabled={busy() || csv().trim() === ''} data-testid="import-submit">
          Import lots
        </button>
      </form>
    </section>
  );
}
