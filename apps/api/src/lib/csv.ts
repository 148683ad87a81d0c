/**
 * Writing CSV (RFC 4180) that is safe to open in a spreadsheet.
 *
 * - Records end with CRLF; a field holding a comma, a double quote, CR or LF is quoted, with
 *   quotes doubled (RFC 4180 §2).
 * - CSV injection (OWASP): a cell whose text begins with `=`, `+`, `-`, `@`, a tab or a carriage
 *   return is a formula to Excel, LibreOffice and Google Sheets (`=HYPERLINK(…)`, `+cmd|…!A1`,
 *   `@SUM(…)`). Such a cell is written with a single quote in front and quoted, so a spreadsheet
 *   shows it as text. Numbers are written as numbers, and so is a string that is a plain decimal
 *   number (`-1.50`, the way the API carries money): a negative number is not a formula, and
 *   escaping it would turn every loss into text. `-1+2` is not a plain number and is escaped.
 *
 * Every CSV the API writes goes through here.
 */

export type CsvCell = string | number | bigint | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
const FORMULA_LEAD = new Set(['=', '+', '-', '@', '\t', '\r']);
const NEEDS_QUOTES = /[",\r\n]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One cell, escaped. `null`/`undefined` are empty cells. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`csvCell: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  let text = value;
  let quote = NEEDS_QUOTES.test(text);
  if (text.length > 0 && FORMULA_LEAD.has(text[0] as string) && !PLAIN_NUMBER.test(text)) {
    text = `'${text}`;
    quote = true;
  }
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A whole file: the header, then each row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let out = csvRow(header);
  for (const row of rows) out += csvRow(row);
  return out;
}
