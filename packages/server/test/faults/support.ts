import net from 'node:net';
import type { Client } from 'graphql-ws';
import { startServerProcess, type ServerProcess } from '../support/process.js';
import { TestClient } from '../support/server.js';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Returns a loopback port that was free a moment ago, so a restarted server can listen where the first one did. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `condition` every 50 ms and rejects with `message` after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, message: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${message()}`);
    await sleep(50);
  }
}

/** Sends SIGKILL and resolves once the child has exited. */
export function killServerProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

/**
 * Starts a server process, retrying while a start fails (for example while
 * the embedded database folder is still locked by a killed process).
 * Returns the server and the error messages of the failed attempts.
 */
export async function startServerWithRetry(env: Record<string, string>, timeoutMs: number): Promise<{ server: ServerProcess; failures: string[] }> {
  const deadline = Date.now() + timeoutMs;
  const failures: string[] = [];
  for (;;) {
    try {
      return { server: await startServerProcess(env), failures };
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      if (Date.now() > deadline) throw new Error(`server did not start within ${timeoutMs} ms; last error: ${failures.at(-1)}`);
      await sleep(500);
    }
  }
}

export type InboxEvent = { id: number; type: string; reference: string };

const inboxSubscription = `subscription($after: ID) {
  inboxEvents(after: $after) { id type inquiry { reference } }
}`;

type InboxEventData = { inboxEvents: { id: string; type: string; inquiry: { reference: string } } };

/**
 * A staff client subscribed to inboxEvents that, like the web client, opens
 * a new socket when the old one closes and resubscribes with `after` set to
 * the last event id it received.
 */
export class ResumingInboxSubscriber {
  readonly received: InboxEvent[] = [];
  /** Subscriptions opened, the first one included. */
  subscriptions = 0;
  errors: string[] = [];
  private client: Client | undefined;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly staff: TestClient,
    private readonly maxSubscriptions = 400,
  ) {}

  get lastId(): number {
    return this.received.at(-1)?.id ?? 0;
  }

  start(): void {
    if (this.stopped) return;
    if (this.subscriptions >= this.maxSubscriptions) {
      this.errors.push(`gave up after ${this.subscriptions} subscriptions`);
      return;
    }
    this.subscriptions += 1;
    const client = this.staff.socket();
    this.client = client;
    client.subscribe<InboxEventData>(
      { query: inboxSubscription, variables: { after: String(this.lastId) } },
      {
        next: (value) => {
          if (value.errors) this.errors.push(JSON.stringify(value.errors));
          const event = value.data?.inboxEvents;
          if (event) this.received.push({ id: Number(event.id), type: event.type, reference: event.inquiry.reference });
        },
        error: () => this.resubscribe(client),
        complete: () => this.resubscribe(client),
      },
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.dispose();
  }

  private resubscribe(client: Client): void {
    void client.dispose();
    if (this.stopped || client !== this.client) return;
    this.reconnectTimer = setTimeout(() => this.start(), 250);
  }
}

/**
 * Residents sending the public web form from `concurrency` loops at once.
 * A submission counts as acknowledged only when the server returned its
 * reference; failed requests are counted and the loop goes on.
 */
export class FormWriter {
  readonly acknowledged: string[] = [];
  failures = 0;
  private stopped = false;
  private loops: Promise<void>[] = [];
  private sequence = 0;

  constructor(
    private readonly url: () => string,
    private readonly concurrency = 4,
  ) {}

  start(): void {
    this.loops = Array.from({ length: this.concurrency }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      this.sequence += 1;
      try {
        const response = await fetch(`${this.url()}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation($input: WebInquiryInput!) { submitWebInquiry(input: $input) { receipt { reference } } }',
            variables: { input: { subject: `Fault test ${this.sequence}`, question: 'Is the streetlight on Elm Street fixed yet?' } },
          }),
          // A request stuck on a database that went away counts as failed, never as acknowledged.
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await response.json()) as { data?: { submitWebInquiry: { receipt: { reference: string } | null } } };
        const reference = body.data?.submitWebInquiry.receipt?.reference;
        if (reference) this.acknowledged.push(reference);
        else {
          this.failures += 1;
          await sleep(100);
        }
      } catch {
        this.failures += 1;
        await sleep(100);
      }
    }
  }
}
