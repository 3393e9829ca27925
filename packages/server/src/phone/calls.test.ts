import { describe, expect, it } from 'vitest';
import { classifyHangUp, decideTransition, elapsedSeconds, type CallState } from './calls.js';

const offeredAt = new Date('2026-03-10T15:30:00.000Z');
const after = (ms: number) => new Date(offeredAt.getTime() + ms);
const ringing: CallState = { outcome: 'ringing', offeredAt, answeredAt: null, endedAt: null, answeredExtension: null };

describe('call transitions', () => {
  it('hang-up at 19.999 s is short', () => {
    expect(elapsedSeconds(offeredAt, after(19_999))).toBe(19);
    expect(decideTransition(ringing, { type: 'hung_up', at: after(19_999) })).toEqual({
      kind: 'apply',
      change: { outcome: 'short_hangup', endedAt: after(19_999), waitSeconds: 19 },
    });
  });

  it('hang-up at 20 s is abandoned', () => {
    expect(classifyHangUp(20)).toBe('abandoned');
    expect(decideTransition(ringing, { type: 'hung_up', at: after(20_000) })).toEqual({
      kind: 'apply',
      change: { outcome: 'abandoned', endedAt: after(20_000), waitSeconds: 20 },
    });
  });

  it('answer then end measures wait and talk', () => {
    const answer = decideTransition(ringing, { type: 'answered', at: after(12_500), extension: '201' });
    expect(answer).toEqual({ kind: 'apply', change: { outcome: 'answered', answeredAt: after(12_500), answeredExtension: '201', waitSeconds: 12 } });
    const answered: CallState = { ...ringing, outcome: 'answered', answeredAt: after(12_500), answeredExtension: '201' };
    expect(decideTransition(answered, { type: 'ended', at: after(192_500) })).toEqual({
      kind: 'apply',
      change: { outcome: 'ended', endedAt: after(192_500), talkSeconds: 180 },
    });
  });

  it('repeats are duplicates', () => {
    const answered: CallState = { ...ringing, outcome: 'answered', answeredAt: after(5000), answeredExtension: '201' };
    expect(decideTransition(answered, { type: 'answered', at: after(5000), extension: '201' }).kind).toBe('duplicate');
    const ended: CallState = { ...answered, outcome: 'ended', endedAt: after(9000) };
    expect(decideTransition(ended, { type: 'ended', at: after(9000) }).kind).toBe('duplicate');
    const abandoned: CallState = { ...ringing, outcome: 'abandoned', endedAt: after(30_000) };
    expect(decideTransition(abandoned, { type: 'hung_up', at: after(30_000) }).kind).toBe('duplicate');
  });

  it('out-of-order steps conflict', () => {
    expect(decideTransition(ringing, { type: 'ended', at: after(5000) }).kind).toBe('conflict');
    const answered: CallState = { ...ringing, outcome: 'answered', answeredAt: after(5000), answeredExtension: '201' };
    expect(decideTransition(answered, { type: 'hung_up', at: after(6000) }).kind).toBe('conflict');
    expect(decideTransition(answered, { type: 'answered', at: after(5000), extension: '202' }).kind).toBe('conflict');
    const shortHangUp: CallState = { ...ringing, outcome: 'short_hangup', endedAt: after(3000) };
    expect(decideTransition(shortHangUp, { type: 'answered', at: after(4000), extension: '201' }).kind).toBe('conflict');
  });

  it('times before earlier steps are invalid', () => {
    expect(decideTransition(ringing, { type: 'answered', at: after(-1), extension: '201' }).kind).toBe('invalid_time');
    const answered: CallState = { ...ringing, outcome: 'answered', answeredAt: after(5000), answeredExtension: '201' };
    expect(decideTransition(answered, { type: 'ended', at: after(4999) }).kind).toBe('invalid_time');
  });
});
