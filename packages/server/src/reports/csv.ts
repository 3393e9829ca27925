/** Characters that make a spreadsheet treat a cell as a formula (CSV injection), so a cell starting with one is escaped. */
const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'];

export type CsvCell = string | number | boolean | null | undefined | Date;

/**
 * Writes rows as CSV text (RFC 4180: CRLF line ends, fields with a comma, quote,
 * CR or LF quoted, quotes doubled) with `header` as the first row.
 * A cell whose text begins with =, +, -, @, a tab or a carriage return gets a
 * leading single quote so that spreadsheets show it as text. This includes
 * negative numbers: -5 is written as '-5, which spreadsheets display as text.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return toCsvLines([header, ...rows]);
}

/** Writes rows as CSV lines with the same quoting and escaping as toCsv but no header, for a file written in parts. */
export function toCsvLines(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(formatCell).join(',')}\r\n`).join('');
}

function formatCell(cell: CsvCell): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  else if (cell instanceof Date) text = cell.toISOString();
  else text = String(cell);

  if (FORMULA_PREFIXES.some((prefix) => text.startsWith(prefix))) text = `'${text}`;
  if (/[",\r\n]/.test(text)) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}
