import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config';
import type { SystemDatabase, Tx } from '../db/database';
import type { Services } from '../services';

/** How an attempt that failed (threw, timed out, or died with its process) is tried again. */
export interface RetryPolicy {
  /** Attempts in all, the first included (≥ 1). After the last one the job is `failed`. */
  attempts: number;
  /** Wait before the second attempt, seconds; each later wait is `factor` times the one before. */
  backoffSeconds: number;
  /** Growth of the wait between attempts (default 2). */
  factor?: number;
  /** Longest wait between attempts, seconds (default 3600). */
  maxBackoffSeconds?: number;
}

/** What every job handler is given beside its job: the app's services, the full handle, config, log. */
export interface JobContext {
  services: Services;
  /** The full handle, for platform work across tenants; tenant work goes through `job.withTenant`. */
  database: SystemDatabase;
  config: Config;
  log: FastifyBaseLogger;
}

/** Why an attempt stopped before it finished (`job.signal.reason`). */
export type StopReason = 'shutdown' | 'timeout' | 'claim-lost';

/** One attempt of a job, as its handler sees it. */
export interface JobRun<P = unknown> {
  id: string;
  kind: string;
  /** The tenant whose work this is; null for platform work. */
  tenantId: string | null;
  payload: P;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
  /**
   * Aborted when the attempt must stop: the process is shutting down (the job goes back to the
   * queue, the attempt not counted), the kind's timeout passed (a failed attempt), or another
   * runner took the job over (this attempt's writes can no longer commit). `signal.reason` is a
   * {@link StopReason}. Handlers check it between steps and throw (any error) to stop.
   */
  signal: AbortSignal;
  /** Share done, 0..1: stored with the next heartbeat, shown by the API from any process. */
  progress(share: number): void;
  /**
   * Runs `fn` in a transaction of the job's tenant (row-level security for it), and commits only
   * while this attempt still holds the job: just before the commit the job's row is locked and its
   * claim checked, else the transaction rolls back with {@link ClaimLost}. Every write of a tenant
   * job goes through here, so a retry never adds anything twice. Tenant jobs only.
   */
  withTenant<T>(fn: (trx: Tx) => Promise<T>): Promise<T>;
}

/** The job after its last attempt failed: what `failed` is told. */
export interface FailedJob<P = unknown> {
  id: string;
  kind: string;
  tenantId: string | null;
  payload: P;
  attempts: number;
  /** `interrupted`: its last attempt's process died or it was stopped; `timeout`; `error`: it threw. */
  cause: 'interrupted' | 'timeout' | 'error';
  /** The last error, in words (stored as the job's `last_error`). */
  reason: string;
}

/**
 * A kind of background work an area registers in its manifest (`jobs: { 'journal.import': … }`).
 * Its handler runs on any API process; its writes are transactional (through `job.withTenant`)
 * so that an attempt killed mid-way and tried again adds nothing twice.
 */
export interface JobKind<P = unknown> {
  /** One attempt. Resolves when the work is done; throws to fail the attempt (retried per `retry`). */
  run(job: JobRun<P>, ctx: JobContext): Promise<void>;
  /** Attempts of this kind one process runs at once. */
  concurrency: number;
  retry: RetryPolicy;
  /** An attempt still running after this long is stopped (`signal`, reason `timeout`) and failed. */
  timeoutSeconds: number;
  /**
   * After the last attempt failed: record it where the area's callers look (an import's own
   * record). Runs once, on the process that failed the job; an error here is logged.
   */
  failed?(job: FailedJob<P>, ctx: JobContext): Promise<void>;
}

/** The kinds of one area, by name (`<area>.<name>`). */
export type JobKinds = { readonly [kind: string]: JobKind<never> };

/** Types a job kind (keeps its payload's type for `run` and `failed`). */
export function defineJob<P>(kind: JobKind<P>): JobKind<P> {
  return kind;
}

/** What the queue keeps of a job; the API shows `state` and `progress` through the area's own record. */
export interface JobSnapshot {
  id: string;
  kind: string;
  tenantId: string | null;
  key: string | null;
  state: 'queued' | 'running' | 'succeeded' | 'failed';
  progress: number;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
  finishedAt: Date | null;
}

/** The attempt's claim was taken over (or the job is gone): its transaction rolled back. */
export class ClaimLost extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId}: this attempt no longer holds the job; its work was rolled back`);
  }
}
