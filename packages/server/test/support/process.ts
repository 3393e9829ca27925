import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

const serverRoot = path.resolve(import.meta.dirname, '../..');

export type ServerProcess = { child: ChildProcess; url: string };

/**
 * Starts `src/main.ts` in a child process on a free loopback port, with
 * `env` added to a minimal environment, and resolves once it logs where it
 * listens.
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SESSION_SECRET: 'shared-secret-for-both-processes-0123456789',
      DEMO_IMPORT_DIR: '/nonexistent-demo-data',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  return new Promise((resolve, reject) => {
    const output: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output.join('')}`)));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      if (process.env.TEST_SHOW_SERVER_OUTPUT) process.stderr.write(`${line}\n`);
      try {
        const entry = JSON.parse(line) as { port?: number; msg?: string };
        if (entry.port && entry.msg?.startsWith('listening')) resolve({ child, url: `http://127.0.0.1:${entry.port}` });
      } catch {
        // Not a log line (the printed demo accounts).
      }
    });
  });
}

/** Sends SIGTERM and resolves with the exit code. */
export function stopServerProcess(server: ServerProcess | undefined): Promise<number | null> {
  if (!server || server.child.exitCode !== null) return Promise.resolve(server?.child.exitCode ?? null);
  return new Promise((resolve) => {
    server.child.once('exit', (code) => resolve(code));
    server.child.kill('SIGTERM');
  });
}

