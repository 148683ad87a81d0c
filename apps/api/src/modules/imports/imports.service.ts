import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Selectable } from 'kysely';
import type { MultipartForm } from '../../lib/multipart';
import { detectMismatch, formatMismatch, sniffFileKind, unsupportedFile } from './fileKind';
import {
  FAILED_MESSAGE,
  failInterrupted,
  heartbeat,
  INTERRUPTED_MESSAGE,
  processIdentity,
  type FailureCode,
} from './jobClaims';
import { toExecutions, type PushedExecution } from './pushed';
import {
  ImportCancelled,
  MAX_REPORTED_ERRORS,
  invalid,
  optionsOf,
  parse,
  toImport,
  type Caller,
  uploadOfForm,
  type Upload,
} from './upload';
import type { TenantPrincipal } from '../../auth/permissions';
import type { SystemDatabase } from '../../db/database';
import type { AccountsTable, ImportsTable } from '../../db/schema';
import { decodeCursor, toPage } from '../../lib/cursor';
import { uuidv7 } from '../../lib/ids';
import { HttpProblem, notFound } from '../../lib/problems';
import { requireAccount } from '../accounts/accounts.service';
import type { EventBus } from '../events/eventBus';
import type { ParseResult } from '../journal/engine';
import type { Ingest, IngestResult } from '../journal/ingest';

class DryRun extends Error {
  constructor(readonly result: IngestResult) {
    super('dry run');
  }
}

/** A background import running in this process. */
interface Job {
  /** Why it must stop: the server is closing, or its claim was taken over as stale. */
  stop: 'shutdown' | 'claim-lost' | null;
  done: Promise<void>;
}

export interface ImportJobOptions {
  /** An unfinished import whose heartbeat is older than this belonged to a process that died, seconds. */
  staleSeconds: number;
}

export class ImportsService {
  /** Progress of imports running in this process (0..1), shown while their transaction is open. */
  readonly #progress = new Map<string, number>();
  /** Background imports running in this process, by id. */
  readonly #jobs = new Map<string, Job>();
  /** Names this process in the claims of the imports it runs. */
  readonly owner = processIdentity();
  #sweep: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(
    // The full handle: the recovery sweep finds interrupted imports across tenants (jobClaims.ts).
    private readonly database: SystemDatabase,
    private readonly events: EventBus,
    /** Executions in, trades rebuilt; its subscribers (analytics) keep what derives from them. */
    private readonly ingest: Ingest,
    /** Files larger than this import as a background job (202 + progress). */
    private readonly jobThresholdBytes: number,
    private readonly jobOptions: ImportJobOptions = { staleSeconds: 120 },
  ) {}

  /**
   * At start: imports left unfinished by a process that is gone are failed with
   * `import-interrupted`, then again every half stale timeout (other processes may die while this
   * one runs). Their data was never written: an import is one transaction.
   */
  async recoverInterrupted(): Promise<number> {
    const failed = await failInterrupted(this.database, {
      staleSeconds: this.jobOptions.staleSeconds,
      everyUnfinished: this.database.kind === 'pglite',
      live: [...this.#jobs.keys()],
    });
    for (const f of failed) {
      this.events.publish(f.tenantId, {
        type: 'import.finished',
        accountId: f.accountId,
        userId: f.userId,
        importId: f.id,
      });
    }
    return failed.length;
  }

  startRecovery(onError: (err: unknown) => void): Promise<number> {
    const every = Math.min(60, Math.max(1, this.jobOptions.staleSeconds / 2)) * 1000;
    this.#sweep = setInterval(() => void this.recoverInterrupted().catch(onError), every);
    this.#sweep.unref();
    return this.recoverInterrupted();
  }

  /** Shutdown: running jobs stop (rolled back) and are recorded interrupted; waits for them up to `waitMs`. */
  async close(waitMs = 10_000): Promise<void> {
    this.#closed = true;
    clearInterval(this.#sweep);
    const jobs = [...this.#jobs.values()];
    for (const j of jobs) j.stop ??= 'shutdown';
    if (!jobs.length) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(jobs.map((j) => j.done)),
      new Promise((r) => (timer = setTimeout(r, waitMs))),
    ]);
    clearTimeout(timer);
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
    if (upload.data.length > this.jobThresholdBytes && !upload.dryRun) {
      return { kind: 'job' as const, report: await this.startJob(p, account, upload) };
    }
    const result = await parse(upload, optionsOf(account));
    if (!result.ok) throw invalid(result);
    if (upload.dryRun) {
      // The real work in a transaction that is rolled back: exact counts, nothing written.
      const r = await this.database
        .withTenant(p.tenantId, async (trx) => {
          throw new DryRun(await this.ingest.executions(trx, account, result.executions));
        })
        .catch((e) => {
          if (e instanceof DryRun) return e.result;
          throw e;
        });
      const now = new Date();
      const row = this.row(p, account, upload, '', result, r, 'succeeded');
      const report = toImport({
        ...row,
        size_bytes: row.size_bytes,
        warnings: result.warnings,
        errors: [],
        created_at: now,
        finished_at: now,
        claimed_by: null,
        heartbeat_at: null,
      } as Selectable<ImportsTable>);
      return { kind: 'dryRun' as const, report: { ...report, id: null } };
    }
    const id = uuidv7();
    const { row, ingest } = await this.database.withTenant(p.tenantId, async (trx) => {
      const r = await this.ingest.executions(trx, account, result.executions, { importId: id });
      const inserted = await trx
        .insertInto('imports')
        .values(this.row(p, account, upload, id, result, r, 'succeeded'))
        .returningAll()
        .executeTakeFirstOrThrow();
      return { row: inserted, ingest: r };
    });
    this.publishChanged(p.tenantId, account, ingest, id);
    return { kind: 'done' as const, report: toImport(row) };
  }

  private row(
    p: Caller,
    account: Selectable<AccountsTable>,
    upload: Upload,
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
    // Known as live here before its row exists, so this process's own sweep never fails it.
    let finished!: () => void;
    const job: Job = { stop: null, done: new Promise<void>((r) => (finished = r)) };
    this.#jobs.set(id, job);
    let row: Selectable<ImportsTable>;
    try {
      row = await this.database.withTenant(p.tenantId, (trx) =>
        trx
          .insertInto('imports')
          .values({
            ...this.row(p, account, upload, id, null, null, 'running'),
            claimed_by: this.owner,
            heartbeat_at: new Date(),
          })
          .returningAll()
          .executeTakeFirstOrThrow(),
      );
    } catch (e) {
      this.#jobs.delete(id);
      finished();
      throw e;
    }
    this.#progress.set(id, 0);
    void this.runJob(p, account, upload, id, job).finally(() => {
      this.#jobs.delete(id);
      this.#progress.delete(id);
      finished();
    });
    return toImport(row, 0);
  }

  private async runJob(p: Caller, account: Selectable<AccountsTable>, upload: Upload, id: string, job: Job) {
    const report = (share: number) => {
      this.#progress.set(id, share);
      this.events.publish(p.tenantId, {
        type: 'import.progress',
        accountId: account.id,
        userId: account.user_id,
        importId: id,
        progress: share,
      });
    };
    // The claim stays this process's while it beats; a beat that finds it gone stops the job.
    let beating = false;
    const beat = setInterval(
      () => {
        if (beating) return;
        beating = true;
        heartbeat(this.database, p.tenantId, id, this.owner)
          .then((ours) => {
            if (!ours) job.stop ??= 'claim-lost';
          })
          .catch(() => {})
          .finally(() => (beating = false));
      },
      Math.max(250, (this.jobOptions.staleSeconds * 1000) / 4),
    );
    beat.unref();
    const stopped = () => job.stop !== null;
    try {
      // Parsing is the first 40 %, writing the rest.
      const result = await parse(upload, optionsOf(account), (s) => report(0.4 * s), stopped);
      if (!result.ok) {
        await this.finishJob(p, account, id, this.row(p, account, upload, id, result, null, 'failed'));
        return;
      }
      const total = Math.max(1, result.executions.length);
      const ingest = await this.database.withTenant(p.tenantId, async (trx) => {
        const r = await this.ingest.executions(trx, account, result.executions, {
          importId: id,
          onProgress: async (done) => {
            if (stopped()) throw new ImportCancelled();
            report(0.4 + 0.55 * (done / total));
            await yieldToLoop();
          },
        });
        const { tenant_id: _t, id: _i, ...values } = this.row(p, account, upload, id, result, r, 'succeeded');
        const updated = await trx
          .updateTable('imports')
          .set(values)
          .where('tenant_id', '=', p.tenantId)
          .where('id', '=', id)
          .where('status', '=', 'running')
          .where('claimed_by', '=', this.owner)
          .executeTakeFirst();
        // Failed meanwhile as stale by another process: roll the data back, as its record says.
        if (Number(updated.numUpdatedRows) === 0) throw new ImportCancelled();
        return r;
      });
      this.publishChanged(p.tenantId, account, ingest, id);
    } catch (err) {
      const cancelled = err instanceof ImportCancelled;
      const failed = this.row(
        p,
        account,
        upload,
        id,
        null,
        null,
        'failed',
        cancelled ? 'import-interrupted' : 'import-failed',
      );
      failed.errors = JSON.stringify([{ line: 0, reason: cancelled ? INTERRUPTED_MESSAGE : FAILED_MESSAGE }]);
      failed.error_count = 1;
      await this.finishJob(p, account, id, failed).catch(() => {});
      if (!cancelled) console.error('import job failed', err);
    } finally {
      clearInterval(beat);
    }
  }

  /** Records a job's end, only while this process still holds its claim. */
  private async finishJob(
    p: Caller,
    account: Selectable<AccountsTable>,
    id: string,
    row: ReturnType<ImportsService['row']>,
  ) {
    const { tenant_id: _t, id: _i, ...values } = row;
    await this.database.withTenant(p.tenantId, (trx) =>
      trx
        .updateTable('imports')
        .set(values)
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where('claimed_by', '=', this.owner)
        .execute(),
    );
    this.events.publish(p.tenantId, {
      type: 'import.finished',
      accountId: account.id,
      userId: account.user_id,
      importId: id,
    });
  }

  private publishChanged(
    tenantId: string,
    account: Selectable<AccountsTable>,
    r: IngestResult,
    importId: string,
  ) {
    this.events.publish(tenantId, {
      type: 'import.finished',
      accountId: account.id,
      userId: account.user_id,
      importId,
    });
    if (r.tradeIds.length) {
      this.events.publish(tenantId, {
        type: 'trades.changed',
        accountId: account.id,
        userId: account.user_id,
        ids: r.tradeIds.slice(0, 500),
      });
    }
  }

  async get(p: TenantPrincipal, accountId: string, importId: string) {
    const row = await this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      return trx
        .selectFrom('imports')
        .selectAll()
        .where('tenant_id', '=', p.tenantId)
        .where('account_id', '=', accountId)
        .where('id', '=', importId)
        .executeTakeFirst();
    });
    if (!row) throw notFound('The import');
    return toImport(row, this.#progress.get(row.id));
  }

  async list(p: TenantPrincipal, accountId: string, q: { cursor?: string; limit?: number }) {
    const after = decodeCursor(q.cursor);
    const limit = q.limit ?? 50;
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      let query = trx
        .selectFrom('imports')
        .selectAll()
        .where('tenant_id', '=', p.tenantId)
        .where('account_id', '=', accountId)
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (after) query = query.where('id', '<', after);
      const page = toPage(await query.execute(), limit);
      return {
        data: page.data.map((r) => toImport(r, this.#progress.get(r.id))),
        nextCursor: page.nextCursor,
      };
    });
  }

  /** Live sync from partners' broker bridges: a JSON batch, idempotent by brokerExecutionId. */
  async push(p: TenantPrincipal, accountId: string, body: { executions: PushedExecution[] }) {
    return this.database
      .withTenant(p.tenantId, async (trx) => {
        const account = await requireAccount(trx, p, accountId);
        const executions = toExecutions(body.executions, account);
        const r = await this.ingest.executions(trx, account, executions);
        return { account, r };
      })
      .then(({ account, r }) => {
        if (r.tradeIds.length) {
          this.events.publish(p.tenantId, {
            type: 'trades.changed',
            accountId,
            userId: account.user_id,
            ids: r.tradeIds,
          });
        }
        return { inserted: r.inserted, duplicates: r.duplicates, tradesAffected: r.tradesAffected };
      });
  }
}
