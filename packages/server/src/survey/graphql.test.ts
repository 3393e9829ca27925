import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { outboundEmails } from '../db/schema.js';
import type { RunningServer } from '../http/server.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

const RESOLVE = `mutation($id: ID!, $version: Int!) {
  resolveInquiry(id: $id, version: $version, resolutionNote: "The crew replaced the bulb.") {
    inquiry { id status }
    error { __typename }
  }
}`;

const SURVEY = `query($token: String!) {
  survey(token: $token) {
    __typename
    ... on SurveyInvitation { reference topicName resolvedAt answered }
    ... on NotFound { message }
  }
}`;

const SUBMIT = `mutation($token: String!, $input: SurveyInput!) {
  submitSurvey(token: $token, input: $input) {
    receipt { reference serviceRating courtesyRating source kudosSubmitted }
    error {
      __typename
      ... on InvalidInput { message fields { field message } }
      ... on SurveyAlreadyAnswered { message answeredAt }
      ... on SurveyNotResolved { message }
      ... on NotFound { message }
    }
  }
}`;

const STAFF_VIEW = `query($id: ID!) { inquiry(id: $id) { reference survey { serviceRating courtesyRating comment source createdAt } } }`;

const STATUS = `query($token: String!) {
  inquiryStatus(token: $token) { __typename ... on PublicInquiryStatus { progress surveyRating { serviceRating courtesyRating } } }
}`;

describe.each(databaseKinds())('survey over GraphQL on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('resolve, rate once, staff see it', async () => {
    const agent = await createAgent(server.deps, 'Dana Ortiz');
    const staff = new TestClient(server.url);
    await staff.signIn(agent.email, TEST_PASSWORD);

    const created = await receiveInquiry(server.deps, {
      channel: 'web',
      subject: 'Streetlight out on Pine',
      body: 'Out for a week.',
      contact: { name: 'Rosa Diaz', email: 'rosa@example.org' },
      statusLink: true,
    });
    if (created.kind !== 'created') throw new Error(JSON.stringify(created));
    const { inquiry, statusToken } = created;

    const resolved = await staff.gql(RESOLVE, { id: String(inquiry.id), version: inquiry.version });
    expect(resolved.data?.resolveInquiry.error).toBeNull();

    const [email] = await server.deps.db.select().from(outboundEmails).where(eq(outboundEmails.inquiryId, inquiry.id));
    expect(email.kind).toBe('survey');
    // Without PUBLIC_URL the link takes the origin of the request that resolved the inquiry.
    const link = new RegExp(`${server.url.replace(/[.]/g, '\\.')}/survey/([A-Za-z0-9_-]{24})`).exec(email.bodyText);
    expect(link, email.bodyText).not.toBeNull();
    const token = link![1];

    const resident = new TestClient(server.url);
    const invitation = await resident.gql(SURVEY, { token });
    expect(invitation.data?.survey).toMatchObject({ __typename: 'SurveyInvitation', reference: inquiry.reference, answered: false });
    expect(Object.keys(invitation.data?.survey)).not.toContain('email');

    const invalid = await resident.gql(SUBMIT, { token, input: { serviceRating: 5, courtesyRating: 0 } });
    expect(invalid.data?.submitSurvey.error.__typename).toBe('InvalidInput');
    expect(invalid.data?.submitSurvey.error.fields.map((entry: { field: string }) => entry.field)).toEqual(['input.serviceRating', 'input.courtesyRating']);

    const first = await resident.gql(SUBMIT, { token, input: { serviceRating: 4, courtesyRating: 3, comment: 'Quick fix, thank you.' } });
    expect(first.data?.submitSurvey.error).toBeNull();
    expect(first.data?.submitSurvey.receipt).toEqual({ reference: inquiry.reference, serviceRating: 4, courtesyRating: 3, source: 'EMAIL', kudosSubmitted: false });

    const again = await resident.gql(SUBMIT, { token, input: { serviceRating: 1, courtesyRating: 1 } });
    expect(again.data?.submitSurvey.receipt).toBeNull();
    expect(again.data?.submitSurvey.error.__typename).toBe('SurveyAlreadyAnswered');

    const throughStatus = await resident.gql(SUBMIT, { token: statusToken, input: { serviceRating: 1, courtesyRating: 1 } });
    expect(throughStatus.data?.submitSurvey.error.__typename).toBe('SurveyAlreadyAnswered');

    const status = await resident.gql(STATUS, { token: statusToken });
    expect(status.data?.inquiryStatus.surveyRating).toEqual({ serviceRating: 4, courtesyRating: 3 });

    const view = await staff.gql(STAFF_VIEW, { id: String(inquiry.id) });
    expect(view.data?.inquiry.survey).toMatchObject({ serviceRating: 4, courtesyRating: 3, comment: 'Quick fix, thank you.', source: 'EMAIL' });

    const anonymous = await resident.gql(STAFF_VIEW, { id: String(inquiry.id) });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('open inquiry gets SurveyNotResolved', async () => {
    const created = await receiveInquiry(server.deps, { channel: 'web', subject: 'Pothole', body: 'Deep one.', statusLink: true });
    if (created.kind !== 'created') throw new Error(JSON.stringify(created));
    const resident = new TestClient(server.url);

    const result = await resident.gql(SUBMIT, { token: created.statusToken, input: { serviceRating: 3, courtesyRating: 3 } });
    expect(result.data?.submitSurvey.error.__typename).toBe('SurveyNotResolved');
    const lookup = await resident.gql(SURVEY, { token: created.statusToken });
    expect(lookup.data?.survey).toMatchObject({ __typename: 'SurveyInvitation', resolvedAt: null, answered: false });
    const unknown = await resident.gql(SURVEY, { token: 'AAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.data?.survey.__typename).toBe('NotFound');
  });
});
