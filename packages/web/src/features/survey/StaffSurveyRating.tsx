import { createResource, Show } from 'solid-js';
import { query } from '../../lib/api';
import { InquirySurveyDocument } from '../../lib/graphql';
import { formatDateTime } from '../../lib/time';

const levelNames: Record<number, string> = { 4: 'Excellent', 3: 'Good', 2: 'Fair', 1: 'Poor' };
const sourceNames = { EMAIL: 'the survey e-mail', STATUS_LINK: 'the status page' } as const;

/**
 * Shows staff the resident's satisfaction rating of a resolved inquiry, if
 * any. It loads on its own, so inbox events do not carry the rating, and
 * loads again when the inquiry's version changes.
 */
export function StaffSurveyRating(props: { inquiryId: string; version: number }) {
  const [survey] = createResource(
    () => ({ id: props.inquiryId, version: props.version }),
    async (source) => (await query(InquirySurveyDocument, { id: source.id })).inquiry?.survey ?? null,
  );

  return (
    <Show when={survey()}>
      {(rating) => (
        <section class="card survey-staff" aria-labelledby={`survey-staff-${props.inquiryId}`} data-testid="inquiry-survey">
          <h3 id={`survey-staff-${props.inquiryId}`}>Resident’s rating</h3>
          <dl class="facts">
            <dt>Service</dt>
            <dd data-testid="inquiry-survey-service">
              {rating().serviceRating} of 4 · {levelNames[rating().serviceRating]}
            </dd>
            <dt>Courtesy</dt>
            <dd data-testid="inquiry-survey-courtesy">
              {rating().courtesyRating} of 4 · {levelNames[rating().courtesyRating]}
            </dd>
            <dt>Rated</dt>
            <dd>
              {formatDateTime(rating().createdAt)} through {sourceNames[rating().source]}
            </dd>
          </dl>
          <Show when={rating().comment}>{(comment) => <p class="message-body" data-testid="inquiry-survey-comment">{comment()}</p>}</Show>
        </section>
      )}
    </Show>
  );
}
