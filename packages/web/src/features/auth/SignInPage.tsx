import { A, Navigate, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { useSession } from './session';
import './auth.css';

/** Returns `next` when it is a path on this site, else "/", so the redirect cannot leave the site. */
function safeNextPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (value === undefined || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

export default function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const nextPath = () => safeNextPath(searchParams.next);

  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [fieldErrors, setFieldErrors] = createStore<{ email?: string; password?: string }>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  let emailInput: HTMLInputElement | HTMLTextAreaElement | undefined;

  onMount(() => emailInput?.focus());

  async function submit(): Promise<void> {
    if (submitting()) return;
    setFormError(null);

    const errors: { email?: string; password?: string } = {};
    if (email().trim() === '') errors.email = 'Enter your work e-mail address.';
    if (password() === '') errors.password = 'Enter your password.';
    setFieldErrors({ email: errors.email, password: errors.password });
    if (errors.email || errors.password) return;

    setSubmitting(true);
    try {
      const result = await session.signIn(email().trim(), password());
      if (result.ok) {
        navigate(nextPath(), { replace: true });
        return;
      }
      setFieldErrors({ email: result.fieldErrors.email, password: result.fieldErrors.password });
      setFormError(result.message);
    } catch (error) {
      setFormError(`Sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Show when={!session.me()} fallback={<Navigate href={nextPath()} />}>
      <main class="signin-page">
        <div class="signin-card">
          <div class="signin-brand">
            <span class="brand-mark" aria-hidden="true">
              311
            </span>
            <span>Civic Desk</span>
          </div>
          <h1>Sign in</h1>
          <p class="signin-intro">Staff sign-in for the shared 311 workspace.</p>

          <Show when={session.notice()}>
            {(notice) => (
              <p class="alert alert-info" role="status" data-testid="signin-notice">
                {notice()}
              </p>
            )}
          </Show>
          <Show when={formError()}>
            {(message) => (
              <p class="alert alert-error" role="alert" data-testid="signin-error">
                {message()}
              </p>
            )}
          </Show>

          <form
            class="signin-form"
            data-testid="signin-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <TextField
              id="signin-email"
              name="email"
              type="email"
              label="E-mail"
              autocomplete="username"
              value={email()}
              onInput={setEmail}
              error={fieldErrors.email}
              testId="signin-email"
              ref={(element) => (emailInput = element)}
            />
            <TextField
              id="signin-password"
              name="password"
              type="password"
              label="Password"
              autocomplete="current-password"
              value={password()}
              onInput={setPassword}
              error={fieldErrors.password}
              testId="signin-password"
            />
            <button type="submit" class="button button-primary signin-submit" data-testid="signin-submit" disabled={submitting()}>
              {submitting() ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
          <p class="signin-footer">
            Residents: <A href="/ask">ask the county a question</A>.
          </p>
        </div>
      </main>
    </Show>
  );
}
