import './inquiry.css';

/** Renders the detail pane while no inquiry is open. */
export default function NoSelection() {
  return (
    <div class="no-selection" data-testid="no-selection">
      <h2>No inquiry open</h2>
      <p>Choose an inquiry in the inbox to see its thread, contact details and actions.</p>
      <ul class="shortcut-list" aria-label="Keyboard shortcuts">
        <li>
          <kbd>Alt+P</kbd> log a phone call
        </li>
        <li>
          <kbd>Alt+W</kbd> log a walk-in visit
        </li>
        <li>
          <kbd>/</kbd> search the inbox
        </li>
      </ul>
    </div>
  );
}
