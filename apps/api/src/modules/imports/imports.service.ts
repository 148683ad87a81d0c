import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Selectable } from 'kysely';
import { MAX_REPORTED_ERRORS, invalid, optionsOf, parse, toImport, type Caller, type Upload } from './upload';
import type { TenantPrincipal } from '../../auth/permissions';
import type { Database } from '../../db/database';
import type { AccountsTable, ImportsTable } from '../../db/schema';
import { decodeCursor, toPage } from '../../lib/cursor';
import { uuidv7 } from '../../lib/ids';
import { notFound } from '../../lib/problems';
import { requireAccount } from '../accounts/accounts.service';
import type { EventBus } from '../events/eventBus';
import type { ParseResult } from '../journal/engine';
import { ingestExecutions, type IngestResult } from '../journal/ingest';

class DryRun extends Error {
  constructor(readonly result: IngestResult) {
    super('dry run');
  }
}

export class ImportsService {
  /** Progress of imports running in this process (0..1), shown while their transaction is open. */
  readonly #progress = new Map<string, number>();

  constructor(
    private readonly database: Database,
    private readonly events: EventBus,
    /** Files larger than this import as a background job (202 + progress). */
    private readonly jobThresholdBytes: number,
  ) {}

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
    if (upload.data.length > this.jobThresholdBytes && !upload.dryRun) {
      return { kind: 'job' as const, report: await this.startJob(p, account, upload) };
    }
    const result = await parse(upload, optionsOf(account));
    if (!result.ok) throw invalid(result);
    if (upload.dryRun) {
      // The real work in a transaction that is rolled back: exact counts, nothing written.
      const r = await this.database
        .withTenant(p.tenantId, async (trx) => {
          throw new DryRun(await ingestExecutions(this.database, trx, account, result.executions));
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
      } as Selectable<ImportsTable>);
      return { kind: 'dryRun' as const, report: { ...report, id: null } };
    }
    const id = uuidv7();
    const { row, ingest } = await this.database.withTenant(p.tenantId, async (trx) => {
      const r = await ingestExecutions(this.database, trx, account, result.executions, { importId: id });
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
    };
  }

  private async startJob(p: Caller, account: Selectable<AccountsTable>, upload: Upload) {
    const id = uuidv7();
    const row = await this.database.withTenant(p.tenantId, (trx) =>
      trx
        .insertInto('imports')
        .values(this.row(p, account, upload, id, null, null, 'running'))
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    this.#progress.set(id, 0);
    void this.runJob(p, account, upload, id);
    return toImport(row, 0);
  }

  private async runJob(p: Caller, account: Selectable<AccountsTable>, upload: Upload, id: string) {
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
    try {
      // Parsing is the first 40 %, writing the rest.
      const result = await parse(upload, optionsOf(account), (s) => report(0.4 * s));
      if (!result.ok) {
        await this.finishJob(p, id, this.row(p, account, upload, id, result, null, 'failed'));
        return;
      }
      const total = Math.max(1, result.executions.length);
      const ingest = await this.database.withTenant(p.tenantId, async (trx) => {
        const r = await ingestExecutions(this.database, trx, account, result.executions, {
          importId: id,
          onProgress: async (done) => {
            report(0.4 + 0.55 * (done / total));
            await yieldToLoop();
          },
        });
        const { tenant_id: _t, id: _i, ...values } = this.row(p, account, upload, id, result, r, 'succeeded');
        await trx
          .updateTable('imports')
          .set(values)
          .where('tenant_id', '=', p.tenantId)
          .where('id', '=', id)
          .execute();
        return r;
      });
      this.publishChanged(p.tenantId, account, ingest, id);
    } catch (err) {
      const failed = this.row(p, account, upload, id, null, null, 'failed');
      failed.errors = JSON.stringify([
        { line: 0, reason: 'The import failed on the server; nothing was imported.' },
      ]);
      failed.error_count = 1;
      await this.finishJob(p, id, failed).catch(() => {});
      console.error('import job failed', err);
    } finally {
      this.#progress.delete(id);
    }
  }

  private async finishJob(p: Caller, id: string, row: ReturnType<ImportsService['row']>) {
    const { tenant_id: _t, id: _i, ...values } = row;
    await this.database.withTenant(p.tenantId, (trx) =>
      trx
        .updateTable('imports')
        .set(values)
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', id)
        .execute(),
    );
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
    const { toExecutions } = await import('./pushed');
    return this.database
      .withTenant(p.tenantId, async (trx) => {
        const account = await requireAccount(trx, p, accountId);
        const executions = toExecutions(body.executions, account);
        const r = await ingestExecutions(this.database, trx, account, executions);
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

export interface PushedExecution {
  brokerExecutionId: string;
  executedAt: string;
  symbol: string;
  assetClass: string;
  side: 'buy' | 'sell';
  quantity: string;
  price: string;
  fees?: string;
  multiplier?: string;
  currency?: string;
}
