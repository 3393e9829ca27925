import type { Page, WebSocketRoute } from 'playwright-core';

/**
 * Holds a page's GraphQL WebSocket so a test can pause the server's messages
 * to it (to make its screen stale on purpose) or drop the connection.
 */
export class SocketControl {
  private routes: { page: WebSocketRoute; server: WebSocketRoute; held: (string | Buffer)[] }[] = [];
  private paused = false;
  connections = 0;

  async attach(page: Page): Promise<void> {
    await page.routeWebSocket(/\/graphql$/, (pageSide) => {
      const serverSide = pageSide.connectToServer();
      const route = { page: pageSide, server: serverSide, held: [] as (string | Buffer)[] };
      this.connections += 1;
      this.routes.push(route);
      pageSide.onMessage((message) => serverSide.send(message));
      serverSide.onMessage((message) => {
        if (this.paused) route.held.push(message);
        else pageSide.send(message);
      });
    });
  }

  pause(): void {
    this.paused = true;
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
