import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { silentLogger, type TestDatabase } from './database.js';

/** Starts the real HTTP and WebSocket server on a free loopback port over `database`. */
export function startTestServer(database: TestDatabase, env: Record<string, string> = {}): Promise<RunningServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SESSION_SECRET: database.deps.sessionSecret,
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent-web-dist',
    // Tests send more requests a minute from 127.0.0.1 than any person; request-limit.test.ts checks the limit.
    REQUESTS_PER_MINUTE: '0',
    ...env,
  });
  return startServer(config, { logger: silentLogger, database: database.handle });
}

export type GraphQLResponse<T = Record<string, any>> = {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** A staff member's or a resident's browser: HTTP with a cookie jar, and graphql-ws with the same cookie. */
export class TestClient {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  async signIn(email: string, password: string): Promise<void> {
    const result = await this.gql(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { staff { id } error { __typename } } }`,
      { email, password },
    );
    if (!result.data?.signIn.staff) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result)}`);
  }

  /** Opens a graphql-ws client that sends this client's cookie; it does not retry unless asked. */
  socket(options: { retryAttempts?: number; onClosed?: (event: unknown) => void } = {}): Client {
    const cookie = this.cookie;
    class CookieWebSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: cookie ? { cookie } : {} });
      }
    }
    return createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      retryAttempts: options.retryAttempts ?? 0,
      lazy: false,
      // The tests observe closes through onClosed; the default handler prints them to the console.
      onNonLazyError: () => {},
      on: { closed: (event) => options.onClosed?.(event) },
    });
  }
}

/** A promise with its resolve and reject functions, for waiting on events without sleeps. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Collects subscription results and resolves `until(n)` once n have arrived. */
export function collect<T>(client: Client, query: string, variables?: Record<string, unknown>) {
  const items: T[] = [];
  const errors: unknown[] = [];
  let waiter: { count: number; done: () => void } | undefined;
  const completed = deferred<void>();

  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) items.push(value.data as T);
        if (waiter && items.length >= waiter.count) waiter.done();
      },
      error: (error) => {
        errors.push(error);
        completed.resolve();
      },
      complete: () => completed.resolve(),
    },
  );

  return {
    items,
    errors,
    completed: completed.promise,
    unsubscribe,
    until(count: number): Promise<void> {
      if (items.length >= count) return Promise.resolve();
      const wait = deferred<void>();
      waiter = { count, done: wait.resolve };
      return wait.promise;
    },
  };
}
