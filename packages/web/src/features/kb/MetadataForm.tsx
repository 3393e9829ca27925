import { createSignal, For, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { TextField } from '../../components/TextField';
import type { ArticleAudience, ArticleDetailFragment } from '../../lib/graphql';
import { TopicCombobox } from '../directory/TopicCombobox';
import { updateArticle } from './actions';
import { createArticleAction } from './articleAction';
import { audienceLabels } from './labels';

/** Splits a comma-separated tag list, dropping blanks and repeats. */
function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** Edits an article's title, topic, department, tags and audience. Only changed fields are sent. */
export function MetadataForm(props: { article: ArticleDetailFragment; onArticle: (article: ArticleDetailFragment) => void; onDone: () => void }) {
  const workspace = useWorkspace();
  const action = createArticleAction(props.onArticle);
  const [title, setTitle] = createSignal(props.article.title);
  const [topicId, setTopicId] = createSignal<string | null>(props.article.topic?.id ?? null);
  const [departmentId, setDepartmentId] = createSignal<string | null>(props.article.department?.id ?? null);
  const [tags, setTags] = createSignal(props.article.tags.join(', '));
  const [audience, setAudience] = createSignal<ArticleAudience>(props.article.audience);

  function chooseTopic(id: string | null): void {
    setTopicId(id);
    const topic = workspace.directory.findTopic(id);
    if (topic !== undefined) setDepartmentId(topic.department.id);
  }

  async function submit(): Promise<void> {
    const input: Parameters<typeof updateArticle>[1] = {};
    if (title().trim() !== props.article.title) input.title = title().trim();
    if (topicId() !== (props.article.topic?.id ?? null)) input.topicId = topicId();
    if (departmentId() !== (props.article.department?.id ?? null)) input.departmentId = departmentId();
    const nextTags = parseTags(tags());
    if (nextTags.join('\u0000') !== props.article.tags.join('\u0000')) input.tags = nextTags;
    if (audience() !== props.article.audience) input.audience = audience();
    if (Object.keys(input).length === 0) {
      props.onDone();
      return;
    }
    const succeeded = await action.run(() => updateArticle({ id: props.article.id, version: props.article.version }, input));
    if (succeeded) props.onDone();
  }

  return (
    <section class="card" aria-label="Edit details">
      <form
        class="action-form"
        data-testid="metadata-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField id="article-title-input" name="title" label="Title" required value={title()} onInput={setTitle} maxLength={500} error={action.fieldErrors().title} testId="metadata-title" />
        <div class="route-fields">
          <TopicCombobox
            id="article-topic-input"
            name="topicId"
            label="Topic"
            topics={workspace.directory.topics()}
            value={topicId()}
            onChange={chooseTopic}
            error={action.fieldErrors().topicId}
            testId="metadata-topic"
          />
          <div class="field">
            <label for="article-department-input">Owning department</label>
            <select
              id="article-department-input"
              class="select"
              data-testid="metadata-department"
              value={departmentId() ?? ''}
              onChange={(event) => setDepartmentId(event.currentTarget.value === '' ? null : event.currentTarget.value)}
            >
              <option value="">No department</option>
              <For each={workspace.directory.departments()}>
                {(department) => (
                  <option value={department.id} selected={department.id === departmentId()}>
                    {department.name}
                  </option>
                )}
              </For>
            </select>
          </div>
        </div>
        <TextField id="article-tags-input" name="tags" label="Tags" hint="Separate tags with commas." value={tags()} onInput={setTags} error={action.fieldErrors().tags} testId="metadata-tags" />
        <div class="field">
          <label for="article-audience-input">Audience</label>
          <select
            id="article-audience-input"
            class="select"
            data-testid="metadata-audience"
            value={audience()}
            onChange={(event) => setAudience(event.currentTarget.value as ArticleAudience)}
          >
            <option value="STAFF">{audienceLabels.STAFF}</option>
            <option value="PUBLIC">{audienceLabels.PUBLIC} (residents see it once published)</option>
          </select>
        </div>
        <Show when={action.error()}>
          {(message) => (
            <p class="alert alert-error" role="alert" data-testid="metadata-error">
              {message()}
            </p>
          )}
        </Show>
        <div class="action-form-buttons">
          <button type="button" class="button" onClick={() => props.onDone()}>
            Cancel
          </button>
          <button type="submit" class="button button-primary" data-testid="metadata-save" disabled={action.busy()}>
            {action.busy() ? 'Saving…' : 'Save details'}
          </button>
        </div>
      </form>
    </section>
  );
}
