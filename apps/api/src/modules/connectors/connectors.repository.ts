import { sql, type Insertable, type Selectable } from 'kysely';
import type { Tx } from '../../db/database';
import type { ConnectorsTable } from '../../db/schema';
import { uuidv7 } from '../../lib/ids';

/**
 * The connectors' SQL. Tenant calls run inside a tenant transaction (RLS) and name the tenant too;
 * `releaseStale` and `listDue` are the scheduler's, across tenants (a system transaction). A run's
 * claim (`running_since`, `run_id`) is live while younger than `staleSeconds`.
 */
export type ConnectorRow = Selectable<ConnectorsTable>;

/** A claim started before this belonged to a process that died. */
const staleBefore = (staleSeconds: number) => sql<Date>`now() - make_interval(secs => ${staleSeconds})`;

export const connectorsRepository = {
  /** Locks the account's row: concurrent creations for one account count one after the other. */
  lockAccount: (trx: Tx, tenantId: string, accountId: string) =>
    trx
      .selectFrom('accounts')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', accountId)
      .forUpdate()
      .execute(),

  async countOfAccount(trx: Tx, tenantId: string, accountId: string): Promise<number> {
    const { n } = await trx
      .selectFrom('connectors')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow();
    return Number(n);
  },

  insert: (trx: Tx, row: Omit<Insertable<ConnectorsTable>, 'id'>) =>
    trx
      .insertInto('connectors')
      .values({ ...row, id: uuidv7() })
      .returningAll()
      .executeTakeFirstOrThrow(),

  listOfAccount: (trx: Tx, tenantId: string, accountId: string) =>
    trx
      .selectFrom('connectors')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .orderBy('id')
      .execute(),

  findOfAccount: (trx: Tx, tenantId: string, accountId: string, connectorId: string) =>
    trx
      .selectFrom('connectors')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .where('id', '=', connectorId)
      .executeTakeFirst(),

  remove: (trx: Tx, tenantId: string, connectorId: string) =>
    trx.deleteFrom('connectors').where('tenant_id', '=', tenantId).where('id', '=', connectorId).execute(),

  /**
   * Claims a connector for a run: atomically, so of two callers (in any process) one wins and the
   * other sees the claim (undefined). `dueOnly`: only while still enabled and due (the scheduler's
   * pick may have run meanwhile: "Sync now", another process).
   */
  claim(trx: Tx, tenantId: string, connectorId: string, staleSeconds: number, dueOnly = false) {
    let q = trx
      .updateTable('connectors')
      .set({ running_since: sql<Date>`now()`, run_id: uuidv7() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', connectorId)
      .where((eb) =>
        eb.or([eb('running_since', 'is', null), eb('running_since', '<', staleBefore(staleSeconds))]),
      );
    if (dueOnly) q = q.where('enabled', '=', true).where('next_run_at', '<=', sql<Date>`now()`);
    return q.returningAll().executeTakeFirst();
  },

  /** Releases the claims of processes that died, with a reason (every tenant's: system transaction). */
  releaseStale: (trx: Tx, staleSeconds: number) =>
    trx
      .updateTable('connectors')
      .set({
        running_since: null,
        run_id: null,
        last_status: 'retrying',
        last_error: 'The previous sync stopped unfinished (the server stopped); it runs again.',
      })
      .where('running_since', '<', staleBefore(staleSeconds))
      .execute(),

  /**
   * Up to `limit` enabled, due, unclaimed connectors of an active tenant, an active user and a kept
   * (not archived) account, the longest due first (every tenant's: system transaction).
   */
  listDue: (trx: Tx, limit: number) =>
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
      .limit(limit)
      .execute(),

  /** The account a run imports into. */
  account: (trx: Tx, tenantId: string, accountId: string) =>
    trx
      .selectFrom('accounts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow(),

  /**
   * Records a run's end and releases its claim — only while `row`'s claim still holds (a claim
   * taken over as stale is not this run's; then undefined). A retryable failure comes back sooner
   * than the regular interval.
   */
  finishRun: (trx: Tx, row: ConnectorRow, outcome: { status: string; error: string | null }) =>
    trx
      .updateTable('connectors')
      .set({
        last_run_at: new Date(),
        last_status: outcome.status,
        last_error: outcome.error,
        running_since: null,
        run_id: null,
        next_run_at: sql<Date>`now() + make_interval(mins => ${outcome.status === 'retrying' ? Math.min(15, row.interval_minutes) : row.interval_minutes})`,
      })
      .where('tenant_id', '=', row.tenant_id)
      .where('id', '=', row.id)
      .where('run_id', '=', row.run_id)
      .returning(['id', 'account_id', 'last_status'])
      .executeTakeFirst(),
};
