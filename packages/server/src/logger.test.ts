import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { serializeError } from './logger.js';

/** A failed query as drizzle reports it: the values in `params` and in the message, the driver's error as cause. */
function failedQuery(): Error {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint'), { parameters: ['maria.pena@example.org'], code: '23505' });
  return Object.assign(new Error('Failed query: insert into "contacts" ("email") values ($1)\nparams: maria.pena@example.org'), {
    query: 'insert into "contacts" ("email") values ($1)',
    params: ['maria.pena@example.org'],
    cause,
  });
}

describe('error serializer', () => {
  it('drops bound values of failed queries', () => {
    const output = JSON.stringify(serializeError(failedQuery()));
    expect(output).not.toContain('maria.pena');
    expect(output).toContain('insert into');
    expect(output).toContain('23505');
  });

  it('keeps values out of a logged line', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    pino({ serializers: { err: serializeError } }, sink).error({ err: failedQuery() }, 'storing failed');
    expect(lines.join('')).toContain('storing failed');
    expect(lines.join('')).not.toContain('maria.pena');
  });
});
