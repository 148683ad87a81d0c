import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const PG_BIN = process.env.JOURNALKIT_PG_BIN ?? '/usr/lib/postgresql/15/bin';
/** Whether this machine can start a private PostgreSQL server (CI installs postgresql-15). */
export const canStartPostgres = existsSync(path.join(PG_BIN, 'initdb'));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface PostgresServer {
  url: string;
  port: number;
  /** `pg_ctl restart` with the given shutdown mode (`fast`: 57P01 to every session; `immediate`: sockets cut). */
  restart(mode: 'fast' | 'immediate', pauseMs?: number): Promise<void>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
}

/**
 * A private PostgreSQL server for one test file, on a free loopback port, in a temporary
 * directory (initdb and pg_ctl refuse root: they run as `postgres` when the tests run as root).
 * For tests that restart or stop the server, which the shared CI server must never be.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'jk-pg-'));
  const asRoot = process.getuid?.() === 0;
  const pgCommand = async (bin: string, args: string[]) => {
    const cmd = asRoot ? 'runuser' : path.join(PG_BIN, bin);
    const full = asRoot ? ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args] : args;
    return run(cmd, full, { timeout: 60_000 });
  };
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(root, Number(stdout.trim()), Number(gid.trim()));
  }
  const port = await freePort();
  const data = path.join(root, 'data');
  await pgCommand('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  // Durable commits (synchronous_commit on): a write the API acknowledged survives an immediate
  // shutdown. fsync off is safe here: the machine does not crash, only the server restarts.
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const start = () =>
    pgCommand('pg_ctl', ['-D', data, '-l', path.join(root, 'log'), '-w', '-o', options, 'start']).then(
      () => undefined,
    );
  const stop = (mode: 'fast' | 'immediate' = 'fast') =>
    pgCommand('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']).then(() => undefined);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    async restart(mode, pauseMs = 0) {
      await stop(mode);
      if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      await start();
    },
    async destroy() {
      await stop('immediate').catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
  };
}
