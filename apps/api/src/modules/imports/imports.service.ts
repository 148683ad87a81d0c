import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Selectable } from 'kysely';
import { requireAccount } from '../../auth/access';
import type { TenantPrincipal } from '../../auth/permissions';
import type { SystemDatabase } from '../../db/database';
import type { AccountsTable, ImportsTable } from '../../db/schema';
import type { FailedJob, JobQueue, JobRun } from '../../jobs';
import { decodeCursor, toPage } from '../../lib/cursor';
import { uuidv7 } from '../../lib/ids';
import type { MultipartForm } from '../../lib/multipart';
import { HttpProblem, notFound } from '../../lib/problems';
import type { EventBus } from '../events/eventBus';
import type { ColumnMapping, FormatId, ParseResult } from '../journal/engine';
import type { Ingest, IngestResult } from '../journal/ingest';
import { detectMismatch, formatMismatch, sniffFileKind, unsupportedFile } from './fileKind';
import { FAILED_MESSAGE, INTERRUPTED_MESSAGE, type FailureCode } from './importFailures';
import {
  deleteUpload,
  failOrphans,
  findAccountImport,
  findImport,
  findUpload,
  finishRunning,
  insertImport,
  insertUpload,
  listAccountImports,
  type ImportRow,
} from './imports.repository';
import { toExecutions, type PushedExecution } from './pushed';
import {
  ImportCancelled,
  MAX_REPORTED_ERRORS,
  invalid,
  optionsOf,
  parse,
  toImport,
  uploadOfForm,
  type Caller,
  type Upload,
} from './upload';

/** The job kind of background imports (modules/imports/imports.jobs.ts). */
export const IMPORT_JOB = 'journal.import';

/** A background import's job: the import's id (its record and file say the rest). */
export interface ImportJobPayload {
  importId: string;
}

class DryRun extends Error {
  constructor(readonly result: IngestResult) {
    super('dry run');
  }
}

export interface ImportsDeps {
  events: EventBus;
  jobs: JobQueue;
  ingest: Ingest;
  /** Files larger than this import as a background job (202 + progress). */
  jobThresholdBytes: number;
}

/**
 * Imports: files (at once, or as a background job above the threshold), connectors' statements,
 * and pushed executions. A background import is a job (src/jobs/): its record and its file are
 * written with the job in one transaction, any API process runs it, a process killed mid-way
 * leaves it to be taken again (its work is one transaction, so nothing is added twice), and only
 * after its last attempt is it failed (`import-interrupted`, or `import-failed` for errors).
 */
export class ImportsService {
  /** Progress of imports running in this process (0..1), fresher than their job's stored one. */
  readonly #progress = new Map<string, number>();
  #closed = false;

  constructor(
    // The full handle: failing orphaned imports looks across tenants (recoverInterrupted).
    private readonly database: SystemDatabase,
    private readonly deps: ImportsDeps,
  ) {}

  /**
   * Unfinished imports that no job will run — left by a version before jobs (0010), or whose job
   * ended without recording them — are failed with `import-interrupted`; their data was never
   * written (an import is one transaction). Run at start; returns how many.
   */
  async recoverInterrupted(): Promise<number> {
    const failed = await this.database.withSystem((trx) => failOrphans(trx, IMPORT_JOB));
    for (const f of failed) {
      this.deps.events.publish(f.tenantId, {
        type: 'import.finished',
        accountId: f.accountId,
        userId: f.userId,
        importId: f.id,
      });
    }
    return failed.length;
  }

  /**
   * Shutdown: no new background import is accepted here (503), and this process's running ones
   * stop, roll back and go back to the queue for another process or the next start (waited for up
   * to `waitMs`).
   */
  async close(waitMs = 10_000): Promise<void> {
    this.#closed = true;
    await this.deps.jobs.drain(IMPORT_JOB, waitMs);
  }

  /** The upload form (the route's): its fields checked here (uploadOfForm), then importFile. */
  async importForm(p: TenantPrincipal, accountId: string, form: MultipartForm) {
    return this.importFile(p, accountId, uploadOfForm(form));
  }

  /** Sync: 201/200 with the report. Large: 202 with a running job to poll. */
  async importFile(p: TenantPrincipal, accountId: string, upload: Upload) {
    const account = await this.database.withTenant(p.tenantId, (trx) => requireAccount(trx, p, accountId));
    return this.importInto(
      { tenantId: p.tenantId, userId: p.kind === 'user' ? p.userId : null },
      account,
      upload,
    );
  }

  /** The import path shared by uploads and broker connectors (which act without a caller). */
  async importInto(p: Caller, account: Selectable<AccountsTable>, upload: Upload) {
    // What the file is, before anything else: a PDF or a workbook is not read as CSV, and a file
    // in another known format is named (both 422, nothing written, dry run or not).
    const kind = sniffFileKind(upload.data);
    if (kind) throw unsupportedFile(kind);
    if (!upload.mapping) {
      const detected = detectMismatch(upload.data, upload.format);
      if (detected) throw formatMismatch(upload.format, detected);
    }
    if (upload.data.length > this.deps.jobThresholdBytes && !upload.dryRun) {
      return { kind: 'job' as const, report: await this.startJob(p, account, upload) };
    }
    const result = await parse(upload, optionsOf(account));
    if (!result.ok) throw invalid(result);
    if (upload.dryRun) {
      // The real work in a transaction that is rolled back: exact counts, nothing written.
      const r = await this.database
        .withTenant(p.tenantId, async (trx) => {
          throw new DryRun(await this.deps.ingest.executions(trx, account, result.executions));
        })
        .catch((e) => {
          if (e instanceof DryRun) return e.result;
          throw e;
        });
      const now = new Date();
      const row = this.row(p, account, upload, '', result, r, 'succeeded');
      const report = toImport({
        ...row,
        warnings: result.warnings,
        errors: [],
        created_at: now,
        finished_at: now,
      } as ImportRow);
      return { kind: 'dryRun' as const, report: { ...report, id: null } };
    }
    const id = uuidv7();
    const { row, ingest } = await this.database.withTenant(p.tenantId, async (trx) => {
      const r = await this.deps.ingest.executions(trx, account, result.executions, { importId: id });
      const inserted = await insertImport(trx, this.row(p, account, upload, id, result, r, 'succeeded'));
      return { row: inserted, ingest: r };
    });
    this.publishChanged(p.tenantId, account, ingest, id);
    return { kind: 'done' as const, report: toImport(row) };
  }

  private row(
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

  /**
   * The import's record (running from the start: its job may wait for a free slot or a retry,
   * `progress` says how far it is), its file and its job, in one transaction; this process runs
   * it at once when it has a free slot, else any process does.
   */
  private async startJob(p: Caller, account: Selectable<AccountsTable>, upload: Upload) {
    if (this.#closed) {
      throw new HttpProblem(
        503,
        'server-stopping',
        'The server is stopping',
        'The server is stopping and starts no import; upload the file again in a moment.',
        {},
        { 'retry-after': '5' },
      );
    }
    const id = uuidv7();
    const { result: row } = await this.deps.jobs.enqueue<ImportJobPayload, ImportRow>(
      { kind: IMPORT_JOB, tenantId: p.tenantId, key: id, payload: { importId: id } },
      async (trx) => {
        const inserted = await insertImport(trx, this.row(p, account, upload, id, null, null, 'running'));
        await insertUpload(trx, {
          tenantId: p.tenantId,
          importId: id,
          format: upload.format,
          mapping: upload.mapping,
          data: upload.data,
        });
        return inserted;
      },
    );
    return toImport(row, 0);
  }

  /** One attempt of a background import (the job's handler). */
  async runJob(job: JobRun<ImportJobPayload>): Promise<void> {
    const tenantId = job.tenantId!;
    const id = job.payload.importId;
    const loaded = await job.withTenant(async (trx) => {
      const record = await findImport(trx, tenantId, id);
      // Ended already: an attempt that committed before its process died, a retry's no-op.
      if (!record || (record.status !== 'running' && record.status !== 'queued')) return null;
      const account = await trx
        .selectFrom('accounts')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', record.account_id)
        .executeTakeFirstOrThrow();
      const file = await findUpload(trx, tenantId, id);
      if (!file) throw new Error(`import ${id} has no stored file`);
      return { record, account, file };
    });
    if (!loaded) return;
    const { record, account, file } = loaded;
    const p: Caller = { tenantId, userId: record.user_id };
    const upload: Upload = {
      source: record.source === 'connector' ? 'connector' : 'file',
      format: file.format as FormatId,
      dryRun: false,
      ...(file.mapping ? { mapping: file.mapping as ColumnMapping } : {}),
      filename: record.filename,
      data: file.data,
    };
    const report = (share: number) => {
      this.#progress.set(id, share);
      job.progress(share);
      this.deps.events.publish(tenantId, {
        type: 'import.progress',
        accountId: account.id,
        userId: account.user_id,
        importId: id,
        progress: share,
      });
    };
    const stopped = () => job.signal.aborted;
    this.#progress.set(id, 0);
    try {
      // Parsing is the first 40 %, writing the rest.
      const result = await parse(upload, optionsOf(account), (s) => report(0.4 * s), stopped);
      if (!result.ok) {
        const { tenant_id: _t, id: _i, ...failed } = this.row(p, account, upload, id, result, null, 'failed');
        await job.withTenant(async (trx) => {
          await finishRunning(trx, tenantId, id, failed);
          await deleteUpload(trx, tenantId, id);
        });
        this.publishFinished(tenantId, account, id);
        return;
      }
      const total = Math.max(1, result.executions.length);
      const ingest = await job.withTenant(async (trx) => {
        const r = await this.deps.ingest.executions(trx, account, result.executions, {
          importId: id,
          onProgress: async (done) => {
            if (stopped()) throw new ImportCancelled();
            report(0.4 + 0.55 * (done / total));
            await yieldToLoop();
          },
        });
        const { tenant_id: _t, id: _i, ...values } = this.row(p, account, upload, id, result, r, 'succeeded');
        // Failed meanwhile (recoverInterrupted found no job): roll the data back, as its record says.
        if (!(await finishRunning(trx, tenantId, id, values))) throw new ImportCancelled();
        await deleteUpload(trx, tenantId, id);
        return r;
      });
      this.publishChanged(tenantId, account, ingest, id);
    } finally {
      this.#progress.delete(id);
    }
  }

  /** After a background import's last attempt failed: its record says so, its file goes. */
  async jobFailed(job: FailedJob<ImportJobPayload>): Promise<void> {
    const tenantId = job.tenantId!;
    const id = job.payload.importId;
    const code: FailureCode = job.cause === 'interrupted' ? 'import-interrupted' : 'import-failed';
    const account = await this.database.withTenant(tenantId, async (trx) => {
      const record = await findImport(trx, tenantId, id);
      if (!record) return null;
      const ended = await finishRunning(trx, tenantId, id, {
        status: 'failed',
        failure_code: code,
        processed_bytes: '0',
        inserted: 0,
        duplicates: 0,
        trades_affected: 0,
        errors: JSON.stringify([
          { line: 0, reason: code === 'import-interrupted' ? INTERRUPTED_MESSAGE : FAILED_MESSAGE },
        ]),
        error_count: 1,
        finished_at: new Date(),
      });
      await deleteUpload(trx, tenantId, id);
      if (!ended) return null;
      return trx
        .selectFrom('accounts')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', record.account_id)
        .executeTakeFirst();
    });
    if (account) this.publishFinished(tenantId, account, id);
  }

  private publishFinished(tenantId: string, account: Selectable<AccountsTable>, importId: string) {
    this.deps.events.publish(tenantId, {
      type: 'import.finished',
      accountId: account.id,
      userId: account.user_id,
      importId,
    });
  }

  private publishChanged(
    tenantId: string,
    account: Selectable<AccountsTable>,
    r: IngestResult,
    importId: string,
  ) {
    this.publishFinished(tenantId, account, importId);
    if (r.tradeIds.length) {
      this.deps.events.publish(tenantId, {
        type: 'trades.changed',
        accountId: account.id,
        userId: account.user_id,
        ids: r.tradeIds.slice(0, 500),
      });
    }
  }

  /** Progress of the running imports among `rows`: this process's own, else their jobs' stored one. */
  private async progressOf(trx: Parameters<JobQueue['progressOf']>[0], rows: readonly ImportRow[]) {
    const running = rows.filter((r) => r.status === 'running' || r.status === 'queued').map((r) => r.id);
    const stored = await this.deps.jobs.progressOf(
      trx,
      IMPORT_JOB,
      running.filter((id) => !this.#progress.has(id)),
    );
    return (id: string) => this.#progress.get(id) ?? stored.get(id);
  }

  async get(p: TenantPrincipal, accountId: string, importId: string) {
    const { row, progress } = await this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      const row = await findAccountImport(trx, p.tenantId, accountId, importId);
      return { row, progress: row ? await this.progressOf(trx, [row]) : () => undefined };
    });
    if (!row) throw notFound('The import');
    return toImport(row, progress(row.id));
  }

  async list(p: TenantPrincipal, accountId: string, q: { cursor?: string; limit?: number }) {
    const after = decodeCursor(q.cursor);
    const limit = q.limit ?? 50;
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      const page = toPage(await listAccountImports(trx, p.tenantId, accountId, after, limit), limit);
      const progress = await this.progressOf(trx, page.data);
      return {
        data: page.data.map((r) => toImport(r, progress(r.id))),
        nextCursor: page.nextCursor,
      };
    });
  }

  /** Live sync from partners' broker bridges: a JSON batch, idempotent by brokerExecutionId. */
  async push(p: TenantPrincipal, accountId: string, body: { executions: PushedExecution[] }) {
    const { account, r } = await this.database.withTenant(p.tenantId, async (trx) => {
      const account = await requireAccount(trx, p, accountId);
      const executions = toExecutions(body.executions, account);
      return { account, r: await this.deps.ingest.executions(trx, account, executions) };
    });
    if (r.tradeIds.length) {
      this.deps.events.publish(p.tenantId, {
        type: 'trades.changed',
        accountId,
        userId: account.user_id,
        ids: r.tradeIds,
      });
    }
    return { inserted: r.inserted, duplicates: r.duplicates, tradesAffected: r.tradesAffected };
  }
}
