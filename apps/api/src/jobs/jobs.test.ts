import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/database';
import { uuidv7 } from '../lib/ids';
import type { Services } from '../services';
import { JobQueue, defineJob } from '.';
import type { FailedJob, JobContext, JobKind, JobKinds, JobRun } from '.';

/**
 * The job queue on the database the tests run on: embedded PGlite by default, PostgreSQL 15 with
 * JOURNALKIT_TEST_DATABASE_URL. Several queues on one database stand for several API processes;
 * `abandon()` stands for a process killed mid-job (no more heartbeats, nothing written). A
 * restart closes the database and opens it again (PGlite on disk; PostgreSQL: the same database).
 */

/** A database that can be closed and opened again, as an API restart does. */
async function reopenableDatabase(): Promise<{ open(): Promise<Database>; drop(): Promise<void> }> {
  const serverUrl = process.env.JOURNALKIT_TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jk-jobs-'));
    return {
      open: () => openDatabase({ databaseUrl: undefined, dataDir }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `jk_test_${randomBytes(6).toString('hex')}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    open: () => openDatabase({ databaseUrl: url.toString(), dataDir: '' }),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

const STALE_SECONDS = 1;
/** What the runners logged as errors (their messages). */
const errors: string[] = [];
const log = {
  error: (_o: unknown, msg: string) => errors.push(msg),
  warn: () => {},
  info: () => {},
  debug: () => {},
  trace: () => {},
  fatal: () => {},
  child: () => log,
} as unknown as FastifyBaseLogger;
const config = loadConfig({ DATABASE_URL: 'memory://', LOG_LEVEL: 'silent' });

let store: Awaited<ReturnType<typeof reopenableDatabase>>;
let database: Database;
let tenantA: string;
let tenantB: string;
const queues: JobQueue[] = [];

/** One "API process": a queue with every test kind, started (or not, to only enqueue). */
function processOf(db: Database, opts: { start?: boolean; name?: string } = {}): JobQueue {
  const q = new JobQueue(db, { staleSeconds: STALE_SECONDS, pollMs: 40 });
  q.register(kinds);
  if (opts.start ?? true) {
    // The handlers' context names the process (the services are not needed here).
    const services = { processName: opts.name ?? 'p' } as unknown as Services;
    const ctx: JobContext = { services, database: db, config, log };
    q.start(ctx);
  }
  queues.push(q);
  return q;
}

/** What handlers did, by job id. */
const runs = new Map<string, Array<{ by: string; attempt: number; at: number }>>();
/** Where a job's first attempt waits until the test opens it (made on first use, by either side). */
const gates = new Map<string, { wait: Promise<void>; open: () => void }>();
function gate(jobId: string) {
  let g = gates.get(jobId);
  if (!g) {
    let open!: () => void;
    const wait = new Promise<void>((r) => (open = r));
    g = { wait, open };
    gates.set(jobId, g);
  }
  return g;
}
const failures: FailedJob[] = [];
const processName = (ctx: JobContext) => (ctx.services as unknown as { processName: string }).processName;

function ran(jobId: string, attempt: number, by: string) {
  const list = runs.get(jobId) ?? [];
  list.push({ by, attempt, at: Date.now() });
  runs.set(jobId, list);
}

/** A row the job writes through its fenced tenant transaction: what "adds nothing twice" counts. */
const effect = (job: JobRun) =>
  job.withTenant((trx) =>
    sql`insert into job_effects (tenant_id, job_id) values (${job.tenantId}, ${job.id})`.execute(trx),
  );

/**
 * A test kind: each attempt is recorded in `runs` (with its process's name) before `work` runs;
 * with `failed: keepFailure` the job's final failure lands in `failures`.
 */
function testKind<P = unknown>(
  kind: Omit<JobKind<P>, 'run'>,
  work: (job: JobRun<P>) => Promise<unknown> = async () => {},
): JobKind<P> {
  return defineJob<P>({
    ...kind,
    async run(job, ctx) {
      ran(job.id, job.attempt, processName(ctx));
      await work(job);
    },
  });
}
const keepFailure = async (job: FailedJob) => void failures.push(job);

const kinds: JobKinds = {
  'test.once': testKind<{ tag?: string }>(
    { concurrency: 3, retry: { attempts: 3, backoffSeconds: 0.1 }, timeoutSeconds: 60 },
    async (job) => {
      await new Promise((r) => setTimeout(r, 15));
      await effect(job);
    },
  ),
  'test.gated': testKind(
    { concurrency: 2, retry: { attempts: 3, backoffSeconds: 0.1 }, timeoutSeconds: 60 },
    async (job) => {
      // The first attempt waits for the test; later ones go straight on.
      if (job.attempt === 1) await gate(job.id).wait;
      await effect(job);
    },
  ),
  'test.fail': testKind(
    {
      concurrency: 1,
      retry: { attempts: 3, backoffSeconds: 0.3, factor: 2 },
      timeoutSeconds: 60,
      failed: keepFailure,
    },
    async (job) => {
      throw new Error(`boom ${job.attempt}`);
    },
  ),
  'test.slow': testKind(
    { concurrency: 1, retry: { attempts: 2, backoffSeconds: 0.1 }, timeoutSeconds: 0.3, failed: keepFailure },
    (job) =>
      new Promise((_, reject) => {
        job.progress(0.5);
        job.signal.addEventListener('abort', () => reject(new Error(String(job.signal.reason))));
      }),
  ),
  'test.tick': testKind({ concurrency: 1, retry: { attempts: 1, backoffSeconds: 1 }, timeoutSeconds: 60 }),
};

async function jobRow(id: string) {
  return database.withSystem((trx) =>
    trx.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  );
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const finished = (id: string) =>
  until(`job ${id} to finish`, async () => {
    const r = await jobRow(id);
    return r.state === 'succeeded' || r.state === 'failed' ? r : undefined;
  });

async function effectsOf(tenantId: string, jobId: string) {
  const r = await database.withSystem((trx) =>
    sql<{
      n: number;
    }>`select count(*)::int as n from job_effects where tenant_id = ${tenantId} and job_id = ${jobId}`.execute(
      trx,
    ),
  );
  return r.rows[0]!.n;
}

beforeAll(async () => {
  store = await reopenableDatabase();
  database = await store.open();
  tenantA = uuidv7();
  tenantB = uuidv7();
  await database.withSystem(async (trx) => {
    await trx
      .insertInto('tenants')
      .values([
        { id: tenantA, slug: `a-${tenantA.slice(-8)}`, name: 'A' },
        { id: tenantB, slug: `b-${tenantB.slice(-8)}`, name: 'B' },
      ])
      .execute();
    await sql`create table job_effects (tenant_id uuid not null, job_id uuid not null)`.execute(trx);
    await sql`select jk_tenant_table('job_effects', 'select, insert')`.execute(trx);
  });
});

afterAll(async () => {
  for (const q of queues) await q.stop(1000);
  await database.close();
  await store.drop();
});

describe('the job queue', () => {
  it('two runners claiming at once never run a job twice', async () => {
    const enqueuer = processOf(database, { start: false });
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { job } = await enqueuer.enqueue({ kind: 'test.once', tenantId: tenantA });
      ids.push(job!.id);
    }
    const a = processOf(database, { name: 'a' });
    const b = processOf(database, { name: 'b' });
    a.wake();
    b.wake();
    for (const id of ids) expect((await finished(id)).state).toBe('succeeded');
    for (const id of ids) {
      expect(runs.get(id), id).toHaveLength(1);
      expect(await effectsOf(tenantA, id)).toBe(1);
    }
    // Both took part.
    expect(new Set(ids.map((id) => runs.get(id)![0]!.by))).toEqual(new Set(['a', 'b']));
    const claimedBy = await database.withSystem((trx) =>
      trx.selectFrom('jobs').select(['id', 'attempts']).where('id', 'in', ids).execute(),
    );
    expect(claimedBy.every((r) => r.attempts === 1)).toBe(true);
    await a.stop();
    await b.stop();
  });

  it('takes again the job of a runner that was killed; the killed attempt cannot commit', async () => {
    const killed = processOf(database);
    const { job } = await killed.enqueue({ kind: 'test.gated', tenantId: tenantA });
    // Claimed at once by the process that enqueued it (a free slot), and started.
    await until('the first attempt', async () => runs.get(job!.id)?.length === 1);
    expect((await jobRow(job!.id)).state).toBe('running');
    killed.abandon();
    const other = processOf(database);
    const done = await finished(job!.id);
    expect(done).toMatchObject({ state: 'succeeded', attempts: 2 });
    expect(runs.get(job!.id)!.map((r) => r.attempt)).toEqual([1, 2]);
    // The killed process's attempt goes on in memory and tries to write: fenced, rolled back.
    gate(job!.id).open();
    await new Promise((r) => setTimeout(r, 300));
    expect(await effectsOf(tenantA, job!.id)).toBe(1);
    await other.stop();
  });

  it('retries a failing job with a growing backoff, then fails it with the reason', async () => {
    const q = processOf(database);
    const { job } = await q.enqueue({ kind: 'test.fail', tenantId: tenantA });
    const done = await finished(job!.id);
    expect(done).toMatchObject({ state: 'failed', attempts: 3, last_error: 'Failed: Error: boom 3' });
    const at = runs.get(job!.id)!.map((r) => r.at);
    expect(at).toHaveLength(3);
    // 0.3 s, then 0.6 s (the database's clock and ours agree to a few ms).
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(280);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(580);
    expect(failures.filter((f) => f.id === job!.id)).toEqual([
      expect.objectContaining({ cause: 'error', attempts: 3, reason: 'Failed: Error: boom 3' }),
    ]);
    await q.stop();
  });

  it('stops an attempt past its timeout and counts it', async () => {
    const q = processOf(database);
    const { job } = await q.enqueue({ kind: 'test.slow', tenantId: tenantB });
    const done = await finished(job!.id);
    expect(done).toMatchObject({
      state: 'failed',
      attempts: 2,
      last_error: 'Timed out: the attempt ran longer than 0.3 s.',
    });
    expect(failures.filter((f) => f.id === job!.id)).toEqual([expect.objectContaining({ cause: 'timeout' })]);
    await q.stop();
  });

  it('at shutdown puts a running job back in the queue, the attempt uncounted', async () => {
    const q = processOf(database);
    const { job } = await q.enqueue({ kind: 'test.gated', tenantId: tenantA });
    await until('the attempt', async () => runs.get(job!.id)?.length === 1);
    // The gated attempt ignores its signal: stop waits for it only so long.
    await q.stop(200);
    // Not written back (the attempt did not end in time): its claim goes stale, the next runner takes it.
    const next = processOf(database);
    expect(await finished(job!.id)).toMatchObject({ state: 'succeeded' });
    await next.stop();

    // An attempt that honours its signal is released at once, uncounted.
    const r = processOf(database);
    const slow = await r.enqueue({ kind: 'test.slow', tenantId: tenantA });
    await until('the slow attempt', async () => runs.get(slow.job!.id)?.length === 1);
    await r.stop();
    expect(await jobRow(slow.job!.id)).toMatchObject({ state: 'queued', attempts: 0, claim: null });
    await database.withSystem((trx) => trx.deleteFrom('jobs').where('id', '=', slow.job!.id).execute());
  });

  it('queues a keyed job once while one waits, and runs a schedule until it is stopped', async () => {
    const idle = processOf(database, { start: false });
    const first = await idle.enqueue({ kind: 'test.once', tenantId: tenantB, key: 'k' });
    const second = await idle.enqueue({ kind: 'test.once', tenantId: tenantB, key: 'k' });
    expect(first.job).not.toBeNull();
    expect(second.job).toBeNull();
    const q = processOf(database);
    await finished(first.job!.id);

    await q.schedule('test.tick', 1);
    await q.schedule('test.tick', 1); // a second process at start: still one schedule
    const rows = await database.withSystem((trx) =>
      trx.selectFrom('jobs').selectAll().where('kind', '=', 'test.tick').execute(),
    );
    expect(rows).toHaveLength(1);
    const id = rows[0]!.id;
    await until('two runs of the schedule', async () => (runs.get(id)?.length ?? 0) >= 2, 10_000);
    await q.schedule('test.tick', 0);
    const count = runs.get(id)!.length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(runs.get(id)!.length).toBeLessThanOrEqual(count + 1);
    await q.stop();
  });

  it('shows a tenant its own jobs only', async () => {
    const q = processOf(database, { start: false });
    const { job } = await q.enqueue({ kind: 'test.gated', tenantId: tenantA, key: 'walled' });
    await database.withSystem((trx) =>
      trx
        .updateTable('jobs')
        .set({
          state: 'running',
          claim: uuidv7(),
          progress: 0.25,
          claimed_by: 'elsewhere',
          heartbeat_at: new Date(),
        })
        .where('id', '=', job!.id)
        .execute(),
    );
    expect(await database.withTenant(tenantA, (trx) => q.progressOf(trx, 'test.gated', ['walled']))).toEqual(
      new Map([['walled', 0.25]]),
    );
    expect(await database.withTenant(tenantB, (trx) => q.progressOf(trx, 'test.gated', ['walled']))).toEqual(
      new Map(),
    );
    await database.withSystem((trx) => trx.deleteFrom('jobs').where('id', '=', job!.id).execute());
  });

  it('runs after a restart the jobs a killed process left running or queued', async () => {
    const before = processOf(database);
    const { job: running } = await before.enqueue({ kind: 'test.gated', tenantId: tenantB });
    await until('the attempt', async () => runs.get(running!.id)?.length === 1);
    before.abandon(); // killed: nothing more written
    const { job: waiting } = await processOf(database, { start: false }).enqueue({
      kind: 'test.once',
      tenantId: tenantB,
    });
    for (const q of queues) await q.stop(100);
    await database.close();

    database = await store.open();
    const after = processOf(database);
    expect(await finished(running!.id)).toMatchObject({ state: 'succeeded', attempts: 2 });
    expect(await finished(waiting!.id)).toMatchObject({ state: 'succeeded', attempts: 1 });
    expect(await effectsOf(tenantB, running!.id)).toBe(1);
    expect(await effectsOf(tenantB, waiting!.id)).toBe(1);
    await after.stop();
    // Nothing went wrong but the failures the tests made on purpose.
    expect(errors.filter((m) => m !== 'job failed')).toEqual([]);
  });
});
