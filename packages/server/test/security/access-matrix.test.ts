import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { deactivateStaff } from '../../src/auth/service.js';
import { SESSION_COOKIE } from '../../src/http/cookies.js';
import type { RunningServer } from '../../src/http/server.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../support/fixtures.js';
import { startTestServer, TestClient } from '../support/server.js';

type Level = 'public' | 'staff' | 'manager';

/**
 * Who may call each root field: public (anyone), staff (a signed-in agent or
 * manager) or manager. A new field fails the first test until it is added
 * here, so every change of access is a reviewed change of this table.
 */
const ACCESS: Record<string, Level> = {};
const levels: Record<Level, string> = {
  public: `Mutation.applyForBanner Mutation.applyForLemonLot Query.bannerApplicationStatus Query.lemonLotSettings Query.publicBannerLocations
    Mutation.selfCheckIn Mutation.sendKudos Mutation.signIn Mutation.signOut Mutation.submitSurvey Mutation.submitWebInquiry
    Mutation.voteOnArticle Query.center Query.inquiryStatus Query.me Query.publicArticle Query.publicArticles Query.publicFormLimits
    Query.publicTopics Query.survey Query.walkInQueueLength
    Query.notaryFreeSlots Query.notaryAppointmentByToken Mutation.bookNotaryAppointment Mutation.cancelNotaryAppointmentByToken`,
  manager: `Mutation.saveBannerLocation Mutation.updateLemonLotSettings
    Mutation.addCoverStaff Mutation.addLeave Mutation.approveKudos Mutation.copyPreviousWeek Mutation.createProgram
    Mutation.deactivateStaff Mutation.declineKudos Mutation.issueApiKey Mutation.paintSlots Mutation.proposeRotation
    Mutation.publishRotation Mutation.removeLeave Mutation.revokeApiKey Mutation.revokeSessions Mutation.setRotaMemberActive
    Mutation.setTopicAttributes Mutation.setTopicProgram Mutation.updateDepartmentDirectory Mutation.updateRotationSettings
    Query.apiKeys Query.kudosList Query.kudosNewsletter Query.report
    Query.paymentsOfDay
    Mutation.addCemeteryLots Mutation.importCemeteryLots Mutation.setNotaryCommission`,
  staff: `Mutation.approveBannerApplication Mutation.cancelLemonLotPermit Mutation.declineBannerApplication Mutation.recordBannerApplication
    Mutation.recordLemonLotPermit Query.bannerApplications Query.bannerCalendar Query.bannerLocations Query.lemonLotPermits Query.searchLemonLotPermits
    Mutation.recordPayment Mutation.editPayment Mutation.reversePayment Mutation.closeDrawer Query.payment Query.drawer
    Query.drawerCloses Query.auditTrail
    Query.cemeteryLots Query.cemeterySections Query.cemeteryLotHistory Query.intermentSchedule Query.intermentSlots
    Mutation.sellCemeteryLot Mutation.scheduleInterment Mutation.completeInterment Mutation.cancelInterment
    Query.notaries Query.notaryAppointments Query.notaryConflicts Query.notaryStaffSlots
    Mutation.bookNotaryAppointmentForResident Mutation.markNotaryAppointment
    Mutation.addNote Mutation.answerCall Mutation.archiveArticle Mutation.checkInVisitor Mutation.claimInquiry
    Mutation.createArticle Mutation.endCall Mutation.hangUpUnanswered Mutation.heartbeat Mutation.logInquiryFromCall
    Mutation.logPhoneCall Mutation.logWalkIn Mutation.logWalkInOutcome Mutation.publishArticle Mutation.publishArticleAwareness
    Mutation.pushArticleUpdate Mutation.releaseInquiry Mutation.reopenInquiry Mutation.replyToInquiry Mutation.resetCalendarToken
    Mutation.resolveInquiry Mutation.restoreArticleRevision Mutation.retryOutboundEmail Mutation.routeInquiry
    Mutation.saveAnswerAsArticle Mutation.serveNextVisitor Mutation.setPresenceStatus Mutation.setRelatedArticles
    Mutation.startSoftphoneCall Mutation.updateArticle Mutation.verifyArticle Mutation.visitorLeft Query.article
    Query.articleDiff Query.articleDocument Query.articles Query.departments Query.inbox Query.inboxChannelCounts Query.inquiry
    Query.myCalendarFeeds Query.myKudosCount Query.outbox Query.outboxStatus Query.phoneCall Query.programs Query.recentCalls
    Query.rotaMembers Query.rotation Query.rotationSettings Query.searchDirectory Query.staff Query.suggestedArticles Query.team
    Query.topics Query.walkInQueue Query.walkInToday Query.walkInVisit Subscription.articleAwareness Subscription.articleDocUpdates
    Subscription.inboxEvents Subscription.knowledgeBaseEvents Subscription.phoneCallEvents Subscription.presenceEvents
    Subscription.ringNotices Subscription.rotationEvents Subscription.walkInEvents`,
};
for (const [level, names] of Object.entries(levels) as [Level, string][]) for (const name of names.split(/\s+/).filter(Boolean)) ACCESS[name] = level;

type Persona = 'anonymous' | 'resident' | 'agent' | 'manager' | 'deactivated';
const PERSONAS: Persona[] = ['anonymous', 'resident', 'agent', 'manager', 'deactivated'];

function mayCall(persona: Persona, level: Level): boolean {
  if (level === 'public') return true;
  if (level === 'staff') return persona === 'agent' || persona === 'manager';
  return persona === 'manager';
}

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

/** Builds a value of `type` that passes validation: required fields filled, optional ones left out. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type)) value[field.name] = placeholder(field.type);
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'ID':
        return PLACEHOLDER_ID;
      case 'DateTime':
        return '2026-01-05T16:00:00.000Z';
      default:
        return 'placeholder';
    }
  }
  throw new Error(`no placeholder for ${String(type)}`);
}

/** Builds an operation that calls `field` with placeholder arguments and selects only __typename below it. */
function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const definitions = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const callArgs = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(getNullableType(field.type))) ? '' : ' { __typename }';
  const query = `${kind}${definitions ? `(${definitions})` : ''} { ${field.name}${callArgs ? `(${callArgs})` : ''}${selection} }`;
  const variables = Object.fromEntries(required.map((arg) => [arg.name, placeholder(arg.type)]));
  return { query, variables };
}

const schema = buildSchema();
const roots: [string, 'query' | 'mutation' | 'subscription', GraphQLObjectType][] = [
  ['Query', 'query', schema.getQueryType()!],
  ['Mutation', 'mutation', schema.getMutationType()!],
  ['Subscription', 'subscription', schema.getSubscriptionType()!],
];
const allFields = roots.flatMap(([typeName, kind, type]) => Object.values(type.getFields()).map((field) => ({ name: `${typeName}.${field.name}`, kind, field })));

describe('authorization matrix', () => {
  it('classifies every root field', () => {
    expect(allFields.map((entry) => entry.name).filter((name) => !(name in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((name) => !allFields.some((entry) => entry.name === name))).toEqual([]);
  });

  describe('over a real server', () => {
    let database: TestDatabase;
    let server: RunningServer;
    const clients = {} as Record<Persona, TestClient>;

    beforeAll(async () => {
      database = await openTestDatabase('pglite');
      server = await startTestServer(database);
      const deps = server.deps;
      const manager = await createAgent(deps, 'Matrix Manager', 'manager');
      const agent = await createAgent(deps, 'Matrix Agent');
      const leaver = await createAgent(deps, 'Matrix Leaver');
      const { topic } = await createTopic(deps, 'Matrix topic', 'Matrix department');

      clients.anonymous = new TestClient(server.url);
      clients.manager = new TestClient(server.url);
      await clients.manager.signIn(manager.email, TEST_PASSWORD);
      clients.agent = new TestClient(server.url);
      await clients.agent.signIn(agent.email, TEST_PASSWORD);
      clients.deactivated = new TestClient(server.url);
      await clients.deactivated.signIn(leaver.email, TEST_PASSWORD);
      await deactivateStaff(deps, manager, leaver.id);

      // A resident has a status link and presents its token where a session token would go.
      const submitted = await clients.anonymous.gql(
        'mutation($input: WebInquiryInput!) { submitWebInquiry(input: $input) { receipt { statusToken } } }',
        { input: { subject: 'Matrix question', question: 'Who may read this?', topicId: topic.id, email: 'matrix.resident@example.net' } },
      );
      const statusToken = submitted.data?.submitWebInquiry.receipt.statusToken as string;
      expect(statusToken).toBeTruthy();
      clients.resident = new TestClient(server.url);
      clients.resident.cookie = `${SESSION_COOKIE}=${statusToken}`;
    });
    afterAll(async () => {
      await server.close();
      await database.close();
    });

    // The socket tests run first, because the HTTP tests end each session with signOut.
    it.each(PERSONAS)('%s gets exactly what the table allows over the WebSocket', async (persona) => {
      const problems: string[] = [];
      const closes: unknown[] = [];
      const socket = clients[persona].socket({ onClosed: (event) => closes.push(event) });
      try {
        for (const { name, field } of allFields.filter((entry) => entry.kind === 'subscription')) {
          const { query, variables } = operationFor('subscription', field);
          const outcome = await new Promise<string>((resolve) => {
            const timer = setTimeout(() => {
              stop();
              resolve('open');
            }, 400);
            const stop = socket.subscribe(
              { query, variables },
              {
                next: (value) => {
                  clearTimeout(timer);
                  resolve(value.errors ? `errors ${value.errors.map((error) => error.extensions?.code).join(',')}` : 'data');
                },
                error: (error) => {
                  clearTimeout(timer);
                  const code = (error as { code?: number }).code;
                  resolve(Array.isArray(error) ? `errors ${(error as { extensions?: { code?: string } }[]).map((entry) => entry.extensions?.code).join(',')}` : `closed ${code ?? String(error)}`);
                },
                complete: () => {
                  clearTimeout(timer);
                  resolve('complete');
                },
              },
            );
          });
          const allowed = mayCall(persona, ACCESS[name]!);
          const denied = /UNAUTHENTICATED|FORBIDDEN|closed 4403|closed 4401|closed/.test(outcome);
          if (allowed && denied) problems.push(`${name}: ${outcome}`);
          if (!allowed && !denied) problems.push(`${name}: ${outcome}`);
        }
      } finally {
        await socket.dispose();
      }
      expect(problems).toEqual([]);
      if (!['agent', 'manager'].includes(persona)) expect(closes.length).toBeGreaterThan(0);
    });

    // signOut would end the session the later calls use, so each persona calls it last.
    const httpFields = allFields
      .filter((entry) => entry.kind !== 'subscription')
      .sort((a, b) => Number(a.name === 'Mutation.signOut') - Number(b.name === 'Mutation.signOut'));

    it.each(PERSONAS)('%s gets exactly what the table allows over HTTP', async (persona) => {
      const problems: string[] = [];
      for (const { name, kind, field } of httpFields) {
        const { query, variables } = operationFor(kind, field);
        const response = await clients[persona].gql(query, variables);
        const codes = (response.errors ?? []).map((error) => error.extensions?.code);
        const denied = codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN');
        const allowed = mayCall(persona, ACCESS[name]!);
        if (allowed && denied) problems.push(`${name}: denied (${codes.join(', ')})`);
        if (!allowed && !denied) problems.push(`${name}: not denied (status ${response.status}, codes ${codes.join(', ') || 'none'})`);
        if (!allowed && response.data?.[field.name] != null) problems.push(`${name}: returned data ${JSON.stringify(response.data[field.name]).slice(0, 100)}`);
        if (!allowed && persona !== 'agent' && denied && !codes.includes('UNAUTHENTICATED')) problems.push(`${name}: ${codes.join(', ')} instead of UNAUTHENTICATED`);
      }
      expect(problems).toEqual([]);
    });
  });
});
