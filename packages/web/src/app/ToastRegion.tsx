import { A } from '@solidjs/router';
import { createEffect, onCleanup, Show } from 'solid-js';
import type { Toast } from './workspaceContext';

/** How long a toast stays before it hides itself, in milliseconds. */
const TOAST_DURATION_MS = 10_000;

export function ToastRegion(props: { toast: Toast | null; onDismiss: () => void }) {
  createEffect(() => {
    if (props.toast === null) return;
    const timer = setTimeout(() => props.onDismiss(), TOAST_DURATION_MS);
    onCleanup(() => clearTimeout(timer));
  });

  return (
    <div class="toast-region" role="status" aria-live="polite">
      <Show when={props.toast}>
        {(toast) => (
          <div class="toast" data-testid="toast">
            <span>{toast().message}</span>
            <Show when={toast().href}>
              {(href) => (
                <A href={href()} class="toast-link" onClick={() => props.onDismiss()}>
                  {toast().linkText ?? 'Open'}
                </A>
              )}
            </Show>
            <button type="button" class="button-link toast-dismiss" aria-label="Dismiss message" onClick={() => props.onDismiss()}>
              ×
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
