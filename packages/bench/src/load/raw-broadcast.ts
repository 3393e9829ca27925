import readline from 'node:readline';
import { WebSocketServer } from 'ws';

/**
 * The fan-out scenario's reference: a bare `ws` server on 127.0.0.1 port 0,
 * run as its own process like the real server. It prints
 * `{"port":<port>}` once listening. Each line on stdin is a command
 * `{"message":"<text>","times":<n>}`: it sends the text n times to every
 * connected client and prints `{"sent":<n>}`.
 */

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });

server.on('listening', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`unexpected address ${String(address)}`);
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as { message: string; times: number };
  for (let time = 0; time < command.times; time += 1) {
    for (const client of server.clients) client.send(command.message);
  }
  process.stdout.write(`${JSON.stringify({ sent: command.times })}\n`);
});

process.stdin.on('end', () => server.close(() => process.exit(0)));
