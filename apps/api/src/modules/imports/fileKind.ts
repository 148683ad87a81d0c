import { readCsv, requiredColumns, type FormatId } from '../journal/engine';
import { unprocessable } from '../../lib/problems';

/**
 * What an uploaded import file is, told before it is read as CSV, so a client can say
 * "this is a PDF" or "this looks like a MetaTrader 5 export: choose that format" instead of
 * listing header problems (issue 9, bad input the UI must explain).
 */

export type FileKind = 'pdf' | 'spreadsheet' | 'image' | 'archive' | 'binary' | 'html';

export interface Sniffed {
  kind: FileKind;
  /** What the file is, in words: "a PDF document". */
  what: string;
}

const startsWith = (data: Buffer, bytes: readonly number[], at = 0) =>
  data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Zip entries that make a zip an Office Open XML or OpenDocument spreadsheet. */
const SPREADSHEET_ZIP = [
  '[Content_Types].xml',
  'xl/',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.apple.numbers',
];

/** By the file's first bytes ("magic numbers"); null for a file that may be text. */
export function sniffFileKind(data: Buffer): Sniffed | null {
  // A byte-order mark or spaces may come before "%PDF-" in files that went through a text tool.
  const head = data.subarray(0, 1024).toString('latin1');
  if (/^(\uFEFF|\u00EF\u00BB\u00BF)?\s*%PDF-/.test(head)) return { kind: 'pdf', what: 'a PDF document' };
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) {
    const names = data.subarray(0, 64 * 1024).toString('latin1');
    if (SPREADSHEET_ZIP.some((n) => names.includes(n))) {
      return {
        kind: 'spreadsheet',
        what:
          names.includes('xl/') || names.includes('[Content_Types].xml')
            ? 'an Excel workbook (.xlsx)'
            : 'a spreadsheet file (OpenDocument or Numbers)',
      };
    }
    return { kind: 'archive', what: 'a ZIP archive' };
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { kind: 'spreadsheet', what: 'a legacy Microsoft Office file, such as an Excel workbook (.xls)' };
  }
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { kind: 'image', what: 'a PNG image' };
  }
  if (startsWith(data, [0xff, 0xd8, 0xff])) return { kind: 'image', what: 'a JPEG image' };
  if (startsWith(data, ascii('GIF87a')) || startsWith(data, ascii('GIF89a'))) {
    return { kind: 'image', what: 'a GIF image' };
  }
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) {
    return { kind: 'image', what: 'a WebP image' };
  }
  if (startsWith(data, [0x1f, 0x8b])) return { kind: 'archive', what: 'a gzip-compressed file' };
  if (startsWith(data, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))
    return { kind: 'archive', what: 'a 7-Zip archive' };
  if (startsWith(data, ascii('Rar!\u001a\u0007'))) return { kind: 'archive', what: 'a RAR archive' };
  if (startsWith(data, ascii('BZh')) && data.length > 3 && data[3]! >= 0x31 && data[3]! <= 0x39) {
    return { kind: 'archive', what: 'a bzip2-compressed file' };
  }
  if (startsWith(data, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
    return { kind: 'archive', what: 'an xz-compressed file' };
  if (data.indexOf(0) !== -1) {
    const le = startsWith(data, [0xff, 0xfe]);
    if (le || startsWith(data, [0xfe, 0xff])) {
      const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(data.subarray(2, 2050));
      return HTML_START.test(text)
        ? HTML
        : { kind: 'binary', what: 'text in UTF-16 (Excel’s “Unicode text”), not UTF-8' };
    }
    return { kind: 'binary', what: 'a binary file' };
  }
  return HTML_START.test(head.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '')) ? HTML : null;
}

/** An HTML document: after spaces, `<html` or `<!DOCTYPE` (brokers.md's mt4 signature), any case. */
const HTML_START = /^\s*<(html[\s>]|!doctype[\s>])/i;
const HTML: Sniffed = { kind: 'html', what: 'an HTML page' };

/** Formats whose files are not CSV text, and the kind of file they are. */
const DOCUMENT_FORMATS: Partial<Record<FormatId, FileKind>> = { mt4: 'html' };

/** Whether a file of this kind is what the format reads (an HTML statement for mt4). */
export function formatReads(format: FormatId, kind: FileKind): boolean {
  return DOCUMENT_FORMATS[format] === kind;
}

/**
 * A MetaTrader 4 statement by brokers.md's signature: the file starts (after spaces) with `<html`
 * or `<!DOCTYPE`, and a line holds `Closed Transactions:`.
 */
export function isMt4Statement(text: string): boolean {
  return HTML_START.test(text.replace(/^\uFEFF/, '')) && text.includes('Closed Transactions:');
}

export function unsupportedFile(s: Sniffed, format?: FormatId) {
  if (format !== undefined && DOCUMENT_FORMATS[format] === 'html') {
    return unprocessable(
      'import-unsupported-file',
      'The file is not an HTML statement',
      `This is ${s.what}, not ${FORMAT_NAMES[format]} (an HTML file), so nothing was imported. In MetaTrader 4, ` +
        `save the statement with Account History › Save as Detailed Report and upload that file.`,
      { fileKind: s.kind },
    );
  }
  return unprocessable(
    'import-unsupported-file',
    'The file is not a CSV text file',
    `This is ${s.what}, not a CSV text file, so nothing was imported. Export the trades from your broker as ` +
      `CSV (for a spreadsheet: save it as “CSV UTF-8”) and upload that file.`,
    { fileKind: s.kind },
  );
}

/** Names a person knows the formats by. */
export const FORMAT_NAMES: Record<FormatId, string> = {
  generic: 'the Journalkit generic CSV',
  'ibkr-flex': 'an Interactive Brokers Flex Query (Trades) export',
  tradovate: 'a Tradovate fills export',
  ninjatrader: 'a NinjaTrader 8 executions export',
  mt5: 'a MetaTrader 5 history report',
  thinkorswim: 'a thinkorswim account statement',
  binance: 'a Binance spot trade history export',
  mt4: 'a MetaTrader 4 statement',
  schwab: 'a Charles Schwab transaction history export',
  webull: 'a Webull order history export',
  tastytrade: 'a tastytrade transaction history export',
  tradezero: 'a TradeZero trade details export',
};

/**
 * The header signatures of the formats implemented, from brokers.md ("Format auto-detection"):
 * a line holding every name (exactly, after trimming) is that format's header; thinkorswim's must
 * directly follow its title line.
 */
const SIGNATURES: ReadonlyArray<{ format: FormatId; names: readonly string[]; title?: string }> = [
  { format: 'generic', names: ['executed_at', 'symbol', 'side', 'quantity', 'price'] },
  { format: 'ibkr-flex', names: ['ClientAccountID', 'Buy/Sell', 'TradePrice', 'IBCommission', 'TradeID'] },
  { format: 'tradovate', names: ['Fill ID', 'B/S', 'Contract', 'Product', 'Timestamp'] },
  {
    format: 'ninjatrader',
    names: ['Instrument', 'Action', 'Quantity', 'Price', 'Time', 'ID', 'Commission', 'Account'],
  },
  { format: 'mt5', names: ['Time', 'Deal', 'Symbol', 'Type', 'Direction', 'Volume', 'Profit'] },
  {
    format: 'thinkorswim',
    title: 'Account Trade History',
    names: ['Exec Time', 'Spread', 'Side', 'Pos Effect', 'Net Price'],
  },
  { format: 'binance', names: ['Date(UTC)', 'Pair', 'Side', 'Executed', 'Amount', 'Fee'] },
  {
    format: 'schwab',
    names: ['Date', 'Action', 'Symbol', 'Description', 'Quantity', 'Price', 'Fees & Comm', 'Amount'],
  },
  {
    format: 'webull',
    names: ['Name', 'Symbol', 'Side', 'Status', 'Filled', 'Avg Price', 'Placed Time', 'Filled Time'],
  },
  {
    format: 'tastytrade',
    names: ['Date', 'Sub Type', 'Instrument Type', 'Average Price', 'Root Symbol', 'Call or Put', 'Order #'],
  },
  { format: 'tradezero', names: ['Account', 'T/D', 'S/D', 'Side', 'Exec Time', 'ECN Add', 'Gross Proceeds'] },
];

/** Header lines are looked for in the file's first 256 KiB (a statement's tables come before). */
const SCAN_BYTES = 256 * 1024;

/**
 * The format a text file's header lines say it is, when that is not the format chosen: null
 * when a line holds the chosen format's signature or every column it needs, or when no
 * implemented format's signature is found (the parser then reports what is missing).
 */
export function detectMismatch(data: Buffer, chosen: FormatId): FormatId | null {
  let end = Math.min(data.length, SCAN_BYTES);
  if (end < data.length) {
    const nl = data.lastIndexOf(0x0a, end - 1);
    if (nl > 0) end = nl;
  }
  const text = data.subarray(0, end).toString('utf8');
  // The HTML statement has no header line: its own signature (brokers.md).
  if (isMt4Statement(text)) return chosen === 'mt4' ? null : 'mt4';
  const { records } = readCsv(text);
  const required = requiredColumns(chosen);
  let found: FormatId | null = null;
  let previous: string[] = [];
  for (const { fields } of records) {
    if (fields.length < 2) {
      previous = fields.map((f) => f.trim());
      continue;
    }
    const cells = new Set(fields.map((f) => f.trim()));
    if (required.every((c) => cells.has(c))) return null;
    for (const s of SIGNATURES) {
      if (!s.names.every((n) => cells.has(n))) continue;
      if (s.title !== undefined && previous.filter((p) => p !== '').join(',') !== s.title) continue;
      if (s.format === chosen) return null;
      found ??= s.format;
    }
    previous = fields.map((f) => f.trim());
  }
  return found;
}

export function formatMismatch(chosen: FormatId, detected: FormatId) {
  return unprocessable(
    'import-format-mismatch',
    'The file is in another format',
    `This looks like ${FORMAT_NAMES[detected]}, not ${FORMAT_NAMES[chosen]}, so nothing was imported. ` +
      `Choose the format “${detected}” and upload the file again.`,
    { detectedFormat: detected, chosenFormat: chosen },
  );
}
