import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Selectable } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';
import type { SystemDatabase, Tx } from '../../db/database';
import type { AccountsTable, ConnectorsTable } from '../../db/schema';
import { uuidv7 } from '../../lib/ids';
import { HttpProblem, badRequest, conflict, notFound } from '../../lib/problems';
import { requireAccount } from '../../auth/access';
import type { EventBus } from '../events/eventBus';
import type { ImportsService } from '../imports/imports.service';
import { ConnectorError, type BrokerConnector, type ConnectorContext } from './connector';

/** The broker part of a run (requests, polls, waits) ends by then. */
const RUN_TIMEOUT_MS = 120_000;
/** Connectors one account may have. */
export const MAX_CONNECTORS_PER_ACCOUNT = 5;
/** Due connectors one scheduler pass takes. */
const TICK_BATCH = 50;

export interface ConnectorOptions {
  connectors: BrokerConnector<never>[];
  events: EventBus;
  /** A run whose claim is older than this is taken as dead (its process stopped). */
  staleSeconds: number;
  /** Largest broker answer, bytes (the upload limit). */
  maxBytes: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Failures no user sees (the database away while a run records its result). */
  onError?: (err: unknown) => void;
}

type Row = Selectable<ConnectorsTable>;

const syncInProgress = () =>
  new HttpProblem(
    409,
    'sync-in-progress',
    'Sync in progress',
    'This connector is already syncing; follow it with GET on the connector.',
    {},
    { 'retry-after': '5' },
  );

export class ConnectorsService {
  readonly #byKind: Map<string, BrokerConnector<never>>;
  /** Runs of this process, so close() can stop them and wait for their result to be recorded. */
  readonly #runs = new Map<Promise<void>, AbortController>();
  #closed = false;

  constructor(
    private readonly database: SystemDatabase,
    private readonly imports: ImportsService,
    private readonly options: ConnectorOptions,
  ) {
    this.#byKind = new Map(options.connectors.map((c) => [c.kind, c]));
  }

  private connector(kind: string) {
    const c = this.#byKind.get(kind);
    if (!c)
      throw badRequest(
        'unknown-connector',
        'Unknown connector',
        `No connector "${kind}"; known: ${[...this.#byKind.keys()].join(', ')}.`,
      );
    return c as BrokerConnector<Record<string, string>>;
  }

  /** A claim is live while younger than the stale timeout. */
  private staleBefore() {
    return sql<Date>`now() - make_interval(secs => ${this.options.staleSeconds})`;
  }

  toConnector(row: Row) {
    const c = this.#byKind.get(row.kind) as BrokerConnector<Record<string, string>> | undefined;
    return {
      id: row.id,
      accountId: row.account_id,
      kind: row.kind,
      settings: c ? c.redact(row.settings as Record<string, string>) : {},
      intervalMinutes: row.interval_minutes,
      enabled: row.enabled,
      running:
        row.running_since !== null &&
        row.running_since.getTime() > Date.now() - this.options.staleSeconds * 1000,
      lastRunAt: row.last_run_at?.toISOString() ?? null,
      lastStatus: row.last_status,
      lastError: row.last_error,
      nextRunAt: row.next_run_at.toISOString(),
      createdAt: row.created_at.toISOString(),
    };
  }

  async create(
    p: TenantPrincipal,
    accountId: string,
    input: { kind: string; settings: Record<string, unknown>; intervalMinutes?: number },
  ) {
    const problems = this.connector(input.kind).validate(input.settings);
    if (problems.length) {
      throw badRequest('validation-error', 'Invalid request', problems.join('; '), {
        errors: problems.map((m) => ({ field: '/body/settings', message: m })),
      });
    }
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      // The account's row is locked first: concurrent creations for one account count one after
      // the other (READ COMMITTED: the count after the lock sees what the previous one committed).
      await trx
        .selectFrom('accounts')
        .select('id')
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', accountId)
        .forUpdate()
        .execute();
      const { n } = await trx
        .selectFrom('connectors')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('tenant_id', '=', p.tenantId)
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      if (Number(n) >= MAX_CONNECTORS_PER_ACCOUNT) {
        throw conflict(
          'connector-limit',
          'Too many connectors',
          `An account has at most ${MAX_CONNECTORS_PER_ACCOUNT} connectors; delete one first.`,
          { limit: MAX_CONNECTORS_PER_ACCOUNT },
        );
      }
      const row = await trx
        .insertInto('connectors')
        .values({
          tenant_id: p.tenantId,
          id: uuidv7(),
          account_id: accountId,
          kind: input.kind,
          settings: JSON.stringify(input.settings),
          interval_minutes: input.intervalMinutes ?? 60,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return this.toConnector(row);
    });
  }

  async list(p: TenantPrincipal, accountId: string) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      const rows = await trx
        .selectFrom('connectors')
        .selectAll()
        .where('tenant_id', '=', p.tenantId)
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      return { data: rows.map((r) => this.toConnector(r)), nextCursor: null };
    });
  }

  private async own(trx: Tx, p: TenantPrincipal, accountId: string, connectorId: string) {
    await requireAccount(trx, p, accountId);
    const row = await trx
      .selectFrom('connectors')
      .selectAll()
      .where('tenant_id', '=', p.tenantId)
      .where('account_id', '=', accountId)
      .where('id', '=', connectorId)
      .executeTakeFirst();
    if (!row) throw notFound('The connector');
    return row;
  }

  async get(p: TenantPrincipal, accountId: string, connectorId: string) {
    return this.toConnector(
      await this.database.withTenant(p.tenantId, (trx) => this.own(trx, p, accountId, connectorId)),
    );
  }

  async remove(p: TenantPrincipal, accountId: string, connectorId: string) {
    await this.database.withTenant(p.tenantId, async (trx) => {
      await this.own(trx, p, accountId, connectorId);
      await trx
        .deleteFrom('connectors')
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', connectorId)
        .execute();
    });
  }

  /**
   * Claims a connector for a run: atomically, so of two callers (in any process) one wins and
   * the other sees the claim. A claim older than the stale timeout belonged to a process that died.
   */
  private claim(trx: Tx, tenantId: string, connectorId: string, dueOnly = false) {
    let q = trx
      .updateTable('connectors')
      .set({ running_since: sql<Date>`now()`, run_id: uuidv7() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', connectorId)
      .where((eb) => eb.or([eb('running_since', 'is', null), eb('running_since', '<', this.staleBefore())]));
    // The scheduler's pick may have run meanwhile ("Sync now", another process): still due?
    if (dueOnly) q = q.where('enabled', '=', true).where('next_run_at', '<=', sql<Date>`now()`);
    return q.returningAll().executeTakeFirst();
  }

  /**
   * "Sync now": claims the connector and starts the run in the background; answers at once with
   * the connector (`running: true`). The run's end is recorded on the connector and published as
   * a `connector.synced` event. A connector already running answers 409.
   */
  async syncNow(p: TenantPrincipal, accountId: string, connectorId: string) {
    if (this.#closed) {
      throw new HttpProblem(
        503,
        'shutting-down',
        'Shutting down',
        'The API is stopping; try again.',
        {},
        {
          'retry-after': '5',
        },
      );
    }
    const row = await this.database.withTenant(p.tenantId, async (trx) => {
      await this.own(trx, p, accountId, connectorId);
      const claimed = await this.claim(trx, p.tenantId, connectorId);
      if (!claimed) throw syncInProgress();
      return claimed;
    });
    this.launch(row);
    return this.toConnector(row);
  }

  /**
   * One scheduler pass (the journal.connectors.poll job): claims left by a process that died are
   * released with a reason, then every enabled, due connector of an active tenant, an active user
   * and a kept (not archived) account is claimed and run, one at a time. `signal` stops the pass:
   * no further connector, and the run in progress records itself interrupted.
   */
  async tick(signal?: AbortSignal): Promise<number> {
    await this.database.withSystem((trx) =>
      trx
        .updateTable('connectors')
        .set({
          running_since: null,
          run_id: null,
          last_status: 'retrying',
          last_error: 'The previous sync stopped unfinished (the server stopped); it runs again.',
        })
        .where('running_since', '<', this.staleBefore())
        .execute(),
    );
    const due = await this.database.withSystem((trx) =>
      trx
        .selectFrom('connectors as c')
        .innerJoin('accounts as a', (j) =>
          j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.id', '=', 'c.account_id'),
        )
        .innerJoin('users as u', (j) =>
          j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'),
        )
        .innerJoin('tenants as t', 't.id', 'c.tenant_id')
        .select(['c.tenant_id', 'c.id'])
        .where('c.enabled', '=', true)
        .where('c.next_run_at', '<=', sql<Date>`now()`)
        .where('c.running_since', 'is', null)
        .where('a.archived_at', 'is', null)
        .where('u.status', '=', 'active')
        .where('t.status', '=', 'active')
        .orderBy('c.next_run_at')
        .limit(TICK_BATCH)
        .execute(),
    );
    let ran = 0;
    for (const { tenant_id, id } of due) {
      if (this.#closed || signal?.aborted) break;
      const row = await this.database.withTenant(tenant_id, (trx) => this.claim(trx, tenant_id, id, true));
      if (!row) continue; // another process or a "Sync now" took it, or ran it
      ran++;
      await this.launch(row, signal);
    }
    return ran;
  }

  /** Stops this process's runs (they record "interrupted") and waits for them; then takes none. */
  async close() {
    this.#closed = true;
    for (const controller of this.#runs.values()) controller.abort();
    await Promise.all(this.#runs.keys());
  }

  private report(err: unknown) {
    if (this.options.onError) this.options.onError(err);
    else console.error('connector run failed', err);
  }

  private launch(row: Row, outer?: AbortSignal): Promise<void> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    outer?.addEventListener('abort', abort, { once: true });
    const run = this.run(row, controller.signal)
      .catch((err) => this.report(err))
      .finally(() => {
        outer?.removeEventListener('abort', abort);
        this.#runs.delete(run);
      });
    this.#runs.set(run, controller);
    return run;
  }

  private async run(row: Row, stop: AbortSignal): Promise<void> {
    let status = 'ok';
    let error: string | null = null;
    let importId: string | undefined;
    let account: Selectable<AccountsTable> | undefined;
    const signal = AbortSignal.any([stop, AbortSignal.timeout(RUN_TIMEOUT_MS)]);
    try {
      account = await this.database.withTenant(row.tenant_id, (trx) =>
        trx
          .selectFrom('accounts')
          .selectAll()
          .where('tenant_id', '=', row.tenant_id)
          .where('id', '=', row.account_id)
          .executeTakeFirstOrThrow(),
      );
      const connector = this.connector(row.kind);
      const ctx: ConnectorContext = {
        fetch: this.options.fetch ?? fetch,
        signal,
        sleep: this.options.sleep ?? ((ms) => sleep(ms, undefined, { signal })),
        maxBytes: this.options.maxBytes,
      };
      const statement = await connector.fetchStatement(row.settings as Record<string, string>, ctx);
      const result = await this.imports.importInto({ tenantId: row.tenant_id, userId: null }, account, {
        source: 'connector',
        format: statement.format,
        dryRun: false,
        filename: statement.filename,
        data: statement.data,
      });
      importId = result.report.id ?? undefined;
    } catch (e) {
      ({ status, error } = outcome(e, stop, signal));
      if (status === 'error' && !(e instanceof ConnectorError) && !(e instanceof HttpProblem)) this.report(e);
    }
    // Only the run holding the claim records its result (a claim taken over as stale is not ours).
    const done = await this.database.withTenant(row.tenant_id, (trx) =>
      trx
        .updateTable('connectors')
        .set({
          last_run_at: new Date(),
          last_status: status,
          last_error: error,
          running_since: null,
          run_id: null,
          // A retryable failure comes back sooner than the regular interval.
          next_run_at: sql<Date>`now() + make_interval(mins => ${status === 'retrying' ? Math.min(15, row.interval_minutes) : row.interval_minutes})`,
        })
        .where('tenant_id', '=', row.tenant_id)
        .where('id', '=', row.id)
        .where('run_id', '=', row.run_id)
        .returning(['id', 'account_id', 'last_status'])
        .executeTakeFirst(),
    );
    if (done && account) {
      this.options.events.publish(row.tenant_id, {
        type: 'connector.synced',
        accountId: done.account_id,
        userId: account.user_id,
        ids: [done.id],
        status,
        ...(importId ? { importId } : {}),
      });
    }
  }
}

/** What a failed run stores: a fixed message of ours, never content of the broker's answers. */
function outcome(e: unknown, stop: AbortSignal, signal: AbortSignal): { status: string; error: string } {
  if (stop.aborted)
    return { status: 'retrying', error: 'The sync was interrupted (the server stopped); it runs again.' };
  if (signal.aborted && !(e instanceof HttpProblem))
    return {
      status: 'retrying',
      error: `The broker did not finish within ${RUN_TIMEOUT_MS / 1000} s; it runs again soon.`,
    };
  if (e instanceof ConnectorError) return { status: e.retryable ? 'retrying' : 'error', error: e.message };
  if (e instanceof HttpProblem) {
    const errors = Array.isArray(e.extensions.errors) ? (e.extensions.errors as { line?: unknown }[]) : [];
    const count = typeof e.extensions.errorCount === 'number' ? e.extensions.errorCount : errors.length;
    const line = typeof errors[0]?.line === 'number' ? errors[0].line : undefined;
    return {
      status: 'error',
      error:
        count > 0
          ? `The statement could not be imported: ${count} row${count === 1 ? '' : 's'} cannot be read` +
            `${line === undefined ? '' : ` (the first at line ${line})`}. Check the Flex Query (Trades section, CSV).`
          : `The statement could not be imported (${e.title}).`,
    };
  }
  return { status: 'error', error: 'The sync failed on the server; it runs again at the next interval.' };
}
