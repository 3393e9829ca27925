import { describe, expect, it } from 'vitest';
import { normalizeMessageIds, parseEmail } from './parse.js';

function message(lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

describe('parseEmail', () => {
  it('reads sender, subject, text and Message-ID', async () => {
    const parsed = await parseEmail(
      message([
        'From: "Ana Lopez" <ana@example.org>',
        'Subject: Missed trash pickup',
        'Message-ID: <m1@example.org>',
        'Date: Mon, 02 Mar 2026 09:15:00 -0700',
        '',
        'The truck skipped Pine Street today.',
      ]),
    );
    expect(parsed).toEqual({
      fromAddress: 'ana@example.org',
      fromName: 'Ana Lopez',
      subject: 'Missed trash pickup',
      text: 'The truck skipped Pine Street today.',
      messageId: 'm1@example.org',
      inReplyTo: [],
      references: [],
      date: new Date('2026-03-02T16:15:00.000Z'),
      attachments: [],
      automatic: undefined,
    });
  });

  it('decodes encoded subjects and ISO-8859-1 bodies', async () => {
    const parsed = await parseEmail(
      message([
        'From: jose@example.org',
        'Subject: =?ISO-8859-1?Q?Se=F1al_de_tr=E1fico_ca=EDda?=',
        'Content-Type: text/plain; charset=ISO-8859-1',
        'Content-Transfer-Encoding: 8bit',
        '',
        'La se\xf1al de la esquina est\xe1 en el suelo.',
      ]),
    );
    expect(parsed.subject).toBe('Señal de tráfico caída');
    expect(parsed.text).toBe('La señal de la esquina está en el suelo.');
  });

  it('gives text for HTML-only mail', async () => {
    const parsed = await parseEmail(
      message([
        'From: web@example.org',
        'Subject: Pothole',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<html><body><p>Deep <b>pothole</b> at 5th &amp; Main.</p><script>alert(1)</script></body></html>',
      ]),
    );
    expect(parsed.text).toContain('Deep pothole at 5th & Main.');
    expect(parsed.text).not.toContain('<b>');
    expect(parsed.text).not.toContain('alert');
  });

  it('missing subject stays empty', async () => {
    const parsed = await parseEmail(message(['From: a@example.org', '', 'Just a body']));
    expect(parsed.subject).toBe('');
  });

  it('reads In-Reply-To and References', async () => {
    const parsed = await parseEmail(
      message(['From: a@example.org', 'In-Reply-To: <b@example.org>', 'References: <a@example.org>\r\n <b@example.org>', '', 'x']),
    );
    expect(parsed.inReplyTo).toEqual(['b@example.org']);
    expect(parsed.references).toEqual(['a@example.org', 'b@example.org']);
  });

  it.each([
    ['Auto-Submitted: auto-replied', 'Auto-Submitted: auto-replied'],
    ['Auto-Submitted: auto-generated', 'Auto-Submitted: auto-generated'],
    ['Precedence: bulk', 'Precedence: bulk'],
    ['Precedence: list', 'Precedence: list'],
    ['X-Autoreply: yes', 'X-Autoreply'],
    ['X-Autorespond: on', 'X-Autorespond'],
    ['Return-Path: <>', 'empty Return-Path'],
  ])('detects automatic mail by %s', async (header, reason) => {
    const parsed = await parseEmail(message(['From: a@example.org', header, '', 'x']));
    expect(parsed.automatic).toBe(reason);
  });

  it.each(['Auto-Submitted: no', 'Precedence: first-class', 'Return-Path: <a@example.org>'])('treats %s as a person', async (header) => {
    const parsed = await parseEmail(message(['From: a@example.org', header, '', 'x']));
    expect(parsed.automatic).toBeUndefined();
  });

  it('detects an empty envelope sender', async () => {
    const parsed = await parseEmail(message(['From: a@example.org', '', 'x']), '');
    expect(parsed.automatic).toBe('empty envelope sender');
  });
});

describe('normalizeMessageIds', () => {
  it('strips brackets and splits lists', () => {
    expect(normalizeMessageIds(['<a@x> <b@x>', '<b@x>', 'c@x'])).toEqual(['a@x', 'b@x', 'c@x']);
    expect(normalizeMessageIds(undefined)).toEqual([]);
  });
});
