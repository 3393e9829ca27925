import type { Queryable } from './client.js';

/** A query returned by drizzle's `.prepare()`, with its SQL built. Each run takes the placeholder values. */
type BuiltQuery<Result> = { execute(placeholderValues?: Record<string, unknown>): Promise<Result> };

/**
 * Returns a function that runs the query `build` describes, with drizzle
 * building its SQL once per database handle or transaction instead of on
 * every call. Values go in through `sql.placeholder(name)`.
 *
 * drizzle builds a query's text each time it runs one, and checks the class of
 * every column and chunk on the way. In a CPU profile of racing claims over
 * HTTP, building took about a fifth of the server's time, mostly for the reads that
 * every request makes (the session behind a cookie, an inquiry's messages).
 * A built query is kept while its handle lives. One built inside a
 * transaction therefore runs in that transaction.
 */
export function buildOnce<Values extends Record<string, unknown>, Result>(
  build: (db: Queryable) => BuiltQuery<Result>,
): (db: Queryable, values: Values) => Promise<Result> {
  const built = new WeakMap<Queryable, BuiltQuery<Result>>();
  return (db, values) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query.execute(values);
  };
}
