import type { SystemDatabase } from '../db/database';
import { beat, failForGood, holds, requeue, succeed, type JobRow } from './jobs.repository';
import {
  ClaimLost,
  type FailedJob,
  type JobContext,
  type JobKind,
  type JobRun,
  type RetryPolicy,
  type StopReason,
} from './types';

/** The wait before attempt `attempt + 1`, seconds. */
export function backoffSeconds(policy: RetryPolicy, attempt: number): number {
  const wait = policy.backoffSeconds * (policy.factor ?? 2) ** Math.max(0, attempt - 1);
  return Math.min(policy.maxBackoffSeconds ?? 3600, wait);
}

export interface AttemptDeps {
  database: SystemDatabase;
  ctx: JobContext;
  /** How often the attempt's heartbeat (and progress) is stored, ms. */
  heartbeatMs: number;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

/**
 * One attempt of a claimed job, from its handler's start to the end written down: the handler's
 * `JobRun` (its signal, progress and claim-fenced `withTenant`), the heartbeat that renews the
 * claim (and stops the attempt when the claim was taken over), the kind's timeout, and the end —
 * succeeded; tried again after a backoff; failed for good after the last attempt (then the kind's
 * `failed()`); back to the queue, uncounted, at shutdown. The runner (runner.ts) claims, starts,
 * stops and abandons attempts.
 */
export class Attempt {
  readonly controller = new AbortController();
  /** Share done, 0..1, stored with the next heartbeat. */
  progress = 0;
  /** Resolves once the attempt ended and its end was written (or it was abandoned). */
  done: Promise<void> = Promise.resolve();
  /** Abandoned (the runner was killed): nothing more is written for it. */
  abandoned = false;

  constructor(
    readonly row: JobRow,
    readonly claim: string,
    private readonly kind: JobKind<unknown>,
    private readonly deps: AttemptDeps,
  ) {}

  /** Asks the handler to stop (its signal aborts with `reason`); the first reason stays. */
  stop(reason: StopReason): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }

  /**
   * Runs the handler with the heartbeat and the timeout, then writes how it ended; `ended` is
   * called after that (not for an abandoned attempt), whether or not the write succeeded.
   */
  start(ended: () => void): void {
    const { row, kind, deps } = this;
    let beating = false;
    const heartbeat = setInterval(() => {
      if (beating || this.abandoned) return;
      beating = true;
      deps.database
        .withSystem((trx) => beat(trx, row.id, this.claim, this.progress))
        .then((ours) => {
          if (!ours) this.stop('claim-lost');
        })
        .catch(() => {})
        .finally(() => (beating = false));
    }, deps.heartbeatMs);
    heartbeat.unref();
    const timeout = setTimeout(() => this.stop('timeout'), kind.timeoutSeconds * 1000);
    timeout.unref();
    const run = this.jobRun();
    this.done = (async () => {
      let outcome: Outcome;
      try {
        await kind.run(run, deps.ctx);
        outcome = { ok: true };
      } catch (error) {
        outcome = { ok: false, error };
      }
      clearInterval(heartbeat);
      clearTimeout(timeout);
      if (this.abandoned) return;
      try {
        await this.settle(outcome);
      } catch (err) {
        // The database is away: the claim stays until it goes stale, then the job is taken again.
        deps.ctx.log.error({ err, job: row.id, kind: row.kind }, 'job runner: could not record an attempt');
      } finally {
        ended();
      }
    })();
  }

  /** The attempt as its handler sees it. */
  private jobRun(): JobRun<unknown> {
    const { row } = this;
    return {
      id: row.id,
      kind: row.kind,
      tenantId: row.tenant_id,
      payload: row.payload,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      signal: this.controller.signal,
      progress: (share) => {
        this.progress = Math.min(1, Math.max(0, share));
      },
      withTenant: (fn) => {
        const tenantId = row.tenant_id;
        if (tenantId === null)
          throw new Error(`job ${row.kind} has no tenant: withTenant is for tenant jobs`);
        return this.deps.database.withTenant(tenantId, async (trx) => {
          const result = await fn(trx);
          if (!(await holds(trx, row.id, this.claim))) throw new ClaimLost(row.id);
          return result;
        });
      },
    };
  }

  /** Writes how the attempt ended (see the class). */
  private async settle(outcome: Outcome): Promise<void> {
    const { row, claim, kind } = this;
    const { database, ctx } = this.deps;
    const reason = this.controller.signal.reason as StopReason | undefined;
    if (outcome.ok) {
      await database.withSystem((trx) => succeed(trx, row.id, claim));
      return;
    }
    if (reason === 'claim-lost' || outcome.error instanceof ClaimLost) return;
    if (reason === 'shutdown') {
      await database.withSystem((trx) =>
        requeue(trx, row.id, { claim, delaySeconds: 0, uncountAttempt: true }),
      );
      return;
    }
    const cause = reason === 'timeout' ? 'timeout' : 'error';
    const message =
      cause === 'timeout'
        ? `Timed out: the attempt ran longer than ${kind.timeoutSeconds} s.`
        : `Failed: ${errorText(outcome.error)}`;
    if (cause === 'error') ctx.log.error({ err: outcome.error, job: row.id, kind: row.kind }, 'job failed');
    if (row.attempts >= row.max_attempts) {
      const ended = await database.withSystem(async (trx) => {
        if (!(await holds(trx, row.id, claim))) return false;
        await failForGood(trx, row.id, { claim, reason: message });
        return true;
      });
      if (ended) await reportFailed(kind, failedJob(row, cause, message), ctx);
      return;
    }
    await database.withSystem((trx) =>
      requeue(trx, row.id, {
        claim,
        delaySeconds: backoffSeconds(kind.retry, row.attempts),
        lastError: message,
      }),
    );
  }
}

/** The job after its last attempt, as the kind's `failed()` is told it. */
export function failedJob(row: JobRow, cause: FailedJob['cause'], reason: string): FailedJob {
  return {
    id: row.id,
    kind: row.kind,
    tenantId: row.tenant_id,
    payload: row.payload,
    attempts: row.attempts,
    cause,
    reason,
  };
}

/** Calls the kind's `failed()` (if it has one, and this process knows the kind); an error there is logged. */
export async function reportFailed(
  kind: JobKind<unknown> | undefined,
  job: FailedJob,
  ctx: JobContext,
): Promise<void> {
  if (!kind?.failed) return;
  try {
    await kind.failed(job as FailedJob<never>, ctx);
  } catch (err) {
    ctx.log.error({ err, job: job.id, kind: job.kind }, 'job runner: a failed job could not be recorded');
  }
}

function errorText(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.slice(0, 500);
}
