import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { SystemDatabase, TenantDatabase } from '../../db/database';

/**
 * Background imports and the process that runs them (issue 9, item 9; migration 0008).
 *
 * A job's row is claimed by its process (`claimed_by`) and kept alive by heartbeats
 * (`heartbeat_at`, renewed every quarter of the stale timeout). Any process may fail an unfinished
 * import whose heartbeat is older than the stale timeout: its process is gone. On embedded PGlite
 * only one process can open the database, so there every unfinished import that is not running in
 * this process is dead at once. The job's own writes are conditional on still holding the claim,
 * so an import failed as stale can never also be recorded as done (its transaction rolls back).
 */

export const FAILURE_CODES = ['import-invalid', 'import-interrupted', 'import-failed'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export const INTERRUPTED_MESSAGE =
  'The import was interrupted before it finished (the server stopped or restarted); nothing was imported. ' +
  'Upload the file again.';
export const FAILED_MESSAGE = 'The import failed on the server; nothing was imported.';

/** This process, as its claims name it: host, pid and a random id (pids are reused). */
export function processIdentity(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Renews a job's claim; false when the job is no longer this process's to run. */
export async function heartbeat(database: TenantDatabase, tenantId: string, id: string, owner: string) {
  const r = await database.withTenant(tenantId, (trx) =>
    trx
      .updateTable('imports')
      .set({ heartbeat_at: sql<Date>`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where('claimed_by', '=', owner)
      .executeTakeFirst(),
  );
  return Number(r.numUpdatedRows) > 0;
}

export interface Interrupted {
  tenantId: string;
  id: string;
  accountId: string;
  userId: string;
}

/**
 * Fails the unfinished imports whose process is gone: with `everyUnfinished` (a PGlite database,
 * which one process alone can open) all but those in `live`; otherwise those whose heartbeat is
 * older than `staleSeconds`.
 */
export async function failInterrupted(
  database: SystemDatabase,
  opts: { staleSeconds: number; everyUnfinished: boolean; live: readonly string[] },
): Promise<Interrupted[]> {
  return database.withSystem(async (trx) => {
    let q = trx
      .updateTable('imports')
      .set({
        status: 'failed',
        failure_code: 'import-interrupted' satisfies FailureCode,
        errors: JSON.stringify([{ line: 0, reason: INTERRUPTED_MESSAGE }]),
        error_count: 1,
        finished_at: sql<Date>`now()`,
      })
      .where('status', 'in', ['queued', 'running']);
    if (!opts.everyUnfinished) {
      q = q.where((eb) =>
        eb.or([
          eb('heartbeat_at', 'is', null),
          eb('heartbeat_at', '<', sql<Date>`now() - make_interval(secs => ${opts.staleSeconds})`),
        ]),
      );
    }
    if (opts.live.length) q = q.where('id', 'not in', [...opts.live]);
    const failed = await q.returning(['tenant_id', 'id', 'account_id']).execute();
    if (failed.length === 0) return [];
    const owners = await trx
      .selectFrom('accounts')
      .select(['tenant_id', 'id', 'user_id'])
      .where(
        'id',
        'in',
        failed.map((f) => f.account_id),
      )
      .execute();
    const userOf = new Map(owners.map((a) => [`${a.tenant_id}|${a.id}`, a.user_id]));
    return failed.map((f) => ({
      tenantId: f.tenant_id,
      id: f.id,
      accountId: f.account_id,
      userId: userOf.get(`${f.tenant_id}|${f.account_id}`) ?? '',
    }));
  });
}
