import { A, useNavigate } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import { mutate, query } from '../../lib/api';
import { InquiryLinkedArticleDocument, SaveAnswerAsArticleDocument } from '../../lib/graphql';

/** For a resolved inquiry: links its article, or offers to save the answer as a new draft article and opens it. */
export function SaveAsArticle(props: { inquiryId: string; version: number }) {
  const navigate = useNavigate();
  const [linked] = createResource(
    () => ({ id: props.inquiryId, version: props.version }),
    async (source) => (await query(InquiryLinkedArticleDocument, { id: source.id })).inquiry,
  );
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function save(): Promise<void> {
    if (busy()) return;
    setBusy(true);
    setError(null);
    try {
      const payload = (await mutate(SaveAnswerAsArticleDocument, { inquiryId: props.inquiryId })).saveAnswerAsArticle;
      if (payload.article !== null) {
        navigate(`/kb/${payload.article.id}`);
        return;
      }
      setError(payload.error?.message ?? 'The article could not be created. Try again.');
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Show when={linked.state === 'ready' ? linked() : null}>
      {(inquiry) => (
        <div class="save-as-article" data-testid="save-as-article">
          <Show
            when={inquiry().linkedArticle}
            fallback={
              <>
                <button type="button" class="button" data-testid="save-as-article-button" disabled={busy()} onClick={() => void save()}>
                  {busy() ? 'Saving…' : 'Save as article'}
                </button>
                <span class="muted"> Creates a draft knowledge-base article from this question and answer.</span>
              </>
            }
          >
            {(article) => (
              <p>
                Knowledge-base article:{' '}
                <A href={`/kb/${article().id}`} data-testid="linked-article">
                  {article().title}
                </A>
              </p>
            )}
          </Show>
          <Show when={error()}>
            {(message) => (
              <p class="alert alert-error" role="alert">
                {message()}
              </p>
            )}
          </Show>
        </div>
      )}
    </Show>
  );
}
