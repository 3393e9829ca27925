import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { inquiries, kudos, outboundEmails, surveyResponses } from '../db/schema.js';
import { receiveInquiry } from '../inquiries/intake.js';
import { reopenInquiry, resolveInquiry } from '../inquiries/service.js';
import { DEFAULT_PUBLIC_FORM_LIMITS } from '../inquiries/web-form.js';
import { OutboxWorker } from '../email/sender.js';
import type { Actor } from '../core/deps.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { countSurveyEmails, hashSurveyToken, lookUpSurvey, submitSurvey, type SurveyMailSettings } from './service.js';

const MAIL: SurveyMailSettings = { publicBaseUrl: 'https://desk.county.example', mailFrom: '311@county.example' };
const REQUEST = { clientAddress: '203.0.113.7' };

/** Starts a real SMTP server on loopback as the center's relay and collects what it receives. */
async function startRelay(): Promise<{ url: string; received: ParsedMail[]; close(): Promise<void> }> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      void simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(databaseKinds())('satisfaction survey on %s', (kind) => {
  const database = useTestDatabase(kind);

  async function newInquiry(options: { email?: string; imported?: boolean } = {}) {
    const result = await receiveInquiry(database().deps, {
      channel: 'web',
      subject: 'Streetlight out on Pine',
      body: 'The light at 5th and Pine has been out for a week.',
      contact: options.email ? { name: 'Rosa Diaz', email: options.email } : undefined,
      statusLink: !options.imported,
      source: options.imported ? { system: 'nyc311', id: `row-${Math.random()}` } : undefined,
    });
    if (result.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(result)}`);
    return { id: result.inquiry.id, reference: result.inquiry.reference, version: result.inquiry.version, statusToken: result.statusToken };
  }

  async function resolve(actor: Actor, id: number, mail: SurveyMailSettings | undefined = MAIL) {
    const [row] = await database().deps.db.select({ version: inquiries.version }).from(inquiries).where(eq(inquiries.id, id));
    const result = await resolveInquiry(database().deps, actor, id, row.version, 'The crew replaced the bulb.', mail);
    if (result.kind !== 'ok') throw new Error(`resolve failed: ${JSON.stringify(result)}`);
    return result.inquiry;
  }

  async function reopen(actor: Actor, id: number) {
    const [row] = await database().deps.db.select({ version: inquiries.version }).from(inquiries).where(eq(inquiries.id, id));
    const result = await reopenInquiry(database().deps, actor, id, row.version, 'The light failed again.');
    if (result.kind !== 'ok') throw new Error(`reopen failed: ${JSON.stringify(result)}`);
  }

  async function surveyEmails(id: number) {
    return database().deps.db.select().from(outboundEmails).where(eq(outboundEmails.inquiryId, id));
  }

  /** Reads the survey token out of the queued e-mail's link, as the resident's mail client would show it. */
  async function tokenFromEmail(id: number): Promise<string> {
    const emails = (await surveyEmails(id)).filter((email) => email.kind === 'survey');
    expect(emails).toHaveLength(1);
    const match = /https:\/\/desk\.county\.example\/survey\/([A-Za-z0-9_-]{24})/.exec(emails[0].bodyText);
    if (!match) throw new Error(`no survey link in: ${emails[0].bodyText}`);
    return match[1];
  }

  async function storedToken(id: number) {
    const [row] = await database().deps.db.select({ hash: inquiries.surveyTokenHash }).from(inquiries).where(eq(inquiries.id, id));
    return row.hash;
  }

  it('resolve issues token and one e-mail', async () => {
    const agent = await createAgent(database().deps);
    const inquiry = await newInquiry({ email: 'rosa@example.org' });
    expect(await storedToken(inquiry.id)).toBeNull();

    await resolve(agent, inquiry.id);
    const token = await tokenFromEmail(inquiry.id);
    expect(await storedToken(inquiry.id)).toBe(hashSurveyToken(database().deps, token));

    const [email] = (await surveyEmails(inquiry.id)).filter((row) => row.kind === 'survey');
    expect(email.toAddress).toBe('rosa@example.org');
    expect(email.subject).toContain(inquiry.reference);
    expect(email.bodyText).toContain('has been resolved');
    expect(email.bodyText).toContain('fue resuelta');
    expect(email.status).toBe('queued');
  });

  it('survey e-mail leaves as auto-generated', async () => {
    const agent = await createAgent(database().deps);
    const inquiry = await newInquiry({ email: 'rosa@example.org' });
    await resolve(agent, inquiry.id);
    const token = await tokenFromEmail(inquiry.id);

    const relay = await startRelay();
    const worker = new OutboxWorker(database().deps, { relayUrl: relay.url, mailFrom: MAIL.mailFrom, outboxMaxAttempts: 5 });
    try {
      expect(await worker.runOnce()).toBe(1);
    } finally {
      await worker.stop();
      await relay.close();
    }

    expect(relay.received).toHaveLength(1);
    const [sent] = relay.received;
    expect(sent.headers.get('auto-submitted')).toBe('auto-generated');
    expect(sent.subject).toBe(`How did we do? / ¿Cómo lo hicimos? [${inquiry.reference}]`);
    expect(sent.text).toContain(`https://desk.county.example/survey/${token}`);
  });

  it('re-resolve keeps token and sends no second e-mail', async () => {
    const agent = await createAgent(database().deps);
    const inquiry = await newInquiry({ email: 'rosa@example.org' });
    await resolve(agent, inquiry.id);
    const firstHash = await storedToken(inquiry.id);
    const token = await tokenFromEmail(inquiry.id);

    await reopen(agent, inquiry.id);
    const whileOpen = await lookUpSurvey(database().deps, token, REQUEST);
    expect(whileOpen.kind === 'found' && whileOpen.invitation.resolvedAt).toBeNull();
    await resolve(agent, inquiry.id);

    expect(await storedToken(inquiry.id)).toBe(firstHash);
    expect(await countSurveyEmails(database().deps.db, inquiry.id)).toBe(1);
    const result = await submitSurvey(database().deps, token, { serviceRating: 4, courtesyRating: 4 }, REQUEST);
    expect(result.kind).toBe('answered');
  });

  it('no e-mail without address or link origin', async () => {
    const agent = await createAgent(database().deps);
    const anonymous = await newInquiry();
    await resolve(agent, anonymous.id);
    expect(await storedToken(anonymous.id)).not.toBeNull();
    expect(await countSurveyEmails(database().deps.db, anonymous.id)).toBe(0);

    const noOrigin = await newInquiry({ email: 'rosa@example.org' });
    await resolve(agent, noOrigin.id, { publicBaseUrl: undefined, mailFrom: MAIL.mailFrom });
    expect(await countSurveyEmails(database().deps.db, noOrigin.id)).toBe(0);
    const unsentHash = await storedToken(noOrigin.id);

    // A later resolve that can send replaces the token nobody received and e-mails the new one.
    await reopen(agent, noOrigin.id);
    await resolve(agent, noOrigin.id);
    expect(await countSurveyEmails(database().deps.db, noOrigin.id)).toBe(1);
    const token = await tokenFromEmail(noOrigin.id);
    expect(await storedToken(noOrigin.id)).not.toBe(unsentHash);
    expect(await storedToken(noOrigin.id)).toBe(hashSurveyToken(database().deps, token));
  });

  it('imported inquiries get no survey', async () => {
    const agent = await createAgent(database().deps);
    const imported = await newInquiry({ email: 'rosa@example.org', imported: true });
    await resolve(agent, imported.id);
    expect(await storedToken(imported.id)).toBeNull();
    expect(await countSurveyEmails(database().deps.db, imported.id)).toBe(0);
  });

  it('ratings are validated with field names', async () => {
    const agent = await createAgent(database().deps);
    const inquiry = await newInquiry({ email: 'rosa@example.org' });
    await resolve(agent, inquiry.id);
    const token = await tokenFromEmail(inquiry.id);

    const cases: { input: Record<string, unknown>; field: string }[] = [
      { input: { serviceRating: 0, courtesyRating: 3 }, field: 'input.serviceRating' },
      { input: { serviceRating: 5, courtesyRating: 3 }, field: 'input.serviceRating' },
      { input: { serviceRating: 3, courtesyRating: 2.5 }, field: 'input.courtesyRating' },
      { input: { serviceRating: 3 }, field: 'input.courtesyRating' },
      { input: { serviceRating: '4', courtesyRating: 3 }, field: 'input.serviceRating' },
      { input: { serviceRating: 3, courtesyRating: 3, comment: 'x'.repeat(2001) }, field: 'input.comment' },
    ];
    for (const { input, field } of cases) {
      const result = await submitSurvey(database().deps, token, input as never, REQUEST);
      expect(result.kind, JSON.stringify(input)).toBe('invalid_input');
      if (result.kind !== 'invalid_input') continue;
      expect(result.fields.map((entry) => entry.field), JSON.stringify(input)).toEqual([field]);
    }
    const rangeError = await submitSurvey(database().deps, token, { serviceRating: 9, courtesyRating: 3 }, REQUEST);
    expect(rangeError.kind === 'invalid_input' && rangeError.fields[0].message).toBe('serviceRating must be a whole number from 1 (poor) to 4 (excellent)');

    const stored = await database().deps.db.select().from(surveyResponses);
    expect(stored).toEqual([]);
  });

  it('survey link used twice keeps first rating', async () => {
    const agent = await createAgent(database().deps);
    const inquiry = await newInquiry({ email: 'rosa@example.org' });
    await resolve(agent, inquiry.id);
    const token = await tokenFromEmail(inquiry.id);

    const first = await submitSurvey(database().deps, token, { serviceRating: 4, courtesyRating: 3, comment: 'Fixed in two days.' }, REQUEST);
    expect(first.kind).toBe('answered');
    expect(first.kind === 'answered' && first.answer.source).toBe('email');

    const second = await submitSurvey(database().deps, token, { serviceRating: 1, courtesyRating: 1, comment: 'Changed my mind.' }, REQUEST);
    expect(second.kind).toBe('already_answered');

    // The status link reaches the same inquiry and is refused too.
    const throughStatus = await submitSurvey(database().deps, inquiry.statusToken!, { serviceRating: 2, courtesyRating: 2 }, REQUEST);
    expect(throughStatus.kind).toBe('already_answered');

    const rows = await database().deps.db.select().from(surveyResponses).where(eq(surveyResponses.inquiryId, inquiry.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].serviceRating).toBe(4);
    expect(rows[0].courtesyRating).toBe(3);
    expect(rows[0].comment).toBe('Fixed in two days.');
    expect(rows[0].source).toBe('email');

    const lookup = await lookUpSurvey(database().deps, token, REQUEST);
    expect(lookup.kind === 'found' && lookup.invitation.answered).toBe(true);
  });

  it('status link rates with source status_link', async () => {
    const agent = await createAgent(database().deps);
    const inquiry = await newInquiry();
    await resolve(agent, inquiry.id);

    const result = await submitSurvey(database().deps, inquiry.statusToken!, { serviceRating: 2, courtesyRating: 4, comment: '  ' }, REQUEST);
    expect(result.kind).toBe('answered');
    const [row] = await database().deps.db.select().from(surveyResponses).where(eq(surveyResponses.inquiryId, inquiry.id));
    expect(row.source).toBe('status_link');
    expect(row.serviceRating).toBe(2);
    expect(row.courtesyRating).toBe(4);
    expect(row.comment).toBeNull();
  });

  it('unresolved inquiry is refused', async () => {
    const inquiry = await newInquiry();
    const result = await submitSurvey(database().deps, inquiry.statusToken!, { serviceRating: 3, courtesyRating: 3 }, REQUEST);
    expect(result.kind).toBe('not_resolved');
    expect(result.kind === 'not_resolved' && result.message).toContain(inquiry.reference);
    expect(await database().deps.db.select().from(surveyResponses)).toEqual([]);
  });

  it('unknown and malformed tokens are not found', async () => {
    for (const token of ['AAAAAAAAAAAAAAAAAAAAAAAA', 'short', '']) {
      const submitted = await submitSurvey(database().deps, token, { serviceRating: 3, courtesyRating: 3 }, REQUEST);
      expect(submitted.kind, token).toBe('not_found');
      const looked = await lookUpSurvey(database().deps, token, REQUEST);
      expect(looked.kind, token).toBe('not_found');
    }
  });

  it('kudos stored with rating', async () => {
    const agent = await createAgent(database().deps, 'Maria Lopez');
    const inquiry = await newInquiry({ email: 'rosa@example.org' });
    await resolve(agent, inquiry.id);
    const token = await tokenFromEmail(inquiry.id);

    const result = await submitSurvey(
      database().deps,
      token,
      { serviceRating: 4, courtesyRating: 4, kudos: { employeeName: 'Maria', message: 'Patient and clear.', residentName: 'Rosa' } },
      REQUEST,
    );
    expect(result.kind).toBe('answered');
    const rows = await database().deps.db.select().from(kudos);
    expect(rows).toHaveLength(1);
    expect(rows[0].source).toBe('survey');
    expect(rows[0].inquiryId).toBe(inquiry.id);
    expect(rows[0].staffId).toBe(agent.id);
    expect(rows[0].employeeName).toBe('Maria');
  });

  it('invalid kudos stores no rating', async () => {
    const agent = await createAgent(database().deps);
    const inquiry = await newInquiry();
    await resolve(agent, inquiry.id);

    const result = await submitSurvey(database().deps, inquiry.statusToken!, { serviceRating: 4, courtesyRating: 4, kudos: { employeeName: 'Maria', message: '' } }, REQUEST);
    expect(result.kind).toBe('invalid_input');
    expect(result.kind === 'invalid_input' && result.fields.map((entry) => entry.field)).toEqual(['input.kudos.message']);
    expect(await database().deps.db.select().from(surveyResponses)).toEqual([]);
    expect(await database().deps.db.select().from(kudos)).toEqual([]);

    // Blank kudos fields mean no kudos, and the rating then goes through.
    const blank = await submitSurvey(database().deps, inquiry.statusToken!, { serviceRating: 4, courtesyRating: 4, kudos: { employeeName: ' ', message: '' } }, REQUEST);
    expect(blank.kind).toBe('answered');
    expect(await database().deps.db.select().from(kudos)).toEqual([]);
  });

  it('lookups and submissions are rate-limited', async () => {
    const limits = { ...DEFAULT_PUBLIC_FORM_LIMITS, statusLookupsPerWindow: 2 };
    const request = { clientAddress: '198.51.100.4', limits };
    expect((await lookUpSurvey(database().deps, 'AAAAAAAAAAAAAAAAAAAAAAAA', request)).kind).toBe('not_found');
    expect((await submitSurvey(database().deps, 'AAAAAAAAAAAAAAAAAAAAAAAA', { serviceRating: 3, courtesyRating: 3 }, request)).kind).toBe('not_found');
    const third = await lookUpSurvey(database().deps, 'AAAAAAAAAAAAAAAAAAAAAAAA', request);
    expect(third.kind).toBe('rate_limited');
  });

  it('concurrent submissions: exactly one wins', async () => {
    const agent = await createAgent(database().deps);
    const inquiry = await newInquiry({ email: 'rosa@example.org' });
    await resolve(agent, inquiry.id);
    const surveyToken = await tokenFromEmail(inquiry.id);

    for (let round = 0; round < 3; round += 1) {
      await database().deps.db.delete(surveyResponses);
      // One through each link, so the two transactions find the inquiry through different tokens.
      const results = await Promise.all([
        submitSurvey(database().deps, surveyToken, { serviceRating: 4, courtesyRating: 4 }, REQUEST),
        submitSurvey(database().deps, inquiry.statusToken!, { serviceRating: 1, courtesyRating: 1 }, REQUEST),
      ]);
      const kinds = results.map((result) => result.kind).sort();
      expect(kinds).toEqual(['already_answered', 'answered']);

      const rows = await database().deps.db.select().from(surveyResponses).where(eq(surveyResponses.inquiryId, inquiry.id));
      expect(rows).toHaveLength(1);
      const winner = results.find((result) => result.kind === 'answered');
      expect(winner?.kind === 'answered' && rows[0].serviceRating).toBe(winner?.kind === 'answered' && winner.answer.serviceRating);
    }
  });
});
