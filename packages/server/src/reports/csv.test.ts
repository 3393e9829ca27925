import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('writes a header and CRLF line ends', () => {
    expect(toCsv(['channel', 'count'], [['phone', 3], ['web', 0]])).toBe('channel,count\r\nphone,3\r\nweb,0\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a'], [['Elm St, north']])).toBe('a\r\n"Elm St, north"\r\n');
    expect(toCsv(['a'], [['say "hi"']])).toBe('a\r\n"say ""hi"""\r\n');
    expect(toCsv(['a'], [['two\nlines']])).toBe('a\r\n"two\nlines"\r\n');
  });

  it('writes empty cells for null and undefined', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe('a,b\r\n,\r\n');
  });

  it('writes dates as ISO 8601 UTC', () => {
    expect(toCsv(['at'], [[new Date('2026-03-31T23:30:00-06:00')]])).toBe('at\r\n2026-04-01T05:30:00.000Z\r\n');
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
  ])('escapes formula prefix in %j', (cell, expected) => {
    expect(toCsv(['a'], [[cell]])).toBe(`a\r\n${expected}\r\n`);
  });

  it('escapes and quotes a leading carriage return', () => {
    expect(toCsv(['a'], [['\r=1']])).toBe(`a\r\n"'\r=1"\r\n`);
  });

  it('escapes negative numbers too', () => {
    expect(toCsv(['a'], [[-5]])).toBe("a\r\n'-5\r\n");
    expect(toCsv(['a'], [['-5']])).toBe("a\r\n'-5\r\n");
  });

  it('leaves other cells unchanged', () => {
    expect(toCsv(['a', 'b'], [['Q-000001', 5]])).toBe('a,b\r\nQ-000001,5\r\n');
    expect(toCsv(['a'], [['a=b']])).toBe('a\r\na=b\r\n');
  });

  it('escapes header cells as well', () => {
    expect(toCsv(['=x'], [])).toBe("'=x\r\n");
  });
});
