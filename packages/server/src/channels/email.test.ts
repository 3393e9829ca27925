import { describe, expect, it } from 'vitest';
import { parseEmail } from './email.js';

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
      messageId: '<m1@example.org>',
      date: new Date('2026-03-02T16:15:00.000Z'),
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

  it('missing subject becomes a placeholder', async () => {
    const parsed = await parseEmail(message(['From: a@example.org', '', 'Just a body']));
    expect(parsed.subject).toBe('(no subject)');
  });
});
