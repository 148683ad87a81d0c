import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Selectable } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';
import type { Database } from '../../db/database';
import type { ConnectorsTable } from '../../db/schema';
import { uuidv7 } from '../../lib/ids';
import { HttpProblem, badRequest, notFound } from '../../lib/problems';
import { requireAccount } from '../accounts/accounts.service';
import type { ImportsService } from '../imports/imports.service';
import { ConnectorError, type BrokerConnector, type ConnectorContext } from './connector';

const RUN_TIMEOUT_MS = 120_000;

export interface ConnectorOptions {
  connectors: BrokerConnector<never>[];
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export class ConnectorsService {
  readonly #byKind: Map<string, BrokerConnector<never>>;
  readonly #running = new Set<string>();

  constructor(
    private readonly database: Database,
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

  toConnector(row: Selectable<ConnectorsTable>) {
    const c = this.#byKind.get(row.kind) as BrokerConnector<Record<string, string>> | undefined;
    return {
      id: row.id,
      accountId: row.account_id,
      kind: row.kind,
      settings: c ? c.redact(row.settings as Record<string, string>) : {},
      intervalMinutes: row.interval_minutes,
      enabled: row.enabled,
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

  private async own(p: TenantPrincipal, accountId: string, connectorId: string) {
    return this.database.withTenant(p.tenantId, async (trx) => {
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
    });
  }

  async remove(p: TenantPrincipal, accountId: string, connectorId: string) {
    await this.own(p, accountId, connectorId);
    await this.database.withTenant(p.tenantId, (trx) =>
      trx
        .deleteFrom('connectors')
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', connectorId)
        .execute(),
    );
  }

  /** Runs a connector now (the "Sync now" button); answers its updated state. */
  async syncNow(p: TenantPrincipal, accountId: string, connectorId: string) {
    const row = await this.own(p, accountId, connectorId);
    if (this.#running.has(row.id)) {
      throw new HttpProblem(
        409,
        'sync-in-progress',
        'Sync in progress',
        'This connector is already syncing.',
        {},
        { 'retry-after': '5' },
      );
    }
    return this.toConnector(await this.run(row));
  }

  /** One scheduler pass: every enabled connector whose time has come, one at a time. */
  async tick(): Promise<number> {
    const due = await this.database.withSystem((trx) =>
      trx
        .selectFrom('connectors')
        .selectAll()
        .where('enabled', '=', true)
        .where('next_run_at', '<=', new Date())
        .orderBy('next_run_at')
        .limit(50)
        .execute(),
    );
    for (const row of due) if (!this.#running.has(row.id)) await this.run(row);
    return due.length;
  }

  private async run(row: Selectable<ConnectorsTable>): Promise<Selectable<ConnectorsTable>> {
    this.#running.add(row.id);
    let status = 'ok';
    let error: string | null = null;
    try {
      const connector = this.connector(row.kind);
      const ctx: ConnectorContext = {
        fetch: this.options.fetch ?? fetch,
        signal: AbortSignal.timeout(RUN_TIMEOUT_MS),
        sleep: this.options.sleep ?? ((ms) => sleep(ms)),
      };
      const statement = await connector.fetchStatement(row.settings as Record<string, string>, ctx);
      const account = await this.database.withTenant(row.tenant_id, (trx) =>
        trx
          .selectFrom('accounts')
          .selectAll()
          .where('tenant_id', '=', row.tenant_id)
          .where('id', '=', row.account_id)
          .executeTakeFirstOrThrow(),
      );
      await this.imports.importInto({ tenantId: row.tenant_id, userId: null }, account, {
        source: 'connector',
        format: statement.format,
        dryRun: false,
        filename: statement.filename,
        data: statement.data,
      });
    } catch (e) {
      status = e instanceof ConnectorError && e.retryable ? 'retrying' : 'error';
      error =
        e instanceof HttpProblem
          ? `${e.detail}${Array.isArray(e.extensions.errors) ? ` First: line ${(e.extensions.errors[0] as { line: number; reason: string })?.line}: ${(e.extensions.errors[0] as { reason: string })?.reason}` : ''}`
          : (e as Error).message;
    } finally {
      this.#running.delete(row.id);
    }
    return this.database.withTenant(row.tenant_id, (trx) =>
      trx
        .updateTable('connectors')
        .set({
          last_run_at: new Date(),
          last_status: status,
          last_error: error,
          // A retryable failure comes back sooner than the regular interval.
          next_run_at: sql<Date>`now() + make_interval(mins => ${status === 'retrying' ? Math.min(15, row.interval_minutes) : row.interval_minutes})`,
        })
        .where('tenant_id', '=', row.tenant_id)
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
  }
}
