// The claim scenario's WebSocket clients, in their own thread for the same
// reason as http-client-worker.mjs: the in-process server runs on the
// benchmark's main thread. Each client is a graphql-ws client signed in with
// one agent's session cookie, as the web client is. Messages:
//   { type: 'open', url, cookies }  -> { type: 'opened' } once every client is connected
//   { type: 'race', query, operationName, variables }
//     -> { type: 'raced', results: [{ milliseconds, data, errors }] }, one per client,
//        each timed from sending the operation to receiving its result
//   { type: 'close' }               -> { type: 'closed' }
// Any failure returns { type: 'failed', error }.
import { parentPort } from 'node:worker_threads';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

let clients = [];

/** Returns a WebSocket class that sends `cookie` with the upgrade request, as a browser sends the session cookie. */
function socketWithCookie(cookie) {
  return class extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}

function open(url, cookies) {
  return Promise.all(
    cookies.map(
      (cookie) =>
        new Promise((resolve, reject) => {
          const client = createClient({
            url,
            webSocketImpl: socketWithCookie(cookie),
            lazy: false,
            retryAttempts: 0,
            on: {
              connected: () => resolve(client),
              closed: (event) => reject(new Error(`a socket closed before it connected (code ${event?.code ?? 'unknown'})`)),
              error: (error) => reject(error instanceof Error ? error : new Error('a socket failed to connect')),
            },
          });
          clients.push(client);
        }),
    ),
  );
}

function send(client, payload) {
  return new Promise((resolve) => {
    const started = performance.now();
    let result;
    client.subscribe(payload, {
      next: (value) => {
        result = value;
      },
      error: (error) => resolve({ milliseconds: performance.now() - started, errors: [{ message: error instanceof Error ? error.message : 'the socket closed' }] }),
      complete: () => resolve({ milliseconds: performance.now() - started, data: result?.data, errors: result?.errors }),
    });
  });
}

async function handle(message) {
  switch (message.type) {
    case 'open':
      await open(message.url, message.cookies);
      return { type: 'opened' };
    case 'race': {
      const payload = { query: message.query, operationName: message.operationName, variables: message.variables };
      return { type: 'raced', results: await Promise.all(clients.map((client) => send(client, payload))) };
    }
    case 'close':
      await Promise.all(clients.map((client) => client.dispose()));
      clients = [];
      return { type: 'closed' };
    default:
      throw new Error(`unknown message type ${message.type}`);
  }
}

parentPort.on('message', (message) => {
  handle(message).then(
    (answer) => parentPort.postMessage(answer),
    (error) => parentPort.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) }),
  );
});
