import { describe, expect, it } from 'vitest';
import { batchedRead } from './batched-read.js';
import type { Queryable } from './client.js';

/** Builds a batched read whose statements the test ends by hand, and records the keys of each. */
function controlledRead() {
  const statements: { keys: string[]; finish: () => void; fail: (error: Error) => void }[] = [];
  const read = batchedRead<string, string>(
    (_db, keys) =>
      new Promise((resolve, reject) => {
        statements.push({
          keys,
          finish: () => resolve(new Map(keys.filter((key) => !key.startsWith('missing')).map((key) => [key, `row ${key}`]))),
          fail: reject,
        });
      }),
    3,
  );
  return { read, statements };
}

const db = {} as Queryable;

describe('batchedRead', () => {
  it('batches reads requested meanwhile', async () => {
    const { read, statements } = controlledRead();
    const first = read(db, 'a');
    expect(statements.map((statement) => statement.keys)).toEqual([['a']]);

    const waiting = [read(db, 'b'), read(db, 'missing-c'), read(db, 'b'), read(db, 'a')];
    expect(statements).toHaveLength(1);
    statements[0]!.finish();
    expect(await first).toBe('row a');

    // 'a' is read again, because its second request came after the first statement had started.
    await Promise.resolve();
    expect(statements.map((statement) => statement.keys)).toEqual([['a'], ['b', 'missing-c', 'a']]);
    statements[1]!.finish();
    expect(await Promise.all(waiting)).toEqual(['row b', undefined, 'row b', 'row a']);
  });

  it('sends at most maxKeys keys in one statement', async () => {
    const { read, statements } = controlledRead();
    const first = read(db, 'k0');
    const rest = ['k1', 'k2', 'k3', 'k4', 'k5'].map((key) => read(db, key));
    statements[0]!.finish();
    await first;
    await Promise.resolve();
    statements[1]!.finish();
    await new Promise((resolve) => setImmediate(resolve));
    statements[2]!.finish();
    expect(await Promise.all(rest)).toEqual(['row k1', 'row k2', 'row k3', 'row k4', 'row k5']);
    expect(statements.map((statement) => statement.keys)).toEqual([['k0'], ['k1', 'k2', 'k3'], ['k4', 'k5']]);
  });

  it('failure rejects its batch only', async () => {
    const { read, statements } = controlledRead();
    const first = read(db, 'a');
    const second = read(db, 'b');
    statements[0]!.fail(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await Promise.resolve();
    statements[1]!.finish();
    expect(await second).toBe('row b');

    // Idle again: the next read starts a statement of its own at once.
    const third = read(db, 'c');
    expect(statements).toHaveLength(3);
    statements[2]!.finish();
    expect(await third).toBe('row c');
  });

  it('keeps a queue per database handle', async () => {
    const { read, statements } = controlledRead();
    const other = {} as Queryable;
    const one = read(db, 'a');
    const two = read(other, 'a');
    expect(statements).toHaveLength(2);
    for (const statement of statements) statement.finish();
    expect(await Promise.all([one, two])).toEqual(['row a', 'row a']);
  });
});
