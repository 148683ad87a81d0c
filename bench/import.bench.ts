/**
 * Import throughput: a 1M-execution generic CSV, generated in memory, read by
 *   1. csv-parse (sync API, default options: records as arrays of strings) — the bar;
 *   2. the journal engine: parse + normalize (exact decimals, instants, ids, duplicate check)
 *      + build trades.
 * Goal: ratio ≥ 1.0, i.e. the whole engine pipeline at least as fast as csv-parse's bare parse.
 *
 *   pnpm exec tsx bench/import.bench.ts [rows] [--no-ids]
 *
 * --no-ids leaves execution_id empty, so every row gets the sha256-based id (journal.md's hash).
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import {
  CsvParser,
  buildTrades,
  parseBrokerFile,
  type Execution,
} from '../apps/api/src/modules/journal/engine/index';
import { generate } from './generate';

// csv-parse is a dev dependency of apps/api: resolve it from there.
const requireFromApi = createRequire(new URL('../apps/api/package.json', import.meta.url));
const { parse } = requireFromApi('csv-parse/sync') as { parse: (input: string) => string[][] };

const args = process.argv.slice(2);
const ROWS = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const WITH_IDS = !args.includes('--no-ids');
const RUNS = 5;

interface Timing {
  /** best wall-clock time of the runs, ms */
  wall: number;
  /** best CPU time (user + system, all threads: includes GC helpers), ms */
  cpu: number;
}

/**
 * Best of RUNS. CPU time is reported beside wall time because a shared machine's load inflates
 * wall time; the ratio is given for both.
 */
function best(label: string, fn: () => unknown): Timing {
  const t: Timing = { wall: Infinity, cpu: Infinity };
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    t.wall = Math.min(t.wall, wall);
    t.cpu = Math.min(t.cpu, (c.user + c.system) / 1000);
  }
  process.stdout.write(
    `  ${label}: best of ${RUNS}: wall ${t.wall.toFixed(0)} ms, cpu ${t.cpu.toFixed(0)} ms\n`,
  );
  return t;
}

const csv = generate(ROWS, WITH_IDS);
const mb = Buffer.byteLength(csv) / 1e6;
console.log(
  `\n${ROWS.toLocaleString('en-US')} rows, ${mb.toFixed(1)} MB, ids ${WITH_IDS ? 'in the file' : 'hashed'}; Node ${process.version}\n`,
);

// Warm the JIT on a slice first.
const warm = csv.slice(0, csv.indexOf('\n', 2_000_000) + 1);
parse(warm);
buildTrades(parseBrokerFile('generic', warm).executions);

// The two contenders first, each on a clean heap; then the engine's steps one by one.
const tCsvParse = best('csv-parse sync parse', () => parse(csv));
const tOurs = best('engine parse + normalize + build trades', () => {
  const r = parseBrokerFile('generic', csv, { timezone: 'America/New_York', currency: 'USD' });
  return buildTrades(r.executions).length;
});
const tReader = best('engine CSV reader only', () => {
  let n = 0;
  const p = new CsvParser(
    () => n++,
    () => {},
  );
  p.push(csv);
  p.end();
  return n;
});
let executions: Execution[] = [];
let tradeCount = 0;
const tParse = best('engine parse + normalize', () => {
  const r = parseBrokerFile('generic', csv, { timezone: 'America/New_York', currency: 'USD' });
  if (!r.ok) throw new Error(`bench file has errors: ${JSON.stringify(r.errors.slice(0, 3))}`);
  executions = r.executions;
});
const tBuild = best('engine build trades', () => {
  tradeCount = buildTrades(executions).length;
});

const row = (name: string, t: Timing) =>
  `| ${name.padEnd(40)} | ${t.wall.toFixed(0).padStart(7)} | ${t.cpu.toFixed(0).padStart(7)} | ${Math.round(
    ROWS / (t.wall / 1000),
  )
    .toLocaleString('en-US')
    .padStart(11)} | ${(mb / (t.wall / 1000)).toFixed(1).padStart(6)} |`;
console.log(
  `\n${executions.length.toLocaleString('en-US')} executions → ${tradeCount.toLocaleString('en-US')} trades (${(executions.length / tradeCount).toFixed(2)} executions per trade)\n`,
);
console.log(
  `| ${'step'.padEnd(40)} | ${'wall ms'.padStart(7)} | ${'cpu ms'.padStart(7)} | ${'rows/s'.padStart(11)} | ${'MB/s'.padStart(6)} |`,
);
console.log(`|${'-'.repeat(42)}|${'-'.repeat(9)}|${'-'.repeat(9)}|${'-'.repeat(13)}|${'-'.repeat(8)}|`);
console.log(row('csv-parse sync parse (bare)', tCsvParse));
console.log(row('engine: CSV reader only', tReader));
console.log(row('engine: parse + normalize', tParse));
console.log(row('engine: build trades', tBuild));
console.log(row('engine: parse + normalize + build trades', tOurs));
const wallRatio = tCsvParse.wall / tOurs.wall;
const cpuRatio = tCsvParse.cpu / tOurs.cpu;
console.log(
  `\nratio csv-parse / engine pipeline: wall ${wallRatio.toFixed(2)}, cpu ${cpuRatio.toFixed(2)} ` +
    `(goal ≥ 1.00: ${wallRatio >= 1 && cpuRatio >= 1 ? 'met' : wallRatio >= 1 || cpuRatio >= 1 ? 'met on one measure' : 'NOT met'})`,
);
console.log(
  `rows/s columns use wall time; load average now ${(await import('node:os')).loadavg()[0]!.toFixed(2)}\n`,
);
