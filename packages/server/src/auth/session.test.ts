import { describe, expect, it } from 'vitest';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import type { Actor } from '../core/deps.js';
import { authenticateSession, deactivateStaff, signIn, signOut } from './service.js';

describe.each(databaseKinds())('authenticateSession on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  async function openSession(actor: Actor): Promise<string> {
    const result = await signIn(testDatabase().deps, { email: actor.email, password: TEST_PASSWORD });
    if (result.kind !== 'signed_in') throw new Error(`sign-in failed: ${result.kind}`);
    return result.session.id;
  }

  it('burst of reads answers each session', async () => {
    const { deps } = testDatabase();
    const manager = await createAgent(deps, 'Manager', 'manager');
    const [live, signedOut, deactivated] = await Promise.all([createAgent(deps, 'Live'), createAgent(deps, 'Signed Out'), createAgent(deps, 'Deactivated')]);
    const sessions = { live: await openSession(live), signedOut: await openSession(signedOut), deactivated: await openSession(deactivated) };
    await signOut(deps, sessions.signedOut);
    await deactivateStaff(deps, manager, deactivated.id);

    const asked = [sessions.live, sessions.signedOut, 'not-a-uuid', sessions.deactivated, '00000000-0000-4000-8000-000000000000', sessions.live];
    const answers = await Promise.all(asked.map((id) => authenticateSession(deps, id)));
    expect(answers.map((answer) => answer?.staff.displayName ?? null)).toEqual(['Live', null, null, null, null, 'Live']);
    expect(answers[0]?.session.id).toBe(sessions.live);
  });

  it('signed-out session reads as missing', async () => {
    const { deps } = testDatabase();
    const agent = await createAgent(deps, 'First');
    const session = await openSession(agent);
    expect((await authenticateSession(deps, session))?.staff.displayName).toBe('First');
    await signOut(deps, session);
    expect(await authenticateSession(deps, session)).toBeUndefined();
  });
});
