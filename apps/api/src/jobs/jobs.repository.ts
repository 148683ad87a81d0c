import { sql, type Selectable } from 'kysely';
import type { Tx } from '../db/database';
import type { JobsTable } from '../db/schema';
import type { JobSnapshot } from './types';

/** The queue's SQL (table jobs, migration 0010). Every statement that ends an attempt names its claim. */

export type JobRow = Selectable<JobsTable>;

export function toSnapshot(r: JobRow): JobSnapshot {
  return {
    id: r.id,
    kind: r.kind,
    tenantId: r.tenant_id,
    key: r.key,
    state: r.state,
    progress: r.progress,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    runAt: r.run_at,
    lastError: r.last_error,
    finishedAt: r.finished_at,
  };
}

/** Queues a job; with a key, nothing when one with the same kind and key already waits (null). */
export async function insertJob(
  trx: Tx,
  job: {
    id: string;
    tenantId: string | null;
    kind: string;
    key: string | null;
    payload: unknown;
    maxAttempts: number;
    delaySeconds: number;
    repeatSeconds: number | null;
  },
): Promise<JobRow | null> {
  const row = await trx
    .insertInto('jobs')
    .values({
      id: job.id,
      tenant_id: job.tenantId,
      kind: job.kind,
      key: job.key,
      payload: JSON.stringify(job.payload ?? {}),
      max_attempts: job.maxAttempts,
      run_at: sql<Date>`now() + make_interval(secs => ${job.delaySeconds})`,
      repeat_seconds: job.repeatSeconds,
    })
    .onConflict((oc) =>
      oc.columns(['kind', 'key']).where('state', '=', 'queued').where('key', 'is not', null).doNothing(),
    )
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

/** Takes a job just queued in the same transaction for this runner (the enqueuing process runs it). */
export async function claimInserted(trx: Tx, id: string, claim: string, runner: string): Promise<JobRow> {
  return trx
    .updateTable('jobs')
    .set({
      state: 'running',
      attempts: sql<number>`attempts + 1`,
      claim,
      claimed_by: runner,
      heartbeat_at: sql<Date>`now()`,
      started_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Claims up to `n` due jobs of a kind, skipping those another runner is claiming at this moment. */
export async function claimDue(trx: Tx, kind: string, n: number, runner: string): Promise<JobRow[]> {
  const r = await sql<JobRow>`
    update jobs j set state = 'running', attempts = j.attempts + 1, claim = gen_random_uuid(),
      claimed_by = ${runner}, heartbeat_at = now(), started_at = now(), progress = 0
    from (
      select id from jobs where state = 'queued' and kind = ${kind} and run_at <= now()
      order by run_at, id limit ${n} for update skip locked
    ) due
    where j.id = due.id
    returning j.*`.execute(trx);
  return r.rows;
}

/**
 * Running jobs whose runner is gone, locked for this transaction (skipping those another runner
 * is handling): on PostgreSQL those whose heartbeat is older than `staleSeconds`; on PGlite (one
 * process alone opens it) those whose runner is not one of `liveRunners`, this process's.
 */
export async function lockDead(
  trx: Tx,
  opts: { staleSeconds: number; liveRunners: readonly string[] | null; exceptIds: readonly string[] },
): Promise<JobRow[]> {
  const r = await sql<JobRow>`
    select * from jobs
    where state = 'running'
      and ${
        opts.liveRunners === null
          ? sql`heartbeat_at < now() - make_interval(secs => ${opts.staleSeconds})`
          : sql`claimed_by <> all(${[...opts.liveRunners]}::text[])`
      }
      ${opts.exceptIds.length ? sql`and id <> all(${[...opts.exceptIds]}::uuid[])` : sql``}
    order by heartbeat_at nulls first
    limit 100
    for update skip locked`.execute(trx);
  return r.rows;
}

/** Renews an attempt's heartbeat and stores its progress; false when the attempt no longer holds the job. */
export async function beat(trx: Tx, id: string, claim: string, progress: number): Promise<boolean> {
  const r = await trx
    .updateTable('jobs')
    .set({ heartbeat_at: sql<Date>`now()`, progress })
    .where('id', '=', id)
    .where('claim', '=', claim)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The fence: locks the job's row and says whether `claim` still holds it (in the attempt's own transaction). */
export async function holds(trx: Tx, id: string, claim: string): Promise<boolean> {
  const r = await trx
    .selectFrom('jobs')
    .select('id')
    .where('id', '=', id)
    .where('claim', '=', claim)
    .forUpdate()
    .executeTakeFirst();
  return r !== undefined;
}

const ENDED = { claim: null, claimed_by: null, heartbeat_at: null } as const;

/** An attempt succeeded: the job is done, or — a schedule — queued again `repeat_seconds` later. */
export async function succeed(trx: Tx, id: string, claim: string): Promise<void> {
  const row = await trx
    .updateTable('jobs')
    .set({ ...ENDED, state: 'succeeded', progress: 1, finished_at: sql<Date>`now()`, last_error: null })
    .where('id', '=', id)
    .where('claim', '=', claim)
    .returning(['repeat_seconds'])
    .executeTakeFirst();
  if (row?.repeat_seconds) await requeue(trx, id, { delaySeconds: row.repeat_seconds, resetAttempts: true });
}

/**
 * Puts an ended job (or one whose attempt is being ended, `claim`) back in the queue, `delaySeconds`
 * from now. When another job of the same kind and key already waits there, that one does the work:
 * this one is marked succeeded as superseded. Returns whether it was queued.
 */
export async function requeue(
  trx: Tx,
  id: string,
  opts: {
    delaySeconds: number;
    claim?: string;
    lastError?: string | null;
    resetAttempts?: boolean;
    uncountAttempt?: boolean;
  },
): Promise<boolean> {
  let q = trx
    .updateTable('jobs')
    .set({
      ...ENDED,
      state: 'queued',
      progress: 0,
      run_at: sql<Date>`now() + make_interval(secs => ${opts.delaySeconds})`,
      ...(opts.lastError !== undefined ? { last_error: opts.lastError } : {}),
      ...(opts.resetAttempts ? { attempts: 0 } : {}),
      ...(opts.uncountAttempt ? { attempts: sql<number>`greatest(attempts - 1, 0)` } : {}),
    })
    .where('id', '=', id)
    .where(
      sql<boolean>`not exists (select 1 from jobs w where w.kind = jobs.kind and w.key = jobs.key
        and w.state = 'queued' and w.id <> jobs.id)`,
    );
  q = opts.claim === undefined ? q : q.where('claim', '=', opts.claim);
  const r = await q.executeTakeFirst();
  if (Number(r.numUpdatedRows) > 0) return true;
  let superseded = trx
    .updateTable('jobs')
    .set({
      ...ENDED,
      state: 'succeeded',
      finished_at: sql<Date>`now()`,
      last_error: 'Superseded: a job of the same kind and key waits in the queue and does this work.',
    })
    .where('id', '=', id)
    .where('state', '<>', 'queued');
  if (opts.claim !== undefined) superseded = superseded.where('claim', '=', opts.claim);
  await superseded.execute();
  return false;
}

/** An attempt failed for good: the job is failed with its reason (a schedule: queued for its next run). */
export async function failForGood(
  trx: Tx,
  id: string,
  opts: { claim?: string; reason: string },
): Promise<{ repeated: boolean }> {
  let q = trx
    .updateTable('jobs')
    .set({ ...ENDED, state: 'failed', finished_at: sql<Date>`now()`, last_error: opts.reason.slice(0, 2000) })
    .where('id', '=', id);
  if (opts.claim !== undefined) q = q.where('claim', '=', opts.claim);
  const row = await q.returning(['repeat_seconds']).executeTakeFirst();
  if (!row) return { repeated: false };
  if (row.repeat_seconds) {
    await requeue(trx, id, { delaySeconds: row.repeat_seconds, resetAttempts: true });
    return { repeated: true };
  }
  return { repeated: false };
}

/** Finished jobs older than `days` are removed (their area's own records keep what callers see). */
export async function purgeFinished(trx: Tx, days: number): Promise<number> {
  const r = await trx
    .deleteFrom('jobs')
    .where('state', 'in', ['succeeded', 'failed'])
    .where('finished_at', '<', sql<Date>`now() - make_interval(days => ${days})`)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
