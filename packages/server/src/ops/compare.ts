/**
 * Fingerprints of a database's contents, to prove that a restored copy contains
 * the same data as its source. Works on PostgreSQL and PGlite alike through a
 * function that runs one SQL text and returns its rows.
 */

/** Runs one SQL statement without parameters and returns its rows. */
export type SqlRunner = (text: string) => Promise<Record<string, unknown>[]>;

export type TableFingerprint = {
  /** Schema-qualified name, such as public.inquiries or drizzle.__drizzle_migrations. */
  table: string;
  rows: number;
  /** Order-independent checksum of the rows' text form; undefined when only counts were taken. */
  checksum: string | undefined;
};

export type SequenceFingerprint = {
  /** Schema-qualified sequence name, such as public.inquiries_id_seq. */
  sequence: string;
  /** The value the sequence returned last, or null when it was never used. */
  lastValue: string | null;
};

export type DatabaseFingerprint = {
  tables: TableFingerprint[];
  sequences: SequenceFingerprint[];
  /** Applied migrations as drizzle records them (created_at, the journal's `when`), oldest first. */
  migrations: string[];
};

export type FingerprintOptions = {
  /** False counts rows only, which is faster on large tables. Default true. */
  checksums?: boolean;
  /** Limits the checksum of a table to these columns, by schema-qualified table name; other tables use every column. */
  columns?: Record<string, string[]>;
  /** Only these tables (schema-qualified); default every table outside the system schemas. */
  tables?: string[];
  /** Called after each table. */
  onProgress?: (done: number, total: number, table: string) => void;
};

/**
 * Settings that fix the text form of values, so equal rows give equal text on
 * any server: timestamps in UTC and ISO style, floats in full precision and
 * bytea in hex. They apply to the session (or the transaction with `local`).
 */
export const STABLE_OUTPUT_SETTINGS = [
  "set %s timezone = 'UTC'",
  "set %s datestyle = 'ISO, YMD'",
  "set %s intervalstyle = 'postgres'",
  'set %s extra_float_digits = 1',
  "set %s bytea_output = 'hex'",
];

/** Applies STABLE_OUTPUT_SETTINGS; `local` limits them to the current transaction. */
export async function useStableOutput(run: SqlRunner, scope: 'session' | 'local' = 'session'): Promise<void> {
  for (const setting of STABLE_OUTPUT_SETTINGS) await run(setting.replace('%s', scope === 'local' ? 'local' : 'session'));
}

/** Quotes an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a schema-qualified name such as public.inquiries. */
export function quoteQualified(qualified: string): string {
  const dot = qualified.indexOf('.');
  return `${quoteIdentifier(qualified.slice(0, dot))}.${quoteIdentifier(qualified.slice(dot + 1))}`;
}

/** Lists the ordinary and partitioned tables outside the system schemas, as schema.table, sorted. */
export async function listTables(run: SqlRunner): Promise<string[]> {
  const rows = await run(`
    select n.nspname || '.' || c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p')
      and n.nspname not in ('pg_catalog', 'information_schema')
      and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
    order by 1`);
  return rows.map((row) => String(row.name));
}

/** Lists a table's columns in their order, without dropped ones. */
export async function listColumns(run: SqlRunner, qualified: string): Promise<string[]> {
  const rows = await run(`
    select a.attname as name from pg_attribute a
    where a.attrelid = '${quoteQualified(qualified).replaceAll("'", "''")}'::regclass and a.attnum > 0 and not a.attisdropped
    order by a.attnum`);
  return rows.map((row) => String(row.name));
}

/**
 * Returns the count and checksum of one table. The checksum adds up the md5
 * of each row's text form as two 64-bit numbers, so row order does not matter,
 * memory stays constant on large tables and a repeated row still counts twice.
 */
async function fingerprintTable(run: SqlRunner, qualified: string, checksums: boolean, columns: string[] | undefined): Promise<TableFingerprint> {
  const from = `${quoteQualified(qualified)} t`;
  if (!checksums) {
    const [row] = await run(`select count(*)::bigint as rows from ${from}`);
    return { table: qualified, rows: Number(row.rows), checksum: undefined };
  }
  const rowText = columns ? `row(${columns.map((column) => `t.${quoteIdentifier(column)}`).join(', ')})::text` : 't::text';
  const [row] = await run(`
    select count(*)::bigint as rows,
      coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0)::text || ':' ||
      coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint::numeric), 0)::text as checksum
    from (select md5(${rowText}) as h from ${from}) hashed`);
  return { table: qualified, rows: Number(row.rows), checksum: String(row.checksum) };
}

/**
 * Reads the fingerprint of a whole database: every table's row count and
 * checksum, every sequence's position and the applied migrations. Call it
 * inside one repeatable-read transaction, or with no writers, for a
 * consistent picture.
 */
export async function fingerprintDatabase(run: SqlRunner, options: FingerprintOptions = {}): Promise<DatabaseFingerprint> {
  await useStableOutput(run);
  const tables = options.tables ?? (await listTables(run));
  const fingerprints: TableFingerprint[] = [];
  for (const [index, table] of tables.entries()) {
    fingerprints.push(await fingerprintTable(run, table, options.checksums ?? true, options.columns?.[table]));
    options.onProgress?.(index + 1, tables.length, table);
  }

  const sequenceRows = await run(`
    select schemaname || '.' || sequencename as name, last_value::text as last_value
    from pg_sequences order by 1`);
  const sequences = sequenceRows.map((row) => ({ sequence: String(row.name), lastValue: row.last_value === null ? null : String(row.last_value) }));

  const [migrationTable] = await run("select to_regclass('drizzle.__drizzle_migrations') is not null as present");
  const migrationRows = migrationTable.present ? await run('select created_at::text as created_at, hash from drizzle.__drizzle_migrations order by created_at, id') : [];
  const migrations = migrationRows.map((row) => `${row.created_at} ${String(row.hash).slice(0, 12)}`);

  return { tables: fingerprints, sequences, migrations };
}

export type Difference = {
  /** Name of the differing table or sequence, or drizzle.__drizzle_migrations for the migration list. */
  object: string;
  kind: 'table' | 'sequence' | 'migrations';
  source: string;
  copy: string;
};

/** Lists every difference between a source's fingerprint and its copy's; empty means equal. */
export function compareFingerprints(source: DatabaseFingerprint, copy: DatabaseFingerprint): Difference[] {
  const differences: Difference[] = [];
  const copyTables = new Map(copy.tables.map((table) => [table.table, table]));
  for (const table of source.tables) {
    const other = copyTables.get(table.table);
    copyTables.delete(table.table);
    if (!other) {
      differences.push({ object: table.table, kind: 'table', source: describeTable(table), copy: 'missing' });
    } else if (other.rows !== table.rows || other.checksum !== table.checksum) {
      differences.push({ object: table.table, kind: 'table', source: describeTable(table), copy: describeTable(other) });
    }
  }
  for (const extra of copyTables.values()) differences.push({ object: extra.table, kind: 'table', source: 'missing', copy: describeTable(extra) });

  const copySequences = new Map(copy.sequences.map((sequence) => [sequence.sequence, sequence.lastValue]));
  for (const sequence of source.sequences) {
    const other = copySequences.get(sequence.sequence);
    copySequences.delete(sequence.sequence);
    if (other === undefined) differences.push({ object: sequence.sequence, kind: 'sequence', source: `last value ${sequence.lastValue ?? 'unused'}`, copy: 'missing' });
    else if (other !== sequence.lastValue) {
      differences.push({ object: sequence.sequence, kind: 'sequence', source: `last value ${sequence.lastValue ?? 'unused'}`, copy: `last value ${other ?? 'unused'}` });
    }
  }
  for (const [name, lastValue] of copySequences) differences.push({ object: name, kind: 'sequence', source: 'missing', copy: `last value ${lastValue ?? 'unused'}` });

  if (source.migrations.join('\n') !== copy.migrations.join('\n')) {
    differences.push({ object: 'drizzle.__drizzle_migrations', kind: 'migrations', source: `${source.migrations.length} applied`, copy: `${copy.migrations.length} applied` });
  }
  return differences;
}

function describeTable(table: TableFingerprint): string {
  return table.checksum === undefined ? `${table.rows} rows` : `${table.rows} rows, checksum ${shortChecksum(table.checksum)}`;
}

/** Shortens a checksum for display; the full value is compared. */
function shortChecksum(checksum: string): string {
  return checksum.length > 20 ? `${checksum.slice(0, 20)}…` : checksum;
}

/** Formats the side-by-side comparison of every table, sequence and the migrations, with a status column. */
export function formatComparison(source: DatabaseFingerprint, copy: DatabaseFingerprint): string {
  const differing = new Set(compareFingerprints(source, copy).map((difference) => difference.object));
  const copyTables = new Map(copy.tables.map((table) => [table.table, table]));
  const names = [...new Set([...source.tables.map((table) => table.table), ...copy.tables.map((table) => table.table)])].sort();
  const rows: string[][] = [['table', 'source rows', 'copy rows', 'checksum', 'status']];
  const sourceTables = new Map(source.tables.map((table) => [table.table, table]));
  for (const name of names) {
    const left = sourceTables.get(name);
    const right = copyTables.get(name);
    let checksumStatus = 'differs';
    if (left?.checksum === undefined) checksumStatus = 'not taken';
    else if (left.checksum === right?.checksum) checksumStatus = 'equal';
    rows.push([name, left ? String(left.rows) : 'missing', right ? String(right.rows) : 'missing', checksumStatus, differing.has(name) ? 'DIFFERENT' : 'ok']);
  }

  const sequenceRows: string[][] = [['sequence', 'source last value', 'copy last value', 'status']];
  const copySequences = new Map(copy.sequences.map((sequence) => [sequence.sequence, sequence.lastValue]));
  const sequenceNames = [...new Set([...source.sequences.map((s) => s.sequence), ...copy.sequences.map((s) => s.sequence)])].sort();
  const sourceSequences = new Map(source.sequences.map((sequence) => [sequence.sequence, sequence.lastValue]));
  for (const name of sequenceNames) {
    const show = (value: string | null | undefined) => (value === undefined ? 'missing' : (value ?? 'unused'));
    sequenceRows.push([name, show(sourceSequences.get(name)), show(copySequences.get(name)), differing.has(name) ? 'DIFFERENT' : 'ok']);
  }

  const migrationStatus = differing.has('drizzle.__drizzle_migrations') ? 'DIFFERENT' : 'ok';
  const migrationLine = `migrations applied: source ${source.migrations.length}, copy ${copy.migrations.length} (${migrationStatus})`;
  return `${formatTable(rows)}\n\n${formatTable(sequenceRows)}\n\n${migrationLine}\n`;
}

/** Aligns rows of cells into columns, the first row being the header. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  return lines.join('\n');
}
