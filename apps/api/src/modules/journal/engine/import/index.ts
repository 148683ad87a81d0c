import { FORMAT_IDS, type FormatId, type ImportOptions, type ParseResult } from '../types';
import { binanceFormat } from './binance';
import { createTableImporter, type FormatSpec, type Importer } from './driver';
import { genericFormat } from './generic';
import { ibkrFlexFormat } from './ibkrFlex';
import { MT4_COLUMNS, createMt4Importer } from './mt4';
import { mt5Format } from './mt5';
import { ninjatraderFormat } from './ninjatrader';
import { tradezeroFormat } from './tradezero';
import { tastytradeFormat } from './tastytrade';
import { webullFormat } from './webull';
import { schwabFormat } from './schwab';
import { thinkorswimFormat } from './thinkorswim';
import { tradovateFormat } from './tradovate';

/** A format that is not a CSV table (mt4's HTML statement): it reads the file itself. */
interface DocumentFormat {
  readonly required: readonly string[];
  createImporter(options: ImportOptions): Importer;
}

const FORMATS: Readonly<Record<FormatId, FormatSpec | DocumentFormat>> = {
  generic: genericFormat,
  'ibkr-flex': ibkrFlexFormat,
  tradovate: tradovateFormat,
  ninjatrader: ninjatraderFormat,
  mt5: mt5Format,
  thinkorswim: thinkorswimFormat,
  binance: binanceFormat,
  mt4: { required: MT4_COLUMNS, createImporter: createMt4Importer },
  schwab: schwabFormat,
  webull: webullFormat,
  tastytrade: tastytradeFormat,
  tradezero: tradezeroFormat,
};

export function isFormatId(value: string): value is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(value);
}

/** Columns a format needs (for the import wizard's help text). */
export function requiredColumns(format: FormatId): readonly string[] {
  return FORMATS[format].required;
}

/** A streaming import: push chunks (strings or UTF-8 bytes), then end() for the result. */
export function createImporter(format: FormatId, options: ImportOptions = {}): Importer {
  if (!isFormatId(format)) {
    return {
      push() {},
      end: () =>
        failed(format, `unknown import format "${String(format)}" (one of ${FORMAT_IDS.join(', ')})`),
    };
  }
  const spec = FORMATS[format];
  return 'createImporter' in spec ? spec.createImporter(options) : createTableImporter(spec, options);
}

/** Parse a whole broker file. Never throws; check `ok` before importing anything. */
export function parseBrokerFile(
  format: FormatId,
  input: string | Uint8Array,
  options: ImportOptions = {},
): ParseResult {
  const imp = createImporter(format, options);
  imp.push(input);
  return imp.end();
}

function failed(format: string, reason: string): ParseResult {
  return {
    format: format as FormatId,
    ok: false,
    executions: [],
    errors: [{ line: 0, reason }],
    skipped: [],
    warnings: [],
    duplicates: [],
    rowCount: 0,
  };
}
