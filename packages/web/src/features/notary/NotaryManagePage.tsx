import { A, useParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, Show } from 'solid-js';
import { mutate, query } from '../../lib/api';
import { CancelNotaryAppointmentByTokenDocument, NotaryAppointmentByTokenDocument, type NotaryAppointmentByTokenQuery } from '../../lib/graphql';
import { language, t } from '../public/i18n';
import { PublicFrame } from '../public/PublicFrame';
import { formatWhen } from './NotaryBookPage';
import './notary.css';

type Appointment = NonNullable<NotaryAppointmentByTokenQuery['notaryAppointmentByToken']>;

/**
 * Renders the resident's private page of one notary appointment at
 * /notary/manage/:token: what they booked, its status and, while it is booked
 * and has not started, a button that cancels it. It shows nothing else.
 */
export default function NotaryManagePage() {
  const params = useParams<{ token: string }>();
  const [data] = createResource(() => params.token, (token) => query(NotaryAppointmentByTokenDocument, { token }));
  const [updated, setUpdated] = createSignal<Appointment | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal(false);
  let statusLine: HTMLParagraphElement | undefined;

  createEffect(() => {
    document.title = `${t('notary.manageTitle')} · ${t('county')}`;
  });

  const appointment = () => updated() ?? data.latest?.notaryAppointmentByToken ?? null;

  async function cancel(): Promise<void> {
    setBusy(true);
    setFailed(false);
    try {
      const result = (await mutate(CancelNotaryAppointmentByTokenDocument, { token: params.token })).cancelNotaryAppointmentByToken;
      if (result) setUpdated(result);
      queueMicrotask(() => statusLine?.focus());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PublicFrame>
      <section class="public-card" aria-labelledby="notary-manage-title" data-testid="notary-manage">
        <h1 id="notary-manage-title">{t('notary.manageTitle')}</h1>
        <Show when={data.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">{t('notary.errors.network')}</p>}>
          <Show when={data.latest} fallback={<p role="status">{t('notary.loading')}</p>}>
            <Show when={appointment()} fallback={<p data-testid="notary-manage-not-found">{t('notary.notFound')}</p>}>
              {(shown) => (
                <>
                  <dl class="notary-facts">
                    <dt>{t('notary.booked.reference')}</dt>
                    <dd data-testid="notary-manage-reference">{shown().reference}</dd>
                    <dt>{t('notary.booked.when')}</dt>
                    <dd>{formatWhen(shown().startsAt, data.latest?.center.timeZone, language())}</dd>
                    <dt>{t('notary.booked.documents')}</dt>
                    <dd>
                      {shown().documentCount} × {t(`notary.documentKinds.${shown().documentKind}`)}
                    </dd>
                    <dt>{t('notary.status')}</dt>
                    <dd data-testid="notary-manage-status">{t(`notary.statuses.${shown().status}`)}</dd>
                  </dl>
                  <p tabIndex={-1} role="status" ref={(element) => (statusLine = element)}>
                    {updated()?.status === 'CANCELLED' ? t('notary.cancelled') : ''}
                  </p>
                  <Show when={failed()}>
                    <p class="alert alert-error" role="alert">
                      {t('notary.errors.network')}
                    </p>
                  </Show>
                  <Show when={shown().cancellable}>
                    <button type="button" class="button button-danger" disabled={busy()} onClick={() => void cancel()} data-testid="notary-manage-cancel">
                      {busy() ? t('notary.cancelling') : t('notary.cancel')}
                    </button>
                  </Show>
                </>
              )}
            </Show>
          </Show>
        </Show>
        <p>
          <A href="/notary">{t('notary.bookLink')}</A>
        </p>
      </section>
    </PublicFrame>
  );
}
