/**
 * Import into PostgreSQL: the whole API pipeline (parse, normalize, insert executions, build and
 * insert trades, one transaction) for a generated 1M-execution file into a new account, against
 * csv-parse's bare parse of the same file in the same run. Goals: ratio ≥ 0.3 and under 30 s.
 *
 * The machine is shared and noisy, so the baseline is measured three times, around the import
 * (before, and twice after), and its median is used; and CPU time is reported beside wall time:
 * the import's is Node's plus the PostgreSQL server's (read from /proc), the baseline's Node's.
 *
 *   pnpm exec tsx import-db.bench.ts [rows]
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../apps/api/src/config';
import { openDatabase } from '../apps/api/src/db/database';
import { createServices } from '../apps/api/src/services';
import { generate } from './generate';
import { benchPostgres } from './postgres';
import { benchAccount } from './setup';

const requireFromHere = createRequire(import.meta.url);
const { parse } = requireFromHere('csv-parse/sync') as { parse: (input: string) => string[][] };
const ROWS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);

export async function importDbBench() {
  const csv = generate(ROWS, true);
  const bytes = Buffer.byteLength(csv);
  const baselines: Array<{ wall: number; cpu: number; records: number }> = [];
  const baseline = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const records = parse(csv).length;
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    baselines.push({ wall, cpu: (c.user + c.system) / 1000, records });
  };
  baseline();

  const pgServer = await benchPostgres();
  const database = await openDatabase({ databaseUrl: pgServer.url, dataDir: '' });
  try {
    const { tenantId, userId, accountId } = await benchAccount(database, {
      timezone: 'UTC',
      startingBalance: null,
    });
    const account = await database.withTenant(tenantId, (trx) =>
      trx.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirstOrThrow(),
    );
    // The app's own services (the ingest with analytics' segments subscribed, as in the API). Above
    // the job threshold on purpose? No: the synchronous path is what we time end to end.
    const { imports } = createServices(
      database,
      loadConfig({ DATABASE_URL: pgServer.url, JOURNALKIT_IMPORT_JOB_THRESHOLD: String(4 * 1024 ** 3) }),
    );
    const pg0 = pgServer.cpuMs();
    const c0 = process.cpuUsage();
    const t1 = performance.now();
    const r = await imports.importInto({ tenantId, userId }, account, {
      format: 'generic',
      dryRun: false,
      filename: 'bench.csv',
      data: Buffer.from(csv),
    });
    const importMs = performance.now() - t1;
    const nodeCpu = process.cpuUsage(c0);
    const pg1 = pgServer.cpuMs();
    const importCpu = (nodeCpu.user + nodeCpu.system) / 1000 + (pg0 !== null && pg1 !== null ? pg1 - pg0 : 0);
    baseline();
    baseline();
    const trades = await database.withTenant(tenantId, (trx) =>
      trx
        .selectFrom('trades')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const csvWall = median(baselines.map((b) => b.wall));
    const csvCpu = median(baselines.map((b) => b.cpu));
    const records = baselines[0]!.records;
    console.log(
      `\nImport into PostgreSQL 15 (new account): ${ROWS.toLocaleString('en')} executions, ${(bytes / 1e6).toFixed(0)} MB`,
    );
    console.table({
      'csv-parse bare parse (baseline, median of 3)': {
        'wall s': (csvWall / 1000).toFixed(2),
        'cpu s': (csvCpu / 1000).toFixed(2),
        'rows/s': Math.round(records / (csvWall / 1000)).toLocaleString('en'),
      },
      'API import: parse → insert → trades': {
        'wall s': (importMs / 1000).toFixed(2),
        'cpu s':
          pg0 === null || pg1 === null
            ? `${(importCpu / 1000).toFixed(2)} (Node only)`
            : `${(importCpu / 1000).toFixed(2)} (Node ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(2)} + PostgreSQL ${((pg1 - pg0) / 1000).toFixed(2)})`,
        'rows/s': Math.round(ROWS / (importMs / 1000)).toLocaleString('en'),
      },
    });
    console.log(
      `inserted ${r.report.inserted.toLocaleString('en')} executions, ${Number(trades.n).toLocaleString('en')} trades · ` +
        `ratio (csv-parse / import): wall ${(csvWall / importMs).toFixed(2)}, cpu ${(csvCpu / importCpu).toFixed(2)} (goal ≥ 0.3) · ` +
        `${(importMs / 1000).toFixed(1)} s (goal < 30 s) · baseline runs ${baselines.map((b) => (b.wall / 1000).toFixed(2)).join(' / ')} s`,
    );
  } finally {
    await database.close();
    pgServer.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await importDbBench();
