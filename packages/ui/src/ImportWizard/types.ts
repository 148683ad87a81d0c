export const importFormats = [
  'generic',
  'ibkr-flex',
  'tradovate',
  'ninjatrader',
  'mt5',
  'thinkorswim',
  'binance',
  'mt4',
  'schwab',
  'webull',
  'tastytrade',
  'tradezero',
] as const;
export type ImportFormat = (typeof importFormats)[number];

export const mappedFields = [
  'executed_at',
  'symbol',
  'asset_class',
  'side',
  'quantity',
  'price',
  'fees',
] as const;
export type MappedField = (typeof mappedFields)[number];

export const timeFormats = [
  'iso',
  'yyyy-MM-dd HH:mm:ss',
  'MM/dd/yyyy HH:mm:ss',
  'M/d/yyyy h:mm:ss AM/PM',
  'yyyy.MM.dd HH:mm:ss',
  'yyyyMMdd;HHmmss',
] as const;
export type TimeFormat = (typeof timeFormats)[number];

/** "Other CSV": which column (or fixed value) holds each generic field. */
export interface ImportMapping {
  columns: Partial<Record<MappedField, string>>;
  constants?: Partial<Record<MappedField, string>>;
  timeFormat?: TimeFormat;
}

export interface ImportWizardOptions {
  accountId: string;
  format: ImportFormat;
  /** Only for "Other CSV" (sent with format `generic`). */
  mapping?: ImportMapping;
}

export interface ImportRowError {
  line: number;
  reason: string;
}

/** The import report as the API sends it (the fields the wizard shows). */
export interface ImportWizardReport {
  id: string | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: number;
  rowsRead: number;
  inserted: number;
  duplicates: number;
  skipped: number;
  tradesAffected: number;
  warnings: { line: number; reason: string; kind?: string }[];
  errors: ImportRowError[];
}

/** What the API can tell about a file it will not read at all (`fileKind` of its problem). */
export const importFileKinds = ['pdf', 'spreadsheet', 'image', 'archive', 'binary', 'html'] as const;
export type ImportFileKind = (typeof importFileKinds)[number];

/**
 * The whole file was refused, for a reason the wizard explains in the user's language:
 * - `too-large`: over the upload limit (413 `payload-too-large`; `maxBytes` when the API says it);
 * - `unsupported-file`: not a broker export at all (422 `import-unsupported-file`, `fileKind`);
 * - `format-mismatch`: another format's export (422 `import-format-mismatch`, `detectedFormat`,
 *   e.g. `mt5`); the wizard offers to switch to it and check again.
 */
export type ImportRefusal =
  | { reason: 'too-large'; maxBytes?: number }
  | { reason: 'unsupported-file'; fileKind: ImportFileKind | (string & {}) }
  | { reason: 'format-mismatch'; detectedFormat: ImportFormat | (string & {}) };

/** A report, the rows the API refused (422 problem `errors`), or the file refused as a whole. */
export type ImportOutcome =
  | { report: ImportWizardReport }
  | { errors: ImportRowError[]; message?: string }
  | { refused: ImportRefusal };

const PROBLEMS = 'https://journalkit.dev/problems/';

/**
 * The refusal an API problem body stands for, or `null` for any other problem. Takes the
 * problem+json body as parsed (extension members included): `{ type, status, fileKind, … }`.
 */
export function importRefusalOf(problem: {
  type?: unknown;
  status?: unknown;
  [extension: string]: unknown;
}): ImportRefusal | null {
  const type = typeof problem.type === 'string' ? problem.type : '';
  if (type === `${PROBLEMS}payload-too-large` || problem.status === 413) {
    const max = problem.maxBytes;
    return typeof max === 'number' && Number.isFinite(max) && max > 0
      ? { reason: 'too-large', maxBytes: max }
      : { reason: 'too-large' };
  }
  if (type === `${PROBLEMS}import-unsupported-file`)
    return {
      reason: 'unsupported-file',
      fileKind: typeof problem.fileKind === 'string' ? problem.fileKind : 'binary',
    };
  if (type === `${PROBLEMS}import-format-mismatch` && typeof problem.detectedFormat === 'string')
    return { reason: 'format-mismatch', detectedFormat: problem.detectedFormat };
  return null;
}

export interface ImportAccountOption {
  id: string;
  name: string;
}

/** The first line of a CSV as column names (quotes and a BOM handled). */
export async function readCsvHeader(file: Blob): Promise<string[]> {
  const text = await file.slice(0, 64 * 1024).text();
  const line = (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').trim();
  const sep = line.includes(';') && !line.includes(',') ? ';' : line.includes('\t') ? '\t' : ',';
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out.filter((c) => c !== '');
}
