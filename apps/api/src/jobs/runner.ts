import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { SystemDatabase } from '../db/database';
import { Attempt, backoffSeconds, failedJob, reportFailed } from './attempt';
import { claimDue, failForGood, lockDead, purgeFinished, requeue, type JobRow } from './jobs.repository';
import type { FailedJob, JobContext, JobKind, RetryPolicy } from './types';

/**
 * Runners alive in this process. On PGlite one process alone opens the database, so a running
 * job whose runner is not one of these belongs to a process that is gone.
 */
const LIVE_RUNNERS = new Set<string>();

/** This process, as its claims name it: host, pid and a random id (pids are reused). */
export function processIdentity(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Backoff for a dead job of a kind this process does not know (another version's). */
const UNKNOWN_KIND_RETRY: RetryPolicy = { attempts: 1, backoffSeconds: 30 };
/** Finished jobs are kept this long (days), then removed. */
const KEEP_FINISHED_DAYS = 7;

export interface RunnerOptions {
  /** A running job whose heartbeat is older than this belongs to a process that died, seconds. */
  staleSeconds: number;
  /** How often the runner looks for due and dead jobs when nothing wakes it, ms (default 1000). */
  pollMs?: number;
  /** Which rule finds dead claims: PostgreSQL's heartbeat age, or PGlite's one-process rule. */
  databaseKind: 'pglite' | 'postgres';
}

/**
 * One API process's worker: claims due jobs of the kinds it knows (at most `concurrency` of each
 * at once) and starts an attempt for each (attempt.ts: the handler, its heartbeat and timeout, and
 * the end — succeeded; tried again after a backoff; failed for good after the last attempt; back to
 * the queue, uncounted, at shutdown), takes again the jobs of runners that are gone, and stops or
 * abandons its attempts at shutdown. See README.md in this folder.
 */
export class JobRunner {
  readonly id = processIdentity();
  readonly #attempts = new Map<string, Attempt>();
  readonly #reserved = new Map<string, number>();
  readonly #draining = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #polling: Promise<void> | null = null;
  #again = false;
  #stopped = false;
  #lastPurge = 0;

  constructor(
    private readonly database: SystemDatabase,
    private readonly kinds: ReadonlyMap<string, JobKind<unknown>>,
    private readonly ctx: JobContext,
    private readonly options: RunnerOptions,
  ) {}

  private get heartbeatMs() {
    return Math.min(10_000, Math.max(250, (this.options.staleSeconds * 1000) / 4));
  }

  start(): void {
    LIVE_RUNNERS.add(this.id);
    this.wake();
  }

  /** Looks for work now (a job was just queued), instead of at the next poll. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#polling) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#polling = this.poll()
      .catch((err) => this.ctx.log.error({ err }, 'job runner: a pass failed'))
      .finally(() => {
        this.#polling = null;
        if (this.#stopped) return;
        if (this.#again) {
          this.#again = false;
          this.wake();
          return;
        }
        const base = this.options.pollMs ?? 1000;
        this.#timer = setTimeout(() => this.wake(), base * (0.75 + Math.random() / 2));
        this.#timer.unref();
      });
  }

  private running(kind: string): number {
    let n = this.#reserved.get(kind) ?? 0;
    for (const a of this.#attempts.values()) if (a.row.kind === kind) n++;
    return n;
  }

  /** A free slot of `kind` held for a job this process is enqueuing (it runs it at once); null if none. */
  reserve(kind: string): { claim: string; runner: string; release(): void } | null {
    const k = this.kinds.get(kind);
    if (!k || this.#stopped || this.#draining.has(kind) || this.running(kind) >= k.concurrency) return null;
    this.#reserved.set(kind, (this.#reserved.get(kind) ?? 0) + 1);
    let held = true;
    return {
      claim: randomUUID(),
      runner: this.id,
      release: () => {
        if (!held) return;
        held = false;
        this.#reserved.set(kind, (this.#reserved.get(kind) ?? 1) - 1);
      },
    };
  }

  /** Runs a job this process claimed when it enqueued it (after `reserve`). */
  adopt(row: JobRow, reservation: { release(): void }): void {
    reservation.release();
    this.launch(row);
  }

  private async poll(): Promise<void> {
    await this.expireDead();
    for (const [name, kind] of this.kinds) {
      if (this.#stopped) return;
      if (this.#draining.has(name)) continue;
      const free = kind.concurrency - this.running(name);
      if (free <= 0) continue;
      const rows = await this.database.withSystem((trx) => claimDue(trx, name, free, this.id));
      for (const row of rows) this.launch(row);
    }
    if (Date.now() - this.#lastPurge > 600_000) {
      this.#lastPurge = Date.now();
      await this.database.withSystem((trx) => purgeFinished(trx, KEEP_FINISHED_DAYS));
    }
  }

  /** Jobs of runners that are gone: tried again after a backoff, or failed for good after the last attempt. */
  private async expireDead(): Promise<void> {
    const failed: FailedJob[] = [];
    await this.database.withSystem(async (trx) => {
      const dead = await lockDead(trx, {
        staleSeconds: this.options.staleSeconds,
        liveRunners: this.options.databaseKind === 'pglite' ? [...LIVE_RUNNERS] : null,
        exceptIds: [...this.#attempts.keys()],
      });
      for (const row of dead) {
        const reason =
          'Interrupted: the process running this job stopped before it finished (killed, crashed or lost).';
        if (row.attempts >= row.max_attempts) {
          await failForGood(trx, row.id, { reason });
          failed.push(failedJob(row, 'interrupted', reason));
        } else {
          const policy = this.kinds.get(row.kind)?.retry ?? UNKNOWN_KIND_RETRY;
          await requeue(trx, row.id, {
            delaySeconds: backoffSeconds(policy, row.attempts),
            lastError: reason,
          });
        }
      }
    });
    for (const f of failed) await reportFailed(this.kinds.get(f.kind), f, this.ctx);
  }

  private launch(row: JobRow): void {
    const kind = this.kinds.get(row.kind);
    if (!kind || !row.claim) return;
    const attempt = new Attempt(row, row.claim, kind, {
      database: this.database,
      ctx: this.ctx,
      heartbeatMs: this.heartbeatMs,
    });
    this.#attempts.set(row.id, attempt);
    attempt.start(() => {
      this.#attempts.delete(row.id);
      if (!this.#stopped) this.wake();
    });
  }

  /** Stops claiming `kind` in this process; its running attempts stop and go back to the queue. */
  async drain(kind: string, waitMs = 10_000): Promise<void> {
    this.#draining.add(kind);
    await this.stopAttempts(
      [...this.#attempts.values()].filter((a) => a.row.kind === kind),
      waitMs,
    );
  }

  /** Shutdown: claims nothing more; running attempts stop and go back to the queue (waited up to `waitMs`). */
  async stop(waitMs = 10_000): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#polling;
    await this.stopAttempts([...this.#attempts.values()], waitMs);
    LIVE_RUNNERS.delete(this.id);
  }

  /**
   * As if this process were killed (tests): no more heartbeats, nothing more written, and on
   * PGlite its claims count as dead at once. Handlers still running carry on in memory, but
   * nothing they write can commit once another runner has taken their job (the fence).
   */
  abandon(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    for (const a of this.#attempts.values()) a.abandoned = true;
    this.#attempts.clear();
    LIVE_RUNNERS.delete(this.id);
  }

  /**
   * Asks attempts to stop (they go back to the queue as they end) and waits for them up to
   * `waitMs`; one still running then is abandoned as a killed process's would be: no more
   * heartbeats, so its claim goes stale and another runner takes the job (its writes are fenced).
   */
  private async stopAttempts(attempts: Attempt[], waitMs: number): Promise<void> {
    for (const a of attempts) a.stop('shutdown');
    if (!attempts.length) return;
    let timer: NodeJS.Timeout | undefined;
    const ended = new Set<Attempt>();
    await Promise.race([
      Promise.all(attempts.map((a) => a.done.then(() => ended.add(a)))),
      new Promise((r) => (timer = setTimeout(r, waitMs))),
    ]);
    clearTimeout(timer);
    for (const a of attempts) {
      if (ended.has(a)) continue;
      a.abandoned = true;
      this.#attempts.delete(a.row.id);
    }
  }

  /** Progress of a job running in this process (fresher than the stored one). */
  progressOf(jobId: string): number | undefined {
    return this.#attempts.get(jobId)?.progress;
  }
}
