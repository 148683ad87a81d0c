import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY } from './harness';
import { canStartPostgres, freePort, startPostgres, type PostgresServer } from './postgresServer';

/**
 * Finding 1 of the attack on the API: PostgreSQL restarting under write load stopped the API
 * process. Here the real server (`src/server.ts` in a child process) runs against a private
 * PostgreSQL 15 that the test restarts — fast (57P01 to every session) and immediate (sockets
 * cut) — while eight clients keep writing. The process must stay up, requests caught by the
 * restart answer 503 problems, the API serves again once the database is back, and every write
 * it acknowledged is there afterwards.
 */
const apiDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Outcome {
  status: number;
  type?: string;
  contentType?: string;
}

describe.skipIf(!canStartPostgres)('PostgreSQL restarts under write load', () => {
  let pg: PostgresServer;
  let api: ChildProcess;
  let url: string;
  let stderr = '';
  let apiKey: string;
  let userId: string;

  const call = async (method: string, p: string, body?: unknown, token = apiKey) => {
    const res = await fetch(url + p, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    return { res, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    pg = await startPostgres();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = spawn(
      path.join(apiDir, 'node_modules/.bin/tsx'),
      ['--conditions=@journalkit/source', 'src/server.ts'],
      {
        cwd: apiDir,
        env: {
          ...process.env,
          DATABASE_URL: pg.url,
          PORT: String(port),
          JOURNALKIT_PLATFORM_KEY: PLATFORM_KEY,
          JOURNALKIT_CONNECTOR_POLL_SECONDS: '0',
          LOG_LEVEL: 'error',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
        // Its own process group: tsx runs the server in a child process, and both must go.
        detached: true,
      },
    );
    api.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const until = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (api.exitCode !== null || Date.now() > until) throw new Error(`API did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const t = await call('POST', '/v1/platform/tenants', { slug: 'restart', name: 'Restart' }, PLATFORM_KEY);
    apiKey = t.body.apiKey.secret;
    userId = (await call('POST', '/v1/users', { externalId: 'u1', displayName: 'U' })).body.id;
  }, 120_000);

  afterAll(async () => {
    if (api?.pid) process.kill(-api.pid, 'SIGKILL');
    await pg?.destroy();
  });

  it('keeps serving, answers 503 while the database is away, and loses no acknowledged write', async () => {
    const acknowledged: string[] = [];
    const outcomes: Outcome[] = [];
    const transport: string[] = [];
    let stop = false;
    let n = 0;
    const worker = async () => {
      while (!stop) {
        const name = `acct-${++n}`;
        try {
          const { res, body } = await call('POST', '/v1/accounts', {
            name,
            broker: 'IBKR',
            currency: 'USD',
            userId,
          });
          outcomes.push({
            status: res.status,
            type: body?.type,
            contentType: res.headers.get('content-type') ?? '',
          });
          if (res.status === 201) acknowledged.push(body.id);
          if (res.status === 503) await new Promise((r) => setTimeout(r, 50));
        } catch (e) {
          transport.push(String((e as Error).cause ?? e));
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const served = () => outcomes.filter((o) => o.status === 201).length;
    const workers = Array.from({ length: 8 }, worker);
    const waitForWrites = async (more: number) => {
      const target = served() + more;
      const until = Date.now() + 30_000;
      while (served() < target) {
        if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode}): ${stderr}`);
        if (Date.now() > until) throw new Error('the API did not serve again within 30 s');
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await waitForWrites(40);
      await pg.restart('fast', 300);
      await waitForWrites(40);
      await pg.restart('immediate', 300);
      await waitForWrites(40);
    } finally {
      stop = true;
      await Promise.all(workers);
    }

    expect(api.exitCode, stderr).toBeNull();
    expect(transport, 'every request got an HTTP answer').toEqual([]);
    const failures = outcomes.filter((o) => o.status !== 201);
    // The restarts caught requests in flight, and each of them got a 503 problem — never a 500.
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(f).toEqual({
        status: 503,
        type: 'https://journalkit.dev/problems/database-unavailable',
        contentType: 'application/problem+json; charset=utf-8',
      });
    }
    // Every acknowledged write is there.
    const stored = new Set<string>();
    let cursor: string | null = null;
    do {
      const q: string = `/v1/accounts?limit=200${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await call('GET', q)).body as { data: Array<{ id: string }>; nextCursor: string | null };
      for (const a of page.data) stored.add(a.id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  }, 180_000);
});
