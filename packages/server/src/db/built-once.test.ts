import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { buildOnce } from './built-once.js';
import type { Queryable } from './client.js';
import { departments } from './schema.js';

describe.each(databaseKinds())('buildOnce on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  const buildsFor = new Map<Queryable, number>();
  const departmentByName = buildOnce<{ name: string }, { id: string; name: string }[]>((db) => {
    buildsFor.set(db, (buildsFor.get(db) ?? 0) + 1);
    return db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.name, sql.placeholder('name')))
      .prepare('department_by_name');
  });

  it('builds once per handle', async () => {
    const { db } = testDatabase().deps;
    await db.insert(departments).values([{ name: 'Parks' }, { name: 'Streets' }]);

    expect((await departmentByName(db, { name: 'Parks' })).map((row) => row.name)).toEqual(['Parks']);
    expect((await departmentByName(db, { name: 'Streets' })).map((row) => row.name)).toEqual(['Streets']);
    expect(await departmentByName(db, { name: 'Libraries' })).toEqual([]);
    expect(buildsFor.get(db)).toBe(1);
  });

  it('runs inside its transaction', async () => {
    const { db } = testDatabase().deps;
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(departments).values({ name: 'Animal Control' });
        expect(await departmentByName(tx, { name: 'Animal Control' })).toHaveLength(1);
        expect(await departmentByName(tx, { name: 'Animal Control' })).toHaveLength(1);
        expect(buildsFor.get(tx)).toBe(1);
        throw new Error('rolled back by the test');
      }),
    ).rejects.toThrow('rolled back by the test');
    expect(await departmentByName(db, { name: 'Animal Control' })).toEqual([]);
  });
});
