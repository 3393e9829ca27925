import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import { TextField } from '../../components/TextField';
import { mutate, query } from '../../lib/api';
import { ApiKeysDocument, IssueApiKeyDocument, RevokeApiKeyDocument, type ApiKeyFieldsFragment } from '../../lib/graphql';
import { formatDateTime } from '../../lib/time';
import { AttributesSection } from './AttributesSection';
import './open311.css';

type ApiKey = ApiKeyFieldsFragment;

/**
 * Renders the manager's Open311 page: the endpoint address, the API keys with
 * which GeoReport v2 clients post requests, and the topics' service
 * attributes. It lives at /api-keys because /open311 is the API itself. A new
 * key is shown once, right after it is issued, and the list shows only each
 * key's first characters.
 */
export default function Open311Page() {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';

  return (
    <div class="open311-page" data-testid="open311-page">
      <h1>Open311</h1>
      <p>
        Apps and other systems read the center's services and requests, and post new requests, through the Open311 GeoReport v2 API at{' '}
        <code data-testid="open311-endpoint">{`${window.location.origin}/open311/v2/`}</code>. Reading is public; posting needs an API key.{' '}
        <a href="/open311/discovery.json">Discovery document</a>
      </p>
      <Show
        when={isManager()}
        fallback={
          <p class="alert alert-info" data-testid="open311-manager-only">
            Only a manager can issue and revoke API keys.
          </p>
        }
      >
        <ApiKeysSection />
        <AttributesSection />
      </Show>
    </div>
  );
}

function ApiKeysSection() {
  const [keys, setKeys] = createStore<ApiKey[]>([]);
  const [loaded] = createResource(async () => {
    const data = await query(ApiKeysDocument, {});
    setKeys(reconcile(data.apiKeys, { key: 'id' }));
    return true;
  });
  const [name, setName] = createSignal('');
  const [nameError, setNameError] = createSignal<string | undefined>();
  const [formError, setFormError] = createSignal<string | null>(null);
  const [issued, setIssued] = createSignal<{ name: string; key: string } | null>(null);
  const [copied, setCopied] = createSignal(false);
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let keyInput: HTMLInputElement | undefined;

  function replace(key: ApiKey): void {
    const others = keys.filter((entry) => entry.id !== key.id);
    setKeys(reconcile([key, ...others].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), { key: 'id' }));
  }

  async function issue(): Promise<void> {
    setNameError(undefined);
    setFormError(null);
    setBusy(true);
    try {
      const payload = (await mutate(IssueApiKeyDocument, { name: name() })).issueApiKey;
      if (payload.error) {
        const field = payload.error.fields.find((entry) => entry.field === 'name');
        if (field) setNameError(field.message);
        else setFormError(payload.error.message);
        return;
      }
      if (payload.apiKey && payload.key) {
        replace(payload.apiKey);
        setCopied(false);
        setIssued({ name: payload.apiKey.name, key: payload.key });
        setName('');
        queueMicrotask(() => keyInput?.select());
      }
    } catch (error) {
      setFormError(`Issuing the key failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  async function copy(): Promise<void> {
    const key = issued()?.key;
    if (!key) return;
    try {
      await navigator.clipboard.writeText(key);
      setCopied(true);
    } catch {
      // Without clipboard permission the key stays selected for Ctrl+C.
      keyInput?.select();
      setFormError('Copying failed: the key is selected, so press Ctrl+C (⌘C on a Mac).');
    }
  }

  async function revoke(key: ApiKey): Promise<void> {
    setFormError(null);
    try {
      const payload = (await mutate(RevokeApiKeyDocument, { id: key.id })).revokeApiKey;
      if (payload.error) setFormError(payload.error.message);
      if (payload.apiKey) replace(payload.apiKey);
    } catch (error) {
      setFormError(`Revoking the key failed: ${(error as Error).message}`);
    } finally {
      setConfirming(null);
    }
  }

  return (
    <section aria-labelledby="api-keys-heading" class="open311-keys">
      <h2 id="api-keys-heading">API keys</h2>
      <form
        class="open311-issue"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void issue();
        }}
      >
        <TextField
          id="api-key-name"
          name="name"
          label="Who will use the key"
          hint="For example: County mobile app, or the name of a partner's system."
          required
          maxLength={100}
          value={name()}
          onInput={setName}
          error={nameError()}
          testId="api-key-name"
          autocomplete="off"
        />
        <button type="submit" class="button button-primary" disabled={busy()} data-testid="issue-api-key">
          Issue key
        </button>
      </form>

      <Show when={formError()}>
        {(message) => (
          <p class="alert alert-error" role="alert" data-testid="open311-error">
            {message()}
          </p>
        )}
      </Show>

      <Show when={issued()}>
        {(fresh) => (
          <div class="open311-new-key alert alert-success" role="status" data-testid="new-api-key">
            <p>
              <strong>Key for {fresh().name}.</strong> Copy it now and give it to the client: it is not shown again. Anyone with the key can post requests until you revoke it.
            </p>
            <label for="new-api-key-value" class="visually-hidden">
              New API key
            </label>
            <div class="open311-key-row">
              <input id="new-api-key-value" class="input open311-key-value" readOnly value={fresh().key} ref={(element) => (keyInput = element)} data-testid="new-api-key-value" onFocus={(event) => event.currentTarget.select()} />
              <button type="button" class="button" data-testid="copy-api-key" onClick={() => void copy()}>
                {copied() ? 'Copied' : 'Copy'}
              </button>
              <button type="button" class="button button-link" data-testid="dismiss-api-key" onClick={() => setIssued(null)}>
                Done
              </button>
            </div>
          </div>
        )}
      </Show>

      <Show when={loaded()} fallback={<div class="route-loading" role="status">Loading the keys…</div>}>
        <table class="open311-table" data-testid="api-key-table">
          <caption class="visually-hidden">API keys, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key</th>
              <th scope="col">Issued</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For
              each={keys}
              fallback={
                <tr>
                  <td colSpan={6} class="open311-empty">
                    No keys yet.
                  </td>
                </tr>
              }
            >
              {(key) => (
                <tr data-testid="api-key-row" data-key-id={key.id} classList={{ 'open311-revoked': Boolean(key.revokedAt) }}>
                  <td data-testid="api-key-row-name">{key.name}</td>
                  <td>
                    <code data-testid="api-key-row-prefix">{key.prefix}…</code>
                  </td>
                  <td>
                    {formatDateTime(key.createdAt)}
                    <Show when={key.createdBy}>{(staff) => <span class="open311-muted"> by {staff().displayName}</span>}</Show>
                  </td>
                  <td data-testid="api-key-row-last-used">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</td>
                  <td data-testid="api-key-row-status">{key.revokedAt ? `Revoked ${formatDateTime(key.revokedAt)}` : 'Active'}</td>
                  <td class="open311-actions">
                    <Show when={!key.revokedAt}>
                      <Show
                        when={confirming() === key.id}
                        fallback={
                          <button type="button" class="button button-small" data-testid="revoke-api-key" onClick={() => setConfirming(key.id)}>
                            Revoke
                          </button>
                        }
                      >
                        <span class="open311-confirm">
                          Clients using this key stop working at once.
                          <button type="button" class="button button-small button-danger" data-testid="confirm-revoke-api-key" onClick={() => void revoke(key)}>
                            Revoke key
                          </button>
                          <button type="button" class="button button-small button-link" onClick={() => setConfirming(null)}>
                            Cancel
                          </button>
                        </span>
                      </Show>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
