import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Selectable } from 'kysely';
import type { SystemDatabase } from '../../db/database';
import type { AccountsTable } from '../../db/schema';
import type { FailedJob, JobQueue, JobRun } from '../../jobs';
import { uuidv7 } from '../../lib/ids';
import { HttpProblem } from '../../lib/problems';
import type { EventBus } from '../events/eventBus';
import type { ColumnMapping, FormatId } from '../journal/engine';
import type { Ingest } from '../journal/ingest';
import { FAILED_MESSAGE, INTERRUPTED_MESSAGE, type FailureCode } from './importFailures';
import { importRecord, publishChanged, publishFinished } from './importRecord';
import {
  deleteUpload,
  failOrphans,
  findImport,
  findUpload,
  finishRunning,
  insertImport,
  insertUpload,
  type ImportRow,
} from './imports.repository';
import { ImportCancelled, optionsOf, parse, toImport, type Caller, type Upload } from './upload';

/** The job kind of background imports (modules/imports/imports.jobs.ts). */
export const IMPORT_JOB = 'journal.import';

/** A background import's job: the import's id (its record and file say the rest). */
export interface ImportJobPayload {
  importId: string;
}

export interface BackgroundImportsDeps {
  events: EventBus;
  jobs: JobQueue;
  ingest: Ingest;
}

/**
 * The job path of imports: a file over the threshold is a job (src/jobs/). Its record and its file
 * are written with the job in one transaction (`start`); any API process runs it (`run`, the job's
 * handler); a process killed mid-way leaves it to be taken again (its work is one transaction, so
 * nothing is added twice), and only after its last attempt is it failed (`failed`:
 * `import-interrupted`, or `import-failed` for errors). ImportsService hands these calls on.
 */
export class BackgroundImports {
  /** Progress of imports running in this process (0..1), fresher than their job's stored one. */
  readonly #progress = new Map<string, number>();
  #closed = false;

  constructor(
    // The full handle: failing orphaned imports looks across tenants (recoverInterrupted).
    private readonly database: SystemDatabase,
    private readonly deps: BackgroundImportsDeps,
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

  /**
   * The import's record (running from the start: its job may wait for a free slot or a retry,
   * `progress` says how far it is), its file and its job, in one transaction; this process runs
   * it at once when it has a free slot, else any process does.
   */
  async start(p: Caller, account: Selectable<AccountsTable>, upload: Upload) {
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
        const inserted = await insertImport(trx, importRecord(p, account, upload, id, null, null, 'running'));
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
  async run(job: JobRun<ImportJobPayload>): Promise<void> {
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
        const {
          tenant_id: _t,
          id: _i,
          ...failed
        } = importRecord(p, account, upload, id, result, null, 'failed');
        await job.withTenant(async (trx) => {
          await finishRunning(trx, tenantId, id, failed);
          await deleteUpload(trx, tenantId, id);
        });
        publishFinished(this.deps.events, tenantId, account, id);
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
        const {
          tenant_id: _t,
          id: _i,
          ...values
        } = importRecord(p, account, upload, id, result, r, 'succeeded');
        // Failed meanwhile (recoverInterrupted found no job): roll the data back, as its record says.
        if (!(await finishRunning(trx, tenantId, id, values))) throw new ImportCancelled();
        await deleteUpload(trx, tenantId, id);
        return r;
      });
      publishChanged(this.deps.events, tenantId, account, ingest, id);
    } finally {
      this.#progress.delete(id);
    }
  }

  /** After a background import's last attempt failed: its record says so, its file goes. */
  async failed(job: FailedJob<ImportJobPayload>): Promise<void> {
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
    if (account) publishFinished(this.deps.events, tenantId, account, id);
  }

  /** Progress of the running imports among `rows`: this process's own, else their jobs' stored one. */
  async progressOf(trx: Parameters<JobQueue['progressOf']>[0], rows: readonly ImportRow[]) {
    const running = rows.filter((r) => r.status === 'running' || r.status === 'queued').map((r) => r.id);
    const stored = await this.deps.jobs.progressOf(
      trx,
      IMPORT_JOB,
      running.filter((id) => !this.#progress.has(id)),
    );
    return (id: string) => this.#progress.get(id) ?? stored.get(id);
  }
}
