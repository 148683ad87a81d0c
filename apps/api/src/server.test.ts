import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from './config';
import { openTestDatabase } from '../test/harness';
import { buildApp } from './app';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The server as its own Node process (TypeScript through tsx's loader, no tsx CLI in between:
 * the CLI relays signals through a watchdog that, on a loaded machine, sometimes killed the
 * server before its own SIGTERM handler ran).
 */
function run(env: Record<string, string>) {
  const args = ['--conditions=@journalkit/source', '--import', 'tsx', path.join(here, 'server.ts')];
  const child = spawn(process.execPath, args, {
    cwd: path.join(here, '..'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe('configuration', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JOURNALKIT_PLATFORM_KEY: 'short' }, 'JOURNALKIT_PLATFORM_KEY'],
    [{ JOURNALKIT_SEED_DEMO: 'maybe' }, 'JOURNALKIT_SEED_DEMO'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, databaseUrl: undefined, logLevel: 'info' });
    expect(c.dataDir).toBe(path.resolve('.data'));
  });

  it('the server refuses to start on bad configuration, naming the variable, with exit code 2', async () => {
    const p = run({ PORT: 'abc' });
    expect(await p.exited).toBe(2);
    expect(p.output()).toContain('PORT');
  });
});

describe('the server process', () => {
  it('starts on persisted PGlite, logs JSON with request ids, seeds the demo, and keeps data across restarts', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jk-data-'));
    try {
      const env = {
        PORT: '0',
        JOURNALKIT_DATA_DIR: dataDir,
        JOURNALKIT_SEED_DEMO: 'true',
        LOG_LEVEL: 'info',
      };
      for (const round of [1, 2]) {
        const p = run(env);
        const url = await new Promise<string>((resolve, reject) => {
          const timer = setInterval(() => {
            const m = /"msg":"Server listening at (http:\/\/127\.0\.0\.1:\d+)"/.exec(p.output());
            if (m) {
              clearInterval(timer);
              resolve(m[1]!);
            }
          }, 50);
          void p.exited.then(() => {
            clearInterval(timer);
            reject(new Error(`server exited: ${p.output()}`));
          });
        });
        const r = await fetch(`${url}/v1/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': `round-${round}` },
          body: JSON.stringify({ tenant: 'demo', email: 'demo@journalkit.dev', password: 'demo-password' }),
        });
        expect(r.status).toBe(200);
        p.child.kill('SIGTERM');
        expect(await p.exited).toBe(0);
        const lines = p
          .output()
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(lines.some((l) => l.reqId === `round-${round}`)).toBe(true);
        expect(lines.filter((l) => l.msg === 'seeded the demo tenant')).toHaveLength(round === 1 ? 1 : 0);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('graceful shutdown finishes in-flight requests and refuses new ones', async () => {
    const { database, drop } = await openTestDatabase();
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, logger: false });
    let entered!: () => void;
    const inHandler = new Promise<void>((r) => (entered = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    app.get('/test/slow', { config: { access: { kind: 'public' } } }, async () => {
      entered();
      await gate;
      return { done: true };
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const slow = fetch(`${url}/test/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await inHandler;
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    release();
    expect(await slow).toEqual({ status: 200, body: { done: true } });
    await closing;
    expect(closed).toBe(true);
    await drop();
  });
});
