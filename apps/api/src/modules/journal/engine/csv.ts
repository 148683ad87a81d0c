/**
 * A small, fast CSV reader (RFC 4180 plus the usual exports' habits).
 *
 * - UTF-8 byte-order mark removed; CRLF and LF line ends.
 * - Quoted fields may hold commas, line breaks and doubled quotes (`""` → `"`).
 * - A quote inside an unquoted field is kept as a character.
 * - Every record carries the 1-based physical line it starts on and its raw text (without the
 *   line end), which the importers need for error reports and for execution-id hashes.
 * - Blank lines are records with one empty field; the caller decides what they mean.
 *
 * It is a push parser: `push()` chunks as they arrive, `end()` once. Only complete records are
 * emitted, so a streaming import holds one partial line in memory. `readCsv()` parses a whole
 * string in one go through the same code.
 */

export interface CsvRecordHandler {
  (fields: string[], line: number, raw: string): void;
}

export interface CsvErrorHandler {
  (line: number, reason: string): void;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

export class CsvParser {
  private buf = '';
  private pos = 0;
  private line = 1;
  private started = false;
  private done = false;

  constructor(
    private readonly onRecord: CsvRecordHandler,
    private readonly onError: CsvErrorHandler,
  ) {}

  push(chunk: string): void {
    if (this.done) throw new Error('CsvParser: push after end');
    if (!this.started) {
      if (chunk.length === 0) return;
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buf = this.pos === 0 ? this.buf + chunk : this.buf.slice(this.pos) + chunk;
    this.pos = 0;
    this.drain(false);
  }

  end(): void {
    if (this.done) return;
    this.drain(true);
    this.done = true;
    this.buf = '';
  }

  private drain(final: boolean): void {
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;
    // Position of the next quote at or after pos (-1: none left), kept across records.
    let nextQuote = buf.indexOf('"', pos);
    while (pos < len) {
      let nl = buf.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) break;
        nl = len;
      }
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
      if (nextQuote === -1 || nextQuote > nl) {
        // Fast path: no quote in this line.
        const end = nl > pos && buf.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        const raw = buf.slice(pos, end);
        this.onRecord(raw.split(','), this.line, raw);
        this.line++;
        pos = nl + 1;
        continue;
      }
      const next = this.quotedRecord(buf, pos, final);
      if (next < 0) break; // incomplete record: wait for more input
      pos = next;
    }
    this.pos = Math.min(pos, len);
  }

  /** Slow path for a record with quotes. Returns the position after it, or -1 if incomplete. */
  private quotedRecord(buf: string, start: number, final: boolean): number {
    const len = buf.length;
    const fields: string[] = [];
    let field = '';
    let i = start;
    let lines = 0;
    let fieldStart = true;
    let problem: string | null = null;
    for (;;) {
      if (i >= len) {
        if (!final) return -1;
        fields.push(field);
        return this.finish(fields, buf, start, len, len, lines, problem);
      }
      const ch = buf.charCodeAt(i);
      if (fieldStart && ch === QUOTE) {
        // Quoted field: read to the closing quote.
        const open = i;
        let j = i + 1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q === -1) {
            if (!final) return -1;
            this.onError(this.line, `a quoted field is not closed (it starts on line ${this.line})`);
            this.line += lines + countLines(buf, i, len);
            return len;
          }
          if (buf.charCodeAt(q + 1) === QUOTE) {
            field += buf.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          if (q + 1 >= len && !final) return -1; // cannot know yet what follows the quote
          field += buf.slice(j, q);
          lines += countLines(buf, open, q);
          i = q + 1;
          break;
        }
        const after = i < len ? buf.charCodeAt(i) : LF;
        if (after !== COMMA && after !== LF && !(after === CR && buf.charCodeAt(i + 1) === LF)) {
          problem ??= `unexpected text after a closing quote in field ${fields.length + 1}`;
        }
        fieldStart = false;
        continue;
      }
      fieldStart = false;
      if (ch === COMMA) {
        fields.push(field);
        field = '';
        fieldStart = true;
        i++;
      } else if (ch === LF || (ch === CR && buf.charCodeAt(i + 1) === LF)) {
        fields.push(field);
        const nl = ch === CR ? i + 1 : i;
        return this.finish(fields, buf, start, i, nl + 1, lines, problem);
      } else if (ch === CR && i + 1 >= len && !final) {
        return -1;
      } else {
        // Plain characters up to the next comma, quote or line end.
        let k = i + 1;
        while (k < len) {
          const c = buf.charCodeAt(k);
          if (c === COMMA || c === LF || c === CR) break;
          k++;
        }
        field += buf.slice(i, k);
        i = k;
      }
    }
  }

  private finish(
    fields: string[],
    buf: string,
    start: number,
    end: number,
    next: number,
    lines: number,
    problem: string | null,
  ): number {
    if (problem !== null) this.onError(this.line, problem);
    else this.onRecord(fields, this.line, buf.slice(start, end));
    this.line += 1 + lines;
    return next;
  }
}

function countLines(buf: string, from: number, to: number): number {
  let n = 0;
  for (let k = buf.indexOf('\n', from); k !== -1 && k < to; k = buf.indexOf('\n', k + 1)) n++;
  return n;
}

export interface CsvRecord {
  fields: string[];
  line: number;
  raw: string;
}

/** Parse a whole text; convenient for tests and small files. */
export function readCsv(text: string): { records: CsvRecord[]; errors: { line: number; reason: string }[] } {
  const records: CsvRecord[] = [];
  const errors: { line: number; reason: string }[] = [];
  const p = new CsvParser(
    (fields, line, raw) => records.push({ fields, line, raw }),
    (line, reason) => errors.push({ line, reason }),
  );
  p.push(text);
  p.end();
  return { records, errors };
}

/** True when every field is empty or spaces (a blank line, or `,,,`). */
export function isBlankRecord(fields: readonly string[]): boolean {
  const c = fields[0]?.charCodeAt(0);
  if (c !== undefined && c > 32) return false; // the usual case, decided without trimming
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}
