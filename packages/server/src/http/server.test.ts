import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningServer } from './server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, deferred, startTestServer, TestClient } from '../../test/support/server.js';
import { CLOSE_SESSION_ENDED } from './access-watcher.js';

const INBOUND_TOKEN = 'inbound-token-for-tests-0123456789';

const submitMutation = `mutation($input: WebInquiryInput!) {
  submitWebInquiry(input: $input) { receipt { reference receivedAt } error { message fields { field message } } }
}`;

describe.each(databaseKinds())('HTTP and WebSocket server on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database, { INBOUND_EMAIL_TOKEN: INBOUND_TOKEN, MAX_JSON_BODY_KB: '64' });
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
  });

  async function signedInAgent(name = 'Dana Ortiz', role: 'agent' | 'manager' = 'agent') {
    const staff = await createAgent(server.deps, name, role);
    const client = new TestClient(server.url);
    await client.signIn(staff.email, TEST_PASSWORD);
    return { staff, client };
  }

  it('healthz answers 200 while the database answers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: kind });
  });

  it('anonymous WebSocket cannot subscribe', async () => {
    for (const query of ['subscription { inboxEvents { id } }', 'subscription { presenceEvents { id } }']) {
      const closed = deferred<{ code: number }>();
      const anonymous = new TestClient(server.url).socket({ onClosed: (event) => closed.resolve(event as { code: number }) });
      const events = collect(anonymous, query);
      await new TestClient(server.url).gql(submitMutation, { input: { subject: 'Anyone there?', question: 'Testing' } });

      expect((await closed.promise).code).toBe(4403);
      await events.completed;
      expect(events.items).toEqual([]);
      await anonymous.dispose();
    }
  });

  it('WebSocket with a forged cookie is rejected', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { cookie: 'civic_desk_session=forged-token' },
    });
    const closed = deferred<number>();
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('close', (code) => closed.resolve(code));
    expect(await closed.promise).toBe(4403);
  });

  it('anonymous HTTP reads are unauthenticated', async () => {
    const result = await new TestClient(server.url).gql('{ inbox { totalCount } }');
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('public form gives a reference', async () => {
    const resident = new TestClient(server.url);
    const result = await resident.gql(submitMutation, {
      input: { subject: 'Christmas tree recycling', question: 'Where can I drop off my tree?', email: 'maria.pena@example.org' },
    });
    expect(result.data?.submitWebInquiry.error).toBeNull();
    expect(result.data?.submitWebInquiry.receipt.reference).toMatch(/^Q-\d{6}$/);
  });

  it('public form rejects bad fields by name', async () => {
    const result = await new TestClient(server.url).gql(submitMutation, {
      input: { subject: '   ', question: 'Where?', email: 'not-an-address', phone: 'call me maybe' },
    });
    const error = result.data?.submitWebInquiry.error;
    expect(result.data?.submitWebInquiry.receipt).toBeNull();
    const fields = Object.fromEntries(error.fields.map((entry: { field: string; message: string }) => [entry.field, entry.message]));
    expect(fields['input.subject']).toContain('required');
    expect(fields['input.email']).toContain('e-mail address');
    expect(fields['input.phone']).toContain('phone number');
  });

  it('claim with a bad id or version names the field', async () => {
    const { client } = await signedInAgent();
    const claim = 'mutation($id: ID!, $version: Int) { claimInquiry(id: $id, version: $version) { error { __typename ... on InvalidInput { fields { field message } } } } }';
    for (const id of ['abc', '', '1.5', '-1']) {
      const result = await client.gql(claim, { id });
      expect({ id, error: result.data?.claimInquiry.error.__typename }).toEqual({ id, error: 'InvalidInput' });
      expect(result.data?.claimInquiry.error.fields[0].field).toBe('id');
    }
    const negative = await client.gql(claim, { id: '1', version: -5 });
    expect(negative.data?.claimInquiry.error.__typename).toBe('InvalidInput');
    expect(negative.data?.claimInquiry.error.fields[0].field).toBe('version');
    const missing = await client.gql(claim, { id: '987654' });
    expect(missing.data?.claimInquiry.error.__typename).toBe('NotFound');
  });

  it('public form reports every bad field at once', async () => {
    const result = await new TestClient(server.url).gql(submitMutation, {
      input: { subject: '', question: '', email: 'bad', phone: 'abc' },
    });
    const fields = result.data?.submitWebInquiry.error.fields.map((entry: { field: string }) => entry.field).sort();
    expect(fields).toEqual(['input.email', 'input.phone', 'input.question', 'input.subject']);
  });

  it('control characters are removed from text', async () => {
    await new TestClient(server.url).gql(submitMutation, { input: { subject: 'Red \u001b[31malert\u0007', question: 'Line one\nLine\ttwo' } });
    const { client } = await signedInAgent();
    const inbox = await client.gql('{ inbox { edges { node { subject body } } } }');
    expect(inbox.data?.inbox.edges[0].node).toEqual({ subject: 'Red [31malert', body: 'Line one\nLine\ttwo' });
  });

  it('call starting in the future is rejected', async () => {
    const { client } = await signedInAgent();
    const result = await client.gql(
      'mutation($input: PhoneCallInput!) { logPhoneCall(input: $input) { error { ... on InvalidInput { fields { field message } } } } }',
      { input: { subject: 'Tax bill', callStartedAt: '2062-01-01T10:00:00Z' } },
    );
    expect(result.data?.logPhoneCall.error.fields).toEqual([{ field: 'input.callStartedAt', message: 'the call cannot start in the future' }]);
  });

  it('WebSocket from another origin is refused', async () => {
    const { client } = await signedInAgent();
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: { cookie: client.cookie!, origin: 'http://evil.example' },
    });
    const status = deferred<number>();
    socket.on('unexpected-response', (_request, response) => status.resolve(response.statusCode ?? 0));
    socket.on('open', () => status.resolve(101));
    socket.on('error', () => {});
    expect(await status.promise).toBe(403);
  });

  it('NUL bytes and lone surrogates are stored cleanly', async () => {
    const result = await new TestClient(server.url).gql(submitMutation, {
      input: { subject: 'Bad\u0000bytes', question: 'Half a pair: \ud800 end' },
    });
    const reference = result.data?.submitWebInquiry.receipt.reference;
    expect(reference).toBeDefined();

    const { client } = await signedInAgent();
    const inbox = await client.gql('{ inbox { edges { node { subject body } } } }');
    expect(inbox.data?.inbox.edges[0].node).toEqual({ subject: 'Badbytes', body: 'Half a pair: \ufffd end' });
  });

  it('oversized body is rejected with 413', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: submitMutation, variables: { input: { subject: 'big', question: 'x'.repeat(70 * 1024) } } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toContain('64 KB');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('CSRF prevention rejects a simple form post', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: submitMutation }),
    });
    expect(response.status).toBe(400);
  });

  it('wrong password gives InvalidCredentials', async () => {
    const { staff } = await signedInAgent();
    const result = await new TestClient(server.url).gql(
      'mutation { signIn(email: "' + staff.email + '", password: "wrong password") { staff { id } error { __typename ... on InvalidCredentials { message } } } }',
    );
    expect(result.data?.signIn.staff).toBeNull();
    expect(result.data?.signIn.error.__typename).toBe('InvalidCredentials');
  });

  it('manager-only mutation is forbidden to an agent', async () => {
    const { client, staff } = await signedInAgent();
    const result = await client.gql('mutation($id: ID!) { revokeSessions(staffId: $id) }', { id: staff.id });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('revoked session ends open subscriptions', async () => {
    const agent = await signedInAgent('Sam Whitehorse');
    const manager = await signedInAgent('Margaret Chen', 'manager');
    const closed = deferred<{ code: number }>();
    const socket = agent.client.socket({ onClosed: (event) => closed.resolve(event as { code: number }) });
    const events = collect(socket, 'subscription($after: ID) { inboxEvents(after: $after) { id } }', { after: String(server.dispatcher.headId) });
    await new TestClient(server.url).gql(submitMutation, { input: { subject: 'First', question: 'Seen' } });
    await events.until(1);

    const revoked = await manager.client.gql('mutation($id: ID!) { revokeSessions(staffId: $id) }', { id: agent.staff.id });
    expect(revoked.data?.revokeSessions).toBe(1);
    expect((await closed.promise).code).toBe(CLOSE_SESSION_ENDED);

    const afterRevoke = await agent.client.gql('{ inbox { totalCount } }');
    expect(afterRevoke.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await socket.dispose();
  });

  it('deactivated agent is disconnected and cannot sign in', async () => {
    const agent = await signedInAgent('Luis Medina');
    const manager = await signedInAgent('Margaret Chen', 'manager');
    const closed = deferred<{ code: number }>();
    const socket = agent.client.socket({ onClosed: (event) => closed.resolve(event as { code: number }) });
    const presence = collect(socket, 'subscription($after: ID) { presenceEvents(after: $after) { id } }', { after: '0' });
    await presence.until(1);

    await manager.client.gql('mutation($id: ID!) { deactivateStaff(id: $id) { active } }', { id: agent.staff.id });
    expect((await closed.promise).code).toBe(CLOSE_SESSION_ENDED);

    const again = new TestClient(server.url);
    await expect(again.signIn(agent.staff.email, TEST_PASSWORD)).rejects.toThrow('sign-in failed');
    await socket.dispose();
  });

  it('same Message-ID twice makes one inquiry', async () => {
    const raw = 'From: ana@example.org\r\nSubject: Missed pickup\r\nMessage-ID: <retry-1@example.org>\r\n\r\nThe truck skipped us.';
    const post = () =>
      fetch(`${server.url}/inbound/email`, { method: 'POST', headers: { authorization: `bearer ${INBOUND_TOKEN}` }, body: raw });
    const first = await post();
    const second = await post();
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const firstBody = (await first.json()) as { reference: string };
    const secondBody = (await second.json()) as { reference: string; duplicate: boolean };
    expect(secondBody).toEqual({ inquiryId: expect.any(String), reference: firstBody.reference, duplicate: true });
  });

  it('non-e-mail body is rejected', async () => {
    const response = await fetch(`${server.url}/inbound/email`, {
      method: 'POST',
      headers: { authorization: `Bearer ${INBOUND_TOKEN}`, 'content-type': 'message/rfc822' },
      body: 'hello',
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toContain('not an e-mail message');
  });

  it('inbound e-mail needs the token', async () => {
    const response = await fetch(`${server.url}/inbound/email`, { method: 'POST', body: 'Subject: hi\r\n\r\nbody' });
    expect(response.status).toBe(401);
  });

  it('inbound e-mail becomes an inquiry', async () => {
    const raw = [
      'From: =?UTF-8?Q?Mar=C3=ADa_Pe=C3=B1a?= <maria.pena@example.org>',
      'To: answers@county.example',
      'Subject: =?UTF-8?Q?=C3=81rbol_ca=C3=ADdo?= on Elm Street',
      'Message-ID: <abc123@example.org>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'A tree fell across the sidewalk on Elm Street.',
    ].join('\r\n');
    const response = await fetch(`${server.url}/inbound/email`, {
      method: 'POST',
      headers: { authorization: `Bearer ${INBOUND_TOKEN}`, 'content-type': 'message/rfc822' },
      body: raw,
    });
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };

    const { client } = await signedInAgent();
    const inbox = await client.gql('{ inbox(filter: { channels: [EMAIL] }) { edges { node { reference subject body contact { name email } } } } }');
    expect(inbox.data?.inbox.edges[0].node).toEqual({
      reference,
      subject: 'Árbol caído on Elm Street',
      body: 'A tree fell across the sidewalk on Elm Street.',
      contact: { name: 'María Peña', email: 'maria.pena@example.org' },
    });
  });
});
