import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/**
 * A throwaway PostgreSQL 15 cluster in a temporary folder, listening on
 * 127.0.0.1 only, with trust authentication. PostgreSQL refuses to run as
 * root, so when the test runs as root every command runs as the `postgres`
 * OS user through runuser.
 */
export class PrivateCluster {
  private constructor(
    readonly folder: string,
    readonly port: number,
  ) {}

  get dataDir(): string {
    return path.join(this.folder, 'data');
  }

  /** Connection URL of the `postgres` database as the `postgres` role. */
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(port: number): Promise<PrivateCluster> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-pg-'));
    if (process.getuid?.() === 0) await run('chown', ['postgres:postgres', folder]);
    const cluster = new PrivateCluster(folder, port);
    await cluster.pg(`${BIN}/initdb`, ['-D', cluster.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    await cluster.start();
    return cluster;
  }

  start(): Promise<void> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.folder}`;
    return this.pg(`${BIN}/pg_ctl`, ['-D', this.dataDir, '-o', options, '-l', path.join(this.folder, 'server.log'), '-w', '-t', '30', 'start']);
  }

  /** Stops the server with `-m fast`: open sessions are terminated, as in a restart by an operator. */
  stop(): Promise<void> {
    return this.pg(`${BIN}/pg_ctl`, ['-D', this.dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
  }

  /** Stops the server if it runs and deletes the folder. */
  async remove(): Promise<void> {
    try {
      await this.stop();
    } catch {
      // Already stopped, or never started.
    }
    fs.rmSync(this.folder, { recursive: true, force: true });
  }

  private async pg(command: string, args: string[]): Promise<void> {
    const asPostgres = process.getuid?.() === 0;
    await run(asPostgres ? 'runuser' : command, asPostgres ? ['-u', 'postgres', '--', command, ...args] : args, { cwd: this.folder });
  }
}
