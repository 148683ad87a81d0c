import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Selectable } from 'kysely';
import type { AccountsTable, ImportsTable } from '../../db/schema';
import type { MultipartForm } from '../../lib/multipart';
import { badRequest, unprocessable } from '../../lib/problems';
import {
  createImporter,
  createMappedImporter,
  isFormatId,
  mappingProblems,
  type ColumnMapping,
  type FormatId,
  type ImportOptions,
  type ParseResult,
} from '../journal/engine';
import { FAILED_MESSAGE, INTERRUPTED_MESSAGE, type FailureCode } from './importFailures';
import { applyRowRules } from './rowRules';

/** Reading an upload and reporting on it: shared by uploads, background jobs and connectors. */
export const MAX_REPORTED_ERRORS = 1000;
const PARSE_CHUNK = 1 << 20;

/** Who imports: the tenant, and the end user when a user (not a key or a connector) uploads. */
export interface Caller {
  tenantId: string;
  userId: string | null;
}

export interface Upload {
  source?: 'file' | 'connector';
  format: FormatId;
  dryRun: boolean;
  mapping?: ColumnMapping;
  filename: string | null;
  data: Buffer;
}

export function toImport(row: Selectable<ImportsTable>, progress?: number) {
  const total = Number(row.total_bytes ?? 0);
  return {
    id: row.id,
    accountId: row.account_id,
    format: row.format,
    source: row.source,
    status: row.status,
    dryRun: row.dry_run,
    filename: row.filename,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    progress:
      row.status === 'succeeded' || row.status === 'failed'
        ? 1
        : (progress ?? (total ? Number(row.processed_bytes) / total : 0)),
    rowsRead: row.rows_read,
    inserted: row.inserted,
    duplicates: row.duplicates,
    skipped: row.skipped,
    tradesAffected: row.trades_affected,
    warnings: row.warnings as Array<{ line: number; reason: string; kind: string }>,
    errors: row.errors as Array<{ line: number; reason: string }>,
    errorCount: row.error_count,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    failure: row.status === 'failed' ? failureOf(row) : null,
  };
}

/** Why a failed import failed: a stable code and words for the user. */
function failureOf(row: Selectable<ImportsTable>): { code: FailureCode; message: string } {
  const errors = row.errors as Array<{ line: number; reason: string }>;
  // Rows from before 0008 have no code: a server failure was recorded as one line-0 error.
  const code = (row.failure_code ??
    (errors[0]?.line === 0 && errors[0].reason === FAILED_MESSAGE
      ? 'import-failed'
      : 'import-invalid')) as FailureCode;
  if (code === 'import-interrupted') return { code, message: INTERRUPTED_MESSAGE };
  if (code === 'import-failed') return { code, message: FAILED_MESSAGE };
  const n = row.error_count;
  return {
    code,
    message: `${n} row${n === 1 ? '' : 's'} cannot be read, so nothing was imported (see errors). Fix ${n === 1 ? 'it' : 'them'} and upload the file again.`,
  };
}

/**
 * The import form (`file`, `format`, `dryRun`, `mapping`; ImportFormFields) as an upload: every
 * missing or bad field is a 400 `validation-error` naming it, a bad mapping a 400 `invalid-mapping`.
 */
export function uploadOfForm({ fields, file }: MultipartForm): Upload {
  const data = file?.data;
  const errors: Array<{ field: string; message: string }> = [];
  if (!data) errors.push({ field: '/body/file', message: 'is required' });
  const format = fields.format;
  if (!format) errors.push({ field: '/body/format', message: 'is required' });
  else if (!isFormatId(format))
    errors.push({ field: '/body/format', message: `"${format}" is not a supported format` });
  const dryRun = fields.dryRun;
  if (dryRun !== undefined && !['true', 'false', '1', '0'].includes(dryRun)) {
    errors.push({ field: '/body/dryRun', message: 'must be true or false' });
  }
  if (errors.length || !data || !format || !isFormatId(format)) {
    throw badRequest(
      'validation-error',
      'Invalid request',
      errors.map((e) => `${e.field} ${e.message}`).join('; '),
      { errors },
    );
  }
  const mapping = parseMapping(fields.mapping);
  if (mapping && format !== 'generic') {
    throw badRequest(
      'invalid-mapping',
      'Invalid column mapping',
      'A column mapping goes with format `generic`.',
    );
  }
  return {
    format,
    dryRun: dryRun === 'true' || dryRun === '1',
    ...(mapping ? { mapping } : {}),
    filename: file?.filename ?? null,
    data,
  };
}

export function parseMapping(text: string | undefined): ColumnMapping | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let mapping: ColumnMapping;
  try {
    mapping = JSON.parse(text) as ColumnMapping;
  } catch {
    throw badRequest('invalid-mapping', 'Invalid column mapping', 'The `mapping` field is not valid JSON.');
  }
  if (typeof mapping !== 'object' || mapping === null || typeof mapping.columns !== 'object') {
    throw badRequest('invalid-mapping', 'Invalid column mapping', 'The mapping needs a `columns` object.');
  }
  const problems = mappingProblems(mapping);
  if (problems.length)
    throw badRequest('invalid-mapping', 'Invalid column mapping', `${problems.join('; ')}.`);
  return mapping;
}

/**
 * Parses in 1 MB slices, yielding to the event loop between them so a big file never stalls the
 * server; then checks what the rows hold (rowRules.ts). `cancelled` is asked between slices: when
 * it says so, parsing stops with {@link ImportCancelled}.
 */
export async function parse(
  upload: Upload,
  options: ImportOptions,
  onProgress?: (share: number) => void,
  cancelled?: () => boolean,
): Promise<ParseResult> {
  const importer = upload.mapping
    ? createMappedImporter(upload.mapping, options)
    : createImporter(upload.format, options);
  const { data } = upload;
  for (let off = 0; off < data.length; off += PARSE_CHUNK) {
    if (cancelled?.()) throw new ImportCancelled();
    importer.push(data.subarray(off, off + PARSE_CHUNK));
    if (data.length > PARSE_CHUNK) {
      onProgress?.(Math.min(1, (off + PARSE_CHUNK) / data.length));
      await yieldToLoop();
    }
  }
  return applyRowRules(importer.end(), upload.mapping);
}

/** A background import stopped on purpose (the server is stopping, or its claim was lost). */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

export const optionsOf = (a: Selectable<AccountsTable>): ImportOptions => ({
  timezone: a.timezone,
  currency: a.currency,
  ...(a.broker_account ? { brokerAccount: a.broker_account } : {}),
});

export function invalid(result: ParseResult) {
  const n = result.errors.length;
  return unprocessable(
    'import-invalid',
    'The file has unreadable rows',
    `${n} row${n === 1 ? '' : 's'} cannot be read, so nothing was imported. Fix ${n === 1 ? 'it' : 'them'} and upload the file again.`,
    { errors: result.errors.slice(0, MAX_REPORTED_ERRORS), errorCount: n },
  );
}
