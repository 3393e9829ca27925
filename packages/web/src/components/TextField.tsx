import { Show, type JSX } from 'solid-js';

type TextFieldProps = {
  id: string;
  /** The field name in server errors, such as "subject". It also names the error's data-testid. */
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string | JSX.Element;
  type?: 'text' | 'email' | 'tel' | 'password' | 'datetime-local' | 'date' | 'time' | 'number';
  multiline?: boolean;
  required?: boolean;
  autocomplete?: string;
  maxLength?: number;
  testId?: string;
  ref?: (element: HTMLInputElement | HTMLTextAreaElement) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  step?: string;
};

/** Renders a labelled input or textarea, with its hint and error message tied to it for screen readers. */
export function TextField(props: TextFieldProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  const describedBy = () => [props.hint ? hintId() : null, props.error ? errorId() : null].filter(Boolean).join(' ') || undefined;

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
      <Show
        when={props.multiline}
        fallback={
          <input
            id={props.id}
            name={props.name}
            aria-required={props.required ? 'true' : undefined}
            autocomplete={props.autocomplete}
            maxLength={props.maxLength}
            aria-invalid={props.error ? 'true' : undefined}
            aria-describedby={describedBy()}
            data-testid={props.testId}
            ref={(element) => props.ref?.(element)}
            class="input"
            type={props.type ?? 'text'}
            step={props.step}
            value={props.value}
            onInput={(event) => props.onInput(event.currentTarget.value)}
            onKeyDown={(event) => props.onKeyDown?.(event)}
          />
        }
      >
        {/* No maxLength here: a paste over the limit would be cut without a sign. The counter shows it instead. */}
        <textarea
          id={props.id}
          name={props.name}
          aria-required={props.required ? 'true' : undefined}
          autocomplete={props.autocomplete}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy()}
          data-testid={props.testId}
          ref={(element) => props.ref?.(element)}
          class="textarea"
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          onKeyDown={(event) => props.onKeyDown?.(event)}
        />
      </Show>
      <Show when={props.multiline && props.maxLength}>
        {(limit) => (
          <span class="field-counter" classList={{ 'field-counter-over': props.value.length > limit() }} data-testid={`field-counter-${props.name}`}>
            {props.value.length.toLocaleString()} / {limit().toLocaleString()}
          </span>
        )}
      </Show>
      <Show when={props.hint}>
        <span id={hintId()} class="field-hint">
          {props.hint}
        </span>
      </Show>
      <Show when={props.error}>
        <span id={errorId()} class="field-error" data-testid={`field-error-${props.name}`}>
          {props.error}
        </span>
      </Show>
    </div>
  );
}
