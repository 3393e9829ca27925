// The load scenarios' HTTP client, in its own thread (plain JavaScript, so the
// thread needs no TypeScript loader). The in-process servers run on the
// benchmark's main thread, so a client there would spend the server's thread
// on building requests and reading responses. Each message requests one HTTP
// request. The reply carries the time from sending it to reading the last
// byte of its response, as the client saw it. support.ts describes the
// messages (ClientRequestMessage, ClientAnswerMessage).
import http from 'node:http';
import { parentPort } from 'node:worker_threads';

const keepAlive = new http.Agent({ keepAlive: true });

function send(message) {
  const body = message.body === undefined ? undefined : Buffer.from(message.body);
  const started = performance.now();
  const request = http.request(
    message.url,
    { method: message.method, agent: keepAlive, headers: { ...message.headers, ...(body ? { 'content-length': String(body.byteLength) } : {}) } },
    (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const milliseconds = performance.now() - started;
        parentPort.postMessage({ id: message.id, status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), milliseconds });
      });
      response.on('error', (error) => parentPort.postMessage({ id: message.id, error: error.message }));
    },
  );
  request.on('error', (error) => parentPort.postMessage({ id: message.id, error: error.message }));
  request.end(body);
}

parentPort.on('message', send);
