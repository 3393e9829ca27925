import { describe, expect, it } from 'vitest';
import { bucketOf, listBuckets, parsePeriod, previousPeriod, type Period } from './period.js';

const zone = 'America/Denver';

function period(from: string, to: string): Period {
  const result = parsePeriod(from, to, zone);
  if (result.kind !== 'ok') throw new Error(result.message);
  return result.period;
}

describe('parsePeriod', () => {
  it('bounds the range by local midnights', () => {
    const march = period('2026-03-01', '2026-03-31');
    expect(march.start.toISOString()).toBe('2026-03-01T07:00:00.000Z');
    // Daylight saving time starts on March 8, 2026 in Denver, so April 1 begins at 06:00 UTC.
    expect(march.end.toISOString()).toBe('2026-04-01T06:00:00.000Z');
    expect(march.days).toBe(31);
  });

  it('rejects malformed dates by field', () => {
    expect(parsePeriod('2026-3-1', '2026-03-31', zone)).toMatchObject({ kind: 'invalid_input', field: 'from' });
    expect(parsePeriod('2026-03-01', '2026-02-30', zone)).toMatchObject({ kind: 'invalid_input', field: 'to' });
  });

  it('rejects a reversed range', () => {
    expect(parsePeriod('2026-03-02', '2026-03-01', zone)).toMatchObject({ kind: 'invalid_input', field: 'to' });
  });

  it('rejects a range over the maximum', () => {
    expect(parsePeriod('2000-01-01', '2026-01-01', zone)).toMatchObject({ kind: 'invalid_input', field: 'to' });
  });
});

describe('previousPeriod', () => {
  it('has the same number of days', () => {
    const previous = previousPeriod(period('2026-03-01', '2026-03-31'), zone);
    expect(previous.from).toBe('2026-01-29');
    expect(previous.to).toBe('2026-02-28');
    expect(previous.days).toBe(31);
  });

  it('ends the day before the range', () => {
    const previous = previousPeriod(period('2026-03-09', '2026-03-15'), zone);
    expect(previous.from).toBe('2026-03-02');
    expect(previous.to).toBe('2026-03-08');
    expect(previous.end.toISOString()).toBe(period('2026-03-09', '2026-03-15').start.toISOString());
  });
});

describe('listBuckets', () => {
  it('starts weeks on Monday', () => {
    // 2026-03-04 is a Wednesday; the week containing it starts on Monday 2026-03-02.
    expect(listBuckets(period('2026-03-04', '2026-03-17'), 'week', zone)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });

  it('lists days and months', () => {
    expect(listBuckets(period('2026-02-27', '2026-03-02'), 'day', zone)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(listBuckets(period('2026-01-15', '2026-03-02'), 'month', zone)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });
});

describe('bucketOf', () => {
  it('uses the local date, not UTC', () => {
    const lateOnMarch31 = new Date('2026-04-01T05:30:00Z');
    expect(bucketOf(lateOnMarch31, 'month', zone)).toBe('2026-03-01');
    expect(bucketOf(lateOnMarch31, 'day', zone)).toBe('2026-03-31');
    // Sunday 23:30 local (MDT, UTC−6) is still the week that started on Monday March 9.
    expect(bucketOf(new Date('2026-03-16T05:30:00Z'), 'week', zone)).toBe('2026-03-09');
    expect(bucketOf(new Date('2026-03-16T06:30:00Z'), 'week', zone)).toBe('2026-03-16');
  });
});
