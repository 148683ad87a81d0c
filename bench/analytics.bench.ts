/**
 * Analytics summary latency over 1M closed trades on PostgreSQL, through the API's own service
 * (every journal.md metric, drawdown and streaks included), against a baseline measured in the
 * same run on the same rows: a bare `count(*), sum(net_pnl)` scan. Also: a window with partial
 * days, and a symbol filter (which reads the trades instead of the summary segments).
 *
 *   pnpm exec tsx bench/analytics.bench.ts [trades]
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../apps/api/src/db/database';
import { AnalyticsService } from '../apps/api/src/modules/analytics/analytics.service';
import { PERMISSIONS } from '../apps/api/src/auth/permissions';
import { readSegmentTrades, writeSegments } from '../apps/api/src/modules/analytics/segmentStore';
import { Decimal } from '../apps/api/src/modules/journal/engine';
import { benchPostgres } from './postgres';
import { benchAccount } from './setup';

const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function analyticsBench() {
  const pgServer = await benchPostgres();
  const database = await openDatabase({ databaseUrl: pgServer.url, dataDir: '' });
  try {
    const { tenantId, userId, accountId } = await benchAccount(database, {
      timezone: 'America/New_York',
      startingBalance: '100000',
    });
    await database.withSystem(async (trx) => {
      const t0 = performance.now();
      await sql`
        insert into trades (tenant_id, id, account_id, symbol, asset_class, currency, multiplier, direction, status,
          opened_at, closed_at, quantity, entry_price, exit_price, gross_pnl, fees, net_pnl, holding_seconds,
          pnl_source, open_execution_id, close_execution_id, last_executed_at, last_seq, legs)
        select ${tenantId}::uuid, gen_random_uuid(), ${accountId}::uuid,
          (array['AAPL','MSFT','ESM24','ETHUSD','NVDA'])[1 + i % 5], 'stock', 'USD', 1,
          case when i % 3 = 0 then 'short' else 'long' end, 'closed',
          ts, ts + make_interval(secs => 30 + (i::bigint * 7919) % 20000), 100, 100, 101,
          g, 1.5, g - 1.5, 30 + (i::bigint * 7919) % 20000, 'prices', 'o' || i, 'c' || i,
          ts + make_interval(secs => 30 + (i::bigint * 7919) % 20000), i, '[]'::json
        from generate_series(1, ${N}) as s(i),
          lateral (select timestamptz '2019-01-01' + make_interval(mins => i * 2) as ts,
                          round(((i::bigint * 2654435761) % 40000 - 18000)::numeric / 100, 2) as g) x`.execute(
        trx,
      );
      console.log(
        `inserted ${N.toLocaleString('en')} trades in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    });
    // As autovacuum would after a bulk load: sets the visibility map for index-only scans.
    await sql`vacuum analyze trades`.execute(database.db);
    // The trades went in by SQL, not through the ingest: build the account's summary segments as
    // the ingest does after writing trades (timed: what a full rebuild of 1M trades costs).
    const tSeg = performance.now();
    await database.withTenant(tenantId, async (trx) =>
      writeSegments(
        trx,
        tenantId,
        accountId,
        null,
        await readSegmentTrades(trx, tenantId, accountId, null),
        Decimal.ZERO,
      ),
    );
    console.log(
      `summary segments of ${N.toLocaleString('en')} trades built in ${((performance.now() - tSeg) / 1000).toFixed(1)} s`,
    );
    const service = new AnalyticsService(database);
    const p = {
      kind: 'user' as const,
      tenantId,
      userId,
      roles: ['member' as const],
      locale: 'en',
      tokenId: 'x',
      tokenKind: 'session' as const,
      permissions: new Set(PERMISSIONS),
    };

    const baseline: number[] = [];
    const summary: number[] = [];
    const windowed: number[] = [];
    const filtered: number[] = [];
    let result: Awaited<ReturnType<AnalyticsService['summary']>> | undefined;
    for (let r = 0; r < RUNS; r++) {
      baseline.push(
        await time(() =>
          database.withTenant(tenantId, (trx) =>
            sql`select count(*), sum(net_pnl) from trades where tenant_id = ${tenantId} and account_id = ${accountId} and status = 'closed'`.execute(
              trx,
            ),
          ),
        ),
      );
      summary.push(await time(async () => (result = await service.summary(p, {}))));
      // A window with partial days at both ends (segments + the edge days' trades).
      windowed.push(
        await time(() =>
          service.summary(p, { from: '2019-06-01T09:30:00.000Z', to: '2020-06-01T16:00:00.000Z' }),
        ),
      );
      // A trade filter: no segments, one pass over the matching trades.
      filtered.push(await time(() => service.summary(p, { symbol: 'AAPL' })));
    }
    const b = median(baseline);
    const s = median(summary);
    console.log('\nAnalytics summary over closed trades (PostgreSQL 15, median of 5)');
    console.table({
      'baseline: count + sum scan': { ms: b.toFixed(0) },
      'summary: every journal.md metric': { ms: s.toFixed(0) },
      'summary, window with partial days': { ms: median(windowed).toFixed(0) },
      'summary, symbol filter (reads the trades)': { ms: median(filtered).toFixed(0) },
    });
    console.log(
      `tradeCount ${result?.tradeCount} · netPnl ${result?.netPnl} · maxDrawdown ${result?.maxDrawdown}`,
    );
    console.log(
      `ratio summary / bare scan: ${(s / b).toFixed(2)}× · goal: well under 1 s → ${s < 1000 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await database.close();
    pgServer.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await analyticsBench();
