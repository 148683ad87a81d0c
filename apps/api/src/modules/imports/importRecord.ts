import type { Selectable } from 'kysely';
import type { AccountsTable, ImportsTable } from '../../db/schema';
import type { EventBus } from '../events/eventBus';
import type { ParseResult } from '../journal/engine';
import type { IngestResult } from '../journal/ingest';
import type { FailureCode } from './importFailures';
import { MAX_REPORTED_ERRORS, type Caller, type Upload } from './upload';

/**
 * What an import writes and announces, shared by the request path (imports.service.ts) and the
 * job path (backgroundImports.ts): its record's values, and the events that say it ended.
 */

/** The `imports` row of an upload: what was read (`result`), what was written (`ingest`), and how it ended. */
export function importRecord(
  p: Caller,
  account: Selectable<AccountsTable>,
  upload: Pick<Upload, 'mapping' | 'format' | 'source' | 'filename' | 'data' | 'dryRun'>,
  id: string,
  result: ParseResult | null,
  ingest: IngestResult | null,
  status: ImportsTable['status'],
  failure: FailureCode | null = status === 'failed' ? 'import-invalid' : null,
) {
  return {
    tenant_id: p.tenantId,
    id,
    account_id: account.id,
    user_id: p.userId,
    format: upload.mapping ? 'generic (mapped)' : upload.format,
    source: upload.source ?? 'file',
    filename: upload.filename,
    size_bytes: String(upload.data.length),
    dry_run: upload.dryRun,
    status,
    total_bytes: String(upload.data.length),
    processed_bytes: String(status === 'succeeded' ? upload.data.length : 0),
    rows_read: result?.rowCount ?? 0,
    inserted: ingest?.inserted ?? 0,
    duplicates: (ingest?.duplicates ?? 0) + (result?.duplicates.length ?? 0),
    skipped: result?.skipped.length ?? 0,
    trades_affected: ingest?.tradesAffected ?? 0,
    warnings: JSON.stringify(result?.warnings ?? []),
    errors: JSON.stringify(result?.errors.slice(0, MAX_REPORTED_ERRORS) ?? []),
    error_count: result?.errors.length ?? 0,
    finished_at: status === 'succeeded' || status === 'failed' ? new Date() : null,
    failure_code: failure,
  };
}

/** `import.finished`: the import's record says how it ended. */
export function publishFinished(
  events: EventBus,
  tenantId: string,
  account: Selectable<AccountsTable>,
  importId: string,
) {
  events.publish(tenantId, {
    type: 'import.finished',
    accountId: account.id,
    userId: account.user_id,
    importId,
  });
}

/** `import.finished`, then `trades.changed` with the first 500 trades the import changed (if any). */
export function publishChanged(
  events: EventBus,
  tenantId: string,
  account: Selectable<AccountsTable>,
  r: IngestResult,
  importId: string,
) {
  publishFinished(events, tenantId, account, importId);
  if (r.tradeIds.length) {
    events.publish(tenantId, {
      type: 'trades.changed',
      accountId: account.id,
      userId: account.user_id,
      ids: r.tradeIds.slice(0, 500),
    });
  }
}
