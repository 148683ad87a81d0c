import type { Selectable } from 'kysely';
import { requireAccount } from '../../auth/access';
import type { TenantPrincipal } from '../../auth/permissions';
import type { SystemDatabase, TenantDatabase } from '../../db/database';
import type { AccountsTable } from '../../db/schema';
import type { FailedJob, JobQueue, JobRun } from '../../jobs';
import { decodeCursor, toPage } from '../../lib/cursor';
import { uuidv7 } from '../../lib/ids';
import type { MultipartForm } from '../../lib/multipart';
import { notFound } from '../../lib/problems';
import type { EventBus } from '../events/eventBus';
import type { Ingest, IngestResult } from '../journal/ingest';
import { BackgroundImports, type ImportJobPayload } from './backgroundImports';
import { detectMismatch, formatMismatch, formatReads, sniffFileKind, unsupportedFile } from './fileKind';
import { importRecord, publishChanged } from './importRecord';
import { findAccountImport, insertImport, listAccountImports, type ImportRow } from './imports.repository';
import { toExecutions, type PushedExecution } from './pushed';
import { invalid, optionsOf, parse, toImport, uploadOfForm, type Caller, type Upload } from './upload';

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
 * and pushed executions. This is the request path — what a file is, a dry run, an import done in
 * the request, the records and their progress, pushes; a file over the threshold is a job, whose
 * path (enqueue, one attempt, the end after the last, shutdown, recovery) is backgroundImports.ts.
 * Callers have one object: the job's handlers and the area's start/stop call it here too.
 */
export class ImportsService {
  readonly #database: TenantDatabase;
  readonly #background: BackgroundImports;

  constructor(
    // The full handle for the job path only: failing orphaned imports looks across tenants.
    database: SystemDatabase,
    private readonly deps: ImportsDeps,
  ) {
    this.#database = database;
    this.#background = new BackgroundImports(database, deps);
  }

  /** Fails unfinished imports no job will run (at start): BackgroundImports.recoverInterrupted. */
  recoverInterrupted(): Promise<number> {
    return this.#background.recoverInterrupted();
  }

  /** Shutdown: no new background import, running ones back to the queue (BackgroundImports.close). */
  close(waitMs = 10_000): Promise<void> {
    return this.#background.close(waitMs);
  }

  /** One attempt of a background import (the journal.import job's handler). */
  runJob(job: JobRun<ImportJobPayload>): Promise<void> {
    return this.#background.run(job);
  }

  /** After a background import's last attempt failed (the journal.import job's `failed`). */
  jobFailed(job: FailedJob<ImportJobPayload>): Promise<void> {
    return this.#background.failed(job);
  }

  /** The upload form (the route's): its fields checked here (uploadOfForm), then importFile. */
  async importForm(p: TenantPrincipal, accountId: string, form: MultipartForm) {
    return this.importFile(p, accountId, uploadOfForm(form));
  }

  /** Sync: 201/200 with the report. Large: 202 with a running job to poll. */
  async importFile(p: TenantPrincipal, accountId: string, upload: Upload) {
    const account = await this.#database.withTenant(p.tenantId, (trx) => requireAccount(trx, p, accountId));
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
    if (kind && !formatReads(upload.format, kind.kind)) {
      // An HTML page for a CSV format: named as the MetaTrader 4 statement it may be.
      const detected =
        kind.kind === 'html' && !upload.mapping ? detectMismatch(upload.data, upload.format) : null;
      throw detected ? formatMismatch(upload.format, detected) : unsupportedFile(kind, upload.format);
    }
    if (!upload.mapping) {
      const detected = detectMismatch(upload.data, upload.format);
      if (detected) throw formatMismatch(upload.format, detected);
    }
    if (upload.data.length > this.deps.jobThresholdBytes && !upload.dryRun) {
      return { kind: 'job' as const, report: await this.#background.start(p, account, upload) };
    }
    const result = await parse(upload, optionsOf(account));
    if (!result.ok) throw invalid(result);
    if (upload.dryRun) {
      // The real work in a transaction that is rolled back: exact counts, nothing written.
      const r = await this.#database
        .withTenant(p.tenantId, async (trx) => {
          throw new DryRun(await this.deps.ingest.executions(trx, account, result.executions));
        })
        .catch((e) => {
          if (e instanceof DryRun) return e.result;
          throw e;
        });
      const now = new Date();
      const row = importRecord(p, account, upload, '', result, r, 'succeeded');
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
    const { row, ingest } = await this.#database.withTenant(p.tenantId, async (trx) => {
      const r = await this.deps.ingest.executions(trx, account, result.executions, { importId: id });
      const inserted = await insertImport(trx, importRecord(p, account, upload, id, result, r, 'succeeded'));
      return { row: inserted, ingest: r };
    });
    publishChanged(this.deps.events, p.tenantId, account, ingest, id);
    return { kind: 'done' as const, report: toImport(row) };
  }

  async get(p: TenantPrincipal, accountId: string, importId: string) {
    const { row, progress } = await this.#database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      const row = await findAccountImport(trx, p.tenantId, accountId, importId);
      return { row, progress: row ? await this.#background.progressOf(trx, [row]) : () => undefined };
    });
    if (!row) throw notFound('The import');
    return toImport(row, progress(row.id));
  }

  async list(p: TenantPrincipal, accountId: string, q: { cursor?: string; limit?: number }) {
    const after = decodeCursor(q.cursor);
    const limit = q.limit ?? 50;
    return this.#database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      const page = toPage(await listAccountImports(trx, p.tenantId, accountId, after, limit), limit);
      const progress = await this.#background.progressOf(trx, page.data);
      return {
        data: page.data.map((r) => toImport(r, progress(r.id))),
        nextCursor: page.nextCursor,
      };
    });
  }

  /** Live sync from partners' broker bridges: a JSON batch, idempotent by brokerExecutionId. */
  async push(p: TenantPrincipal, accountId: string, body: { executions: PushedExecution[] }) {
    const { account, r } = await this.#database.withTenant(p.tenantId, async (trx) => {
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
