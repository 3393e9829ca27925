import { createResource, For, Show } from 'solid-js';
import { query } from '../../lib/api';
import { PaymentAuditDocument, type PaymentFieldsFragment } from '../../lib/graphql';
import { formatDateTime } from '../../lib/time';

type Change = { field: string; before?: string | null; after?: string | null };

/** Drops the changes that carry no information: a field that is unchanged, such as empty both before and after. */
function shownChanges<T extends Change>(changes: T[]): T[] {
  return changes.filter((change) => (change.before ?? null) !== (change.after ?? null));
}

/** Renders the audit trail of one payment: each change with who made it, when, why and the values before and after. */
export function AuditTrail(props: { payment: PaymentFieldsFragment; onClose: () => void }) {
  const [entries] = createResource(
    () => props.payment.id + ':' + props.payment.version + ':' + (props.payment.reversedById ?? '') + ':' + String(props.payment.closed),
    async () => (await query(PaymentAuditDocument, { entity: 'payment', entityId: props.payment.id })).auditTrail,
  );

  return (
    <section aria-labelledby="audit-heading" class="payments-section" data-testid="payment-audit-trail">
      <h2 id="audit-heading">Audit trail of {props.payment.reference}</h2>
      <Show when={entries.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The audit trail could not be loaded: {String(entries.error)}</p>}>
        <ol class="payments-audit">
          <For each={entries() ?? []}>
            {(entry) => (
              <li data-testid="audit-entry" data-action={entry.action}>
                <strong>{entry.action}</strong> by {entry.actorName ?? 'the system'} at {formatDateTime(entry.at)}
                {entry.reason ? `, reason: ${entry.reason}` : ''}
                <Show when={shownChanges(entry.changes).length > 0}>
                  <ul>
                    <For each={shownChanges(entry.changes)}>
                      {(change) => (
                        <li>
                          {change.field}: {change.before ?? '–'} → {change.after ?? '–'}
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <button type="button" class="button" onClick={() => props.onClose()}>
        Hide the audit trail
      </button>
    </section>
  );
}
