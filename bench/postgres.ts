/**
 * A PostgreSQL for benchmarks: JOURNALKIT_BENCH_DATABASE_URL, or a throwaway PostgreSQL 15 server
 * started here on loopback (Debian's binaries, run as the postgres user), removed at the end.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const BIN = '/usr/lib/postgresql/15/bin';

export interface BenchPostgres {
  url: string;
  stop: () => void;
  /** CPU time (ms, user + system) the server's processes have used so far; null for a given URL. */
  cpuMs: () => number | null;
}

/** Sum of utime + stime of a process and its live children, from /proc (clock ticks → ms). */
function processTreeCpuMs(pid: number): number {
  const ticks = (p: number) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(f[11]) + Number(f[12]); // utime, stime (fields 14, 15)
    } catch {
      return 0;
    }
  };
  let total = ticks(pid);
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) total += ticks(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return (total * 1000) / 100; // USER_HZ is 100 on Linux
}

export async function benchPostgres(): Promise<BenchPostgres> {
  const given = process.env.JOURNALKIT_BENCH_DATABASE_URL;
  if (given) return { url: given, stop: () => {}, cpuMs: () => null };
  const root = mkdtempSync(path.join(tmpdir(), 'jk-bench-pg-'));
  const asPostgres = (cmd: string, args: string[]) =>
    process.getuid?.() === 0
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args])
      : execFileSync(cmd, args);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(root, uid, gid);
  }
  const port = 55000 + Math.floor(Math.random() * 900);
  asPostgres(`${BIN}/initdb`, ['-D', `${root}/data`, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  asPostgres(`${BIN}/pg_ctl`, [
    '-D',
    `${root}/data`,
    '-l',
    `${root}/log`,
    '-w',
    '-o',
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=64MB -c fsync=off -c synchronous_commit=off`,
    'start',
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('create database bench');
  await c.end();
  const postmaster = Number(readFileSync(`${root}/data/postmaster.pid`, 'utf8').split('\n')[0]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/bench`,
    cpuMs: () => processTreeCpuMs(postmaster),
    stop: () => {
      const args = ['-D', `${root}/data`, '-m', 'immediate', 'stop'];
      if (process.getuid?.() === 0) spawnSync('runuser', ['-u', 'postgres', '--', `${BIN}/pg_ctl`, ...args]);
      else spawnSync(`${BIN}/pg_ctl`, args);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
