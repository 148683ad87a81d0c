import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { PLATFORM_KEY } from './harness';
import { freePort } from './postgresServer';

/**
 * What the importRestart.* tests share: big generic files (over the job threshold they set, so
 * they import as background jobs), and real API servers (`src/server.ts`), each in its own
 * process group so that it can be killed with SIGKILL mid-import, with the calls those tests make
 * to them over HTTP.
 */
const apiDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Server {
  url: string;
  proc: ChildProcess;
  stderr: () => string;
  kill(): Promise<void>;
}

const servers = new Set<Server>();
const cleanups: Array<() => Promise<void> | void> = [];

/** Runs `fn` at stopAll (a data directory to remove, a PostgreSQL server to destroy). */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.push(fn);
}

/** Kills every server still running, then runs the cleanups (the test file's afterAll). */
export async function stopAll(): Promise<void> {
  for (const s of servers) await s.kill();
  for (const c of cleanups) await c();
}

export async function startServer(env: Record<string, string>): Promise<Server> {
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

export async function call(s: Server, method: string, p: string, token: string, body?: unknown) {
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

export async function setUp(s: Server, slug: string) {
  const t = await call(s, 'POST', '/v1/platform/tenants', PLATFORM_KEY, { slug, name: slug });
  const apiKey = t.body.apiKey.secret as string;
  const u = await call(s, 'POST', '/v1/users', apiKey, { externalId: 'u1', displayName: 'U' });
  const token = (await call(s, 'POST', `/v1/users/${u.body.id}/tokens`, apiKey, {})).body.token as string;
  return { apiKey, token };
}

export async function newAccount(s: Server, token: string, name: string) {
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
export function bigFile(n: number, tag: string): string {
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

export async function startImport(s: Server, token: string, accountId: string, file: string) {
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
export async function progressPast(
  s: Server,
  token: string,
  importId: string,
  share: number,
  timeoutMs = 60_000,
) {
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
export async function pollImport(
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

export async function tradesOf(s: Server, token: string, accountId: string) {
  const r = await call(s, 'GET', `/v1/trades?accountId=${accountId}&limit=10`, token);
  expect(r.status, r.text).toBe(200);
  return r.body.data as unknown[];
}
