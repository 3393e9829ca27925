import { useWorkspace } from '../../app/workspaceContext';
import './intake.css';

/** Buttons that open the quick-entry forms, with their keyboard shortcuts. */
export function QuickEntryButtons() {
  const workspace = useWorkspace();

  return (
    <div class="quick-entry-buttons" role="group" aria-label="Log a contact">
      <button
        type="button"
        class="button button-small"
        data-testid="quick-entry-phone-button"
        aria-keyshortcuts="Alt+P"
        onClick={() => workspace.openQuickEntry('phone')}
      >
        Phone call <kbd>Alt+P</kbd>
      </button>
      <button
        type="button"
        class="button button-small"
        data-testid="quick-entry-walk-in-button"
        aria-keyshortcuts="Alt+W"
        onClick={() => workspace.openQuickEntry('walk_in')}
      >
        Walk-in <kbd>Alt+W</kbd>
      </button>
    </div>
  );
}
