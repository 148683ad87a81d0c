export const importFormats = [
  'generic',
  'ibkr-flex',
  'tradovate',
  'ninjatrader',
  'mt5',
  'thinkorswim',
  'binance',
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

/** A report, or the rows the API refused (422 problem `errors`). */
export type ImportOutcome = { report: ImportWizardReport } | { errors: ImportRowError[]; message?: string };

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
