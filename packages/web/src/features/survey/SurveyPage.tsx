import { useParams } from '@solidjs/router';
import { createEffect, createResource, Match, Show, Switch } from 'solid-js';
import { query } from '../../lib/api';
import { SurveyLookupDocument, type SurveyLookupQuery } from '../../lib/graphql';
import { language, t } from '../public/i18n';
import { formatPublicDate, PublicFrame } from '../public/PublicFrame';
import { SurveyAlreadyRated, SurveyForm } from './SurveyForm';

type Lookup = SurveyLookupQuery['survey'];
type Invitation = Extract<Lookup, { __typename: 'SurveyInvitation' }>;

/**
 * Renders the survey page at /survey/:token, the link of the survey e-mail.
 * The server sends only the reference, topic and resolution date, so nothing
 * personal shows here.
 */
export default function SurveyPage() {
  const params = useParams<{ token: string }>();
  const [lookup] = createResource(
    () => params.token,
    async (token) => (await query(SurveyLookupDocument, { token })).survey,
  );

  createEffect(() => {
    document.title = `${t('survey.pageTitle')} · ${t('county')}`;
  });

  return (
    <PublicFrame>
      <Switch>
        <Match when={lookup.error}>
          <section class="public-card" data-testid="survey-failed">
            <h1>{t('survey.pageTitle')}</h1>
            <p role="alert">{t('survey.failed')}</p>
          </section>
        </Match>
        <Match when={lookup.loading}>
          <section class="public-card">
            <h1>{t('survey.pageTitle')}</h1>
            <p role="status">{t('survey.loading')}</p>
          </section>
        </Match>
        <Match when={lookup()?.__typename === 'SurveyInvitation' && (lookup() as Invitation)}>
          {(invitation) => <SurveyCard token={params.token} invitation={invitation()} />}
        </Match>
        <Match when={lookup()?.__typename === 'RateLimited' && lookup()}>
          {(limited) => (
            <section class="public-card" data-testid="survey-rate-limited">
              <h1>{t('survey.pageTitle')}</h1>
              <p role="alert">
                {t('survey.rateLimited', { count: Math.max(1, Math.ceil((limited() as { retryAfterSeconds: number }).retryAfterSeconds / 60)) })}
              </p>
            </section>
          )}
        </Match>
        <Match when={lookup()?.__typename === 'NotFound'}>
          <section class="public-card" data-testid="survey-link-not-found">
            <h1>{t('survey.notFoundTitle')}</h1>
            <p>{t('survey.notFound')}</p>
          </section>
        </Match>
      </Switch>
    </PublicFrame>
  );
}

function SurveyCard(props: { token: string; invitation: Invitation }) {
  return (
    <section class="public-card survey" data-testid="survey-card" aria-labelledby="survey-page-title">
      <h1 id="survey-page-title">{t('survey.pageTitle')}</h1>
      <dl class="status-facts">
        <dt>{t('survey.reference')}</dt>
        <dd class="status-reference" data-testid="survey-reference">
          {props.invitation.reference}
        </dd>
        <dt>{t('survey.topic')}</dt>
        <dd>{props.invitation.topicName ?? t('survey.noTopic')}</dd>
        <Show when={props.invitation.resolvedAt}>
          {(resolvedAt) => (
            <>
              <dt>{t('survey.resolvedAt')}</dt>
              <dd>
                <time datetime={resolvedAt()}>{formatPublicDate(resolvedAt(), language())}</time>
              </dd>
            </>
          )}
        </Show>
      </dl>

      <Switch>
        <Match when={props.invitation.answered}>
          <SurveyAlreadyRated />
        </Match>
        <Match when={!props.invitation.resolvedAt}>
          <div class="survey-state" data-testid="survey-not-resolved">
            <h2>{t('survey.notResolvedTitle')}</h2>
            <p>{t('survey.notResolved')}</p>
          </div>
        </Match>
        <Match when={true}>
          <SurveyForm token={props.token} idPrefix="survey" />
        </Match>
      </Switch>
    </section>
  );
}
