import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, startTestApi } from './harness';
import { canStartPostgres, freePort, startPostgres, type PostgresServer } from './postgresServer';

/**
 * Issue 9, item 9, then issue 10: a background import whose API process is SIGKILLed mid-import
 * stayed `running` forever. Its data is all or none (one transaction) — kept so — and it is a job
 * now (src/jobs/): its file is stored with it, so the restarted process (embedded PGlite on disk:
 * one process alone opens it) or any other API process on the same PostgreSQL (once the dead
 * one's heartbeat is older than JOURNALKIT_IMPORT_STALE_SECONDS) runs it again, from the start,
 * and it succeeds with every execution once; a live import of another process is never taken.
 * Only after its last attempt was interrupted does it end `failed` with `import-interrupted`.
 * Real servers (`src/server.ts`), each in its own process group, killed with SIGKILL.
 */
const apiDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const P = 'https://journalkit.dev/problems/';

interface Server {
  url: string;
  proc: ChildProcess;
  stderr: () => string;
  kill(): Promise<void>;
}

const servers = new Set<Server>();
const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const s of servers) await s.kill();
  for (const c of cleanups) await c();
});

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(
    path.join(apiDir, 'node_modules/.bin/tsx'),
    ['--conditions=@journalkit/source', 'src/server.ts'],
    {
      cwd: apiDir,
      env: {
        ...process.env,
        PORT: String(port),
        JOURNALKIT_PLATFORM_KEY: PLATFORM_KEY,
        JOURNALKIT_CONNECTOR_POLL_SECONDS: '0',
        JOURNALKIT_IMPORT_JOB_THRESHOLD: String(64 * 1024),
        LOG_LEVEL: 'error',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const server: Server = {
    url,
    proc,
    stderr: () => stderr,
    async kill() {
      servers.delete(server);
      if (proc.exitCode === null && proc.signalCode === null) {
        try {
          process.kill(-proc.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
  servers.add(server);
  const until = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    if (proc.exitCode !== null || Date.now() > until) throw new Error(`API did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function call(s: Server, method: string, p: string, token: string, body?: unknown) {
  const res = await fetch(s.url + p, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
}

async function setUp(s: Server, slug: string) {
  const t = await call(s, 'POST', '/v1/platform/tenants', PLATFORM_KEY, { slug, name: slug });
  const apiKey = t.body.apiKey.secret as string;
  const u = await call(s, 'POST', '/v1/users', apiKey, { externalId: 'u1', displayName: 'U' });
  const token = (await call(s, 'POST', `/v1/users/${u.body.id}/tokens`, apiKey, {})).body.token as string;
  return { apiKey, token };
}

async function newAccount(s: Server, token: string, name: string) {
  const r = await call(s, 'POST', '/v1/accounts', token, {
    name,
    broker: 't',
    currency: 'USD',
    timezone: 'UTC',
  });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}

/** A generic file of n fills over three symbols. */
function bigFile(n: number, tag: string): string {
  const rows = ['executed_at,symbol,asset_class,side,quantity,price,fees,execution_id'];
  const t0 = Date.parse('2024-01-02T14:30:00Z');
  for (let i = 0; i < n; i++) {
    const at = new Date(t0 + i * 7_000).toISOString();
    rows.push(
      `${at},${['AAPL', 'MSFT', 'NVDA'][i % 3]},stock,${i % 2 ? 'sell' : 'buy'},${1 + (i % 7)},${100 + (i % 50)}.25,0.35,${tag}-${i}`,
    );
  }
  return rows.join('\n');
}

async function startImport(s: Server, token: string, accountId: string, file: string) {
  const form = new FormData();
  form.append('format', 'generic');
  form.append('file', new Blob([file]), 'big.csv');
  const res = await fetch(`${s.url}/v1/accounts/${accountId}/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await res.json()) as { id: string };
  expect(res.status, JSON.stringify(body)).toBe(202);
  return body.id;
}

/** Resolves once the server's event stream reports the import past `share` (the write phase is past 0.4). */
async function progressPast(s: Server, token: string, importId: string, share: number, timeoutMs = 60_000) {
  const controller = new AbortController();
  const res = await fetch(`${s.url}/v1/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const until = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (Date.now() > until) throw new Error(`no progress past ${share}: ${text.slice(-2000)}`);
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      text += decoder.decode(value, { stream: true });
      for (const m of text.matchAll(/event: import\.progress\ndata: (.*)\n/g)) {
        const e = JSON.parse(m[1]!);
        if (e.importId === importId && e.progress > share) return e.progress as number;
      }
    }
  } finally {
    controller.abort();
  }
}

/** Polls until the import ends; `seen` collects the progress it showed while running. */
async function pollImport(
  s: Server,
  token: string,
  accountId: string,
  importId: string,
  timeoutMs = 60_000,
  seen: number[] = [],
) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await call(s, 'GET', `/v1/accounts/${accountId}/imports/${importId}`, token);
    expect(r.status, r.text).toBe(200);
    if (r.body.status !== 'running' && r.body.status !== 'queued') return r.body;
    seen.push(r.body.progress as number);
    if (Date.now() > until) throw new Error(`still ${r.body.status} after ${timeoutMs} ms`);
    await new Promise((res) => setTimeout(res, 250));
  }
}

async function tradesOf(s: Server, token: string, accountId: string) {
  const r = await call(s, 'GET', `/v1/trades?accountId=${accountId}&limit=10`, token);
  expect(r.status, r.text).toBe(200);
  return r.body.data as unknown[];
}

const interrupted = {
  status: 'failed',
  progress: 1,
  inserted: 0,
  tradesAffected: 0,
  errorCount: 1,
  errors: [{ line: 0, reason: expect.stringContaining('interrupted') }],
  failure: {
    code: 'import-interrupted',
    message:
      'The import was interrupted before it finished (the server stopped or restarted); nothing was imported. ' +
      'Upload the file again.',
  },
  finishedAt: expect.any(String),
};

const succeeded = (inserted: number) => ({
  status: 'succeeded',
  progress: 1,
  inserted,
  duplicates: 0,
  errorCount: 0,
  failure: null,
  finishedAt: expect.any(String),
});

describe('an import whose server is SIGKILLed mid-import', () => {
  it('runs again when the server comes back (PGlite on disk) and imports every execution once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jk-import-restart-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { JOURNALKIT_DATA_DIR: dataDir };
    const a = await startServer(env);
    const { token } = await setUp(a, 'restart-pglite');
    const accountId = await newAccount(a, token, 'killed');
    const file = bigFile(60_000, 'K');
    const importId = await startImport(a, token, accountId, file);
    // Killed while it writes (its transaction open): the database must hold none of it.
    const reached = await progressPast(a, token, importId, 0.45);
    expect(reached).toBeLessThan(1);
    await a.kill();

    const b = await startServer(env);
    const job = await pollImport(b, token, accountId, importId, 120_000);
    expect(job).toMatchObject({ id: importId, ...succeeded(60_000) });
    expect((await tradesOf(b, token, accountId)).length).toBeGreaterThan(0);
    // The list says the same, and importing the file again adds nothing: it was imported once.
    const list = await call(b, 'GET', `/v1/accounts/${accountId}/imports`, token);
    expect(list.body.data[0]).toMatchObject({ id: importId, status: 'succeeded', failure: null });
    const again = await startImport(b, token, accountId, file);
    expect(await pollImport(b, token, accountId, again, 120_000)).toMatchObject({
      status: 'succeeded',
      inserted: 0,
      duplicates: 60_000,
      failure: null,
    });
    await b.kill();
  }, 300_000);

  describe.skipIf(!canStartPostgres)('on PostgreSQL with two API processes', () => {
    it('the other process runs the dead one’s import once its heartbeat is stale, never a live one', async () => {
      const pg: PostgresServer = await startPostgres();
      cleanups.push(() => pg.destroy());
      const env = { DATABASE_URL: pg.url, JOURNALKIT_IMPORT_STALE_SECONDS: '3' };
      const a = await startServer(env);
      const b = await startServer(env);
      const { token } = await setUp(a, 'restart-pg');

      // A live import on A that runs longer than the stale timeout: B leaves it alone, and shows
      // its progress (stored with A's heartbeats) while it runs.
      const live = await newAccount(a, token, 'live');
      const started = Date.now();
      const liveId = await startImport(a, token, live, bigFile(400_000, 'L'));
      const seen: number[] = [];
      const done = await pollImport(b, token, live, liveId, 120_000, seen);
      expect(done, `took ${Date.now() - started} ms`).toMatchObject(succeeded(400_000));
      expect(Date.now() - started).toBeGreaterThan(3_000);
      expect(
        seen.some((p) => p > 0 && p < 1),
        `progress seen from B: ${seen.join(', ')}`,
      ).toBe(true);

      // A dies mid-import: B, still running, takes the import over after the stale timeout.
      const killed = await newAccount(a, token, 'killed');
      const importId = await startImport(a, token, killed, bigFile(200_000, 'K'));
      await progressPast(a, token, importId, 0.45);
      await a.kill();
      const killedAt = Date.now();
      const job = await pollImport(b, token, killed, importId, 120_000);
      expect(job).toMatchObject({ id: importId, ...succeeded(200_000) });
      // Not before the dead process's heartbeat went stale (3 s, renewed every 0.75 s).
      expect(Date.now() - killedAt).toBeGreaterThan(1_500);
      expect((await tradesOf(b, token, killed)).length).toBeGreaterThan(0);
      const other = await call(b, 'GET', `/v1/accounts/${live}/imports/${liveId}`, token);
      expect(other.body).toMatchObject(succeeded(400_000));
      await b.kill();
    }, 300_000);
  });
});

describe('the recovery sweep in a live process', () => {
  it('fails an import no job will run (from before jobs), never one a job runs', async () => {
    const api = await startTestApi({ JOURNALKIT_IMPORT_JOB_THRESHOLD: String(64 * 1024) });
    try {
      const t = await api.createTenant();
      const { token } = await api.createUser(t.apiKey, {});
      const acc = await api.call('POST', '/v1/accounts', {
        token,
        body: { name: 'swept', broker: 't', currency: 'USD', timezone: 'UTC' },
      });
      // A row left running by a version before jobs (0010): no job will ever run it.
      const orphan = '01890000-0000-7000-8000-000000000001';
      await api.database.withSystem((trx) =>
        trx
          .insertInto('imports')
          .values({
            tenant_id: t.tenantId,
            id: orphan,
            account_id: acc.body.id,
            format: 'generic',
            status: 'running',
            warnings: '[]',
            errors: '[]',
          })
          .execute(),
      );
      const form = new FormData();
      form.append('format', 'generic');
      form.append('file', new Blob([bigFile(20_000, 'S')]), 'big.csv');
      const res = await fetch(`${api.url}/v1/accounts/${acc.body.id}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      expect(await api.app.services.imports.recoverInterrupted()).toBe(
        1, // the orphan only: the live import has its job
      );
      let job: { status: string; inserted: number; failure: unknown };
      for (;;) {
        job = (await api.call('GET', `/v1/accounts/${acc.body.id}/imports/${id}`, { token })).body;
        if (job.status !== 'running') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(job).toMatchObject({ status: 'succeeded', inserted: 20_000, failure: null });
      const swept = await api.call('GET', `/v1/accounts/${acc.body.id}/imports/${orphan}`, { token });
      expect(swept.body).toMatchObject({ status: 'failed', failure: { code: 'import-interrupted' } });
    } finally {
      await api.close();
    }
  }, 120_000);

  it('an import whose every attempt was interrupted ends failed with import-interrupted', async () => {
    const api = await startTestApi({ JOURNALKIT_IMPORT_JOB_THRESHOLD: String(64 * 1024) });
    try {
      const t = await api.createTenant();
      const { token } = await api.createUser(t.apiKey, {});
      const acc = await api.call('POST', '/v1/accounts', {
        token,
        body: { name: 'thrice', broker: 't', currency: 'USD', timezone: 'UTC' },
      });
      // Its third and last attempt's process died an hour ago (dead on either database).
      const id = '01890000-0000-7000-8000-000000000002';
      await api.database.withSystem(async (trx) => {
        await trx
          .insertInto('imports')
          .values({
            tenant_id: t.tenantId,
            id,
            account_id: acc.body.id,
            format: 'generic',
            status: 'running',
            warnings: '[]',
            errors: '[]',
          })
          .execute();
        await trx
          .insertInto('import_uploads')
          .values({
            tenant_id: t.tenantId,
            import_id: id,
            format: 'generic',
            data: Buffer.from(bigFile(10, 'T')),
          })
          .execute();
        await trx
          .insertInto('jobs')
          .values({
            id: '01890000-0000-7000-8000-000000000003',
            tenant_id: t.tenantId,
            kind: 'journal.import',
            key: id,
            payload: JSON.stringify({ importId: id }),
            state: 'running',
            attempts: 3,
            max_attempts: 3,
            claim: '01890000-0000-7000-8000-000000000004',
            claimed_by: 'gone:1:00000000',
            heartbeat_at: new Date(Date.now() - 3_600_000),
          })
          .execute();
      });
      api.app.services.jobs.wake();
      let job: Record<string, unknown>;
      for (let i = 0; ; i++) {
        job = (await api.call('GET', `/v1/accounts/${acc.body.id}/imports/${id}`, { token })).body;
        if (job.status !== 'running' || i > 200) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(job).toMatchObject({ id, ...interrupted });
      const left = await api.database.withSystem((trx) =>
        trx.selectFrom('import_uploads').select('import_id').where('import_id', '=', id).execute(),
      );
      expect(left).toEqual([]);
    } finally {
      await api.close();
    }
  }, 120_000);
});

describe('an import running while its server shuts down', () => {
  it('stops, rolls back and goes back to the queue for the next start (close(), in process)', async () => {
    const api = await startTestApi({ JOURNALKIT_IMPORT_JOB_THRESHOLD: String(64 * 1024) });
    try {
      const t = await api.createTenant();
      const { token } = await api.createUser(t.apiKey, {});
      const acc = await api.call('POST', '/v1/accounts', {
        token,
        body: { name: 'closing', broker: 't', currency: 'USD', timezone: 'UTC' },
      });
      const form = new FormData();
      form.append('format', 'generic');
      form.append('file', new Blob([bigFile(60_000, 'C')]), 'big.csv');
      const res = await fetch(`${api.url}/v1/accounts/${acc.body.id}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      await api.app.services.imports.close();
      const row = await api.database.withSystem((trx) =>
        trx.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
      expect(row).toMatchObject({ status: 'running', failure_code: null, inserted: 0 });
      // Its job waits for the next process (the attempt the shutdown stopped is not counted).
      const queued = await api.database.withSystem((trx) =>
        trx.selectFrom('jobs').selectAll().where('key', '=', id).executeTakeFirstOrThrow(),
      );
      expect(queued).toMatchObject({ kind: 'journal.import', state: 'queued', attempts: 0, claim: null });
      const execs = await api.database.withSystem((trx) =>
        trx
          .selectFrom('executions')
          .select('broker_execution_id')
          .where('account_id', '=', acc.body.id)
          .execute(),
      );
      expect(execs).toEqual([]);
      // A closed service starts no new job.
      const late = await fetch(`${api.url}/v1/accounts/${acc.body.id}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(late.status).toBe(503);
      expect(((await late.json()) as { type: string }).type).toBe(P + 'server-stopping');
    } finally {
      await api.close();
    }
  }, 120_000);
});
