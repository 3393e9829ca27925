import { describe, expect, it } from 'vitest';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { consumeRateLimit } from './service.js';

describe.each(databaseKinds())('rate limit on %s', (kind) => {
  const database = useTestDatabase(kind);
  const rule = { bucket: 'test', limit: 3, windowSeconds: 60 };

  it('allows up to the limit per window', async () => {
    const now = new Date('2026-12-04T10:00:10Z');
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(database().deps.db, rule, 'a@example.org', now));
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false]);
    expect(results[3].retryAfterSeconds).toBe(50);
  });

  it('counts keys and windows apart', async () => {
    const now = new Date('2026-12-04T10:00:10Z');
    for (let i = 0; i < 3; i++) await consumeRateLimit(database().deps.db, rule, 'a@example.org', now);
    expect((await consumeRateLimit(database().deps.db, rule, 'B@example.org', now)).allowed).toBe(true);
    expect((await consumeRateLimit(database().deps.db, rule, 'A@Example.org ', now)).allowed).toBe(false);
    expect((await consumeRateLimit(database().deps.db, rule, 'a@example.org', new Date('2026-12-04T10:01:00Z'))).allowed).toBe(true);
  });
});
