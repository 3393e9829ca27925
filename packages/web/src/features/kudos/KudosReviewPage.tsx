import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import { mutate, query } from '../../lib/api';
import {
  ApproveKudosDocument,
  DeclineKudosDocument,
  KudosNewsletterDocument,
  KudosReviewDocument,
  type ApproveKudosMutation,
  type KudosFieldsFragment,
  type KudosReviewQuery,
} from '../../lib/graphql';
import { formatDateTime, setCenterTimeZone } from '../../lib/time';
import './kudos.css';

type Kudos = KudosFieldsFragment;
type StaffOption = KudosReviewQuery['staff'][number];
type ReviewPayload = ApproveKudosMutation['approveKudos'];

/** Returns the month (YYYY-MM) that `instant` falls in, in `timeZone`. */
function monthOf(instant: Date, timeZone: string | undefined): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(instant);
}

/**
 * Renders the manager's kudos page at /kudos-review: pending kudos to approve
 * (for a chosen staff member) or decline, approved kudos with their
 * certificates, and the monthly newsletter list with a CSV download and a
 * print button. The list reloads after each review; there are no live updates.
 */
export default function KudosReviewPage() {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';

  return (
    <div class="kudos-page" data-testid="kudos-review-page">
      <h1 class="kudos-no-print">Kudos</h1>
      <Show
        when={isManager()}
        fallback={
          <p class="alert alert-info" data-testid="kudos-manager-only">
            Only a manager can review kudos.
          </p>
        }
      >
        <KudosReview />
      </Show>
    </div>
  );
}

function KudosReview() {
  const [kudos, setKudos] = createStore<Kudos[]>([]);
  const [timeZone, setTimeZone] = createSignal<string | undefined>();
  const [data, { refetch }] = createResource(async () => {
    const result = await query(KudosReviewDocument, {});
    setCenterTimeZone(result.center.timeZone);
    setTimeZone(result.center.timeZone);
    setKudos(reconcile(result.kudosList, { key: 'id' }));
    return result;
  });
  const activeStaff = () => (data()?.staff ?? []).filter((member) => member.active).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const pending = () => kudos.filter((entry) => entry.status === 'PENDING');
  const approved = () => kudos.filter((entry) => entry.status === 'APPROVED');
  const declined = () => kudos.filter((entry) => entry.status === 'DECLINED');

  function applyReview(payload: ReviewPayload): string | null {
    if (payload.__typename === 'Kudos') {
      setKudos((entry) => entry.id === payload.id, reconcile(payload));
      return null;
    }
    // Someone else may have reviewed it meanwhile, so show the current state too.
    void refetch();
    return payload.message;
  }

  return (
    <Show when={data.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The kudos could not be loaded: {String(data.error)}</p>}>
      <Show when={data()} fallback={<div class="route-loading" role="status">Loading kudos…</div>}>
        <section aria-labelledby="kudos-pending-heading" class="kudos-no-print">
          <h2 id="kudos-pending-heading">Waiting for review ({pending().length})</h2>
          <Show when={pending().length > 0} fallback={<p data-testid="kudos-pending-empty">No kudos are waiting.</p>}>
            <ul class="kudos-list" data-testid="kudos-pending">
              <For each={pending()}>{(entry) => <PendingKudos kudos={entry} staff={activeStaff()} onReviewed={applyReview} />}</For>
            </ul>
          </Show>
        </section>

        <section aria-labelledby="kudos-approved-heading" class="kudos-no-print">
          <h2 id="kudos-approved-heading">Approved</h2>
          <Show when={approved().length > 0} fallback={<p>No approved kudos yet.</p>}>
            <table class="kudos-table" data-testid="kudos-approved">
              <caption class="visually-hidden">Approved kudos, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">For</th>
                  <th scope="col">Message</th>
                  <th scope="col">Approved</th>
                  <th scope="col">Certificate</th>
                </tr>
              </thead>
              <tbody>
                <For each={approved()}>
                  {(entry) => (
                    <tr data-testid="kudos-approved-row">
                      <td>{entry.staff?.displayName ?? 'Former staff member'}</td>
                      <td class="kudos-message-cell">{entry.message}</td>
                      <td>
                        {entry.reviewedAt ? formatDateTime(entry.reviewedAt) : ''}
                        <Show when={entry.reviewedBy}>{(by) => <span class="kudos-meta"> by {by().displayName}</span>}</Show>
                      </td>
                      <td>
                        <Show when={entry.certificatePath}>
                          {(path) => (
                            <a href={path()} download="" data-testid="kudos-certificate-link">
                              Certificate (PDF)
                              <span class="visually-hidden"> for {entry.staff?.displayName}</span>
                            </a>
                          )}
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </section>

        <Show when={declined().length > 0}>
          <details class="kudos-no-print kudos-declined">
            <summary>Declined ({declined().length})</summary>
            <ul class="kudos-plain-list">
              <For each={declined()}>
                {(entry) => (
                  <li>
                    “{entry.message}” for {entry.employeeName}, declined {entry.reviewedAt ? formatDateTime(entry.reviewedAt) : ''}
                    {entry.reviewedBy ? ` by ${entry.reviewedBy.displayName}` : ''}
                    {entry.declineReason ? `: ${entry.declineReason}` : ''}
                  </li>
                )}
              </For>
            </ul>
          </details>
        </Show>

        <Newsletter initialMonth={monthOf(new Date(), timeZone())} reloadKey={approved().length} />
      </Show>
    </Show>
  );
}

function PendingKudos(props: { kudos: Kudos; staff: StaffOption[]; onReviewed: (payload: ReviewPayload) => string | null }) {
  const [staffId, setStaffId] = createSignal(props.kudos.suggestedStaff?.id ?? '');
  const [reason, setReason] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const prefix = () => `kudos-${props.kudos.id}`;

  async function review(action: 'approve' | 'decline'): Promise<void> {
    setError(null);
    if (action === 'approve' && staffId() === '') {
      setError('Choose the staff member this kudos is for.');
      document.getElementById(`${prefix()}-staff`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const payload =
        action === 'approve'
          ? (await mutate(ApproveKudosDocument, { id: props.kudos.id, staffId: staffId() })).approveKudos
          : (await mutate(DeclineKudosDocument, { id: props.kudos.id, reason: reason().trim() === '' ? null : reason().trim() })).declineKudos;
      setError(props.onReviewed(payload));
    } catch (failure) {
      setError(`The review failed: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="kudos-card" data-testid="kudos-pending-item">
      <blockquote class="kudos-quote">{props.kudos.message}</blockquote>
      <p class="kudos-meta">
        For “{props.kudos.employeeName}” · from {props.kudos.residentName ?? 'an anonymous resident'} · {props.kudos.source === 'SURVEY' ? 'survey' : 'public page'} · received{' '}
        {formatDateTime(props.kudos.createdAt)}
        <Show when={props.kudos.inquiryReference}>
          {(reference) => (
            <>
              {' '}
              · inquiry {reference()}
              {props.kudos.topicName ? ` (${props.kudos.topicName})` : ''}
            </>
          )}
        </Show>
      </p>
      <div class="kudos-actions">
        <div class="field">
          <label for={`${prefix()}-staff`}>Staff member</label>
          <select
            id={`${prefix()}-staff`}
            class="select"
            data-testid="kudos-staff-select"
            value={staffId()}
            aria-describedby={props.kudos.suggestedStaff ? `${prefix()}-suggestion` : undefined}
            onChange={(event) => setStaffId(event.currentTarget.value)}
          >
            <option value="">Choose a staff member</option>
            <For each={props.staff}>{(member) => <option value={member.id}>{member.displayName}</option>}</For>
          </select>
          <Show when={props.kudos.suggestedStaff}>
            {(suggested) => (
              <span id={`${prefix()}-suggestion`} class="field-hint">
                Suggested: {suggested().displayName}
              </span>
            )}
          </Show>
        </div>
        <button type="button" class="button button-primary" disabled={busy()} data-testid="kudos-approve" onClick={() => void review('approve')}>
          Approve
        </button>
        <div class="field">
          <label for={`${prefix()}-reason`}>Reason for declining (optional)</label>
          <input id={`${prefix()}-reason`} class="input" maxLength={500} value={reason()} onInput={(event) => setReason(event.currentTarget.value)} data-testid="kudos-decline-reason" />
        </div>
        <button type="button" class="button" disabled={busy()} data-testid="kudos-decline" onClick={() => void review('decline')}>
          Decline
        </button>
      </div>
      <Show when={error()}>
        {(message) => (
          <p class="alert alert-error" role="alert" data-testid="kudos-review-error">
            {message()}
          </p>
        )}
      </Show>
    </li>
  );
}

function Newsletter(props: { initialMonth: string; reloadKey: number }) {
  const [month, setMonth] = createSignal(props.initialMonth);
  const [newsletter] = createResource(
    () => ({ month: month(), reload: props.reloadKey }),
    async (source) => (/^[0-9]{4}-[0-9]{2}$/.test(source.month) ? (await query(KudosNewsletterDocument, { month: source.month })).kudosNewsletter : null),
  );
  const monthName = () => {
    const [year, monthNumber] = month().split('-').map(Number);
    if (!year || !monthNumber) return month();
    return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, monthNumber - 1, 15));
  };

  return (
    <section aria-labelledby="kudos-newsletter-heading" class="kudos-newsletter" data-testid="kudos-newsletter">
      <h2 id="kudos-newsletter-heading">Staff newsletter: kudos of {monthName()}</h2>
      <div class="kudos-newsletter-controls kudos-no-print">
        <div class="field">
          <label for="kudos-month">Month</label>
          <input id="kudos-month" type="month" class="input" value={month()} data-testid="kudos-month" onChange={(event) => setMonth(event.currentTarget.value)} />
        </div>
        <a class="button" href={`/kudos/newsletter.csv?month=${encodeURIComponent(month())}`} download="" data-testid="kudos-newsletter-csv">
          Download CSV
        </a>
        <button type="button" class="button" data-testid="kudos-newsletter-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <Show when={newsletter.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">The list could not be loaded: {String(newsletter.error)}</p>}>
        <Show when={newsletter()} fallback={<p role="status">{newsletter.loading ? 'Loading the list…' : 'Choose a month.'}</p>}>
          {(list) => (
            <Show when={list().total > 0} fallback={<p data-testid="kudos-newsletter-empty">No kudos were approved in {monthName()}.</p>}>
              <p>
                {list().total} kudos for {list().staff.length} {list().staff.length === 1 ? 'staff member' : 'staff members'}. Residents are named by first name only.
              </p>
              <For each={list().staff}>
                {(group) => (
                  <article class="kudos-newsletter-group" data-testid="kudos-newsletter-group">
                    <h3>
                      {group.staffName} <span class="kudos-meta">({group.count})</span>
                    </h3>
                    <ul class="kudos-plain-list">
                      <For each={group.entries}>
                        {(entry) => (
                          <li>
                            “{entry.excerpt}” <span class="kudos-meta">— {entry.from}{entry.topicName ? `, about ${entry.topicName}` : ''}</span>
                          </li>
                        )}
                      </For>
                    </ul>
                  </article>
                )}
              </For>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
