import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import readline from 'node:readline';
import postgres from 'postgres';
import { redactUrl } from '../db/client.js';
import type { SqlRunner } from './compare.js';

/** Error of an operation that cannot go ahead. Its message names the next step for the operator. */
export class OpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpsError';
  }
}

/** Opens a one-connection postgres.js client for maintenance work. */
export function maintenanceClient(url: string): postgres.Sql {
  return postgres(url, { max: 1, onnotice: () => {} });
}

/** Adapts a postgres.js client or transaction to a SqlRunner. */
export function postgresRunner(client: postgres.Sql | postgres.TransactionSql): SqlRunner {
  return async (text) => [...(await client.unsafe(text))] as Record<string, unknown>[];
}

/**
 * Splits a connection URL for the libpq tools: the URL without its password,
 * and an environment carrying the password as PGPASSWORD, so the password
 * never shows in the process list.
 */
function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: parsed.toString(), env };
}

export type ToolResult = { stderr: string[] };

/**
 * Runs pg_dump or pg_restore with a connection URL and calls `onLine` with
 * each line of its stderr (its --verbose progress). Rejects with the tool's
 * last error lines when it exits non-zero.
 */
export function runPostgresTool(tool: 'pg_dump' | 'pg_restore', url: string, args: string[], onLine?: (line: string) => void): Promise<ToolResult> {
  const { dbname, env } = libpqConnection(url);
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${dbname}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const stderr: string[] = [];
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      stderr.push(line);
      onLine?.(line);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') reject(new OpsError(`${tool} was not found on PATH. Install the PostgreSQL client tools of the server's major version (Debian: apt-get install postgresql-client).`));
      else reject(error);
    });
    child.on('close', (code) => {
      if (code === 0) {
        resolve({ stderr });
        return;
      }
      const errors = stderr.filter((line) => !/^(pg_dump|pg_restore): (dumping|processing|creating|reading|identifying|finding|saving|flagging|executing|last built-in|connecting|implied|setting|launching|finished)/.test(line));
      reject(new OpsError(`${tool} failed with exit code ${code} on ${redactUrl(url)}:\n${errors.slice(-15).join('\n')}`));
    });
  });
}

/** Counts the tables, views, sequences and other relations outside the system schemas; 0 means the database is empty. */
export async function countUserRelations(run: SqlRunner): Promise<number> {
  const [row] = await run(`
    select count(*)::int as relations from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`);
  return Number(row.relations);
}

export type ScratchDatabase = { url: string; name: string; drop: () => Promise<void> };

/**
 * Creates an empty database with a unique name on the server of `url`, for a
 * restore test. The user of `url` needs the CREATEDB privilege. Returns its
 * URL and a function that drops it, closing any connection left to it.
 */
export async function createScratchDatabase(url: string, prefix = 'civic_desk_verify'): Promise<ScratchDatabase> {
  const name = `${prefix}_${new Date().toISOString().slice(0, 10).replaceAll('-', '')}_${randomBytes(4).toString('hex')}`;
  const admin = maintenanceClient(url);
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    throw new OpsError(`Could not create the scratch database ${name} on ${redactUrl(url)}: ${(error as Error).message}. The user needs the CREATEDB privilege.`);
  } finally {
    await admin.end({ timeout: 5 });
  }

  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  return {
    url: scratchUrl.toString(),
    name,
    async drop() {
      const dropper = maintenanceClient(url);
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
