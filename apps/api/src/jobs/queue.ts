import { sql } from 'kysely';
import type { SystemDatabase, Tx } from '../db/database';
import { uuidv7 } from '../lib/ids';
import { claimInserted, insertJob, toSnapshot, type JobRow } from './jobs.repository';
import { JobRunner } from './runner';
import type { JobContext, JobKind, JobKinds, JobSnapshot } from './types';

export interface EnqueueSpec<P> {
  kind: string;
  /** The tenant whose work it is (its handler's `withTenant` runs for it); null for platform work. */
  tenantId: string | null;
  payload?: P;
  /** At most one job of this kind and key waits in the queue: a second one is not queued. */
  key?: string;
  /** Due this many seconds from now (default: at once). */
  delaySeconds?: number;
}

export interface QueueOptions {
  /** A running job whose heartbeat is older than this belongs to a process that died, seconds. */
  staleSeconds: number;
  /** The runner's poll when nothing wakes it, ms (default 1000). */
  pollMs?: number;
}

const SCHEDULE_KEY = 'schedule';

/**
 * The job queue, one per API process (the platform's `jobs` service): areas enqueue their work
 * here — in the same transaction as their own rows — and the runner the platform starts runs it
 * on this or any other API process. See README.md in this folder.
 */
export class JobQueue {
  readonly #kinds = new Map<string, JobKind<unknown>>();
  #runner: JobRunner | null = null;

  constructor(
    // The full handle: platform jobs are queued outside any tenant, and the runner claims across tenants.
    private readonly database: SystemDatabase,
    private readonly options: QueueOptions,
  ) {}

  /** Registers an area's job kinds (app.ts, from every manifest's `jobs`). */
  register(kinds: JobKinds): void {
    for (const [name, kind] of Object.entries(kinds)) {
      if (this.#kinds.has(name)) throw new Error(`Two areas register the job kind ${name}.`);
      this.#kinds.set(name, kind as JobKind<unknown>);
    }
  }

  kinds(): string[] {
    return [...this.#kinds.keys()];
  }

  private kind(name: string): JobKind<unknown> {
    const kind = this.#kinds.get(name);
    if (!kind) throw new Error(`No job kind ${name} is registered.`);
    return kind;
  }

  /** Starts this process's runner (the platform area's start()); stopped by stop(). */
  start(ctx: JobContext): void {
    if (this.#runner) return;
    this.#runner = new JobRunner(this.database, this.#kinds, ctx, {
      staleSeconds: this.options.staleSeconds,
      ...(this.options.pollMs !== undefined ? { pollMs: this.options.pollMs } : {}),
      databaseKind: this.database.kind,
    });
    this.#runner.start();
  }

  /** Shutdown: this process claims nothing more; its running attempts stop and go back to the queue. */
  async stop(waitMs?: number): Promise<void> {
    await this.#runner?.stop(waitMs);
  }

  /** This process stops running `kind` (its attempts go back to the queue for another process or a restart). */
  async drain(kind: string, waitMs?: number): Promise<void> {
    await this.#runner?.drain(kind, waitMs);
  }

  /** As if this process were killed (tests): see JobRunner.abandon. */
  abandon(): void {
    this.#runner?.abandon();
  }

  /** Looks for due jobs now rather than at the next poll. */
  wake(): void {
    this.#runner?.wake();
  }

  /**
   * Queues a job, with `alongside` in the same transaction (the tenant's when the job has one):
   * the job exists exactly when the rows it works on do. When it is due now and this process has a
   * free slot for its kind, this process claims it in that transaction and runs it right after the
   * commit; otherwise any runner takes it. `job` is null when a job with the same kind and key
   * already waits.
   */
  async enqueue<P, T = undefined>(
    spec: EnqueueSpec<P>,
    alongside?: (trx: Tx) => Promise<T>,
  ): Promise<{ job: JobSnapshot | null; result: T }> {
    const kind = this.kind(spec.kind);
    const delaySeconds = spec.delaySeconds ?? 0;
    const reservation = delaySeconds <= 0 ? (this.#runner?.reserve(spec.kind) ?? null) : null;
    const work = async (trx: Tx) => {
      const result = (alongside ? await alongside(trx) : undefined) as T;
      let row: JobRow | null = await insertJob(trx, {
        id: uuidv7(),
        tenantId: spec.tenantId,
        kind: spec.kind,
        key: spec.key ?? null,
        payload: spec.payload ?? {},
        maxAttempts: kind.retry.attempts,
        delaySeconds,
        repeatSeconds: null,
      });
      if (row && reservation) row = await claimInserted(trx, row.id, reservation.claim, reservation.runner);
      return { row, result };
    };
    let out: { row: JobRow | null; result: T };
    try {
      out =
        spec.tenantId === null
          ? await this.database.withSystem(work)
          : await this.database.withTenant(spec.tenantId, work);
    } catch (e) {
      reservation?.release();
      throw e;
    }
    if (out.row && reservation && out.row.state === 'running') this.#runner?.adopt(out.row, reservation);
    else {
      reservation?.release();
      if (out.row) this.wake();
    }
    return { job: out.row ? toSnapshot(out.row) : null, result: out.result };
  }

  /**
   * Runs `kind` (a platform job) every `everySeconds`, the first run that long from now, on one
   * process at a time: one row, queued again when each run ends however it ends. Safe to call from
   * every process at start; the latest call sets the interval. 0 stops the schedule.
   */
  async schedule(kind: string, everySeconds: number): Promise<void> {
    const k = this.kind(kind);
    await this.database.withSystem(async (trx) => {
      if (everySeconds <= 0) {
        await trx
          .deleteFrom('jobs')
          .where('kind', '=', kind)
          .where('key', '=', SCHEDULE_KEY)
          .where('state', '=', 'queued')
          .execute();
        await trx
          .updateTable('jobs')
          .set({ repeat_seconds: null })
          .where('kind', '=', kind)
          .where('key', '=', SCHEDULE_KEY)
          .where('state', '=', 'running')
          .execute();
        return;
      }
      const updated = await trx
        .updateTable('jobs')
        .set({ repeat_seconds: everySeconds })
        .where('kind', '=', kind)
        .where('key', '=', SCHEDULE_KEY)
        .where('state', 'in', ['queued', 'running'])
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) > 0) return;
      await insertJob(trx, {
        id: uuidv7(),
        tenantId: null,
        kind,
        key: SCHEDULE_KEY,
        payload: {},
        maxAttempts: k.retry.attempts,
        delaySeconds: everySeconds,
        repeatSeconds: everySeconds,
      });
    });
  }

  /** A job as the queue keeps it (platform view, across tenants). */
  async get(id: string): Promise<JobSnapshot | null> {
    const row = await this.database.withSystem((trx) =>
      trx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst(),
    );
    return row ? toSnapshot(row) : null;
  }

  /**
   * Progress (0..1) of the unfinished jobs of `kind` with these keys, read in the caller's tenant
   * transaction (row-level security: that tenant's jobs only); fresher from this process's runner.
   */
  async progressOf(trx: Tx, kind: string, keys: readonly string[]): Promise<Map<string, number>> {
    if (!keys.length) return new Map();
    const rows = await trx
      .selectFrom('jobs')
      .select(['id', 'key', 'progress'])
      .where('kind', '=', kind)
      .where('key', 'in', [...keys])
      .where('state', '=', 'running')
      .execute();
    return new Map(rows.map((r) => [r.key!, this.#runner?.progressOf(r.id) ?? r.progress]));
  }

  /** Resolves once no job of `kind` is queued or running (tests; a caller waiting for maintenance). */
  async idle(kind: string, timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { n } = await this.database.withSystem((trx) =>
        trx
          .selectFrom('jobs')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('kind', '=', kind)
          .where('state', 'in', ['queued', 'running'])
          .executeTakeFirstOrThrow(),
      );
      if (n === 0) return;
      if (Date.now() > until) throw new Error(`jobs of ${kind} still unfinished after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
