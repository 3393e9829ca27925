import type { SubmitWebInquiryMutation } from '../../lib/graphql';
import { language, t } from './i18n';

export type Receipt = NonNullable<SubmitWebInquiryMutation['submitWebInquiry']['receipt']>;

/** Shows the confirmation with the reference number after a question was received. */
export function AskReceipt(props: { receipt: Receipt; onAskAnother: () => void }) {
  const receivedAt = () =>
    new Intl.DateTimeFormat(language() === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(props.receipt.receivedAt),
    );

  return (
    <section class="public-card receipt" data-testid="ask-receipt" aria-live="polite">
      <h1>{t('receipt.title')}</h1>
      <p class="receipt-label">{t('receipt.reference')}</p>
      <p class="receipt-reference" data-testid="ask-reference">
        {props.receipt.reference}
      </p>
      <p class="receipt-time">{t('receipt.receivedAt', { time: receivedAt() })}</p>
      <p>{t('receipt.keep')}</p>
      <button type="button" class="button" data-testid="ask-another" onClick={() => props.onAskAnother()}>
        {t('receipt.another')}
      </button>
    </section>
  );
}
