import type { Sql } from 'postgres';

/**
 * The rule that picks the statements the PostgreSQL connections keep prepared.
 *
 * drizzle-orm sends every statement it builds through postgres.js's
 * `unsafe()`, which does not prepare it unless the query was given a name.
 * postgres.js then sends an unprepared statement with parameters in two
 * steps: a Describe message first, and only after its reply the Bind and
 * Execute messages. So each such statement costs two round trips and two
 * socket writes, and the client parses the row description again every time.
 * A prepared statement costs one of each.
 *
 * Preparing every statement would keep an unbounded number of them.
 * postgres.js keeps each prepared statement on its connection until the
 * connection closes, and some statements are built with literal values in
 * their text (knowledge-base search writes its term weights into the SQL), so
 * their texts rarely repeat. This policy prepares a text once it has been seen
 * `repeatsBeforePrepare` times, and prepares at most `maxPrepared` distinct
 * texts per process, which bounds what each connection keeps. The statements
 * of the hot paths (intake, claims, the inbox, sessions, the event log)
 * repeat from the first requests on, so they are prepared long before the
 * limit is reached.
 */
export class PreparePolicy {
  private readonly seen = new Map<string, number>();
  private readonly prepared = new Set<string>();

  constructor(
    readonly maxPrepared = 500,
    readonly repeatsBeforePrepare = 2,
    /** Number of texts counted before the counts start again, which bounds the counting map. */
    readonly maxCounted = 5_000,
  ) {}

  /** Records one use of `text` and returns whether it should run as a prepared statement. */
  shouldPrepare(text: string): boolean {
    if (this.prepared.has(text)) return true;
    if (this.prepared.size >= this.maxPrepared) return false;
    const uses = (this.seen.get(text) ?? 0) + 1;
    if (uses < this.repeatsBeforePrepare) {
      if (this.seen.size >= this.maxCounted) this.seen.clear();
      this.seen.set(text, uses);
      return false;
    }
    this.seen.delete(text);
    this.prepared.add(text);
    return true;
  }

  /** Number of distinct texts prepared so far. */
  get preparedCount(): number {
    return this.prepared.size;
  }
}

type UnsafeOptions = { prepare?: boolean };

/**
 * Returns `client` with `policy` deciding in `unsafe()` whether to prepare, in
 * the client itself and in every transaction and savepoint opened from it.
 * Everything else is the client's own.
 */
export function withPreparePolicy<T extends Sql>(client: T, policy: PreparePolicy): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (text: string, parameters?: unknown[], options?: UnsafeOptions) =>
          target.unsafe(text, parameters as never, { ...options, prepare: options?.prepare || policy.shouldPrepare(text) });
      }
      if (property === 'begin' || property === 'savepoint') {
        const open = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          const work = args.at(-1) as (inner: Sql) => unknown;
          return open(...args.slice(0, -1), (inner: Sql) => work(withPreparePolicy(inner, policy)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
