import { describe, expect, it } from 'vitest';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { loadInstanceSecret } from './secret.js';

describe.each(databaseKinds())('instance secret on %s', (kind) => {
  const database = useTestDatabase(kind);

  it('is created once and then reused', async () => {
    const first = await loadInstanceSecret(database().deps.db, 'test_key');
    const again = await Promise.all([loadInstanceSecret(database().deps.db, 'test_key'), loadInstanceSecret(database().deps.db, 'test_key')]);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(again).toEqual([first, first]);
  });

  it('differs between names', async () => {
    const a = await loadInstanceSecret(database().deps.db, 'a');
    const b = await loadInstanceSecret(database().deps.db, 'b');
    expect(a).not.toBe(b);
  });
});
