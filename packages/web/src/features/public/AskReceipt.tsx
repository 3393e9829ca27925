import { A } from '@solidjs/router';
import { createSignal, onMount } from 'solid-js';
import type { SubmitWebInquiryMutation } from '../../lib/graphql';
import { formatCenterTime } from './centerTime';
import { t } from './i18n';

export type Receipt = NonNullable<SubmitWebInquiryMutation['submitWebInquiry']['receipt']>;

/**
 * Shows the confirmation after a question was received: the reference number
 * and the private status link. The link is shown only here, because the
 * server keeps no copy of its token. Focus moves to the heading on arrival.
 */
export function AskReceipt(props: { receipt: Receipt; timeZone: string | undefined; onAskAnother: () => void }) {
  const [copyState, setCopyState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let heading: HTMLHeadingElement | undefined;
  let linkInput: HTMLInputElement | undefined;

  // In the center's zone, like the status page, so the two show the same time.
  const receivedAt = () => formatCenterTime(props.receipt.receivedAt, props.timeZone);
  const statusUrl = () => `${window.location.origin}${props.receipt.statusPath}`;

  onMount(() => heading?.focus());

  async function copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(statusUrl());
      setCopyState('copied');
    } catch {
      // Clipboard access can be refused; selecting the text lets the visitor copy it by hand.
      linkInput?.select();
      setCopyState('failed');
    }
  }

  return (
    <section class="public-card receipt" data-testid="ask-receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title" tabIndex={-1} ref={(element) => (heading = element)}>
        {t('receipt.title')}
      </h1>
      <p class="receipt-label">{t('receipt.reference')}</p>
      <p class="receipt-reference" data-testid="ask-reference">
        {props.receipt.reference}
      </p>
      <p class="receipt-time" data-testid="ask-received-at">{t('receipt.receivedAt', { time: receivedAt() })}</p>
      <p>{t('receipt.keep')}</p>

      <div class="receipt-status">
        <label for="receipt-status-link" class="receipt-status-label">
          {t('receipt.statusLink')}
        </label>
        <div class="receipt-status-row">
          <input
            id="receipt-status-link"
            class="input receipt-status-link"
            data-testid="ask-status-link"
            readOnly
            value={statusUrl()}
            aria-describedby="receipt-status-note"
            ref={(element) => (linkInput = element)}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" class="button" data-testid="ask-copy-link" onClick={() => void copyLink()}>
            {t('receipt.copy')}
          </button>
        </div>
        <p id="receipt-status-note" class="field-hint">
          {t('receipt.statusLinkNote')}
        </p>
        <p role="status" class="receipt-copy-state" data-testid="ask-copy-state">
          {copyState() === 'copied' ? t('receipt.copied') : copyState() === 'failed' ? t('receipt.copyFailed') : ''}
        </p>
      </div>

      <div class="receipt-actions">
        <A href={props.receipt.statusPath} class="button button-primary" data-testid="ask-open-status">
          {t('receipt.openStatus')}
        </A>
        <button type="button" class="button" data-testid="ask-another" onClick={() => props.onAskAnother()}>
          {t('receipt.another')}
        </button>
      </div>
    </section>
  );
}
