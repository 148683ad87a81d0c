import { CsvParser, isBlankRecord } from '../csv';
import type { FormatId, ImportOptions, ParseResult } from '../types';
import { Cells, Columns } from './cells';
import { ImportContext, parseResult } from './context';

/** How a format finds its table in the file. */
export type HeaderRule =
  /**
   * The first non-blank line is the header; lines before it that `preamble` accepts are skipped
   * (Schwab's title line). Any other line there is reported as a header lacking columns.
   */
  | { kind: 'first'; preamble?: (fields: readonly string[]) => boolean }
  /** Lines before the first one holding every required column are skipped (MT5's title block). */
  | { kind: 'scan' }
  /** The header follows a title line (thinkorswim's statement sections). */
  | { kind: 'section'; title: string };

export type RowHandler = (fields: string[], line: number, raw: string) => void;

/** A per-row parser that also needs to hear the end of the table (rows held until the file is read). */
export interface RowReader {
  readonly row: RowHandler;
  /** Called once after the last row, before `finish`. */
  end(): void;
}

export interface FormatSpec {
  readonly id: FormatId;
  readonly required: readonly string[];
  readonly header: HeaderRule;
  /** A blank line ends the table (statements with several tables). */
  readonly endAtBlank?: boolean;
  /** Called once the header is known; returns the per-row parser. */
  prepare(cols: Columns, ctx: ImportContext): RowHandler | RowReader;
  /** Checks that need the whole file (several accounts…). */
  finish?(ctx: ImportContext): void;
}

/**
 * A format whose columns are all required and read by name (every broker format; generic has
 * optional ones): `columns` names each once (`{ id: 'Fill ID', … }`, the required header in this
 * order) and `prepare` gets their indices and the file's Cells, which are reset for each row
 * before the row's handler reads it.
 */
export function tableFormat<K extends string>(
  spec: Omit<FormatSpec, 'required' | 'prepare'> & {
    readonly columns: Readonly<Record<K, string>>;
    prepare(
      c: Readonly<Record<K, number>>,
      cells: Cells,
      ctx: ImportContext,
    ): (line: number, raw: string) => void;
  },
): FormatSpec {
  const { columns, prepare, ...rest } = spec;
  return {
    ...rest,
    required: Object.values(columns),
    prepare(cols, ctx) {
      const cells = new Cells(ctx);
      const row = prepare(cols.indices(columns), cells, ctx);
      return (fields, line, raw) => {
        cells.reset(fields, line);
        row(line, raw);
      };
    },
  };
}

export interface Importer {
  /** Feed the next chunk: a string, or bytes (UTF-8; a chunk may end inside a character). */
  push(chunk: string | Uint8Array): void;
  /** No more input: the result. */
  end(): ParseResult;
}

type State = 'header' | 'section-title' | 'rows' | 'done';

/**
 * A streaming import of one file in one format. It never throws: every problem becomes a row
 * error (or a file error on the header's line).
 */
export function createTableImporter(spec: FormatSpec, options: ImportOptions): Importer {
  const ctxOrError = ImportContext.create(spec.id, options);
  const ctx = ctxOrError instanceof ImportContext ? ctxOrError : null;
  const fatal: { line: number; reason: string }[] = ctx
    ? []
    : [ctxOrError as { line: number; reason: string }];
  let state: State = spec.header.kind === 'section' ? 'section-title' : 'header';
  let headerRaw = '';
  let headerNames: string[] = [];
  let onRow: RowHandler | null = null;
  let onEnd: (() => void) | null = null;
  let sawText = false;
  let binary = false;
  let currentLine = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });

  const onRecord = (fields: string[], line: number, raw: string): void => {
    currentLine = line;
    if (!sawText && !isBlankRecord(fields)) sawText = true;
    if (state === 'done' || ctx === null) return;
    if (state === 'rows') {
      if (isBlankRecord(fields)) {
        if (spec.endAtBlank) state = 'done';
        return;
      }
      if (raw === headerRaw || sameAsHeader(fields)) return; // a repeated header (IBKR: one per section)
      ctx.rowCount++;
      (onRow as RowHandler)(fields, line, raw);
      return;
    }
    if (state === 'section-title') {
      const title = (spec.header as { title: string }).title;
      if (fields[0]?.trim() === title && isBlankRecord(fields.slice(1))) state = 'header';
      return;
    }
    // state === 'header'
    if (isBlankRecord(fields)) return;
    const cols = new Columns(fields);
    const missing = cols.missing(spec.required);
    if (missing.length > 0) {
      if (spec.header.kind === 'scan') return;
      if (spec.header.kind === 'first' && spec.header.preamble?.(fields)) return;
      state = 'done';
      fatal.push({ line, reason: missingColumns(spec, missing, cols) });
      return;
    }
    headerRaw = raw;
    headerNames = cols.names;
    const reader = spec.prepare(cols, ctx);
    if (typeof reader === 'function') onRow = reader;
    else {
      onRow = reader.row;
      onEnd = () => reader.end();
    }
    state = 'rows';
  };

  const sameAsHeader = (fields: string[]): boolean => {
    const first = fields[0];
    const name = headerNames[0] as string;
    // Cheap test first (no allocation): the first cell must at least contain the first name.
    if (fields.length !== headerNames.length || first === undefined || first.indexOf(name) === -1)
      return false;
    return fields.every((f, i) => f.trim() === headerNames[i]);
  };

  const parser = new CsvParser(onRecord, (line, reason) => {
    if (state === 'rows' || spec.header.kind === 'first') {
      if (state === 'rows' && ctx) ctx.rowCount++;
      ctx?.error(line, reason);
    }
  });

  const guard = (fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      // A bug must not pass as a clean import: report it against the line being read.
      fatal.push({
        line: currentLine,
        reason: `internal error: ${e instanceof Error ? e.message : String(e)}`,
      });
      state = 'done';
    }
  };

  const pushText = (text: string): void => {
    if (text.indexOf('\u0000') !== -1) {
      binary = true;
      state = 'done';
      return;
    }
    parser.push(text);
  };

  return {
    push(chunk) {
      if (binary || state === 'done') return;
      guard(() => {
        if (typeof chunk === 'string') pushText(chunk);
        else {
          let text: string;
          try {
            text = decoder.decode(chunk, { stream: true });
          } catch {
            binary = true;
            state = 'done';
            return;
          }
          pushText(text);
        }
      });
    },
    end() {
      guard(() => {
        if (!binary && state !== 'done') {
          try {
            pushText(decoder.decode());
          } catch {
            binary = true;
          }
        }
        if (!binary) parser.end();
        if (ctx && onRow !== null) {
          onEnd?.();
          spec.finish?.(ctx);
        }
      });
      const errors = [...fatal];
      if (binary) {
        errors.unshift({ line: 1, reason: 'the file is not a CSV text file (binary or not UTF-8 content)' });
      } else if (!sawText) {
        errors.unshift({ line: 1, reason: 'the file is empty' });
      } else if (onRow === null && fatal.length === 0) {
        errors.push({ line: 1, reason: notFound(spec) });
      }
      return parseResult(spec.id, ctx, errors);
    },
  };
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

function missingColumns(spec: FormatSpec, missing: string[], cols: Columns): string {
  const found = cols.names.filter((n) => n !== '').slice(0, 20);
  return (
    `the header lacks column${missing.length > 1 ? 's' : ''} ${quoteList(missing)} needed by the ` +
    `${spec.id} format (found ${found.length ? quoteList(found) : 'no column names'})`
  );
}

function notFound(spec: FormatSpec): string {
  if (spec.header.kind === 'section') {
    return `no "${spec.header.title}" section with its header was found (is this a ${spec.id} file?)`;
  }
  return `no header line with the columns ${quoteList(spec.required)} was found (is this a ${spec.id} file?)`;
}
