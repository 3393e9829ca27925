import { createEffect, createResource, createSignal, For, Index, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { mutate, query } from '../../lib/api';
import { Open311TopicsDocument, SetTopicAttributesDocument, type Open311Datatype, type TopicAttributeFieldsFragment, type TopicAttributeInput } from '../../lib/graphql';

const DATATYPES: { value: Open311Datatype; label: string }[] = [
  { value: 'STRING', label: 'Short text' },
  { value: 'TEXT', label: 'Long text' },
  { value: 'NUMBER', label: 'Number' },
  { value: 'DATETIME', label: 'Date and time' },
  { value: 'SINGLEVALUELIST', label: 'One choice' },
  { value: 'MULTIVALUELIST', label: 'Several choices' },
];

const isList = (datatype: Open311Datatype) => datatype === 'SINGLEVALUELIST' || datatype === 'MULTIVALUELIST';

/** One attribute as edited: list values as text, one "KEY = Name" per line. */
type Draft = {
  code: string;
  datatype: Open311Datatype;
  required: boolean;
  variable: boolean;
  description: string;
  datatypeDescription: string;
  valuesText: string;
};

function toDraft(attribute: TopicAttributeFieldsFragment): Draft {
  return {
    code: attribute.code,
    datatype: attribute.datatype,
    required: attribute.required,
    variable: attribute.variable,
    description: attribute.description,
    datatypeDescription: attribute.datatypeDescription ?? '',
    valuesText: attribute.values.map((value) => `${value.key} = ${value.name}`).join('\n'),
  };
}

/** Parses "KEY = Name" lines; a line without "=" uses its text as both key and name. */
function parseValues(text: string): { key: string; name: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf('=');
      return at < 0 ? { key: line, name: line } : { key: line.slice(0, at).trim(), name: line.slice(at + 1).trim() };
    });
}

function toInput(draft: Draft): TopicAttributeInput {
  return {
    code: draft.code.trim(),
    datatype: draft.datatype,
    required: draft.required,
    variable: draft.variable,
    description: draft.description,
    datatypeDescription: draft.datatypeDescription || null,
    values: isList(draft.datatype) ? parseValues(draft.valuesText) : [],
  };
}

/**
 * Edits the questions an Open311 client asks for each topic (GeoReport v2
 * service attributes). Saving replaces all attributes of the topic, and the
 * order of the list is the order in which clients show them.
 */
export function AttributesSection() {
  const [topics, { refetch }] = createResource(async () => (await query(Open311TopicsDocument, {})).topics);
  const [topicId, setTopicId] = createSignal('');
  const [drafts, setDrafts] = createStore<Draft[]>([]);
  const [errors, setErrors] = createSignal<{ field: string; message: string }[]>([]);
  const [status, setStatus] = createSignal<string | null>(null);
  const selected = () => topics()?.find((topic) => topic.id === topicId());

  createEffect(() => {
    const topic = selected();
    setDrafts(topic ? topic.attributes.map(toDraft) : []);
    setErrors([]);
  });

  const rowErrors = (index: number) =>
    errors()
      .filter((error) => error.field.startsWith(`attributes.${index}.`))
      .map((error) => `${error.field.split('.').slice(2).join('.')}: ${error.message}`);
  const listErrors = () => errors().filter((error) => !/^attributes\.\d+\./.test(error.field));

  function add(): void {
    setDrafts(drafts.length, { code: '', datatype: 'STRING', required: false, variable: true, description: '', datatypeDescription: '', valuesText: '' });
  }

  function move(index: number, offset: -1 | 1): void {
    const target = index + offset;
    if (target < 0 || target >= drafts.length) return;
    const next = [...drafts];
    [next[index], next[target]] = [next[target], next[index]];
    setDrafts(next);
  }

  async function save(): Promise<void> {
    setStatus(null);
    setErrors([]);
    try {
      const payload = (await mutate(SetTopicAttributesDocument, { topicId: topicId(), attributes: drafts.map(toInput) })).setTopicAttributes;
      if (payload.error) {
        if (payload.error.__typename === 'InvalidInput') setErrors(payload.error.fields);
        else setErrors([{ field: 'topic', message: payload.error.message }]);
        return;
      }
      setStatus(`Saved ${payload.attributes?.length ?? 0} attributes.`);
      await refetch();
    } catch (error) {
      setErrors([{ field: 'attributes', message: `Saving failed: ${(error as Error).message}` }]);
    }
  }

  return (
    <section aria-labelledby="attributes-heading" class="open311-attributes" data-testid="open311-attributes">
      <h2 id="attributes-heading">Service attributes</h2>
      <p>Each topic is an Open311 service. Its attributes are the extra questions a client asks, such as the size of a pothole.</p>
      <div class="field">
        <label for="attributes-topic">Topic</label>
        <select id="attributes-topic" class="input" data-testid="attributes-topic" value={topicId()} onChange={(event) => setTopicId(event.currentTarget.value)}>
          <option value="">Choose a topic…</option>
          <For each={topics() ?? []}>
            {(topic) => (
              <option value={topic.id}>
                {topic.name} ({topic.department.name}){topic.attributes.length > 0 ? ` · ${topic.attributes.length}` : ''}
              </option>
            )}
          </For>
        </select>
      </div>

      <Show when={selected()}>
        {(topic) => (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <p class="open311-muted">
              service_code <code data-testid="attributes-service-code">{topic().serviceCode}</code>
            </p>
            <Index each={drafts} fallback={<p class="open311-muted">This topic has no attributes.</p>}>
              {(draft, index) => (
                <fieldset class="open311-attribute" data-testid="attribute-row">
                  <legend>Attribute {index + 1}</legend>
                  <div class="open311-attribute-grid">
                    <div class="field">
                      <label for={`attribute-${index}-code`}>Code</label>
                      <input id={`attribute-${index}-code`} class="input" data-testid="attribute-code" value={draft().code} onInput={(event) => setDrafts(index, 'code', event.currentTarget.value)} />
                    </div>
                    <div class="field">
                      <label for={`attribute-${index}-datatype`}>Type</label>
                      <select id={`attribute-${index}-datatype`} class="input" data-testid="attribute-datatype" value={draft().datatype} onChange={(event) => setDrafts(index, 'datatype', event.currentTarget.value as Open311Datatype)}>
                        <For each={DATATYPES}>{(type) => <option value={type.value}>{type.label}</option>}</For>
                      </select>
                    </div>
                    <div class="field open311-wide">
                      <label for={`attribute-${index}-description`}>Question or information</label>
                      <input id={`attribute-${index}-description`} class="input" data-testid="attribute-description" value={draft().description} onInput={(event) => setDrafts(index, 'description', event.currentTarget.value)} />
                    </div>
                    <div class="field open311-wide">
                      <label for={`attribute-${index}-hint`}>Hint for the answer (optional)</label>
                      <input id={`attribute-${index}-hint`} class="input" value={draft().datatypeDescription} onInput={(event) => setDrafts(index, 'datatypeDescription', event.currentTarget.value)} />
                    </div>
                    <label class="open311-check">
                      <input type="checkbox" data-testid="attribute-required" checked={draft().required} onChange={(event) => setDrafts(index, 'required', event.currentTarget.checked)} /> Required
                    </label>
                    <label class="open311-check">
                      <input type="checkbox" checked={!draft().variable} onChange={(event) => setDrafts(index, 'variable', !event.currentTarget.checked)} /> Information only, no answer
                    </label>
                  </div>
                  <Show when={isList(draft().datatype)}>
                    <div class="field">
                      <label for={`attribute-${index}-values`}>Choices, one per line as KEY = Name</label>
                      <textarea id={`attribute-${index}-values`} class="textarea" rows={4} data-testid="attribute-values" value={draft().valuesText} onInput={(event) => setDrafts(index, 'valuesText', event.currentTarget.value)} />
                    </div>
                  </Show>
                  <Show when={rowErrors(index).length > 0}>
                    <ul class="field-error" role="alert" data-testid="attribute-errors">
                      <For each={rowErrors(index)}>{(message) => <li>{message}</li>}</For>
                    </ul>
                  </Show>
                  <div class="open311-row-actions">
                    <button type="button" class="button button-small" aria-label={`Move attribute ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                      Move up
                    </button>
                    <button type="button" class="button button-small" aria-label={`Move attribute ${index + 1} down`} disabled={index === drafts.length - 1} onClick={() => move(index, 1)}>
                      Move down
                    </button>
                    <button type="button" class="button button-small" aria-label={`Remove attribute ${index + 1}`} onClick={() => setDrafts(drafts.filter((_, position) => position !== index))}>
                      Remove
                    </button>
                  </div>
                </fieldset>
              )}
            </Index>
            <Show when={listErrors().length > 0}>
              <p class="alert alert-error" role="alert">
                {listErrors()
                  .map((error) => error.message)
                  .join(' ')}
              </p>
            </Show>
            <Show when={status()}>
              {(message) => (
                <p class="alert alert-success" role="status" data-testid="attributes-saved">
                  {message()}
                </p>
              )}
            </Show>
            <div class="open311-row-actions">
              <button type="button" class="button" data-testid="add-attribute" onClick={add}>
                Add attribute
              </button>
              <button type="submit" class="button button-primary" data-testid="save-attributes">
                Save attributes
              </button>
            </div>
          </form>
        )}
      </Show>
    </section>
  );
}
