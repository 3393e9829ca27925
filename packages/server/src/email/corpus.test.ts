import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { attachments, contacts, inquiries, inquiryMessages, outboundEmails } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { resolveInquiry } from '../inquiries/service.js';
import { receiveEmail, type EmailIntakeResult, type EmailIntakeSettings } from './intake.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** Small limits, so the fixtures stay small: 100 KB per file and per message. */
const settings: EmailIntakeSettings = { maxFileBytes: 100_000, maxFilesBytes: 100_000, acknowledgementsPerHour: 3, mailFrom: '311@county.example' };

type Expected = {
  outcome: 'created' | 'joined' | 'duplicate';
  subject?: string;
  /** Excerpts of the message as stored in the thread. */
  body?: string[];
  notInBody?: string[];
  contactName?: string;
  contactEmail?: string | null;
  stored?: string[];
  /** Excerpts of the internal note about dropped files; none expected when undefined. */
  droppedNote?: string[];
  acknowledged?: boolean;
  reopened?: boolean;
  /** Resolve the original inquiry before this message arrives. */
  resolveFirst?: boolean;
  /** Deliver the message twice. */
  twice?: boolean;
};

const corpus: [string, Expected][] = [
  ['01-plain.eml', { outcome: 'created', subject: 'Missed trash pickup', body: ['The truck skipped Pine Street today.'], contactName: 'Bob Smith', acknowledged: true }],
  [
    '02-encoded-words.eml',
    { outcome: 'created', subject: 'Señal de tráfico caída — calle 5', body: ['La señal de la esquina está en el suelo.'], contactName: 'José Müller', acknowledged: true },
  ],
  ['03-latin1-8bit.eml', { outcome: 'created', subject: 'Parque sin baños', body: ['Los baños del parque están cerrados desde el lunes. ¿Cuándo abren?'], acknowledged: true }],
  ['04-windows-1252-qp.eml', { outcome: 'created', body: ['The neighbour’s generator runs all night – it’s “unbearable”.'], contactName: "O'Brien, Pat", acknowledged: true }],
  ['05-html-only.eml', { outcome: 'created', subject: 'Pothole', body: ['Deep pothole at 5th & Main.', 'Please fix it.'], notInBody: ['<', 'alert', 'color', 'steal'], acknowledged: true }],
  [
    '06-nested-multipart.eml',
    { outcome: 'created', body: ['There is new graffiti on the north wall of the library. Photo attached.'], notInBody: ['<b>'], stored: ['wall.png', 'report.pdf'], acknowledged: true },
  ],
  [
    '07-huge-attachment.eml',
    { outcome: 'created', body: ['Water came in through the storm drain.'], stored: ['address.txt'], droppedNote: ['flood.mp4 (195 KB)', 'larger than the limit of 98 KB per file'], acknowledged: true },
  ],
  [
    '08-over-message-limit.eml',
    { outcome: 'created', stored: ['photo1.jpg', 'photo2.jpg'], droppedNote: ['photo3.jpg (39 KB)', 'exceed the limit of 98 KB per message'], acknowledged: true },
  ],
  ['09-auto-submitted.eml', { outcome: 'created', subject: 'Out of office', acknowledged: false }],
  ['10-precedence-bulk.eml', { outcome: 'created', acknowledged: false }],
  ['11-precedence-junk.eml', { outcome: 'created', acknowledged: false }],
  ['12-precedence-auto-reply.eml', { outcome: 'created', acknowledged: false }],
  ['13-x-autoreply.eml', { outcome: 'created', acknowledged: false }],
  ['14-x-autorespond.eml', { outcome: 'created', acknowledged: false }],
  ['15-empty-return-path.eml', { outcome: 'created', subject: 'Undelivered Mail Returned to Sender', acknowledged: false }],
  ['16-auto-submitted-no.eml', { outcome: 'created', subject: 'Bench broken in Central Park', acknowledged: true }],
  [
    '17-forwarded-thread.eml',
    { outcome: 'created', subject: 'Fwd: Dog park gate', body: ['Forwarding a constituent', 'The gate latch at the dog park is broken.'], stored: ['Dog park gate.eml'], contactEmail: 'diaz@council.example', acknowledged: true },
  ],
  ['18-reply-subject-reference.eml', { outcome: 'joined', body: ['It is still out tonight.'], reopened: false }],
  ['19-reference-other-sender.eml', { outcome: 'created', body: ["I would like to add to someone else's request."], contactEmail: 'mallory@elsewhere.example', acknowledged: true }],
  ['20-reply-in-reply-to.eml', { outcome: 'joined', body: ['Also the one at number 44 flickers.'], reopened: false }],
  ['21-reply-references-only.eml', { outcome: 'joined', body: ['pole 17'], reopened: false }],
  ['22-no-subject.eml', { outcome: 'created', subject: '(no subject)', body: ['Where do I pay a parking ticket?'], acknowledged: true }],
  ['23-no-text.eml', { outcome: 'created', subject: 'Question', body: ['(The message has no text.)'], acknowledged: true }],
  ['24-iso-2022-jp.eml', { outcome: 'created', subject: '道路の穴', body: ['道路に穴があります。'], contactName: '山田 太郎', acknowledged: true }],
  ['25-reply-to-resolved.eml', { outcome: 'joined', body: ['It went out again.'], reopened: true, resolveFirst: true }],
  ['26-out-of-office-in-thread.eml', { outcome: 'joined', body: ['I am away until Friday.'], reopened: false }],
  ['27-html-entities-no-charset.eml', { outcome: 'created', body: ['The sidewalk on 3rd Ave is cracked…'], acknowledged: true }],
  ['01-plain.eml', { outcome: 'duplicate', twice: true }],
];

describe.each(databaseKinds())('e-mail corpus on %s', (kind) => {
  const db = useTestDatabase(kind);

  it('has at least 20 fixtures', () => {
    expect(fs.readdirSync(FIXTURES).filter((file) => file.endsWith('.eml')).length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus)('%s', async (file, expected) => {
    const { deps } = db();
    // Every case starts from one inquiry of Ana's, acknowledged, for the replies to join.
    const original = await receiveEmail(deps, settings, fs.readFileSync(path.join(FIXTURES, '00-original.eml')));
    if (original.kind !== 'created') throw new Error(`original not created: ${JSON.stringify(original)}`);
    const [ack] = await deps.db.select().from(outboundEmails).where(eq(outboundEmails.inquiryId, original.inquiryId));
    expect(ack.kind).toBe('acknowledgement');

    if (expected.resolveFirst) {
      const agent = await createAgent(deps);
      const resolved = await resolveInquiry(deps, agent, original.inquiryId, 1, 'Crew replaced the lamp.');
      expect(resolved.kind).toBe('ok');
    }

    const raw = Buffer.from(
      fs.readFileSync(path.join(FIXTURES, file), 'latin1').replaceAll('{{REFERENCE}}', original.reference).replaceAll('{{ACK_ID}}', ack.messageIdHeader),
      'latin1',
    );
    let result: EmailIntakeResult = await receiveEmail(deps, settings, raw);
    if (expected.twice) result = await receiveEmail(deps, settings, raw);

    expect(result.kind).toBe(expected.outcome);
    if (result.kind === 'invalid_input') return;
    const inquiryId = result.inquiryId;
    if (expected.outcome === 'joined' || expected.outcome === 'created') {
      expect(inquiryId === original.inquiryId).toBe(expected.outcome === 'joined');
    }
    if (expected.outcome === 'duplicate') {
      expect(await deps.db.select().from(inquiries)).toHaveLength(2);
      return;
    }

    const [inquiry] = await deps.db.select().from(inquiries).where(eq(inquiries.id, inquiryId));
    if (expected.subject !== undefined) expect(inquiry.subject).toBe(expected.subject);
    if (expected.reopened !== undefined) expect(inquiry.status).toBe('open');
    if (result.kind === 'joined') expect(result.reopened).toBe(expected.reopened ?? false);

    const messages = await deps.db
      .select()
      .from(inquiryMessages)
      .where(eq(inquiryMessages.inquiryId, inquiryId))
      .orderBy(asc(inquiryMessages.id));
    const residentMessages = messages.filter((message) => message.kind === 'resident');
    const latest = residentMessages.at(-1)!;
    expect(latest.body.trim()).not.toBe('');
    for (const excerpt of expected.body ?? []) expect(latest.body).toContain(excerpt);
    for (const excerpt of expected.notInBody ?? []) expect(latest.body).not.toContain(excerpt);
    if (result.kind === 'joined') expect(residentMessages).toHaveLength(2);

    const notes = messages.filter((message) => message.kind === 'note' && message.body.startsWith('Attachments not stored'));
    if (expected.droppedNote) {
      expect(notes).toHaveLength(1);
      for (const excerpt of expected.droppedNote) expect(notes[0].body).toContain(excerpt);
    } else {
      expect(notes).toHaveLength(0);
    }

    const files = await deps.db.select().from(attachments).where(eq(attachments.inquiryId, inquiryId)).orderBy(asc(attachments.filename));
    expect(files.map((stored) => stored.filename).sort()).toEqual([...(expected.stored ?? [])].sort());
    for (const stored of files) expect(stored.messageId).toBe(latest.id);

    if (expected.contactName !== undefined || expected.contactEmail !== undefined) {
      const [contact] = await deps.db.select().from(contacts).where(eq(contacts.id, inquiry.contactId!));
      if (expected.contactName !== undefined) expect(contact.name).toBe(expected.contactName);
      if (expected.contactEmail !== undefined) expect(contact.email).toBe(expected.contactEmail);
    }

    if (result.kind === 'created') {
      expect(result.acknowledged).toBe(expected.acknowledged);
      const acks = await deps.db
        .select()
        .from(outboundEmails)
        .where(and(eq(outboundEmails.inquiryId, inquiryId), eq(outboundEmails.kind, 'acknowledgement')));
      expect(acks).toHaveLength(expected.acknowledged ? 1 : 0);
      if (acks[0]) expect(acks[0].subject).toContain(inquiry.reference);
    } else {
      // A reply that joins a thread is never acknowledged: only the original's acknowledgement exists.
      expect(await deps.db.select().from(outboundEmails).where(eq(outboundEmails.inquiryId, inquiryId))).toHaveLength(1);
    }
  });
});
