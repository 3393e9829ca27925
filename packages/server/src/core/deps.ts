import type { Logger } from 'pino';
import type { Database, Transaction } from '../db/client.js';

/** What every domain service needs. Built once by the server; tests build their own. */
export type CoreDeps = {
  db: Database;
  log: Logger;
  /** Asks the event dispatcher to read new events; called after every commit that appended one. */
  wakeEvents: () => void;
  centerTimeZone: string;
  sessionSecret: string;
  sessionTtlHours: number;
};

/** The signed-in staff member on whose behalf a service call runs. */
export type Actor = {
  id: string;
  role: 'agent' | 'manager';
  displayName: string;
  email: string;
  active: boolean;
  phoneExtension: string | null;
};

/** The number of events appended in this process so far, counted by appendEvent. */
let eventsAppended = 0;

/** Counts one event append; appendEvent calls it before the append's statement. */
export function countEventAppend(): void {
  eventsAppended += 1;
}

/**
 * Runs `work` in one transaction and, once it has committed, wakes the event
 * dispatcher, so subscribers only ever see committed events.
 *
 * A transaction that appended no event, such as a claim that lost its race,
 * has nothing to deliver, and its wake-up would only cost an empty read of the
 * log. The count is the whole process's, so an append by a concurrent
 * transaction also wakes the dispatcher, which costs no more than a read.
 */
export async function inTransaction<T>(deps: CoreDeps, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const appendedBefore = eventsAppended;
  const result = await deps.db.transaction(work);
  if (eventsAppended !== appendedBefore) deps.wakeEvents();
  return result;
}
