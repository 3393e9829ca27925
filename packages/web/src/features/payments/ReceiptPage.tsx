import { A, useParams } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { query } from '../../lib/api';
import { PaymentReceiptDocument } from '../../lib/graphql';
import { formatDateTime, setCenterTimeZone } from '../../lib/time';
import { formatCents, CHANNEL_LABELS, METHOD_LABELS, PURPOSE_LABELS } from './money';
import './payments.css';

/**
 * Renders the printable receipt of one payment at /counter/payments/:id/receipt.
 * Printing shows only the receipt, without the workspace around it.
 */
export default function ReceiptPage() {
  const params = useParams<{ id: string }>();
  const [receipt] = createResource(
    () => params.id,
    async (id) => {
      const result = await query(PaymentReceiptDocument, { id });
      setCenterTimeZone(result.center.timeZone);
      return result.payment;
    },
  );

  return (
    <section class="receipt-page" aria-labelledby="receipt-title">
      <p class="payments-no-print">
        <A href="/counter/payments">Back to payments</A>
      </p>
      <Show when={receipt.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The receipt could not be loaded: {String(receipt.error)}</p>}>
        <Show when={!receipt.loading} fallback={<div class="route-loading" role="status">Loading the receipt…</div>}>
          <Show
            when={receipt()}
            fallback={
              <p class="alert alert-error" role="alert" data-testid="receipt-not-found">
                No payment with id {params.id}.
              </p>
            }
          >
            {(payment) => (
              <article class="receipt" data-testid="receipt">
                <h1 id="receipt-title">{payment().reversalOfReference ? 'Reversal receipt' : 'Receipt'}</h1>
                <dl class="receipt-fields">
                  <dt>Receipt number</dt>
                  <dd data-testid="receipt-reference">{payment().reference}</dd>
                  <dt>Date</dt>
                  <dd data-testid="receipt-date">{formatDateTime(payment().receivedAt)}</dd>
                  <dt>Business day</dt>
                  <dd>{payment().businessDate}</dd>
                  <dt>Amount</dt>
                  <dd data-testid="receipt-amount">{formatCents(payment().amountCents)}</dd>
                  <dt>Method</dt>
                  <dd data-testid="receipt-method">
                    {METHOD_LABELS[payment().method]}
                    {payment().checkNumber ? `, check number ${payment().checkNumber}` : ''}
                    {payment().cardLast4 ? `, card ending ${payment().cardLast4}` : ''}
                  </dd>
                  <dt>Received</dt>
                  <dd>{CHANNEL_LABELS[payment().channel]}</dd>
                  <dt>For</dt>
                  <dd data-testid="receipt-purpose">
                    {PURPOSE_LABELS[payment().purpose]}
                    {payment().targetReference ? ` ${payment().targetReference}` : ''}
                    {payment().feeDescription ? `: ${payment().feeDescription}` : ''}
                  </dd>
                  <dt>Paid by</dt>
                  <dd>{payment().payerName}</dd>
                  <dt>Received by</dt>
                  <dd data-testid="receipt-staff">{payment().receivedBy.displayName}</dd>
                  <Show when={payment().reversalOfReference}>
                    <dt>Reverses receipt</dt>
                    <dd data-testid="receipt-reverses">{payment().reversalOfReference}</dd>
                    <dt>Reason</dt>
                    <dd data-testid="receipt-reason">{payment().reversalReason}</dd>
                  </Show>
                  <Show when={payment().reversedByReference}>
                    <dt>Reversed by receipt</dt>
                    <dd>{payment().reversedByReference}</dd>
                  </Show>
                </dl>
                <p class="payments-actions payments-no-print">
                  <button type="button" class="button button-primary" onClick={() => window.print()}>
                    Print
                  </button>
                  <a href={`/counter/payments/${payment().id}/receipt.pdf`} download="" data-testid="receipt-pdf-link">
                    Download as PDF
                  </a>
                </p>
              </article>
            )}
          </Show>
        </Show>
      </Show>
    </section>
  );
}
