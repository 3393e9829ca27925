import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { mutate, query } from '../../lib/api';
import {
  CloseDrawerDocument,
  DrawerClosesDocument,
  PaymentsDrawerDocument,
  PaymentsStaffDocument,
  RecordPaymentDocument,
  type PaymentFieldsFragment,
  type PaymentMethod,
  type PaymentPurpose,
} from '../../lib/graphql';
import { formatDateTime } from '../../lib/time';
import { AuditTrail } from './AuditTrail';
import { PaymentRow } from './PaymentRow';
import { formatCents, parseDollars, AMOUNT_TOO_LARGE, MAX_AMOUNT_CENTS, CHANNEL_LABELS, METHOD_LABELS, PURPOSE_LABELS, REFERENCE_HINTS } from './money';
import './payments.css';

type Payment = PaymentFieldsFragment;

/**
 * Renders the staff payments page at /counter/payments: recording a payment,
 * the drawer of one staff member on one business day with edit, reversal,
 * receipts and the audit trail of each payment, the daily close with the
 * counted totals, and the list of closes with their flagged differences.
 * Agents see their own drawer; a manager chooses whose.
 */
export default function PaymentsPage() {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';
  const [staffId, setStaffId] = createSignal<string | undefined>(undefined);
  const [businessDate, setBusinessDate] = createSignal<string | undefined>(undefined);
  const [auditFor, setAuditFor] = createSignal<Payment | null>(null);

  const [drawer, { refetch: reloadDrawer }] = createResource(
    () => ({ staffId: staffId(), businessDate: businessDate() }),
    async (source) => (await query(PaymentsDrawerDocument, { staffId: source.staffId ?? null, businessDate: source.businessDate ?? null })).drawer,
  );
  const [staff] = createResource(isManager, async (manager) => (manager ? (await query(PaymentsStaffDocument, {})).staff.filter((member) => member.active) : []));
  const [closes, { refetch: reloadCloses }] = createResource(async () => (await query(DrawerClosesDocument, {})).drawerCloses);

  // The open audit trail follows the drawer's copy of its payment, so it reloads when the payment is edited, closed or reversed.
  const auditPayment = createMemo(() => {
    const chosen = auditFor();
    return chosen ? (drawer.latest?.payments.find((payment) => payment.id === chosen.id) ?? chosen) : null;
  });

  function reload(): void {
    void reloadDrawer();
    void reloadCloses();
  }

  return (
    <section class="payments-page" aria-labelledby="payments-title">
      <p class="payments-back">
        <A href="/counter">Counter services</A>
      </p>
      <h1 id="payments-title">Payments</h1>

      <RecordPaymentForm onRecorded={reload} />

      <section aria-labelledby="drawer-heading" class="payments-section">
        <h2 id="drawer-heading">Drawer</h2>
        <div class="payments-controls">
          <Show when={isManager()}>
            <div class="field">
              <label for="drawer-staff">Staff member</label>
              <select id="drawer-staff" class="select" data-testid="drawer-staff" onChange={(event) => setStaffId(event.currentTarget.value || undefined)}>
                <option value="">Me</option>
                <For each={staff() ?? []}>{(member) => <option value={member.id}>{member.displayName}</option>}</For>
              </select>
            </div>
          </Show>
          <div class="field">
            <label for="drawer-date">Business day</label>
            <input
              id="drawer-date"
              class="input"
              type="date"
              data-testid="drawer-date"
              value={drawer()?.businessDate ?? ''}
              onChange={(event) => setBusinessDate(event.currentTarget.value || undefined)}
            />
          </div>
        </div>
        <Show when={drawer.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The drawer could not be loaded: {String(drawer.error)}</p>}>
          <Show when={drawer()} fallback={<div class="route-loading" role="status">Loading the drawer…</div>}>
            {(current) => (
              <>
                <p data-testid="drawer-summary">
                  {current().staff.displayName}, {current().businessDate}: {current().payments.length === 1 ? '1 payment' : `${current().payments.length} payments`}. Expected cash {formatCents(current().expectedCashCents)}, checks{' '}
                  {formatCents(current().expectedCheckCents)}, cards {formatCents(current().expectedCardCents)}, total {formatCents(current().expectedTotalCents)}.
                </p>
                <Show when={current().payments.length > 0} fallback={<p>No payments in this drawer.</p>}>
                  <table class="payments-table" data-testid="drawer-payments">
                    <caption class="visually-hidden">Payments of the drawer, oldest first</caption>
                    <thead>
                      <tr>
                        <th scope="col">Receipt</th>
                        <th scope="col">Received</th>
                        <th scope="col">Amount</th>
                        <th scope="col">Method</th>
                        <th scope="col">For</th>
                        <th scope="col">Payer</th>
                        <th scope="col">State</th>
                        <th scope="col">Actions</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={current().payments}>{(payment) => <PaymentRow payment={payment} onChanged={reload} onShowAudit={setAuditFor} />}</For>
                    </tbody>
                  </table>
                </Show>
                <Show when={current().close} fallback={<CloseDrawerForm staffId={current().staff.id} businessDate={current().businessDate} onClosed={reload} />}>
                  {(close) => (
                    <p class={close().flagged ? 'alert alert-error' : 'alert alert-info'} data-testid="drawer-closed">
                      Closed by {close().closedBy.displayName} at {formatDateTime(close().closedAt)}.{' '}
                      {close().flagged ? `Difference flagged: ${formatCents(close().differenceCents)} (counted minus expected).` : 'The counted totals match.'}
                    </p>
                  )}
                </Show>
              </>
            )}
          </Show>
        </Show>
      </section>

      <Show when={auditPayment()}>{(payment) => <AuditTrail payment={payment()} onClose={() => setAuditFor(null)} />}</Show>

      <section aria-labelledby="closes-heading" class="payments-section">
        <h2 id="closes-heading">{isManager() ? 'Drawer closes' : 'My drawer closes'}</h2>
        <Show when={(closes() ?? []).length > 0} fallback={<p>No drawer has been closed yet.</p>}>
          <table class="payments-table" data-testid="drawer-closes">
            <caption class="visually-hidden">Drawer closes, newest day first</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Staff member</th>
                <th scope="col">Expected</th>
                <th scope="col">Counted</th>
                <th scope="col">Difference</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              <For each={closes()}>
                {(close) => (
                  <tr classList={{ 'payments-flagged': close.flagged }} data-testid="drawer-close-row">
                    <td>{close.businessDate}</td>
                    <td>{close.staff.displayName}</td>
                    <td>{formatCents(close.expectedCashCents + close.expectedCheckCents + close.expectedCardCents)}</td>
                    <td>{formatCents(close.countedCashCents + close.countedCheckCents + close.countedCardCents)}</td>
                    <td>{close.flagged ? <strong>Flagged: {formatCents(close.differenceCents)}</strong> : formatCents(close.differenceCents)}</td>
                    <td>{close.note ?? ''}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </section>
  );
}

function RecordPaymentForm(props: { onRecorded: () => void }) {
  const [amount, setAmount] = createSignal('');
  const [method, setMethod] = createSignal<PaymentMethod>('CASH');
  const [channel, setChannel] = createSignal<keyof typeof CHANNEL_LABELS>('COUNTER');
  const [purpose, setPurpose] = createSignal<PaymentPurpose>('FEE');
  const [reference, setReference] = createSignal('');
  const [feeDescription, setFeeDescription] = createSignal('');
  const [payerName, setPayerName] = createSignal('');
  const [checkNumber, setCheckNumber] = createSignal('');
  const [cardLast4, setCardLast4] = createSignal('');
  const [note, setNote] = createSignal('');
  const [errors, setErrors] = createSignal<string[]>([]);
  const [recorded, setRecorded] = createSignal<Payment | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    setRecorded(null);
    const cents = parseDollars(amount());
    if (cents === undefined) {
      setErrors(['Amount must be in dollars and cents, such as 25.00.']);
      document.getElementById('payment-amount')?.focus();
      return;
    }
    if (cents > MAX_AMOUNT_CENTS) {
      setErrors([AMOUNT_TOO_LARGE]);
      document.getElementById('payment-amount')?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = (
        await mutate(RecordPaymentDocument, {
          input: {
            amountCents: cents,
            method: method(),
            channel: channel(),
            purpose: purpose(),
            reference: purpose() === 'FEE' ? null : reference(),
            feeDescription: purpose() === 'FEE' ? feeDescription() : null,
            payerName: payerName(),
            checkNumber: method() === 'CHECK' ? checkNumber() : null,
            cardLast4: method() === 'CARD' ? cardLast4() : null,
            note: note() || null,
          },
        })
      ).recordPayment;
      if (result.__typename === 'Payment') {
        setErrors([]);
        setRecorded(result);
        setAmount('');
        setReference('');
        setFeeDescription('');
        setPayerName('');
        setCheckNumber('');
        setCardLast4('');
        setNote('');
        props.onRecorded();
      } else {
        setErrors(result.fields.map((field) => field.message));
      }
    } catch (failure) {
      setErrors([`The payment could not be recorded: ${(failure as Error).message}`]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="record-heading" class="payments-section">
      <h2 id="record-heading">Record a payment</h2>
      <form class="payments-form" onSubmit={(event) => void submit(event)} data-testid="record-payment-form">
        <div class="field">
          <label for="payment-amount">Amount in dollars</label>
          <input id="payment-amount" class="input" inputMode="decimal" required value={amount()} onInput={(event) => setAmount(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="payment-method">Method</label>
          <select id="payment-method" class="select" value={method()} onChange={(event) => setMethod(event.currentTarget.value as PaymentMethod)}>
            <For each={Object.entries(METHOD_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </div>
        <Show when={method() === 'CHECK'}>
          <div class="field">
            <label for="payment-check">Check number</label>
            <input id="payment-check" class="input" maxLength={20} value={checkNumber()} onInput={(event) => setCheckNumber(event.currentTarget.value)} />
          </div>
        </Show>
        <Show when={method() === 'CARD'}>
          <div class="field">
            <label for="payment-card">Card: last 4 digits only</label>
            <input id="payment-card" class="input" inputMode="numeric" value={cardLast4()} onInput={(event) => setCardLast4(event.currentTarget.value)} />
          </div>
        </Show>
        <div class="field">
          <label for="payment-channel">Received</label>
          <select id="payment-channel" class="select" value={channel()} onChange={(event) => setChannel(event.currentTarget.value as keyof typeof CHANNEL_LABELS)}>
            <For each={Object.entries(CHANNEL_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="payment-purpose">For</label>
          <select id="payment-purpose" class="select" value={purpose()} onChange={(event) => setPurpose(event.currentTarget.value as PaymentPurpose)}>
            <For each={Object.entries(PURPOSE_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </div>
        <Show
          when={purpose() !== 'FEE'}
          fallback={
            <div class="field">
              <label for="payment-fee">Fee description</label>
              <input id="payment-fee" class="input" maxLength={200} value={feeDescription()} onInput={(event) => setFeeDescription(event.currentTarget.value)} />
            </div>
          }
        >
          <div class="field">
            <label for="payment-reference">Reference</label>
            <input
              id="payment-reference"
              class="input"
              maxLength={60}
              aria-describedby="payment-reference-hint"
              value={reference()}
              onInput={(event) => setReference(event.currentTarget.value)}
            />
            <span id="payment-reference-hint" class="field-hint">
              {REFERENCE_HINTS[purpose()]}
            </span>
          </div>
        </Show>
        <div class="field">
          <label for="payment-payer">Payer's name</label>
          <input id="payment-payer" class="input" maxLength={200} required value={payerName()} onInput={(event) => setPayerName(event.currentTarget.value)} />
        </div>
        <div class="field payments-wide">
          <label for="payment-note">Note (optional)</label>
          <input id="payment-note" class="input" maxLength={1000} value={note()} onInput={(event) => setNote(event.currentTarget.value)} />
        </div>
        <div class="payments-submit">
          <button type="submit" class="button button-primary" disabled={busy()} data-testid="record-payment">
            Record payment
          </button>
        </div>
      </form>
      <Show when={errors().length > 0}>
        <div class="alert alert-error" role="alert" data-testid="record-payment-errors">
          <For each={errors()}>{(message) => <p>{message}</p>}</For>
        </div>
      </Show>
      <Show when={recorded()}>
        {(payment) => (
          <p class="alert alert-info" role="status" data-testid="payment-recorded">
            Recorded {payment().reference}: {formatCents(payment().amountCents)} on {payment().businessDate}.{' '}
            <A href={payment().receiptPath} data-testid="payment-recorded-receipt">
              Print the receipt
            </A>
          </p>
        )}
      </Show>
    </section>
  );
}

function CloseDrawerForm(props: { staffId: string; businessDate: string; onClosed: () => void }) {
  const [cash, setCash] = createSignal('');
  const [checks, setChecks] = createSignal('');
  const [cards, setCards] = createSignal('');
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const counted = [cash(), checks(), cards()].map((value) => parseDollars(value === '' ? '0' : value));
    if (counted.some((value) => value === undefined)) {
      setError('Enter each counted total in dollars and cents, such as 125.50, or leave it empty for none.');
      return;
    }
    setBusy(true);
    try {
      const result = (
        await mutate(CloseDrawerDocument, {
          input: { staffId: props.staffId, businessDate: props.businessDate, countedCashCents: counted[0]!, countedCheckCents: counted[1]!, countedCardCents: counted[2]!, note: note() || null },
        })
      ).closeDrawer;
      if (result.__typename === 'DrawerClose') {
        setError(null);
        props.onClosed();
      } else {
        setError(result.message);
      }
    } catch (failure) {
      setError(`The drawer could not be closed: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="payments-form" onSubmit={(event) => void submit(event)} data-testid="close-drawer-form" aria-labelledby="close-heading">
      <h3 id="close-heading" class="payments-wide">
        Close the drawer of {props.businessDate}
      </h3>
      <div class="field">
        <label for="close-cash">Counted cash in dollars</label>
        <input id="close-cash" class="input" inputMode="decimal" value={cash()} onInput={(event) => setCash(event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="close-checks">Counted checks in dollars</label>
        <input id="close-checks" class="input" inputMode="decimal" value={checks()} onInput={(event) => setChecks(event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="close-cards">Card total in dollars</label>
        <input id="close-cards" class="input" inputMode="decimal" value={cards()} onInput={(event) => setCards(event.currentTarget.value)} />
      </div>
      <div class="field payments-wide">
        <label for="close-note">Note (optional)</label>
        <input id="close-note" class="input" maxLength={1000} value={note()} onInput={(event) => setNote(event.currentTarget.value)} />
      </div>
      <div class="payments-submit">
        <button type="submit" class="button button-primary" disabled={busy()} data-testid="close-drawer">
          Close the drawer
        </button>
      </div>
      <Show when={error()}>
        {(message) => (
          <p class="alert alert-error payments-wide" role="alert" data-testid="close-drawer-error">
            {message()}
          </p>
        )}
      </Show>
    </form>
  );
}
