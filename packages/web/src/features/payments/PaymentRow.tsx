import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { mutate } from '../../lib/api';
import { EditPaymentDocument, ReversePaymentDocument, type PaymentFieldsFragment, type PaymentMethod, type PaymentPurpose } from '../../lib/graphql';
import { formatClockTime } from '../../lib/time';
import { formatCents, parseDollars, AMOUNT_TOO_LARGE, MAX_AMOUNT_CENTS, METHOD_LABELS, PURPOSE_LABELS } from './money';

type Payment = PaymentFieldsFragment;

function stateOf(payment: Payment): string {
  if (payment.reversalOfReference) return `Reversal of ${payment.reversalOfReference}`;
  if (payment.reversedByReference) return `Reversed by ${payment.reversedByReference}`;
  return payment.closed ? 'Closed' : 'Open';
}

/** Renders one payment of the drawer table, with its edit and reversal forms. */
export function PaymentRow(props: { payment: Payment; onChanged: () => void; onShowAudit: (payment: Payment) => void }) {
  const [mode, setMode] = createSignal<'view' | 'edit' | 'reverse'>('view');
  const [error, setError] = createSignal<string | null>(null);
  const id = () => `payment-${props.payment.id}`;

  function finish(): void {
    setMode('view');
    props.onChanged();
  }

  return (
    <>
      <tr data-testid="payment-row" data-reference={props.payment.reference}>
        <td class="payments-nowrap">{props.payment.reference}</td>
        <td>{formatClockTime(props.payment.receivedAt)}</td>
        <td class="payments-amount">{formatCents(props.payment.amountCents)}</td>
        <td>
          {METHOD_LABELS[props.payment.method]}
          {props.payment.checkNumber ? ` ${props.payment.checkNumber}` : ''}
          {props.payment.cardLast4 ? ` ending ${props.payment.cardLast4}` : ''}
        </td>
        <td>
          {PURPOSE_LABELS[props.payment.purpose]}: {props.payment.targetReference ?? props.payment.feeDescription}
        </td>
        <td>{props.payment.payerName}</td>
        <td data-testid="payment-state">{stateOf(props.payment)}</td>
        <td class="payments-actions">
          <A href={props.payment.receiptPath} data-testid="payment-receipt-link">
            Receipt<span class="visually-hidden"> {props.payment.reference}</span>
          </A>
          <Show when={props.payment.editable}>
            <button type="button" class="button" data-testid="payment-edit" onClick={() => setMode('edit')}>
              Edit<span class="visually-hidden"> {props.payment.reference}</span>
            </button>
          </Show>
          <Show when={!props.payment.reversalOfReference && !props.payment.reversedByReference}>
            <button type="button" class="button" data-testid="payment-reverse" onClick={() => setMode('reverse')}>
              Reverse<span class="visually-hidden"> {props.payment.reference}</span>
            </button>
          </Show>
          <button type="button" class="button" data-testid="payment-audit" onClick={() => props.onShowAudit(props.payment)}>
            Audit trail<span class="visually-hidden"> of {props.payment.reference}</span>
          </button>
        </td>
      </tr>
      <Show when={mode() !== 'view'}>
        <tr>
          <td colSpan={8}>
            <Show
              when={mode() === 'edit'}
              fallback={<ReverseForm id={id()} payment={props.payment} onDone={finish} onCancel={() => setMode('view')} onError={setError} />}
            >
              <EditForm id={id()} payment={props.payment} onDone={finish} onCancel={() => setMode('view')} onError={setError} />
            </Show>
            <Show when={error()}>
              {(message) => (
                <p class="alert alert-error" role="alert" data-testid="payment-error">
                  {message()}
                </p>
              )}
            </Show>
          </td>
        </tr>
      </Show>
    </>
  );
}

type FormProps = { id: string; payment: Payment; onDone: () => void; onCancel: () => void; onError: (message: string | null) => void };

function EditForm(props: FormProps) {
  const [amount, setAmount] = createSignal((props.payment.amountCents / 100).toFixed(2));
  const [method, setMethod] = createSignal<PaymentMethod>(props.payment.method);
  const [checkNumber, setCheckNumber] = createSignal(props.payment.checkNumber ?? '');
  const [cardLast4, setCardLast4] = createSignal(props.payment.cardLast4 ?? '');
  const [purpose, setPurpose] = createSignal<PaymentPurpose>(props.payment.purpose);
  const [reference, setReference] = createSignal(props.payment.targetReference ?? '');
  const [feeDescription, setFeeDescription] = createSignal(props.payment.feeDescription ?? '');
  const [note, setNote] = createSignal(props.payment.note ?? '');

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const cents = parseDollars(amount());
    if (cents === undefined) return props.onError('Amount must be in dollars and cents, such as 25.00.');
    if (cents > MAX_AMOUNT_CENTS) return props.onError(AMOUNT_TOO_LARGE);
    try {
      const result = (
        await mutate(EditPaymentDocument, {
          id: props.payment.id,
          version: props.payment.version,
          input: {
            amountCents: cents,
            method: method(),
            purpose: purpose(),
            reference: purpose() === 'FEE' ? null : reference(),
            feeDescription: purpose() === 'FEE' ? feeDescription() : null,
            checkNumber: method() === 'CHECK' ? checkNumber() : null,
            cardLast4: method() === 'CARD' ? cardLast4() : null,
            note: note() || null,
          },
        })
      ).editPayment;
      if (result.__typename === 'Payment') {
        props.onError(null);
        props.onDone();
      } else if (result.__typename === 'InvalidInput') {
        props.onError(result.fields.map((field) => field.message).join(' '));
      } else {
        props.onError(result.message);
      }
    } catch (failure) {
      props.onError(`The payment could not be edited: ${(failure as Error).message}`);
    }
  }

  return (
    <form class="payments-form" onSubmit={(event) => void submit(event)} data-testid="edit-payment-form">
      <div class="field">
        <label for={`${props.id}-amount`}>Amount in dollars</label>
        <input id={`${props.id}-amount`} class="input" inputMode="decimal" value={amount()} onInput={(event) => setAmount(event.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`${props.id}-method`}>Method</label>
        <select id={`${props.id}-method`} class="select" value={method()} onChange={(event) => setMethod(event.currentTarget.value as PaymentMethod)}>
          <For each={Object.entries(METHOD_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
        </select>
      </div>
      <Show when={method() === 'CHECK'}>
        <div class="field">
          <label for={`${props.id}-check`}>Check number</label>
          <input id={`${props.id}-check`} class="input" value={checkNumber()} onInput={(event) => setCheckNumber(event.currentTarget.value)} />
        </div>
      </Show>
      <Show when={method() === 'CARD'}>
        <div class="field">
          <label for={`${props.id}-card`}>Card: last 4 digits only</label>
          <input id={`${props.id}-card`} class="input" inputMode="numeric" value={cardLast4()} onInput={(event) => setCardLast4(event.currentTarget.value)} />
        </div>
      </Show>
      <div class="field">
        <label for={`${props.id}-purpose`}>For</label>
        <select id={`${props.id}-purpose`} class="select" value={purpose()} onChange={(event) => setPurpose(event.currentTarget.value as PaymentPurpose)}>
          <For each={Object.entries(PURPOSE_LABELS)}>{([value, label]) => <option value={value}>{label}</option>}</For>
        </select>
      </div>
      <Show
        when={purpose() !== 'FEE'}
        fallback={
          <div class="field">
            <label for={`${props.id}-fee`}>Fee description</label>
            <input id={`${props.id}-fee`} class="input" value={feeDescription()} onInput={(event) => setFeeDescription(event.currentTarget.value)} />
          </div>
        }
      >
        <div class="field">
          <label for={`${props.id}-reference`}>Reference</label>
          <input id={`${props.id}-reference`} class="input" value={reference()} onInput={(event) => setReference(event.currentTarget.value)} />
        </div>
      </Show>
      <div class="field payments-wide">
        <label for={`${props.id}-note`}>Note</label>
        <input id={`${props.id}-note`} class="input" value={note()} onInput={(event) => setNote(event.currentTarget.value)} />
      </div>
      <div class="payments-submit">
        <button type="submit" class="button button-primary" data-testid="edit-payment-save">
          Save the change
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ReverseForm(props: FormProps) {
  const [reason, setReason] = createSignal('');

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (reason().trim() === '') {
      props.onError('Give the reason for the reversal.');
      document.getElementById(`${props.id}-reason`)?.focus();
      return;
    }
    try {
      const result = (await mutate(ReversePaymentDocument, { id: props.payment.id, reason: reason() })).reversePayment;
      if (result.__typename === 'Payment') {
        props.onError(null);
        props.onDone();
      } else {
        props.onError(result.message);
      }
    } catch (failure) {
      props.onError(`The payment could not be reversed: ${(failure as Error).message}`);
    }
  }

  return (
    <form class="payments-form" onSubmit={(event) => void submit(event)} data-testid="reverse-payment-form">
      <div class="field payments-wide">
        <label for={`${props.id}-reason`}>
          Reason for reversing {props.payment.reference} ({formatCents(props.payment.amountCents)})
        </label>
        <input id={`${props.id}-reason`} class="input" maxLength={500} aria-required="true" value={reason()} onInput={(event) => setReason(event.currentTarget.value)} />
      </div>
      <div class="payments-submit">
        <button type="submit" class="button button-primary" data-testid="reverse-payment-save">
          Reverse the payment
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
