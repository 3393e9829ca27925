import { createSignal, type Accessor } from 'solid-js';
import type { ActionOutcome } from './actions';

export type ActionState = {
  busy: Accessor<boolean>;
  error: Accessor<string | null>;
  fieldErrors: Accessor<Record<string, string>>;
  /** Runs the action unless one is running, records its error, and resolves to whether it succeeded. */
  run: (action: () => Promise<ActionOutcome>) => Promise<boolean>;
  clear: () => void;
};

/** Busy flag and error messages for one form or button of the detail pane. */
export function createActionState(): ActionState {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string>>({});

  async function run(action: () => Promise<ActionOutcome>): Promise<boolean> {
    if (busy()) return false;
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const outcome = await action();
    setBusy(false);
    if (outcome.ok) return true;
    setError(outcome.message);
    setFieldErrors(outcome.fieldErrors);
    return false;
  }

  return {
    busy,
    error,
    fieldErrors,
    run,
    clear: () => {
      setError(null);
      setFieldErrors({});
    },
  };
}
