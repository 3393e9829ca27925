import { A, useParams } from '@solidjs/router';
import { createEffect, createResource, For, Match, Show, Switch } from 'solid-js';
import { query } from '../../lib/api';
import { InquiryStatusDocument, type InquiryStatusQuery, type PublicProgress } from '../../lib/graphql';
import { formatCenterTime } from './centerTime';
import { t } from './i18n';
import { PublicFrame } from './PublicFrame';
import { ratingLabel, SurveyForm } from '../survey/SurveyForm';

type StatusResult = InquiryStatusQuery['inquiryStatus'];
type FoundStatus = Extract<StatusResult, { __typename: 'PublicInquiryStatus' }>;

const steps: PublicProgress[] = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED'];

/** The center's time zone, so that the times match what the resident is told by phone; the browser's until it loads. */
let centerTimeZone: string | undefined;

function formatTime(iso: string): string {
  return formatCenterTime(iso, centerTimeZone);
}

/**
 * Renders the resident's status page at /status/:token: the reference, the
 * topic, the progress and the notes staff marked public. The server sends
 * nothing else, so nothing personal can show here.
 */
export default function StatusPage() {
  const params = useParams<{ token: string }>();
  const [status] = createResource(
    () => params.token,
    async (token) => {
      const data = await query(InquiryStatusDocument, { token });
      centerTimeZone = data.center.timeZone;
      return data.inquiryStatus;
    },
  );

  createEffect(() => {
    document.title = `${t('status.pageTitle')} · ${t('county')}`;
  });

  return (
    <PublicFrame>
      <Switch>
        <Match when={status.error}>
          <section class="public-card" data-testid="status-failed">
            <h1>{t('status.pageTitle')}</h1>
            <p role="alert">{t('status.failed')}</p>
          </section>
        </Match>
        <Match when={status.loading}>
          <section class="public-card">
            <h1>{t('status.pageTitle')}</h1>
            <p role="status">{t('status.loading')}</p>
          </section>
        </Match>
        <Match when={status()?.__typename === 'PublicInquiryStatus' && (status() as FoundStatus)}>
          {(found) => <StatusCard status={found()} token={params.token} />}
        </Match>
        <Match when={status()?.__typename === 'RateLimited' && status()}>
          {(limited) => (
            <section class="public-card" data-testid="status-rate-limited">
              <h1>{t('status.pageTitle')}</h1>
              <p role="alert">
                {t('status.rateLimited', {
                  count: Math.max(1, Math.ceil(((limited() as { retryAfterSeconds: number }).retryAfterSeconds ?? 60) / 60)),
                })}
              </p>
            </section>
          )}
        </Match>
        <Match when={status()?.__typename === 'NotFound'}>
          <section class="public-card" data-testid="status-not-found">
            <h1>{t('status.notFoundTitle')}</h1>
            <p>{t('status.notFound')}</p>
            <A href="/ask">{t('status.askAnother')}</A>
          </section>
        </Match>
      </Switch>
    </PublicFrame>
  );
}

function StatusCard(props: { status: FoundStatus; token: string }) {
  const currentIndex = () => steps.indexOf(props.status.progress);

  return (
    <section class="public-card status" data-testid="status-card" aria-labelledby="status-title">
      <h1 id="status-title">{t('status.pageTitle')}</h1>

      <dl class="status-facts">
        <dt>{t('status.reference')}</dt>
        <dd class="status-reference" data-testid="status-reference">
          {props.status.reference}
        </dd>
        <dt>{t('status.topic')}</dt>
        <dd data-testid="status-topic">{props.status.topicName ?? t('status.noTopic')}</dd>
      </dl>

      <h2 class="status-subheading">{t('status.progress')}</h2>
      <ol class="status-steps" data-testid="status-steps" data-progress={props.status.progress}>
        <For each={steps}>
          {(step, index) => (
            <li
              class="status-step"
              classList={{ 'status-step-done': index() < currentIndex() || props.status.progress === 'RESOLVED', 'status-step-current': index() === currentIndex() }}
              aria-current={index() === currentIndex() ? 'step' : undefined}
            >
              <span class="status-step-marker" aria-hidden="true">
                {index() < currentIndex() || props.status.progress === 'RESOLVED' ? '✓' : index() + 1}
              </span>
              <span>{t(`status.steps.${step}`)}</span>
              <span class="visually-hidden">
                {index() === currentIndex() ? ` (${t('status.stepCurrent')})` : index() < currentIndex() ? ` (${t('status.stepDone')})` : ''}
              </span>
            </li>
          )}
        </For>
      </ol>

      <dl class="status-facts">
        <dt>{t('status.receivedAt')}</dt>
        <dd>
          <time datetime={props.status.receivedAt}>{formatTime(props.status.receivedAt)}</time>
        </dd>
        <dt>{t('status.updatedAt')}</dt>
        <dd>
          <time datetime={props.status.updatedAt}>{formatTime(props.status.updatedAt)}</time>
        </dd>
        <Show when={props.status.resolvedAt}>
          {(resolvedAt) => (
            <>
              <dt>{t('status.resolvedAt')}</dt>
              <dd>
                <time datetime={resolvedAt()}>{formatTime(resolvedAt())}</time>
              </dd>
            </>
          )}
        </Show>
      </dl>

      <h2 class="status-subheading">{t('status.updatesHeading')}</h2>
      <Show when={props.status.updates.length > 0} fallback={<p class="field-hint" data-testid="status-no-updates">{t('status.noUpdates')}</p>}>
        <ol class="status-updates" data-testid="status-updates">
          <For each={props.status.updates}>
            {(update) => (
              <li class="status-update" data-testid="status-update">
                <time class="status-update-time" datetime={update.createdAt}>
                  {formatTime(update.createdAt)}
                </time>
                <p class="status-update-body">{update.body}</p>
              </li>
            )}
          </For>
        </ol>
      </Show>

      <Show when={props.status.progress === 'RESOLVED'}>
        <Show
          when={props.status.surveyRating}
          fallback={<SurveyForm token={props.token} idPrefix="status-survey" />}
        >
          {(rating) => (
            <p class="status-survey-rated" data-testid="status-survey-rated">
              {t('survey.ratedOnStatus', { service: ratingLabel(rating().serviceRating), courtesy: ratingLabel(rating().courtesyRating) })}
            </p>
          )}
        </Show>
      </Show>

      <p class="field-hint">{t('status.privacy')}</p>
      <A href="/ask">{t('status.askAnother')}</A>
    </section>
  );
}
