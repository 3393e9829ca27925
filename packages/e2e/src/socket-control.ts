import type { Page, WebSocketRoute } from 'playwright-core';

/** Reads the graphql-ws message type, id and operation name of a frame, or nothing for a frame that is not JSON. */
function parseFrame(message: string | Buffer): { type?: string; id?: string; payload?: { operationName?: string } } {
  try {
    return JSON.parse(message.toString()) as { type?: string; id?: string; payload?: { operationName?: string } };
  } catch {
    return {};
  }
}

/**
 * Holds a page's GraphQL WebSocket so a test can pause the server's messages
 * to it (to make its screen stale on purpose) or drop the connection, and
 * records the operations the page sends over it.
 */
export class SocketControl {
  private routes: { page: WebSocketRoute; server: WebSocketRoute; held: (string | Buffer)[] }[] = [];
  private paused = false;
  /** Operations the page started while paused: their results still pass, like an HTTP response would. */
  private startedWhilePaused = new Set<string>();
  connections = 0;
  /** The operation names of the subscribe messages the page sent, in order. */
  readonly sentOperations: string[] = [];

  async attach(page: Page): Promise<void> {
    await page.routeWebSocket(/\/graphql$/, (pageSide) => {
      const serverSide = pageSide.connectToServer();
      const route = { page: pageSide, server: serverSide, held: [] as (string | Buffer)[] };
      this.connections += 1;
      this.routes.push(route);
      pageSide.onMessage((message) => {
        const frame = parseFrame(message);
        if (frame.type === 'subscribe' && frame.id) {
          this.sentOperations.push(frame.payload?.operationName ?? '');
          if (this.paused) this.startedWhilePaused.add(frame.id);
        }
        serverSide.send(message);
      });
      serverSide.onMessage((message) => {
        const id = parseFrame(message).id;
        if (this.paused && !(id && this.startedWhilePaused.has(id))) route.held.push(message);
        else pageSide.send(message);
      });
    });
  }

  /** Holds the server's messages for the operations that were running, such as the live inbox, until resume. */
  pause(): void {
    this.paused = true;
    this.startedWhilePaused.clear();
  }

  /** Delivers what each connection held back, to that same connection. */
  resume(): void {
    this.paused = false;
    for (const route of this.routes) {
      for (const message of route.held.splice(0)) route.page.send(message);
    }
  }

  /** Closes the page's socket as a network drop would; the client is expected to reconnect. */
  async drop(): Promise<void> {
    const current = this.routes.at(-1);
    await current?.page.close({ code: 1006, reason: 'network drop in test' }).catch(() => {});
    await current?.server.close().catch(() => {});
  }
}
