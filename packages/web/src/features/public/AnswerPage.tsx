import { A, useParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { ArticleHtml } from '../../components/Highlighted';
import { mutate, query } from '../../lib/api';
import { PublicArticleDocument, VoteOnArticleDocument, type PublicArticleFieldsFragment } from '../../lib/graphql';
import { language, t } from './i18n';
import { formatPublicDate, PublicFrame } from './PublicFrame';

/** Renders one published public answer at /answers/:slug, with its department's contact details and a helpfulness vote. */
export default function AnswerPage() {
  const params = useParams<{ slug: string }>();
  const [article] = createResource(
    () => params.slug,
    async (slug) => (await query(PublicArticleDocument, { slug })).publicArticle,
  );

  createEffect(() => {
    const current = article.state === 'ready' ? article() : null;
    document.title = `${current?.title ?? t('answers.pageTitle')} · ${t('county')}`;
  });

  return (
    <PublicFrame>
      <nav class="answers-back">
        <A href="/answers">← {t('answers.backToList')}</A>
      </nav>
      <Show
        when={article()}
        fallback={
          <section class="public-card" data-testid="answer-not-found">
            <p>{t('answers.notFound')}</p>
            <A href="/ask">{t('answers.askLink')}</A>
          </section>
        }
      >
        {(current) => (
          <Show when={current().slug} keyed>
            {(_slug: string) => <Answer article={current()} />}
          </Show>
        )}
      </Show>
    </PublicFrame>
  );
}

function Answer(props: { article: PublicArticleFieldsFragment }) {
  return (
    <article class="public-card answer" data-testid="answer" data-slug={props.article.slug}>
      <h1 data-testid="answer-title">{props.article.title}</h1>
      <p class="answer-dates">
        {t('answers.published', { date: formatPublicDate(props.article.publishedAt, language()) })}
        <Show when={props.article.verifiedAt}>{(verifiedAt) => <> · {t('answers.verified', { date: formatPublicDate(verifiedAt(), language()) })}</>}</Show>
      </p>
      <ArticleHtml class="answer-body" html={props.article.bodyHtml} testId="answer-body" />

      <Show when={props.article.department}>
        {(department) => (
          <section class="answer-contact" aria-labelledby="answer-contact-heading">
            <h2 id="answer-contact-heading">{t('answers.contactHeading')}</h2>
            <p class="answer-department">{department().name}</p>
            <dl class="answer-facts">
              <Show when={department().phone}>
                {(phone) => (
                  <>
                    <dt>{t('answers.phone')}</dt>
                    <dd>
                      <a href={`tel:${phone().replace(/[^\d+]/g, '')}`}>{phone()}</a>
                    </dd>
                  </>
                )}
              </Show>
              <Show when={department().email}>
                {(email) => (
                  <>
                    <dt>{t('answers.email')}</dt>
                    <dd>
                      <a href={`mailto:${email()}`}>{email()}</a>
                    </dd>
                  </>
                )}
              </Show>
              <Show when={department().hours}>
                {(hours) => (
                  <>
                    <dt>{t('answers.hours')}</dt>
                    <dd>{hours()}</dd>
                  </>
                )}
              </Show>
              <Show when={department().address}>
                {(address) => (
                  <>
                    <dt>{t('answers.address')}</dt>
                    <dd>{address()}</dd>
                  </>
                )}
              </Show>
              <Show when={department().website}>
                {(website) => (
                  <>
                    <dt>{t('answers.website')}</dt>
                    <dd>
                      <Show when={/^https?:\/\//i.test(website())} fallback={website()}>
                        <a href={website()} rel="noopener noreferrer">
                          {website()}
                        </a>
                      </Show>
                    </dd>
                  </>
                )}
              </Show>
            </dl>
          </section>
        )}
      </Show>

      <Show when={props.article.relatedArticles.length > 0}>
        <section class="answer-related" aria-labelledby="answer-related-heading">
          <h2 id="answer-related-heading">{t('answers.related')}</h2>
          <ul>
            <For each={props.article.relatedArticles}>
              {(related) => (
                <li>
                  <A href={`/answers/${encodeURIComponent(related.slug)}`}>{related.title}</A>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <VoteBox slug={props.article.slug} />
    </article>
  );
}

type VoteState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; helpful: boolean } | { kind: 'failed' };

/** Asks "Did this answer your question?" and sends one anonymous vote. */
function VoteBox(props: { slug: string }) {
  const [state, setState] = createSignal<VoteState>({ kind: 'idle' });

  async function vote(helpful: boolean): Promise<void> {
    if (state().kind === 'sending') return;
    setState({ kind: 'sending' });
    try {
      const result = (await mutate(VoteOnArticleDocument, { slug: props.slug, helpful })).voteOnArticle;
      setState(result.error === null ? { kind: 'done', helpful } : { kind: 'failed' });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  const finished = () => {
    const current = state();
    return current.kind === 'done' ? current : null;
  };

  return (
    <section class="answer-vote" aria-live="polite" data-testid="vote-box">
      <Switch>
        <Match when={finished()}>
          {(done) => (
            <div data-testid="vote-thanks">
              <p>{t('answers.voteThanks')}</p>
              <Show when={!done().helpful}>
                <p>
                  {t('answers.askPrompt')}{' '}
                  <A href="/ask" data-testid="vote-ask-link">
                    {t('answers.askLink')}
                  </A>
                </p>
              </Show>
            </div>
          )}
        </Match>
        <Match when={!finished()}>
          <p id="vote-question" class="answer-vote-question">
            {t('answers.voteQuestion')}
          </p>
          <div class="answer-vote-buttons" role="group" aria-labelledby="vote-question">
            <button type="button" class="button" data-testid="vote-yes" disabled={state().kind === 'sending'} onClick={() => void vote(true)}>
              {t('answers.voteYes')}
            </button>
            <button type="button" class="button" data-testid="vote-no" disabled={state().kind === 'sending'} onClick={() => void vote(false)}>
              {t('answers.voteNo')}
            </button>
          </div>
          <Show when={state().kind === 'failed'}>
            <p class="alert alert-error" role="alert">
              {t('answers.voteFailed')}
            </p>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}
