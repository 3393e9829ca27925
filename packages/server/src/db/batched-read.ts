import type { Queryable } from './client.js';

type Waiter<Row> = { resolve: (row: Row | undefined) => void; reject: (error: unknown) => void };

type ReadState<Key, Row> = { running: boolean; waiting: Map<Key, Waiter<Row>[]> };

/**
 * Turns a read of many keys in one statement into a read of one key, for
 * reads that many requests make at the same moment, such as the session
 * behind every operation on a WebSocket.
 *
 * The first read starts at once. Keys asked for while a statement runs wait
 * for it to end and then go out together in the next statement, at most
 * `maxKeys` at a time. So every read starts after its request and returns
 * what was committed by then, as a read of its own would. A burst of requests
 * costs a few statements rather than one each. Each database handle
 * has its own queue, so a read made with a transaction stays in it.
 *
 * `read` returns the rows it found by key; a key with no row reads as undefined.
 * When `read` fails, every read in that statement fails with its error.
 */
export function batchedRead<Key, Row>(
  read: (db: Queryable, keys: Key[]) => Promise<Map<Key, Row>>,
  maxKeys = 200,
): (db: Queryable, key: Key) => Promise<Row | undefined> {
  const states = new WeakMap<Queryable, ReadState<Key, Row>>();

  async function drain(db: Queryable, state: ReadState<Key, Row>): Promise<void> {
    state.running = true;
    while (state.waiting.size > 0) {
      const batch = takeBatch(state, maxKeys);
      try {
        const rows = await read(db, [...batch.keys()]);
        for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(rows.get(key));
      } catch (error) {
        for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
      }
    }
    state.running = false;
  }

  return (db, key) => {
    let state = states.get(db);
    if (state === undefined) {
      state = { running: false, waiting: new Map() };
      states.set(db, state);
    }
    const current = state;
    return new Promise<Row | undefined>((resolve, reject) => {
      const waiters = current.waiting.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else current.waiting.set(key, [{ resolve, reject }]);
      if (!current.running) void drain(db, current);
    });
  };
}

/** Removes up to `maxKeys` keys, the longest waiting first, from the queue and returns them. */
function takeBatch<Key, Row>(state: ReadState<Key, Row>, maxKeys: number): Map<Key, Waiter<Row>[]> {
  if (state.waiting.size <= maxKeys) {
    const batch = state.waiting;
    state.waiting = new Map();
    return batch;
  }
  const batch = new Map<Key, Waiter<Row>[]>();
  for (const [key, waiters] of state.waiting) {
    if (batch.size === maxKeys) break;
    batch.set(key, waiters);
  }
  for (const key of batch.keys()) state.waiting.delete(key);
  return batch;
}
