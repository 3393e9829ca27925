import { A, useParams } from '@solidjs/router';
import { createEffect, createResource, onCleanup, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { query } from '../../lib/api';
import { InquiryDocument, type InquiryDetailFragment } from '../../lib/graphql';
import { onInquiryUpdate } from '../../lib/inquiryUpdates';
import { formatAge, formatDateTime, formatDuration, formatSeconds, useClock } from '../../lib/time';
import { ChannelIcon } from '../inbox/ChannelIcon';
import { channelLabels, statusLabels } from '../inbox/labels';
import { ViewersNote } from '../presence/ViewersNote';
import { ClaimPanel, ResolvePanel, RoutePanel } from './InquiryActions';
import { SaveAsArticle } from './SaveAsArticle';
import { SuggestedAnswers } from './SuggestedAnswers';
import { Thread } from './Thread';
import { EmailPanel } from '../email/EmailPanel';
import { StaffSurveyRating } from '../survey/StaffSurveyRating';
import './inquiry.css';

/** Renders the detail pane for the inquiry in the route, kept current by live updates. */
export default function InquiryPane() {
  const params = useParams<{ id: string }>();
  const workspace = useWorkspace();

  const [inquiry, { mutate: setInquiry }] = createResource(
    () => ({ id: params.id, resync: workspace.resyncCount() }),
    async (source) => (await query(InquiryDocument, { id: source.id })).inquiry,
  );

  // Live events and this tab's own mutation results replace the shown
  // inquiry when they carry a newer version.
  const removeUpdateListener = onInquiryUpdate((update) => {
    if (update.inquiry.id !== params.id || inquiry.state !== 'ready') return;
    const current = inquiry();
    if (current !== null && current !== undefined && update.inquiry.version <= current.version) return;
    setInquiry(update.inquiry);
  });
  onCleanup(removeUpdateListener);

  // Checking the state first keeps this effect from suspending the pane.
  createEffect(() => {
    const loaded = inquiry.state === 'ready' ? inquiry() : null;
    workspace.setViewingInquiryId(loaded?.id ?? null);
  });
  onCleanup(() => workspace.setViewingInquiryId(null));

  return (
    <Show
      when={inquiry()}
      fallback={
        <div class="inquiry-missing" data-testid="inquiry-not-found">
          <h2>Inquiry not found</h2>
          <p>No inquiry has the id “{params.id}”. It may have been removed, or the link is wrong.</p>
          <A href="/">Back to the inbox</A>
        </div>
      }
    >
      {(current) => (
        // Keyed by id, so typed notes and form state never carry over to another inquiry.
        <Show when={current().id} keyed>
          {(id) => <InquiryDetail id={id} inquiry={current()} />}
        </Show>
      )}
    </Show>
  );
}

function InquiryDetail(props: { id: string; inquiry: InquiryDetailFragment }) {
  const now = useClock();
  const headingId = () => `inquiry-${props.id}-heading`;
  const callDuration = () => formatDuration(props.inquiry.callStartedAt, props.inquiry.callEndedAt);

  return (
    <article
      class="inquiry"
      aria-labelledby={headingId()}
      data-testid="inquiry-pane"
      data-id={props.inquiry.id}
      data-reference={props.inquiry.reference}
      data-status={props.inquiry.status.toLowerCase()}
      data-version={props.inquiry.version}
    >
      <header class="inquiry-header">
        <div class="inquiry-header-line">
          <ChannelIcon channel={props.inquiry.channel} />
          <span class="inquiry-reference" data-testid="inquiry-reference">
            {props.inquiry.reference}
          </span>
          <span class={`badge badge-${props.inquiry.status.toLowerCase()}`} data-testid="inquiry-status">
            {statusLabels[props.inquiry.status]}
          </span>
          <time class="inquiry-age" datetime={props.inquiry.createdAt} title={formatDateTime(props.inquiry.createdAt)}>
            Received {formatAge(props.inquiry.createdAt, now())}
          </time>
        </div>
        <h2 id={headingId()} class="inquiry-subject">
          {props.inquiry.subject}
        </h2>
        <ViewersNote inquiryId={props.inquiry.id} />
      </header>

      <ClaimPanel inquiry={props.inquiry} />

      <SuggestedAnswers inquiryId={props.inquiry.id} subject={props.inquiry.subject} />

      <div class="inquiry-facts">
        <section class="card" aria-labelledby={`${headingId()}-contact`}>
          <h3 id={`${headingId()}-contact`}>Contact</h3>
          <Show when={props.inquiry.contact} fallback={<p class="muted">No contact details were given.</p>}>
            {(contact) => (
              <dl class="facts" data-testid="inquiry-contact">
                <Show when={contact().name}>
                  <dt>Name</dt>
                  <dd>{contact().name}</dd>
                </Show>
                <Show when={contact().email}>
                  {(email) => (
                    <>
                      <dt>E-mail</dt>
                      <dd>
                        <a href={`mailto:${email()}`}>{email()}</a>
                      </dd>
                    </>
                  )}
                </Show>
                <Show when={contact().phone}>
                  {(phone) => (
                    <>
                      <dt>Phone</dt>
                      <dd>
                        <a href={`tel:${phone().replace(/[^\d+]/g, '')}`}>{phone()}</a>
                      </dd>
                    </>
                  )}
                </Show>
                <Show when={contact().address}>
                  <dt>Address</dt>
                  <dd>{contact().address}</dd>
                </Show>
                <Show when={!contact().name && !contact().email && !contact().phone && !contact().address}>
                  <dt>Details</dt>
                  <dd class="muted">None given</dd>
                </Show>
              </dl>
            )}
          </Show>
        </section>

        <section class="card" aria-labelledby={`${headingId()}-details`}>
          <h3 id={`${headingId()}-details`}>Details</h3>
          <dl class="facts">
            <dt>Channel</dt>
            <dd>{channelLabels[props.inquiry.channel]}</dd>
            <dt>Topic</dt>
            <dd data-testid="inquiry-topic">{props.inquiry.topic?.name ?? 'None'}</dd>
            <dt>Department</dt>
            <dd data-testid="inquiry-department">{props.inquiry.department?.name ?? 'None'}</dd>
            <dt>Received</dt>
            <dd>{formatDateTime(props.inquiry.createdAt)}</dd>
            <Show when={props.inquiry.loggedBy}>
              {(staff) => (
                <>
                  <dt>Logged by</dt>
                  <dd>{staff().displayName}</dd>
                </>
              )}
            </Show>
            <Show when={props.inquiry.callStartedAt}>
              {(startedAt) => (
                <>
                  <dt>Call</dt>
                  <dd>
                    {formatDateTime(startedAt())}
                    <Show when={callDuration()}>{(duration) => <span class="muted"> · {duration()}</span>}</Show>
                  </dd>
                </>
              )}
            </Show>
            <Show when={props.inquiry.call}>
              {(call) => (
                <>
                  <dt>Phone</dt>
                  <dd data-testid="call-times">
                    <Show when={formatSeconds(call().waitSeconds)}>{(wait) => <>Waited {wait()}</>}</Show>
                    <Show when={formatSeconds(call().talkSeconds)}>{(talk) => <> · talked {talk()}</>}</Show>
                    <Show when={call().answeredByName}>{(name) => <span class="muted"> · answered by {name()}</span>}</Show>
                  </dd>
                </>
              )}
            </Show>
          </dl>
        </section>
      </div>

      <Show when={props.inquiry.status === 'RESOLVED'}>
        <section class="card resolution" aria-labelledby={`${headingId()}-resolution`} data-testid="inquiry-resolution">
          <h3 id={`${headingId()}-resolution`}>Resolution</h3>
          <p class="resolution-meta">
            Resolved
            <Show when={props.inquiry.resolvedBy}>{(staff) => <> by {staff().displayName}</>}</Show>
            <Show when={props.inquiry.resolvedAt}>{(resolvedAt) => <> on {formatDateTime(resolvedAt())}</>}</Show>
          </p>
          <Show when={props.inquiry.resolutionNote}>{(note) => <p class="message-body">{note()}</p>}</Show>
          <SaveAsArticle inquiryId={props.inquiry.id} version={props.inquiry.version} />
        </section>
      </Show>

      <StaffSurveyRating inquiryId={props.inquiry.id} version={props.inquiry.version} />

      <Thread inquiry={props.inquiry} />

      <EmailPanel inquiry={props.inquiry} />

      <div class="inquiry-forms">
        <RoutePanel inquiry={props.inquiry} />
        <ResolvePanel inquiry={props.inquiry} />
      </div>
    </article>
  );
}
