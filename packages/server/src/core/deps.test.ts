import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../../test/support/database.js';
import { appendEvent } from '../events/service.js';
import { inTransaction, type CoreDeps } from './deps.js';

describe('inTransaction', () => {
  const testDatabase = useTestDatabase('pglite');

  function countingWakes(): { deps: CoreDeps; wakes: () => number } {
    let wakes = 0;
    return { deps: { ...testDatabase().deps, wakeEvents: () => (wakes += 1) }, wakes: () => wakes };
  }

  it('wakes the dispatcher after a commit that appended an event, nested ones included', async () => {
    const { deps, wakes } = countingWakes();
    await inTransaction(deps, (tx) => appendEvent(tx, { stream: 'inbox', type: 'created', payload: {} }));
    expect(wakes()).toBe(1);
    await inTransaction(deps, (tx) => tx.transaction((savepoint) => appendEvent(savepoint, { stream: 'inbox', type: 'created', payload: {} })));
    expect(wakes()).toBe(2);
  });

  it('does not wake it after a commit that appended none', async () => {
    const { deps, wakes } = countingWakes();
    expect(await inTransaction(deps, async (tx) => (await tx.execute(sql`select 1 as one`)) !== undefined)).toBe(true);
    expect(wakes()).toBe(0);
  });

  it('does not wake it when the transaction rolls back', async () => {
    const { deps, wakes } = countingWakes();
    await expect(
      inTransaction(deps, async (tx) => {
        await appendEvent(tx, { stream: 'inbox', type: 'created', payload: {} });
        throw new Error('rolled back by the test');
      }),
    ).rejects.toThrow('rolled back by the test');
    expect(wakes()).toBe(0);
  });
});
