import { sql } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';
import type { TenantDatabase, Tx } from '../../db/database';
import { badRequest } from '../../lib/problems';
import { Decimal, HOLDING_BUCKETS, money, moneyMean, ratio, type BreakdownBy } from '../journal/engine';
import { foldAccount } from './segmentStore';
import { breakevenBand } from './segments';
import { sequenceMetrics, type SequenceMetrics } from './sequence';
import {
  aggregateColumns,
  baseTrades,
  closedTradesSql,
  rMultiplesSql,
  visibleAccounts,
  equitySql,
  type AggregateRow,
  type AnalyticsFilters,
  type MetricSettings,
} from './analytics.repository';

const D = (v: string | null) => (v === null ? null : Decimal.from(v));

/** The per-bucket figures of journal.md from exact SQL sums, rounded once here. */
function bucketFigures(a: AggregateRow) {
  const gp = Decimal.from(a.gross_profit);
  const gl = Decimal.from(a.gross_loss);
  return {
    tradeCount: a.trade_count,
    netPnl: money(Decimal.from(a.net_pnl)),
    winRate: a.trade_count === 0 ? null : a.winners / a.trade_count,
    profitFactor: ratio(gp, gl.abs()),
    expectancy: moneyMean(Decimal.from(a.net_pnl), a.trade_count),
  };
}

interface SummaryRow extends AggregateRow {
  currency: string;
  avg_holding: string | null;
  avg_r: number | null;
  max_dd: string | null;
  peak_at_max_dd: string | null;
  max_wins: number | null;
  max_losses: number | null;
  starting_balance: string | null;
}

function summaryOf(r: SummaryRow | undefined, openTradeCount: number) {
  const count = r?.trade_count ?? 0;
  const gp = Decimal.from(r?.gross_profit ?? '0');
  const gl = Decimal.from(r?.gross_loss ?? '0');
  const winners = r?.winners ?? 0;
  const losers = r?.losers ?? 0;
  const maxDd = Decimal.from(r?.max_dd ?? '0');
  const start = D(r?.starting_balance ?? null);
  let maxDrawdownPercent: number | null = null;
  if (start !== null) {
    const peakBalance = start.add(Decimal.from(r?.peak_at_max_dd ?? '0'));
    if (maxDd.isZero()) maxDrawdownPercent = 0;
    else if (peakBalance.sign() > 0) maxDrawdownPercent = (ratio(maxDd, peakBalance) as number) * 100;
  }
  return {
    tradeCount: count,
    openTradeCount,
    winners,
    losers,
    scratches: r?.scratches ?? 0,
    winRate: count === 0 ? null : winners / count,
    netPnl: money(Decimal.from(r?.net_pnl ?? '0')),
    grossPnl: money(Decimal.from(r?.gross_pnl ?? '0')),
    totalFees: money(Decimal.from(r?.fees ?? '0')),
    grossProfit: money(gp),
    grossLoss: money(gl),
    profitFactor: ratio(gp, gl.abs()),
    averageWin: moneyMean(gp, winners),
    averageLoss: moneyMean(gl, losers),
    payoffRatio:
      winners === 0 || losers === 0
        ? null
        : ratio(gp.mul(Decimal.fromInt(losers)), gl.abs().mul(Decimal.fromInt(winners))),
    expectancy: moneyMean(Decimal.from(r?.net_pnl ?? '0'), count),
    largestWin: r?.largest_win ? money(Decimal.from(r.largest_win)) : null,
    largestLoss: r?.largest_loss ? money(Decimal.from(r.largest_loss)) : null,
    maxConsecutiveWins: r?.max_wins ?? 0,
    maxConsecutiveLosses: r?.max_losses ?? 0,
    maxDrawdown: money(maxDd),
    maxDrawdownPercent,
    averageHoldingSeconds: count === 0 || r?.avg_holding == null ? null : Number(r.avg_holding),
    averageR: r?.avg_r ?? null,
  };
}

const HOLDING_CASE = sql.raw(
  `case ${HOLDING_BUCKETS.filter((b) => Number.isFinite(b.upTo))
    .map((b) => `when holding < ${b.upTo} then '${b.key}'`)
    .join(' ')} else '>1d' end`,
);

export class AnalyticsService {
  constructor(private readonly database: TenantDatabase) {}

  /** Tenant metric settings (tenants.settings.journal) with journal.md's defaults. */
  private async settings(trx: Tx, tenantId: string): Promise<MetricSettings> {
    const t = await trx
      .selectFrom('tenants')
      .select('settings')
      .where('id', '=', tenantId)
      .executeTakeFirstOrThrow();
    const j = ((t.settings as Record<string, unknown>).journal ?? {}) as { dayTimezone?: string };
    return {
      breakevenBand: breakevenBand(t.settings).toString(),
      dayTimezone: j.dayTimezone && j.dayTimezone !== 'account' ? j.dayTimezone : null,
    };
  }

  /**
   * Every journal.md metric: for one account without trade filters from its summary segments
   * (a few thousand rows however many trades), otherwise from one pass over the trades.
   */
  async summary(p: TenantPrincipal, f: AnalyticsFilters) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      const s = await this.settings(trx, p.tenantId);
      const accounts = await visibleAccounts(trx, p, f);
      const ids = accounts.map((a) => a.id);
      const band = Decimal.from(s.breakevenBand).abs();
      const rows: Array<
        AggregateRow & { currency: string; avg_holding: string | null; sequence: SequenceMetrics }
      > = [];
      // One account, no trade filters: merge its stored day segments (segments.ts).
      const folded =
        accounts.length === 1 && !f.symbol && !f.side && !f.tag && !f.setup
          ? await foldAccount(
              trx,
              p.tenantId,
              accounts[0]!.id,
              accounts[0]!.segments_band,
              band,
              f.from ? Date.parse(f.from) : null,
              f.to ? Date.parse(f.to) : null,
            )
          : null;
      if (folded) {
        for (const [currency, x] of folded) {
          if (x.count === 0) continue;
          rows.push({
            currency,
            trade_count: x.count,
            winners: x.winners,
            losers: x.losers,
            scratches: x.scratches,
            net_pnl: x.net.toString(),
            gross_pnl: x.gross.toString(),
            fees: x.fees.toString(),
            gross_profit: x.grossProfit.toString(),
            gross_loss: x.grossLoss.toString(),
            largest_win: x.largestWin?.toString() ?? null,
            largest_loss: x.largestLoss?.toString() ?? null,
            avg_holding: x.holding.div(Decimal.fromInt(x.count), 20).toString(),
            sequence: x.sequence,
          });
        }
      } else if (ids.length) {
        // Otherwise one pass over the closed trades in equity order (index order for one account:
        // no sort, no join unless a journal filter needs one) gives the sums and the ordered P&L
        // column; the order-dependent metrics (drawdown, streaks) are one exact pass over it here.
        const scanned = await sql<
          AggregateRow & { currency: string; avg_holding: string | null; seq: string }
        >`
          select currency, ${aggregateColumns}, avg(holding)::text as avg_holding, string_agg(net_pnl::text, ',') as seq
          from (${closedTradesSql(p, f, s, ids)} order by t.currency, t.closed_at, t.opened_at, t.id) o
          group by currency`.execute(trx);
        for (const { seq, ...r } of scanned.rows) rows.push({ ...r, sequence: sequenceMetrics(seq, band) });
      }
      const rByCurrency = ids.length
        ? new Map(
            (
              await sql<{ currency: string; avg_r: number | null }>`
                select currency, avg(r)::float8 as avg_r from (${rMultiplesSql(p, f, ids)}) x group by currency`.execute(
                trx,
              )
            ).rows.map((r) => [r.currency, r.avg_r]),
          )
        : new Map<string, number | null>();
      const open = ids.length
        ? (
            await sql<{ currency: string; n: number }>`
              select currency, count(*)::int as n from (${baseTrades(p, f, s, false)}) o group by currency`.execute(
              trx,
            )
          ).rows
        : [];
      const openBy = new Map(open.map((r) => [r.currency, r.n]));
      const currencies = [...new Set([...rows.map((r) => r.currency), ...openBy.keys()])];
      const per = currencies.map((c) => {
        const r = rows.find((x) => x.currency === c);
        const seq = r?.sequence;
        const used = accounts.filter((a) => a.currency === c);
        const start =
          used.length && used.every((a) => a.starting_balance !== null)
            ? used.reduce((sum, a) => sum.add(Decimal.from(a.starting_balance!)), Decimal.ZERO)
            : null;
        return {
          currency: c,
          ...summaryOf(
            r && seq
              ? {
                  ...r,
                  avg_r: rByCurrency.get(c) ?? null,
                  max_dd: seq.maxDrawdown.toString(),
                  peak_at_max_dd: seq.peakAtMaxDrawdown.toString(),
                  max_wins: seq.maxConsecutiveWins,
                  max_losses: seq.maxConsecutiveLosses,
                  starting_balance: start?.toString() ?? null,
                }
              : undefined,
            openBy.get(c) ?? 0,
          ),
        };
      });
      per.sort(
        (a, b) =>
          b.tradeCount - a.tradeCount ||
          b.openTradeCount - a.openTradeCount ||
          a.currency.localeCompare(b.currency),
      );
      const primary = per[0] ?? { currency: null, ...summaryOf(undefined, 0) };
      return { ...primary, currencies: per };
    });
  }

  async equity(p: TenantPrincipal, f: AnalyticsFilters & { currency?: string; maxPoints?: number }) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      const s = await this.settings(trx, p.tenantId);
      const rows = await sql<{
        id: string;
        currency: string;
        closed_at: Date;
        net_pnl: string;
        equity: string;
        drawdown: string;
      }>`
        ${equitySql(baseTrades(p, f, s))}
        select id, currency, closed_at, net_pnl::text, equity::text, (peak - equity)::text as drawdown
        from p order by currency, k`.execute(trx);
      const counts = new Map<string, number>();
      for (const r of rows.rows) counts.set(r.currency, (counts.get(r.currency) ?? 0) + 1);
      const currency = f.currency ?? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      const mine = rows.rows.filter((r) => r.currency === currency);
      const points = downsample(mine, f.maxPoints ?? 5000).map((r) => ({
        tradeId: r.id,
        closedAt: r.closed_at.toISOString(),
        netPnl: money(Decimal.from(r.net_pnl)),
        cumulativeNetPnl: money(Decimal.from(r.equity)),
        drawdown: money(Decimal.from(r.drawdown)),
      }));
      return { currency, total: mine.length, data: points };
    });
  }

  async daily(p: TenantPrincipal, f: AnalyticsFilters) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      const s = await this.settings(trx, p.tenantId);
      const rows = await sql<AggregateRow & { date: string; currency: string }>`
        with b as (${baseTrades(p, f, s)})
        select to_char((closed_at at time zone tz)::date, 'YYYY-MM-DD') as date, currency, ${aggregateColumns}
        from b group by 1, currency order by 1, currency`.execute(trx);
      return {
        data: rows.rows.map((r) => {
          const b = bucketFigures(r);
          return {
            date: r.date,
            currency: r.currency,
            tradeCount: b.tradeCount,
            netPnl: b.netPnl,
            winRate: b.winRate ?? 0,
          };
        }),
      };
    });
  }

  async breakdown(p: TenantPrincipal, by: BreakdownBy, f: AnalyticsFilters) {
    const key = {
      symbol: sql`symbol`,
      side: sql`direction`,
      tag: sql`unnest(tags)`,
      setup: sql`setup`,
      mistake: sql`unnest(mistakes)`,
      weekday: sql`extract(isodow from opened_at at time zone tz)::int::text`,
      hour: sql`extract(hour from opened_at at time zone tz)::int::text`,
      holding: HOLDING_CASE,
    }[by];
    if (!key) throw badRequest('validation-error', 'Invalid request', `Unknown breakdown "${by}".`);
    return this.database.withTenant(p.tenantId, async (trx) => {
      const s = await this.settings(trx, p.tenantId);
      // Tags and mistakes: a trade counts once in each of its distinct labels.
      const rows = await sql<AggregateRow & { key: string; currency: string }>`
        with b as (${baseTrades(p, f, s)}),
        k as (${
          by === 'tag' || by === 'mistake'
            ? sql`select distinct on (id, key) * from (select b.*, ${key} as key from b) x`
            : sql`select b.*, ${key} as key from b`
        })
        select key, currency, ${aggregateColumns} from k where key is not null group by key, currency`.execute(
        trx,
      );
      const order =
        by === 'weekday' || by === 'hour'
          ? (a: string, b: string) => Number(a) - Number(b)
          : by === 'holding'
            ? (a: string, b: string) =>
                HOLDING_BUCKETS.findIndex((x) => x.key === a) - HOLDING_BUCKETS.findIndex((x) => x.key === b)
            : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      const data = rows.rows
        .sort((a, b) => order(a.key, b.key) || a.currency.localeCompare(b.currency))
        .map((r) => ({ key: r.key, currency: r.currency, ...bucketFigures(r) }));
      return { by, data };
    });
  }
}

/** At most `max` points, evenly spaced, always keeping the last and the deepest drawdown. */
function downsample<T extends { drawdown: string }>(rows: T[], max: number): T[] {
  if (rows.length <= max) return rows;
  let deepest = 0;
  for (let i = 1; i < rows.length; i++) {
    if (Decimal.from(rows[i]!.drawdown).cmp(Decimal.from(rows[deepest]!.drawdown)) > 0) deepest = i;
  }
  const keep = new Set<number>([rows.length - 1, deepest]);
  const step = rows.length / (max - 2);
  for (let i = 0; keep.size < max && i < rows.length; i = Math.floor(i + step)) keep.add(i);
  return [...keep].sort((a, b) => a - b).map((i) => rows[i]!);
}
