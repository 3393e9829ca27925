import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { phoneCalls, rotaMembers, staffUsers } from '../db/schema.js';
import type { Actor } from '../core/deps.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import type { RunningServer } from '../http/server.js';

const TOKEN = 'phone-system-token-0123456789';
const BASE = Date.parse('2026-03-10T09:30:00-06:00');

/** Formats the instant `seconds` after BASE as ISO 8601 with a -06:00 offset. */
function at(seconds: number): string {
  const local = new Date(BASE + seconds * 1000 - 6 * 3600_000).toISOString().replace('Z', '-06:00');
  return local;
}

describe.each(databaseKinds())('telephony events on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  let server: RunningServer;
  let dana: Actor;
  let client: TestClient;

  beforeAll(async () => {
    server = await startTestServer(testDatabase(), { TELEPHONY_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await testDatabase().deps.db.update(staffUsers).set({ phoneExtension: '201' }).where(eq(staffUsers.id, dana.id));
    client = new TestClient(server.url);
    await client.signIn(dana.email, 'correct horse battery staple');
  });

  async function post(body: unknown, token: string | null = TOKEN, raw?: string) {
    const response = await fetch(`${server.url}/telephony/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: raw ?? JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  const offered = (callId: string, seconds = 0, from = '+1 303 555 0123') => ({ type: 'call.offered', callId, at: at(seconds), from, to: '311' });

  it('records a call in order with wait and talk', async () => {
    const callId = `c-${randomUUID()}`;
    const first = await post(offered(callId));
    expect(first.status).toBe(200);
    expect(first.body.duplicate).toBe(false);
    expect(first.body.call.outcome).toBe('ringing');
    expect(first.body.call.caller).toBe('***0123');
    expect(JSON.stringify(first.body)).not.toContain('555 0123');

    const answered = await post({ type: 'call.answered', callId, at: at(14.5), extension: '201' });
    expect(answered.status).toBe(200);
    expect(answered.body.call.outcome).toBe('answered');
    expect(answered.body.call.waitSeconds).toBe(14);
    expect(answered.body.call.agentId).toBe(dana.id);

    const ended = await post({ type: 'call.ended', callId, at: at(14.5 + 245) });
    expect(ended.status).toBe(200);
    expect(ended.body.call.outcome).toBe('ended');
    expect(ended.body.call.talkSeconds).toBe(245);
    expect(ended.body.call.endedAt).toBe(new Date(BASE + 259_500).toISOString());

    const [row] = await testDatabase().deps.db.select().from(phoneCalls).where(eq(phoneCalls.externalId, callId));
    expect(row.callerNumber).toBe('+1 303 555 0123');
    expect(row.answeredById).toBe(dana.id);
  });

  it('repeated events are no-ops', async () => {
    const callId = `c-${randomUUID()}`;
    await post(offered(callId));
    const again = await post(offered(callId, 3, '+1 720 555 9999'));
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);
    expect(again.body.call.caller).toBe('***0123');

    await post({ type: 'call.answered', callId, at: at(5), extension: '201' });
    const repeat = await post({ type: 'call.answered', callId, at: at(5), extension: '201' });
    expect(repeat.body.duplicate).toBe(true);
    expect(await testDatabase().deps.db.select().from(phoneCalls)).toHaveLength(1);
  });

  it('out-of-order events get 409 and succeed on retry', async () => {
    const callId = `c-${randomUUID()}`;
    const early = await post({ type: 'call.answered', callId, at: at(5), extension: '201' });
    expect(early.status).toBe(409);
    expect(early.body.error).toContain('send call.offered first');
    expect(await testDatabase().deps.db.select().from(phoneCalls)).toHaveLength(0);

    await post(offered(callId));
    const endedEarly = await post({ type: 'call.ended', callId, at: at(60) });
    expect(endedEarly.status).toBe(409);
    expect(endedEarly.body.error).toContain('send call.answered first');
    expect(endedEarly.body.call.outcome).toBe('ringing');

    expect((await post({ type: 'call.answered', callId, at: at(5), extension: '201' })).status).toBe(200);
    const retried = await post({ type: 'call.ended', callId, at: at(60) });
    expect(retried.status).toBe(200);
    expect(retried.body.call.talkSeconds).toBe(55);

    const lateHangUp = await post({ type: 'call.abandoned', callId, at: at(61) });
    expect(lateHangUp.status).toBe(409);
    expect(lateHangUp.body.error).toContain('call.ended');
  });

  it('abandon rule at 19 s and 20 s', async () => {
    const shortCall = `c-${randomUUID()}`;
    await post(offered(shortCall));
    const short = await post({ type: 'call.abandoned', callId: shortCall, at: at(19.999) });
    expect(short.body.call.outcome).toBe('short_hangup');
    expect(short.body.call.waitSeconds).toBe(19);

    const longCall = `c-${randomUUID()}`;
    await post(offered(longCall));
    const abandoned = await post({ type: 'call.abandoned', callId: longCall, at: at(20) });
    expect(abandoned.body.call.outcome).toBe('abandoned');
    expect(abandoned.body.call.waitSeconds).toBe(20);

    const quick = `c-${randomUUID()}`;
    await post(offered(quick));
    const hungUp = await post({ type: 'call.abandoned', callId: quick, at: at(2) });
    expect(hungUp.body.call.outcome).toBe('short_hangup');
    expect(hungUp.body.call.waitSeconds).toBe(2);
    expect((await post({ type: 'call.answered', callId: quick, at: at(3), extension: '201' })).status).toBe(409);
  });

  it('links cover staff by rota extension', async () => {
    const cover = await createAgent(testDatabase().deps, 'Cory Cover');
    await testDatabase().deps.db.insert(rotaMembers).values({ kind: 'cover', staffId: cover.id, displayName: 'Cory Cover', phoneExtension: '450' });
    await testDatabase().deps.db.insert(rotaMembers).values({ kind: 'cover', displayName: 'Pat Parks', phoneExtension: '451' });

    const coverCall = `c-${randomUUID()}`;
    await post(offered(coverCall));
    const answered = await post({ type: 'call.answered', callId: coverCall, at: at(4), extension: '450' });
    expect(answered.body.call.agentId).toBe(cover.id);

    const noAccount = `c-${randomUUID()}`;
    await post(offered(noAccount));
    const byMember = await post({ type: 'call.answered', callId: noAccount, at: at(4), extension: '451' });
    expect(byMember.status).toBe(200);
    expect(byMember.body.call.agentId).toBeNull();
    expect(byMember.body.call.extension).toBe('451');

    const result = await client.gql(`{ recentCalls { callId answeredByName answeredBy { displayName } } }`);
    const names = Object.fromEntries(result.data!.recentCalls.map((call: any) => [call.callId, call.answeredByName]));
    expect(names[coverCall]).toBe('Cory Cover');
    expect(names[noAccount]).toBe('Pat Parks');
  });

  it('rejects bad token and bodies', async () => {
    expect((await post(offered('c-1'), null)).status).toBe(401);
    expect((await post(offered('c-1'), 'wrong-token-wrong-token-00')).status).toBe(401);

    const notJson = await post(undefined, TOKEN, '{"type": ');
    expect(notJson.status).toBe(400);

    const noType = await post({ callId: 'c-1', at: at(0) });
    expect(noType.status).toBe(400);
    expect(noType.body.fields[0].field).toBe('type');

    const localTime = await post({ type: 'call.offered', callId: 'c-1', at: '2026-03-10T09:30:00' });
    expect(localTime.status).toBe(400);
    expect(localTime.body.fields).toEqual([{ field: 'at', message: expect.stringContaining('with an offset') }]);

    const noExtension = await post({ type: 'call.answered', callId: 'c-1', at: at(1) });
    expect(noExtension.status).toBe(400);
    expect(noExtension.body.fields[0].field).toBe('extension');

    await post(offered('c-2'));
    const beforeOffer = await post({ type: 'call.answered', callId: 'c-2', at: at(-5), extension: '201' });
    expect(beforeOffer.status).toBe(400);
    expect(beforeOffer.body.fields[0].field).toBe('at');

    const array = await post([1, 2]);
    expect(array.status).toBe(400);
    expect(array.body.fields[0].field).toBe('body');

    const get = await fetch(`${server.url}/telephony/events`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(get.status).toBe(405);
  });

  it('endpoint is off without a token', async () => {
    const unconfigured = await startTestServer(testDatabase());
    try {
      const response = await fetch(`${unconfigured.url}/telephony/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(offered('c-off')),
      });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toContain('set TELEPHONY_TOKEN');
    } finally {
      await unconfigured.close();
    }
  });

  it('logs the inquiry from an answered call', async () => {
    const { topic } = await createTopic(testDatabase().deps);
    const callId = `c-${randomUUID()}`;
    await post(offered(callId));
    await post({ type: 'call.answered', callId, at: at(8), extension: '201' });
    await post({ type: 'call.ended', callId, at: at(98) });
    const [row] = await testDatabase().deps.db.select().from(phoneCalls).where(eq(phoneCalls.externalId, callId));

    const logMutation = `mutation($callId: ID!, $input: CallInquiryInput!) {
      logInquiryFromCall(callId: $callId, input: $input) {
        inquiry { id channel callStartedAt callEndedAt claimedBy { id } call { waitSeconds talkSeconds callerMasked } }
        error { __typename ... on CallStateConflict { message } ... on InvalidInput { fields { field message } } }
      }
    }`;
    const invalid = await client.gql(logMutation, { callId: row.id, input: { subject: 'Pothole', callerEmail: 'not-an-address' } });
    expect(invalid.data!.logInquiryFromCall.error.fields[0].field).toBe('input.callerEmail');

    const logged = await client.gql(logMutation, { callId: row.id, input: { subject: 'Pothole on Elm', callerPhone: '+1 303 555 0123', topicId: topic.id } });
    const inquiry = logged.data!.logInquiryFromCall.inquiry;
    expect(logged.data!.logInquiryFromCall.error).toBeNull();
    expect(inquiry.channel).toBe('PHONE');
    expect(inquiry.callStartedAt).toBe(new Date(BASE).toISOString());
    expect(inquiry.callEndedAt).toBe(new Date(BASE + 98_000).toISOString());
    expect(inquiry.claimedBy.id).toBe(dana.id);
    expect(inquiry.call).toEqual({ waitSeconds: 8, talkSeconds: 90, callerMasked: '***0123' });

    const again = await client.gql(logMutation, { callId: row.id, input: { subject: 'Twice' } });
    expect(again.data!.logInquiryFromCall.error).toEqual({ __typename: 'CallStateConflict', message: 'This call already has an inquiry' });

    const other = await createAgent(testDatabase().deps, 'Sam Other');
    const otherClient = new TestClient(server.url);
    await otherClient.signIn(other.email, 'correct horse battery staple');
    const second = `c-${randomUUID()}`;
    await post(offered(second));
    await post({ type: 'call.answered', callId: second, at: at(3), extension: '201' });
    const [secondRow] = await testDatabase().deps.db.select().from(phoneCalls).where(eq(phoneCalls.externalId, second));
    const notMine = await otherClient.gql(logMutation, { callId: secondRow.id, input: { subject: 'Mine?' } });
    expect(notMine.data!.logInquiryFromCall.error.message).toContain('Dana Ortiz');
  });

  it('recent calls mask the caller; anonymous gets nothing', async () => {
    await post(offered(`c-${randomUUID()}`));
    const result = await client.gql(`{ recentCalls(first: 5) { callerMasked callerNumber outcome source } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recentCalls).toEqual([{ callerMasked: '***0123', callerNumber: '+1 303 555 0123', outcome: 'RINGING', source: 'TELEPHONY' }]);

    const anonymous = await new TestClient(server.url).gql(`{ recentCalls { callerNumber } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('softphone flow streams events and resumes', async () => {
    const socket = client.socket();
    const events = collect<{ phoneCallEvents: { id: string; type: string; call: { outcome: string; callerMasked: string; callerNumber: string | null } } }>(
      socket,
      `subscription { phoneCallEvents(after: "0") { id type call { outcome callerMasked callerNumber } } }`,
    );

    const payload = `call { id outcome waitSeconds talkSeconds answeredBy { id } source } error { __typename ... on CallStateConflict { message } ... on InvalidInput { fields { field } } }`;
    const invalid = await client.gql(`mutation { startSoftphoneCall(callerNumber: "call me") { ${payload} } }`);
    expect(invalid.data!.startSoftphoneCall.error.fields[0].field).toBe('callerNumber');

    const started = await client.gql(`mutation { startSoftphoneCall(callerNumber: "720-555-0188") { ${payload} } }`);
    expect(started.errors).toBeUndefined();
    const id = started.data!.startSoftphoneCall.call.id;
    expect(started.data!.startSoftphoneCall.call.source).toBe('SOFTPHONE');

    const endEarly = await client.gql(`mutation($id: ID!) { endCall(id: $id) { ${payload} } }`, { id });
    expect(endEarly.data!.endCall.error.__typename).toBe('CallStateConflict');

    const answered = await client.gql(`mutation($id: ID!) { answerCall(id: $id) { ${payload} } }`, { id });
    expect(answered.data!.answerCall.call.outcome).toBe('ANSWERED');
    expect(answered.data!.answerCall.call.answeredBy.id).toBe(dana.id);

    const other = await createAgent(testDatabase().deps, 'Lee Late');
    const otherClient = new TestClient(server.url);
    await otherClient.signIn(other.email, 'correct horse battery staple');
    const late = await otherClient.gql(`mutation($id: ID!) { answerCall(id: $id) { ${payload} } }`, { id });
    expect(late.data!.answerCall.error.message).toBe('Dana Ortiz already answered this call');

    const ended = await client.gql(`mutation($id: ID!) { endCall(id: $id) { ${payload} } }`, { id });
    expect(ended.data!.endCall.call.outcome).toBe('ENDED');
    expect(ended.data!.endCall.call.talkSeconds).toBeGreaterThanOrEqual(0);

    await events.until(3);
    expect(events.items.map((item) => item.phoneCallEvents.type)).toEqual(['OFFERED', 'ANSWERED', 'ENDED']);
    expect(events.items[0].phoneCallEvents.call).toEqual({ outcome: 'RINGING', callerMasked: '***0188', callerNumber: null });

    const resumed = collect<{ phoneCallEvents: { type: string } }>(socket, `subscription($after: ID) { phoneCallEvents(after: $after) { type } }`, {
      after: events.items[0].phoneCallEvents.id,
    });
    await resumed.until(2);
    expect(resumed.items.map((item) => item.phoneCallEvents.type)).toEqual(['ANSWERED', 'ENDED']);
    events.unsubscribe();
    resumed.unsubscribe();
    await socket.dispose();

    const telephony = `c-${randomUUID()}`;
    await post(offered(telephony));
    const [row] = await testDatabase().deps.db.select().from(phoneCalls).where(eq(phoneCalls.externalId, telephony));
    const refused = await client.gql(`mutation($id: ID!) { answerCall(id: $id) { ${payload} } }`, { id: row.id });
    expect(refused.data!.answerCall.error.message).toContain('phone system');

    const unanswered = await client.gql(`mutation { startSoftphoneCall { ${payload} } }`);
    const hungUp = await client.gql(`mutation($id: ID!) { hangUpUnanswered(id: $id) { ${payload} } }`, { id: unanswered.data!.startSoftphoneCall.call.id });
    expect(hungUp.data!.hangUpUnanswered.call.outcome).toBe('SHORT_HANGUP');
  });
});
