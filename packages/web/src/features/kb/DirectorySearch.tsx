import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { Highlighted } from '../../components/Highlighted';
import { query } from '../../lib/api';
import { SearchDirectoryDocument } from '../../lib/graphql';

const SEARCH_DEBOUNCE_MS = 250;

/** Searches topics and departments for "who owns this?" and shows the owner's contact details and hours. */
export function DirectorySearch() {
  const [text, setText] = createSignal('');
  const [searchText, setSearchText] = createSignal('');
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(debounceTimer));

  const [result] = createResource(
    () => (searchText() === '' ? false : searchText()),
    async (text) => (await query(SearchDirectoryDocument, { query: text, first: 5 })).searchDirectory,
  );

  return (
    <section class="card directory-search" aria-labelledby="directory-search-heading" data-testid="directory-search">
      <h2 id="directory-search-heading">Who handles this?</h2>
      <label class="visually-hidden" for="directory-search-input">
        Describe the problem
      </label>
      <input
        id="directory-search-input"
        class="input"
        type="search"
        placeholder="Such as “tree touching a power line”"
        autocomplete="off"
        data-testid="directory-search-input"
        value={text()}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          clearTimeout(debounceTimer);
          debounceTimer = setTimeout(() => setSearchText(value.trim()), SEARCH_DEBOUNCE_MS);
        }}
      />
      <Show when={result.error}>
        <p class="alert alert-error" role="alert">
          The directory search failed. Try again in a moment.
        </p>
      </Show>
      <Show when={searchText() !== '' && (result.state === 'ready' || result.state === 'refreshing') ? result.latest : undefined}>
        {(found) => (
          <ol class="directory-hits">
            <For each={found().hits} fallback={<li class="muted">No department matches. Try other words.</li>}>
              {(hit) => (
                <li class="directory-hit" data-testid="directory-hit" data-department={hit.department.name}>
                  <div class="directory-hit-title">
                    <Highlighted html={hit.titleHighlight} />
                    <Show when={hit.topic !== null}>
                      <span class="muted"> · {hit.department.name}</span>
                    </Show>
                  </div>
                  <Show when={hit.snippet !== ''}>
                    <p class="directory-snippet">
                      <Highlighted html={hit.snippet} />
                    </p>
                  </Show>
                  <dl class="facts directory-contact">
                    <Show when={hit.department.phone}>
                      {(phone) => (
                        <>
                          <dt>Phone</dt>
                          <dd>
                            <a href={`tel:${phone().replace(/[^\d+]/g, '')}`}>{phone()}</a>
                          </dd>
                        </>
                      )}
                    </Show>
                    <Show when={hit.department.email}>
                      {(email) => (
                        <>
                          <dt>E-mail</dt>
                          <dd>
                            <a href={`mailto:${email()}`}>{email()}</a>
                          </dd>
                        </>
                      )}
                    </Show>
                    <Show when={hit.department.hours}>
                      {(hours) => (
                        <>
                          <dt>Hours</dt>
                          <dd data-testid="directory-hours">{hours()}</dd>
                        </>
                      )}
                    </Show>
                    <Show when={hit.department.address}>
                      {(address) => (
                        <>
                          <dt>Address</dt>
                          <dd>{address()}</dd>
                        </>
                      )}
                    </Show>
                    <Show when={hit.department.website}>
                      {(website) => (
                        <>
                          <dt>Website</dt>
                          <dd>
                            <Show when={/^https?:\/\//i.test(website())} fallback={website()}>
                              <a href={website()} target="_blank" rel="noopener noreferrer">
                                {website()}
                              </a>
                            </Show>
                          </dd>
                        </>
                      )}
                    </Show>
                  </dl>
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </section>
  );
}
