import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../test/support/database.js';
import { collect, TestClient } from '../../test/support/server.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../../test/support/process.js';

const DEMO_PASSWORD = 'two-process-demo-password';

describe.skipIf(!process.env.DATABASE_URL)('two server processes on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let first: ServerProcess;
  let second: ServerProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    [first, second] = await Promise.all([startServerProcess({ DATABASE_URL: scratch.url, DEMO_PASSWORD }), startServerProcess({ DATABASE_URL: scratch.url, DEMO_PASSWORD })]);
  });
  afterAll(async () => {
    await Promise.all([stopServerProcess(first), stopServerProcess(second)]);
    await scratch?.drop();
  });

  it('web form on one reaches a subscriber on the other', async () => {
    const agent = new TestClient(second.url);
    await agent.signIn('dana@county.example', DEMO_PASSWORD);
    const socket = agent.socket();
    const events = collect<{ inboxEvents: { type: string; inquiry: { reference: string; subject: string } } }>(
      socket,
      'subscription($after: ID) { inboxEvents(after: $after) { type inquiry { reference subject } } }',
      { after: '0' },
    );

    const resident = new TestClient(first.url);
    const submitted = await resident.gql(
      'mutation($input: WebInquiryInput!) { submitWebInquiry(input: $input) { receipt { reference } } }',
      { input: { subject: 'Bark beetles in my pine', question: 'Who can look at my tree?' } },
    );
    const reference = submitted.data?.submitWebInquiry.receipt.reference;
    expect(reference).toMatch(/^Q-/);

    await events.until(1);
    expect(events.items[0].inboxEvents).toEqual({ type: 'CREATED', inquiry: { reference, subject: 'Bark beetles in my pine' } });
    await socket.dispose();
  });

  it('presence from one process shows on the other', async () => {
    const watcher = new TestClient(first.url);
    await watcher.signIn('sam@county.example', DEMO_PASSWORD);
    const watcherSocket = watcher.socket();
    const presence = collect<{ presenceEvents: { presence: { staff: { email: string }; status: string } } }>(
      watcherSocket,
      'subscription($after: ID) { presenceEvents(after: $after) { presence { staff { email } status } } }',
      { after: '0' },
    );

    const luis = new TestClient(second.url);
    await luis.signIn('luis@county.example', DEMO_PASSWORD);
    const luisSocket = luis.socket();
    await new Promise<void>((resolve) => luisSocket.on('connected', () => resolve()));

    const cameOnline = () => presence.items.some((item) => item.presenceEvents.presence.staff.email === 'luis@county.example' && item.presenceEvents.presence.status === 'AVAILABLE');
    await expect.poll(cameOnline, { timeout: 10_000 }).toBe(true);

    await luisSocket.dispose();
    const wentOffline = () => presence.items.some((item) => item.presenceEvents.presence.staff.email === 'luis@county.example' && item.presenceEvents.presence.status === 'OFFLINE');
    await expect.poll(wentOffline, { timeout: 10_000 }).toBe(true);
    await watcherSocket.dispose();
  });
});
