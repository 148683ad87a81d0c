import { Decimal } from '../decimal';
import { toIso } from '../time';
import { aggregate, expectancy, money, moneyMean, profitFactor, ratio, winRate } from './aggregate';
import { outcome, rMultiple, type ClosedTrade } from './select';
import type { EquityPoint, MetricsSummary } from './types';

/**
 * journal.md "Metrics over closed trades". `closed` must be in equity order; `openTradeCount`
 * comes from outside the window logic.
 */
export function summarize(
  closed: readonly ClosedTrade[],
  openTradeCount: number,
  band: Decimal,
  startingBalance: Decimal | null,
): { summary: MetricsSummary; equity: EquityPoint[] } {
  const a = aggregate(closed, band);

  // Runs in equity order; a scratch ends both.
  let wins = 0;
  let losses = 0;
  let maxWins = 0;
  let maxLosses = 0;
  // Equity E_k, peak P_k = max(E_0..E_k) with E_0 = 0, drawdown P_k − E_k.
  let equity = Decimal.ZERO;
  let peak = Decimal.ZERO;
  let maxDrawdown = Decimal.ZERO;
  let peakAtMaxDrawdown = Decimal.ZERO;
  const points: EquityPoint[] = [];
  let holdingTotal = 0;
  let rSum = 0;
  let rCount = 0;
  for (const t of closed) {
    const o = outcome(t.netPnl, band);
    wins = o > 0 ? wins + 1 : 0;
    losses = o < 0 ? losses + 1 : 0;
    maxWins = Math.max(maxWins, wins);
    maxLosses = Math.max(maxLosses, losses);
    equity = equity.add(t.netPnl);
    if (equity.cmp(peak) > 0) peak = equity;
    const drawdown = peak.sub(equity);
    if (drawdown.cmp(maxDrawdown) > 0) {
      maxDrawdown = drawdown;
      peakAtMaxDrawdown = peak;
    }
    points.push({
      tradeId: t.id,
      closedAt: toIso(t.closedAt),
      netPnl: money(t.netPnl),
      cumulativeNetPnl: money(equity),
      drawdown: money(drawdown),
    });
    holdingTotal += t.holdingSeconds ?? (t.closedAt - t.openedAt) / 1000;
    const r = rMultiple(t);
    if (r !== null) {
      rSum += r;
      rCount++;
    }
  }

  let maxDrawdownPercent: number | null = null;
  if (startingBalance !== null) {
    const peakBalance = startingBalance.add(peakAtMaxDrawdown);
    if (maxDrawdown.isZero()) maxDrawdownPercent = 0;
    else if (peakBalance.sign() > 0) maxDrawdownPercent = (ratio(maxDrawdown, peakBalance) as number) * 100;
  }

  const summary: MetricsSummary = {
    tradeCount: a.count,
    openTradeCount,
    winners: a.winners,
    losers: a.losers,
    scratches: a.scratches,
    winRate: winRate(a),
    netPnl: money(a.netPnl),
    grossPnl: money(a.grossPnl),
    totalFees: money(a.fees),
    grossProfit: money(a.grossProfit),
    grossLoss: money(a.grossLoss),
    profitFactor: profitFactor(a),
    averageWin: moneyMean(a.grossProfit, a.winners),
    averageLoss: moneyMean(a.grossLoss, a.losers),
    // (grossProfit / winners) / |grossLoss / losers|, from the exact sums
    payoffRatio:
      a.winners === 0 || a.losers === 0
        ? null
        : ratio(
            a.grossProfit.mul(Decimal.fromInt(a.losers)),
            a.grossLoss.abs().mul(Decimal.fromInt(a.winners)),
          ),
    expectancy: expectancy(a),
    largestWin: a.largestWin === null ? null : money(a.largestWin),
    largestLoss: a.largestLoss === null ? null : money(a.largestLoss),
    maxConsecutiveWins: maxWins,
    maxConsecutiveLosses: maxLosses,
    maxDrawdown: money(maxDrawdown),
    maxDrawdownPercent,
    averageHoldingSeconds: a.count === 0 ? null : holdingTotal / a.count,
    averageR: rCount === 0 ? null : rSum / rCount,
  };
  return { summary, equity: points };
}
