import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { emailMessageIds, inquiries, inquiryMessages, outboundEmails } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import type { RunningServer } from '../http/server.js';
import { receiveEmail, type EmailIntakeSettings } from './intake.js';
import { replyToInquiry } from './outbox.js';
import { maskAddresses, OutboxWorker, RETRY_DELAYS_SECONDS } from './sender.js';

const MAIL_FROM = '311@county.example';
const settings: EmailIntakeSettings = { maxFileBytes: 1_000_000, maxFilesBytes: 2_000_000, acknowledgementsPerHour: 3, mailFrom: MAIL_FROM };

type Relay = { port: number; url: string; received: ParsedMail[]; close(): Promise<void> };

/** Starts a real SMTP server on loopback to act as the center's relay. With `reject` it rejects every recipient. */
async function startRelay(options: { reject?: boolean } = {}): Promise<Relay> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (options.reject) callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then((mail) => {
          received.push(mail);
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(databaseKinds())('outbox on %s', (kind) => {
  const db = useTestDatabase(kind);
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function emailInquiry() {
    const raw = Buffer.from(
      ['From: Ana Lopez <ana@resident.example>', 'Subject: Broken streetlight', 'Message-ID: <orig-1@resident.example>', '', 'It is out.'].join('\r\n'),
    );
    const result = await receiveEmail(db().deps, settings, raw);
    if (result.kind !== 'created') throw new Error(JSON.stringify(result));
    return result;
  }

  it('reply is recorded and queued in one transaction', async () => {
    const { deps } = db();
    const agent = await createAgent(deps);
    const inquiry = await emailInquiry();

    const result = await replyToInquiry(deps, agent, inquiry.inquiryId, 'A crew will fix it on Thursday.', MAIL_FROM);
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));

    const [message] = await deps.db.select().from(inquiryMessages).where(eq(inquiryMessages.id, result.message.id));
    expect(message.kind).toBe('reply');
    expect(message.visibility).toBe('internal');
    expect(result.email.status).toBe('queued');
    expect(result.email.toAddress).toBe('ana@resident.example');
    expect(result.email.subject).toBe(`Re: Broken streetlight [${inquiry.reference}]`);
    expect(result.email.inReplyTo).toBe('orig-1@resident.example');
    // The thread: the resident's message, then the acknowledgement.
    expect(result.email.references[0]).toBe('orig-1@resident.example');
    expect(result.email.references).toHaveLength(2);
    const known = await deps.db.select().from(emailMessageIds).where(eq(emailMessageIds.messageId, result.email.messageIdHeader));
    expect(known).toEqual([expect.objectContaining({ inquiryId: inquiry.inquiryId, direction: 'out' })]);
  });

  it('reply needs a contact e-mail', async () => {
    const { deps } = db();
    const agent = await createAgent(deps);
    const [row] = await deps.db.insert(inquiries).values({ channel: 'phone', subject: 'Call' }).returning();
    const result = await replyToInquiry(deps, agent, row.id, 'Hello', MAIL_FROM);
    expect(result.kind).toBe('invalid_input');
    expect(result.kind).toBe('invalid_input');
    if (result.kind === 'invalid_input') expect(result.fields[0].field).toBe('id');
    expect(await deps.db.select().from(outboundEmails)).toHaveLength(0);
    expect(await deps.db.select().from(inquiryMessages).where(eq(inquiryMessages.inquiryId, row.id))).toHaveLength(0);
  });

  it('no relay keeps e-mails queued', async () => {
    const { deps } = db();
    await emailInquiry();
    const worker = new OutboxWorker(deps, { relayUrl: undefined, mailFrom: MAIL_FROM, outboxMaxAttempts: 5 });
    expect(await worker.runOnce(new Date(Date.now() + 24 * 3600_000))).toBe(0);
    const rows = await deps.db.select().from(outboundEmails);
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('queued');
    expect(rows[0].attempts).toBe(0);
  });

  it('relay receives Message-ID, In-Reply-To and References', async () => {
    const { deps } = db();
    const relay = await startRelay();
    cleanups.push(relay.close);
    const agent = await createAgent(deps);
    const inquiry = await emailInquiry();
    const reply = await replyToInquiry(deps, agent, inquiry.inquiryId, 'A crew will fix it on Thursday.', MAIL_FROM);
    if (reply.kind !== 'ok') throw new Error(JSON.stringify(reply));

    const worker = new OutboxWorker(deps, { relayUrl: relay.url, mailFrom: MAIL_FROM, outboxMaxAttempts: 5 });
    cleanups.push(() => worker.stop());
    expect(await worker.runOnce()).toBe(2);

    const [ack, sent] = relay.received;
    expect(ack.headers.get('auto-submitted')).toBe('auto-replied');
    expect(ack.text).toContain(inquiry.reference);
    expect(sent.messageId).toBe(`<${reply.email.messageIdHeader}>`);
    expect(sent.inReplyTo).toBe('<orig-1@resident.example>');
    expect(sent.references).toEqual(['<orig-1@resident.example>', ack.messageId]);
    expect(sent.subject).toBe(`Re: Broken streetlight [${inquiry.reference}]`);
    expect(sent.text).toContain('A crew will fix it on Thursday.');
    expect(sent.from?.value[0].address).toBe(MAIL_FROM);
    expect(sent.headers.has('auto-submitted')).toBe(false);

    const rows = await deps.db.select().from(outboundEmails).where(eq(outboundEmails.status, 'sent'));
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.attempts === 1 && row.sentAt !== null)).toBe(true);

    // The resident's response to the reply joins the inquiry through In-Reply-To.
    const answer = Buffer.from(
      [
        'From: ana@resident.example',
        'Subject: Re: Broken streetlight',
        'Message-ID: <answer-1@resident.example>',
        `In-Reply-To: ${sent.messageId}`,
        '',
        'Thank you!',
      ].join('\r\n'),
    );
    const joined = await receiveEmail(deps, settings, answer);
    expect(joined).toMatchObject({ kind: 'joined', inquiryId: inquiry.inquiryId });
  });

  it('rejecting relay retries with backoff, then fails', async () => {
    const { deps } = db();
    const relay = await startRelay({ reject: true });
    cleanups.push(relay.close);
    await emailInquiry();
    const worker = new OutboxWorker(deps, { relayUrl: relay.url, mailFrom: MAIL_FROM, outboxMaxAttempts: 3 });
    cleanups.push(() => worker.stop());

    let now = new Date();
    expect(await worker.runOnce(now)).toBe(1);
    let [row] = await deps.db.select().from(outboundEmails);
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain('Mailbox unavailable');
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_SECONDS[0] * 1000);

    // Not due yet: nothing is claimed.
    expect(await worker.runOnce(new Date(now.getTime() + 30_000))).toBe(0);

    now = new Date(now.getTime() + RETRY_DELAYS_SECONDS[0] * 1000);
    expect(await worker.runOnce(now)).toBe(1);
    [row] = await deps.db.select().from(outboundEmails);
    expect(row.attempts).toBe(2);
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_SECONDS[1] * 1000);

    now = new Date(now.getTime() + RETRY_DELAYS_SECONDS[1] * 1000);
    expect(await worker.runOnce(now)).toBe(1);
    [row] = await deps.db.select().from(outboundEmails);
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(3);
    expect(row.lastError).toContain('Mailbox unavailable');
    expect(await worker.runOnce(new Date(now.getTime() + 24 * 3600_000))).toBe(0);
  });

  it('masks addresses in relay errors', () => {
    expect(maskAddresses('550 <ana.lopez@resident.example>: Recipient address rejected')).toBe('550 <a***@resident.example>: Recipient address rejected');
  });

  it('two workers never send one row twice', async () => {
    const { deps } = db();
    const relay = await startRelay();
    cleanups.push(relay.close);
    const agent = await createAgent(deps);
    const inquiry = await emailInquiry();
    for (let index = 0; index < 5; index += 1) await replyToInquiry(deps, agent, inquiry.inquiryId, `Reply ${index}`, MAIL_FROM);

    const workers = [1, 2].map(() => new OutboxWorker(deps, { relayUrl: relay.url, mailFrom: MAIL_FROM, outboxMaxAttempts: 5 }));
    cleanups.push(() => Promise.all(workers.map((worker) => worker.stop())).then(() => undefined));
    const counts = await Promise.all(workers.map((worker) => worker.runOnce()));
    expect(counts[0] + counts[1]).toBe(6);
    expect(relay.received).toHaveLength(6);
    expect(new Set(relay.received.map((mail) => mail.messageId)).size).toBe(6);
  });

  it('acknowledgements are rate-limited per address', async () => {
    const { deps } = db();
    const results = [];
    for (let index = 1; index <= 5; index += 1) {
      const raw = Buffer.from([`From: Ana <ANA@resident.example>`, `Subject: Question ${index}`, `Message-ID: <q-${index}@resident.example>`, '', 'Hello'].join('\r\n'));
      results.push(await receiveEmail(deps, settings, raw));
    }
    expect(results.map((result) => result.kind === 'created' && result.acknowledged)).toEqual([true, true, true, false, false]);
    expect(await deps.db.select().from(outboundEmails)).toHaveLength(3);
  });

  describe('through the server', () => {
    let server: RunningServer | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    async function signedIn(url: string) {
      const agent = await createAgent(db().deps, 'Dana Reyes');
      const client = new TestClient(url);
      await client.signIn(agent.email, TEST_PASSWORD);
      return client;
    }

    it('SMTP receiver accepts mail from nodemailer', async () => {
      server = await startTestServer(db(), { SMTP_PORT: '0', MAIL_FROM, EMAIL_MAX_FILE_KB: '1' });
      expect(server.smtpPort).toBeGreaterThan(0);
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: server.smtpPort, secure: false, ignoreTLS: true });
      const info = await transport.sendMail({
        from: 'Ana Lopez <ana@resident.example>',
        to: 'anyone-at-all@county.example',
        subject: 'Señal caída',
        text: 'The stop sign on Elm is down.',
        attachments: [
          { filename: 'small.txt', content: 'pole 17' },
          { filename: 'big.bin', content: Buffer.alloc(4096, 1) },
        ],
      });
      transport.close();
      expect(info.response).toMatch(/^250 .*Q-\d{6}/);

      const client = await signedIn(server.url);
      const inbox = await client.gql(
        '{ inbox(filter: { channels: [EMAIL] }) { edges { node { subject body attachments { filename url sizeBytes } messages { kind body } } } } }',
      );
      const node = inbox.data?.inbox.edges[0].node;
      expect(node.subject).toBe('Señal caída');
      expect(node.body).toBe('The stop sign on Elm is down.');
      expect(node.attachments).toEqual([{ filename: 'small.txt', url: expect.stringMatching(/^\/attachments\//), sizeBytes: 7 }]);
      expect(node.messages.find((message: { kind: string }) => message.kind === 'NOTE').body).toContain('big.bin (4 KB): larger than the limit of 1 KB per file');

      // The download is for signed-in staff only, always as an attachment.
      const anonymous = await fetch(`${server.url}${node.attachments[0].url}`);
      expect(anonymous.status).toBe(401);
      const download = await fetch(`${server.url}${node.attachments[0].url}`, { headers: { cookie: client.cookie! } });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="?small\.txt"?$/);
      expect(download.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await download.text()).toBe('pole 17');
      const missing = await fetch(`${server.url}/attachments/00000000-0000-0000-0000-000000000000`, { headers: { cookie: client.cookie! } });
      expect(missing.status).toBe(404);
    });

    it('SMTP receiver rejects mail over the size limit', async () => {
      server = await startTestServer(db(), { SMTP_PORT: '0', MAIL_FROM, MAX_EMAIL_BODY_KB: '8' });
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: server.smtpPort, secure: false, ignoreTLS: true });
      await expect(
        transport.sendMail({ from: 'ana@resident.example', to: 'x@county.example', subject: 'Big', text: 'x'.repeat(20_000) }),
      ).rejects.toMatchObject({ responseCode: 552 });
      transport.close();
      expect(await db().deps.db.select().from(inquiries)).toHaveLength(0);
    });

    it('reply without relay stays queued and is listed', async () => {
      server = await startTestServer(db(), { MAIL_FROM });
      const inquiry = await emailInquiry();
      const client = await signedIn(server.url);
      const reply = await client.gql(
        'mutation($id: ID!, $body: String!) { replyToInquiry(id: $id, body: $body) { message { kind body } email { id status toAddress } error { __typename ... on InvalidInput { message } } } }',
        { id: String(inquiry.inquiryId), body: 'We are on it.' },
      );
      expect(reply.errors).toBeUndefined();
      expect(reply.data?.replyToInquiry).toEqual({
        message: { kind: 'REPLY', body: 'We are on it.' },
        email: { id: expect.any(String), status: 'QUEUED', toAddress: 'ana@resident.example' },
        error: null,
      });

      const outbox = await client.gql('{ outbox(statuses: [QUEUED, FAILED]) { kind status attempts nextAttemptAt lastError inquiry { reference } } outboxStatus { relayConfigured queued failed } }');
      expect(outbox.data?.outbox).toHaveLength(2);
      expect(outbox.data?.outbox[0]).toMatchObject({ kind: 'REPLY', status: 'QUEUED', attempts: 0, lastError: null, inquiry: { reference: inquiry.reference } });
      expect(outbox.data?.outboxStatus).toEqual({ relayConfigured: false, queued: 2, failed: 0 });

      const anonymous = await new TestClient(server.url).gql('{ outbox { toAddress } }');
      expect(anonymous.data).toBeFalsy();
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const blank = await client.gql('mutation($id: ID!) { replyToInquiry(id: $id, body: "  ") { error { __typename ... on InvalidInput { fields { field } } } } }', {
        id: String(inquiry.inquiryId),
      });
      expect(blank.data?.replyToInquiry.error).toEqual({ __typename: 'InvalidInput', fields: [{ field: 'body' }] });
    });

    it('reply is sent through the relay and announced', async () => {
      const relay = await startRelay();
      cleanups.push(relay.close);
      server = await startTestServer(db(), { MAIL_FROM, SMTP_RELAY_URL: relay.url });
      const inquiry = await emailInquiry();
      const client = await signedIn(server.url);
      const socket = client.socket();
      const events = collect<{ inboxEvents: { type: string; inquiry: { id: string; outboundEmails: { kind: string; status: string }[] } } }>(
        socket,
        'subscription($after: ID) { inboxEvents(after: $after) { type inquiry { id outboundEmails { kind status } } } }',
        { after: '0' },
      );

      const reply = await client.gql('mutation($id: ID!) { replyToInquiry(id: $id, body: "Fixed today.") { email { id } } }', { id: String(inquiry.inquiryId) });
      expect(reply.data?.replyToInquiry.email.id).toBeTruthy();

      // Events arrive until one shows every e-mail of the inquiry sent.
      const allSent = () => events.items.at(-1)?.inboxEvents.inquiry.outboundEmails.every((email) => email.status === 'SENT') ?? false;
      for (let count = 1; !allSent(); count += 1) await events.until(count);
      const types = events.items.map((item) => item.inboxEvents.type);
      expect(types).toContain('REPLY_QUEUED');
      expect(types.at(-1)).toBe('EMAIL_STATUS_CHANGED');
      expect(relay.received).toHaveLength(2);
      expect(relay.received.some((mail) => mail.text?.includes('Fixed today.'))).toBe(true);
      const outbox = await client.gql('{ outbox { kind status attempts } }');
      expect(outbox.data?.outbox).toEqual(
        expect.arrayContaining([
          { kind: 'REPLY', status: 'SENT', attempts: 1 },
          { kind: 'ACKNOWLEDGEMENT', status: 'SENT', attempts: 1 },
        ]),
      );
      events.unsubscribe();
      await socket.dispose();
    });

    it('reply by HTTP joins and reopens live', async () => {
      const token = 'inbound-token-0123456789';
      server = await startTestServer(db(), { MAIL_FROM, INBOUND_EMAIL_TOKEN: token });
      const inquiry = await emailInquiry();
      const agent = await createAgent(db().deps, 'Sam Lee');
      const { resolveInquiry } = await import('../inquiries/service.js');
      expect((await resolveInquiry(db().deps, agent, inquiry.inquiryId, 1, 'Lamp replaced.')).kind).toBe('ok');

      const client = await signedIn(server.url);
      const socket = client.socket();
      const events = collect<{ inboxEvents: { type: string; inquiry: { reference: string; status: string; messages: { kind: string; body: string }[] } } }>(
        socket,
        'subscription($after: ID) { inboxEvents(after: $after) { type inquiry { reference status messages { kind body } } } }',
        { after: '0' },
      );
      const post = (raw: string) =>
        fetch(`${server!.url}/inbound/email`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'message/rfc822' }, body: raw });
      const answer = ['From: ana@resident.example', `Subject: Re: Broken streetlight [${inquiry.reference}]`, 'Message-ID: <again-1@resident.example>', '', 'It went out again.'].join('\r\n');

      const first = await post(answer);
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({
        inquiryId: String(inquiry.inquiryId),
        reference: inquiry.reference,
        joined: true,
        reopened: true,
        storedAttachments: 0,
        droppedAttachments: 0,
      });
      const second = await post(answer);
      expect(await second.json()).toEqual({ inquiryId: String(inquiry.inquiryId), reference: inquiry.reference, duplicate: true });

      for (let count = 1; events.items.at(-1)?.inboxEvents.type !== 'REOPENED'; count += 1) await events.until(count);
      const reopened = events.items.at(-1)!.inboxEvents.inquiry;
      expect(reopened.status).toBe('OPEN');
      expect(reopened.messages.filter((message) => message.kind === 'RESIDENT').map((message) => message.body)).toEqual(['It is out.', 'It went out again.']);

      // A second reply to the open inquiry is announced as a received message.
      const more = ['From: ana@resident.example', 'Subject: Re: Broken streetlight', 'Message-ID: <again-2@resident.example>', 'In-Reply-To: <again-1@resident.example>', '', 'And the next one.'].join('\r\n');
      expect((await post(more)).status).toBe(200);
      for (let count = events.items.length + 1; events.items.at(-1)?.inboxEvents.type !== 'MESSAGE_RECEIVED'; count += 1) await events.until(count);
      events.unsubscribe();
      await socket.dispose();
    });

    it('retry now makes a failed e-mail due', async () => {
      server = await startTestServer(db(), { MAIL_FROM });
      await emailInquiry();
      await db().deps.db.update(outboundEmails).set({ status: 'failed', attempts: 5, lastError: '550 Mailbox unavailable' });
      const [row] = await db().deps.db.select().from(outboundEmails);
      const client = await signedIn(server.url);
      const retry = await client.gql('mutation($id: ID!) { retryOutboundEmail(id: $id) { email { status attempts lastError } error { __typename } } }', { id: String(row.id) });
      expect(retry.data?.retryOutboundEmail).toEqual({ email: { status: 'QUEUED', attempts: 0, lastError: '550 Mailbox unavailable' }, error: null });
      const missing = await client.gql('mutation { retryOutboundEmail(id: "999999") { error { __typename } } }');
      expect(missing.data?.retryOutboundEmail.error.__typename).toBe('NotFound');
    });
  });
});
