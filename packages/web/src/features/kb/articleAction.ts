import { createSignal, type Accessor } from 'solid-js';
import type { ArticleDetailFragment } from '../../lib/graphql';
import type { ArticleOutcome } from './actions';

export type ArticleAction = {
  busy: Accessor<boolean>;
  error: Accessor<string | null>;
  fieldErrors: Accessor<Record<string, string>>;
  /** Runs the action unless one is running, hands any newer article to `onArticle`, and resolves to whether it succeeded. */
  run: (action: () => Promise<ArticleOutcome>) => Promise<boolean>;
};

/** Busy flag and error messages for the article page's buttons and forms. */
export function createArticleAction(onArticle: (article: ArticleDetailFragment) => void): ArticleAction {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string>>({});

  async function run(action: () => Promise<ArticleOutcome>): Promise<boolean> {
    if (busy()) return false;
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const outcome = await action();
    setBusy(false);
    if (outcome.ok) {
      onArticle(outcome.article);
      return true;
    }
    if (outcome.current !== undefined) onArticle(outcome.current);
    setError(outcome.message);
    setFieldErrors(outcome.fieldErrors);
    return false;
  }

  return { busy, error, fieldErrors, run };
}
