import type { TenantPrincipal } from '../../auth/permissions';
import type { SystemDatabase, Tx } from '../../db/database';
import { HttpProblem, badRequest, conflict, notFound } from '../../lib/problems';
import { requireAccount } from '../../auth/access';
import type { EventBus } from '../events/eventBus';
import type { ImportsService } from '../imports/imports.service';
import type { BrokerConnector } from './connector';
import { ConnectorKinds } from './connectorKinds';
import { ConnectorRuns } from './connectorRuns';
import { toConnector } from './connectors.mapper';
import { connectorsRepository as repo, type ConnectorRow } from './connectors.repository';

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

const syncInProgress = () =>
  new HttpProblem(
    409,
    'sync-in-progress',
    'Sync in progress',
    'This connector is already syncing; follow it with GET on the connector.',
    {},
    { 'retry-after': '5' },
  );

/**
 * Broker connectors of an account: creating, listing, reading and deleting them, and when they
 * run — "Sync now" and the scheduler's pass claim a connector (one claim at a time across every
 * process) and hand it to this process's runs (connectorRuns.ts: the broker, the import, the
 * recorded end).
 */
export class ConnectorsService {
  readonly #kinds: ConnectorKinds;
  readonly #runs: ConnectorRuns;

  constructor(
    // The full handle: the scheduler's pass looks across tenants for due connectors (tick).
    private readonly database: SystemDatabase,
    imports: ImportsService,
    private readonly options: ConnectorOptions,
  ) {
    this.#kinds = new ConnectorKinds(options.connectors);
    this.#runs = new ConnectorRuns(database, imports, this.#kinds, options);
  }

  private answer(row: ConnectorRow) {
    return toConnector(row, this.#kinds.find(row.kind), this.options.staleSeconds);
  }

  async create(
    p: TenantPrincipal,
    accountId: string,
    input: { kind: string; settings: Record<string, unknown>; intervalMinutes?: number },
  ) {
    const problems = this.#kinds.get(input.kind).validate(input.settings);
    if (problems.length) {
      throw badRequest('validation-error', 'Invalid request', problems.join('; '), {
        errors: problems.map((m) => ({ field: '/body/settings', message: m })),
      });
    }
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      // The account's row is locked first: concurrent creations for one account count one after
      // the other (READ COMMITTED: the count after the lock sees what the previous one committed).
      await repo.lockAccount(trx, p.tenantId, accountId);
      if ((await repo.countOfAccount(trx, p.tenantId, accountId)) >= MAX_CONNECTORS_PER_ACCOUNT) {
        throw conflict(
          'connector-limit',
          'Too many connectors',
          `An account has at most ${MAX_CONNECTORS_PER_ACCOUNT} connectors; delete one first.`,
          { limit: MAX_CONNECTORS_PER_ACCOUNT },
        );
      }
      const row = await repo.insert(trx, {
        tenant_id: p.tenantId,
        account_id: accountId,
        kind: input.kind,
        settings: JSON.stringify(input.settings),
        interval_minutes: input.intervalMinutes ?? 60,
      });
      return this.answer(row);
    });
  }

  async list(p: TenantPrincipal, accountId: string) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      const rows = await repo.listOfAccount(trx, p.tenantId, accountId);
      return { data: rows.map((r) => this.answer(r)), nextCursor: null };
    });
  }

  private async own(trx: Tx, p: TenantPrincipal, accountId: string, connectorId: string) {
    await requireAccount(trx, p, accountId);
    const row = await repo.findOfAccount(trx, p.tenantId, accountId, connectorId);
    if (!row) throw notFound('The connector');
    return row;
  }

  async get(p: TenantPrincipal, accountId: string, connectorId: string) {
    return this.answer(
      await this.database.withTenant(p.tenantId, (trx) => this.own(trx, p, accountId, connectorId)),
    );
  }

  async remove(p: TenantPrincipal, accountId: string, connectorId: string) {
    await this.database.withTenant(p.tenantId, async (trx) => {
      await this.own(trx, p, accountId, connectorId);
      await repo.remove(trx, p.tenantId, connectorId);
    });
  }

  /**
   * "Sync now": claims the connector and starts the run in the background; answers at once with
   * the connector (`running: true`). The run's end is recorded on the connector and published as
   * a `connector.synced` event. A connector already running answers 409.
   */
  async syncNow(p: TenantPrincipal, accountId: string, connectorId: string) {
    if (this.#runs.closed) {
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
      const claimed = await repo.claim(trx, p.tenantId, connectorId, this.options.staleSeconds);
      if (!claimed) throw syncInProgress();
      return claimed;
    });
    void this.#runs.launch(row);
    return this.answer(row);
  }

  /**
   * One scheduler pass (the journal.connectors.poll job): claims left by a process that died are
   * released with a reason, then every enabled, due connector of an active tenant, an active user
   * and a kept (not archived) account is claimed and run, one at a time. `signal` stops the pass:
   * no further connector, and the run in progress records itself interrupted.
   */
  async tick(signal?: AbortSignal): Promise<number> {
    const { staleSeconds } = this.options;
    await this.database.withSystem((trx) => repo.releaseStale(trx, staleSeconds));
    const due = await this.database.withSystem((trx) => repo.listDue(trx, TICK_BATCH));
    let ran = 0;
    for (const { tenant_id, id } of due) {
      if (this.#runs.closed || signal?.aborted) break;
      const row = await this.database.withTenant(tenant_id, (trx) =>
        repo.claim(trx, tenant_id, id, staleSeconds, true),
      );
      if (!row) continue; // another process or a "Sync now" took it, or ran it
      ran++;
      await this.#runs.launch(row, signal);
    }
    return ran;
  }

  /** Stops this process's runs (they record "interrupted") and waits for them; then takes none. */
  close() {
    return this.#runs.close();
  }
}
