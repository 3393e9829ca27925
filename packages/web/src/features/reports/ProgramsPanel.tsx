import { createResource, createSignal, For, Show } from 'solid-js';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate, query } from '../../lib/api';
import { CreateProgramDocument, ProgramsDocument, SetTopicProgramDocument } from '../../lib/graphql';
import { TableWrap } from './ReportTables';

type FieldErrors = Partial<Record<'name' | 'description' | 'departmentId' | 'topicId' | 'programId', string>>;

/**
 * Splits a failed mutation into field errors. The server names the field at
 * the start of its message, such as "input.name: …" or "departmentId: no department with id 9".
 */
function toFieldErrors(error: unknown, fields: (keyof FieldErrors)[]): { fields: FieldErrors; form: string | null } {
  let raw: string[];
  if (error instanceof GraphQLRequestError && error.errors.length > 0) raw = error.errors.map((entry) => entry.message);
  else raw = [error instanceof Error ? error.message : String(error)];
  // A validation failure lists its fields in one message: "Invalid input: input.name: …; input.departmentId: …".
  const messages = raw.flatMap((message) => message.replace(/^Invalid input:\s*/, '').split(/;\s+(?=(?:input\.)?\w+:)/));
  const result: FieldErrors = {};
  const rest: string[] = [];
  for (const message of messages) {
    const field = fields.find((name) => new RegExp(`^(input\\.)?${name}\\b`).test(message));
    if (field) result[field] = message.replace(new RegExp(`^(input\\.)?${field}:\\s*`), '');
    else rest.push(message);
  }
  return { fields: result, form: rest.length > 0 ? rest.join('; ') : null };
}

/** Lists the county's programs with their topics, and lets the manager create programs and put topics in them. */
export function ProgramsPanel() {
  const [data, { refetch }] = createResource(() => query(ProgramsDocument, {}));
  const loaded = () => (data.state === 'ready' || data.state === 'refreshing' ? data() : undefined);
  const departments = () => [...(loaded()?.departments ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const programs = () => [...(loaded()?.programs ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const topics = () => [...(loaded()?.topics ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  const [name, setName] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [departmentId, setDepartmentId] = createSignal('');
  const [createErrors, setCreateErrors] = createSignal<FieldErrors>({});
  const [createError, setCreateError] = createSignal<string | null>(null);
  const [createStatus, setCreateStatus] = createSignal<string | null>(null);

  const [topicId, setTopicId] = createSignal('');
  const [programId, setProgramId] = createSignal('');
  const [assignErrors, setAssignErrors] = createSignal<FieldErrors>({});
  const [assignError, setAssignError] = createSignal<string | null>(null);
  const [assignStatus, setAssignStatus] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function create(): Promise<void> {
    setCreateErrors({});
    setCreateError(null);
    setCreateStatus(null);
    const missing: FieldErrors = {};
    if (name().trim() === '') missing.name = 'Enter the program name.';
    if (departmentId() === '') missing.departmentId = 'Choose the department that runs the program.';
    if (Object.keys(missing).length > 0) {
      setCreateErrors(missing);
      return;
    }
    setBusy(true);
    try {
      const input = { name: name().trim(), departmentId: departmentId(), ...(description().trim() ? { description: description().trim() } : {}) };
      const program = (await mutate(CreateProgramDocument, { input })).createProgram;
      setName('');
      setDescription('');
      setCreateStatus(`Program “${program.name}” created.`);
      await refetch();
    } catch (error) {
      const parsed = toFieldErrors(error, ['name', 'description', 'departmentId']);
      setCreateErrors(parsed.fields);
      if (parsed.form) setCreateError(`Creating the program failed: ${parsed.form}`);
    } finally {
      setBusy(false);
    }
  }

  async function assign(): Promise<void> {
    setAssignErrors({});
    setAssignError(null);
    setAssignStatus(null);
    if (topicId() === '') {
      setAssignErrors({ topicId: 'Choose a topic.' });
      return;
    }
    setBusy(true);
    try {
      const topic = (await mutate(SetTopicProgramDocument, { topicId: topicId(), programId: programId() || null })).setTopicProgram;
      const topicName = topics().find((entry) => entry.id === topic.id)?.name ?? 'The topic';
      const programName = programs().find((entry) => entry.id === topic.program?.id)?.name;
      setAssignStatus(programName ? `${topicName} is now in ${programName}.` : `${topicName} is no longer in a program.`);
      await refetch();
    } catch (error) {
      const parsed = toFieldErrors(error, ['topicId', 'programId']);
      setAssignErrors(parsed.fields);
      if (parsed.form) setAssignError(`Assigning the topic failed: ${parsed.form}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="report-section programs-panel" aria-labelledby="programs-heading" data-testid="programs-panel">
      <h2 id="programs-heading">Programs</h2>
      <p class="report-intro">A program groups topics across the county, such as a defensible-space program; the report counts contacts by program.</p>
      <Show when={data.state === 'errored'}>
        <p class="alert alert-error" role="alert">
          The programs could not be loaded: {data.error instanceof Error ? data.error.message : String(data.error)}
        </p>
      </Show>
      <Show when={loaded()} fallback={<Show when={data.loading}><p class="route-loading" role="status">Loading the programs…</p></Show>}>
        <TableWrap label="Programs and their topics">
          <table class="report-table" data-testid="programs-table">
            <caption>Programs and their topics</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">Department</th>
                <th scope="col">Topics</th>
              </tr>
            </thead>
            <tbody>
              <For
                each={programs()}
                fallback={
                  <tr>
                    <td colSpan={3} class="report-empty">
                      No programs yet.
                    </td>
                  </tr>
                }
              >
                {(program) => (
                  <tr data-testid="program-row" data-program={program.name}>
                    <th scope="row">{program.name}</th>
                    <td>{program.department.name}</td>
                    <td data-testid="program-topics">{program.topics.length === 0 ? 'No topics yet' : program.topics.map((topic) => topic.name).sort((a, b) => a.localeCompare(b)).join(', ')}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </TableWrap>

        <div class="programs-forms">
          <form
            class="programs-form"
            aria-labelledby="create-program-heading"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void create();
            }}
          >
            <h3 id="create-program-heading">New program</h3>
            <TextField id="program-name" name="name" label="Name" required maxLength={200} value={name()} onInput={setName} error={createErrors().name} testId="program-name" autocomplete="off" />
            <TextField id="program-description" name="description" label="Description" value={description()} onInput={setDescription} error={createErrors().description} testId="program-description" autocomplete="off" />
            <SelectField id="program-department" label="Department" required value={departmentId()} onChange={setDepartmentId} error={createErrors().departmentId} testId="program-department">
              <option value="">Choose a department</option>
              <For each={departments()}>{(department) => <option value={department.id}>{department.name}</option>}</For>
            </SelectField>
            <button type="submit" class="button button-primary" disabled={busy()} data-testid="create-program">
              Create program
            </button>
            <Show when={createError()}>
              {(message) => (
                <p class="alert alert-error" role="alert" data-testid="create-program-error">
                  {message()}
                </p>
              )}
            </Show>
            <Show when={createStatus()}>
              {(message) => (
                <p class="alert alert-success" role="status" data-testid="create-program-status">
                  {message()}
                </p>
              )}
            </Show>
          </form>

          <form
            class="programs-form"
            aria-labelledby="assign-topic-heading"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void assign();
            }}
          >
            <h3 id="assign-topic-heading">Put a topic in a program</h3>
            <SelectField id="assign-topic" label="Topic" required value={topicId()} onChange={setTopicId} error={assignErrors().topicId} testId="assign-topic">
              <option value="">Choose a topic</option>
              <For each={topics()}>{(topic) => <option value={topic.id}>{`${topic.name} (${topic.department.name})`}</option>}</For>
            </SelectField>
            <SelectField id="assign-program" label="Program" value={programId()} onChange={setProgramId} error={assignErrors().programId} testId="assign-program">
              <option value="">No program</option>
              <For each={programs()}>{(program) => <option value={program.id}>{program.name}</option>}</For>
            </SelectField>
            <button type="submit" class="button button-primary" disabled={busy()} data-testid="assign-topic-submit">
              Save
            </button>
            <Show when={assignError()}>
              {(message) => (
                <p class="alert alert-error" role="alert" data-testid="assign-topic-error">
                  {message()}
                </p>
              )}
            </Show>
            <Show when={assignStatus()}>
              {(message) => (
                <p class="alert alert-success" role="status" data-testid="assign-topic-status">
                  {message()}
                </p>
              )}
            </Show>
          </form>
        </div>
      </Show>
    </section>
  );
}

function SelectField(props: { id: string; label: string; value: string; onChange: (value: string) => void; error?: string | undefined; required?: boolean; testId: string; children: import('solid-js').JSX.Element }) {
  const errorId = () => `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        <Show when={props.required}>
          <span class="field-required" aria-hidden="true">
            {' '}
            *
          </span>
        </Show>
      </label>
      <select
        id={props.id}
        class="select"
        value={props.value}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? errorId() : undefined}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.children}
      </select>
      <Show when={props.error}>
        <p id={errorId()} class="field-error" data-testid={`${props.testId}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
