import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { rowsOf } from './client.js';
import { PreparePolicy, withPreparePolicy } from './prepared.js';

describe('PreparePolicy', () => {
  it('prepares a text from its second use on', () => {
    const policy = new PreparePolicy();
    expect(policy.shouldPrepare('select $1')).toBe(false);
    expect(policy.shouldPrepare('select $1')).toBe(true);
    expect(policy.shouldPrepare('select $1')).toBe(true);
    expect(policy.shouldPrepare('select $2')).toBe(false);
    expect(policy.preparedCount).toBe(1);
  });

  it('stops adding texts at the limit', () => {
    const policy = new PreparePolicy(2, 1);
    expect(policy.shouldPrepare('a')).toBe(true);
    expect(policy.shouldPrepare('b')).toBe(true);
    for (let use = 0; use < 5; use += 1) expect(policy.shouldPrepare('c')).toBe(false);
    expect(policy.shouldPrepare('a')).toBe(true);
    expect(policy.preparedCount).toBe(2);
  });

  it('restarts counting when the map is full', () => {
    const policy = new PreparePolicy(100, 2, 3);
    for (const text of ['a', 'b', 'c', 'd']) expect(policy.shouldPrepare(text)).toBe(false);
    // The map was cleared before 'd' was counted, so 'a' counts as new again.
    expect(policy.shouldPrepare('a')).toBe(false);
    expect(policy.shouldPrepare('d')).toBe(true);
  });
});

// The connection's prepared statements are visible in pg_prepared_statements, which PGlite's driver does not use.
describe.skipIf(!process.env.DATABASE_URL)('withPreparePolicy on PostgreSQL', () => {
  let client: postgres.Sql;
  let policy: PreparePolicy;
  let db: ReturnType<typeof drizzle>;

  beforeAll(() => {
    client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    policy = new PreparePolicy();
    db = drizzle(withPreparePolicy(client, policy));
  });
  afterAll(() => client.end());

  const preparedTexts = async (run: (query: string) => Promise<unknown>) => {
    const rows = rowsOf<{ statement: string }>(await run('select statement from pg_prepared_statements'));
    return rows.map((row) => row.statement);
  };

  it('prepares in pool, transaction and savepoint', async () => {
    const tag = `prepared_probe_${Date.now()}`;
    const repeated = (value: number) => sql`select ${value}::int + 1 as ${sql.identifier(tag)}`;
    expect(rowsOf<Record<string, number>>(await db.execute(repeated(1)))[0][tag]).toBe(2);
    expect(rowsOf<Record<string, number>>(await db.execute(repeated(2)))[0][tag]).toBe(3);

    const once = `select $1::int as ${tag}_once`;
    await db.execute(sql`select ${5}::int as ${sql.identifier(`${tag}_once`)}`);

    const inTransaction = await db.transaction(async (tx) => {
      await tx.execute(sql`select ${1}::int * 2 as ${sql.identifier(`${tag}_tx`)}`);
      await tx.execute(sql`select ${2}::int * 2 as ${sql.identifier(`${tag}_tx`)}`);
      return tx.transaction(async (savepoint) => {
        await savepoint.execute(sql`select ${1}::int * 3 as ${sql.identifier(`${tag}_sp`)}`);
        await savepoint.execute(sql`select ${2}::int * 3 as ${sql.identifier(`${tag}_sp`)}`);
        return preparedTexts((query) => savepoint.execute(sql.raw(query)));
      });
    });
    const statements = inTransaction.join('\n');
    expect(statements).toContain(`as "${tag}"`);
    expect(statements).toContain(`as "${tag}_tx"`);
    expect(statements).toContain(`as "${tag}_sp"`);
    expect(statements).not.toContain(once.split(' as ')[1]);
  });

  it('leaves a single-use statement unprepared', async () => {
    const before = policy.preparedCount;
    const [row] = rowsOf<{ answer: string }>(await db.execute(sql`select ${'forty-two'}::text as answer`));
    expect(row.answer).toBe('forty-two');
    expect(policy.preparedCount).toBe(before);
  });
});
