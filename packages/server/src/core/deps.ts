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

/**
 * Runs `work` in one transaction and, once it has committed, wakes the event
 * dispatcher, so subscribers only ever see committed events.
 */
export async function inTransaction<T>(deps: CoreDeps, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const result = await deps.db.transaction(work);
  deps.wakeEvents();
  return result;
}
