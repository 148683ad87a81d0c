import { Decimal } from '../decimal';
import { outcome, type ClosedTrade } from './select';

/** Exact sums and counts over a set of closed trades. */
export interface Aggregate {
  count: number;
  winners: number;
  losers: number;
  scratches: number;
  netPnl: Decimal;
  grossPnl: Decimal;
  fees: Decimal;
  /** Σ netPnl of winners */
  grossProfit: Decimal;
  /** Σ netPnl of losers (≤ 0) */
  grossLoss: Decimal;
  largestWin: Decimal | null;
  largestLoss: Decimal | null;
}

export function aggregate(trades: readonly ClosedTrade[], band: Decimal): Aggregate {
  const a: Aggregate = {
    count: 0,
    winners: 0,
    losers: 0,
    scratches: 0,
    netPnl: Decimal.ZERO,
    grossPnl: Decimal.ZERO,
    fees: Decimal.ZERO,
    grossProfit: Decimal.ZERO,
    grossLoss: Decimal.ZERO,
    largestWin: null,
    largestLoss: null,
  };
  for (const t of trades) {
    const net = t.netPnl;
    a.count++;
    a.netPnl = a.netPnl.add(net);
    a.grossPnl = a.grossPnl.add(t.grossPnl ?? net.add(t.fees));
    a.fees = a.fees.add(t.fees);
    const o = outcome(net, band);
    if (o > 0) {
      a.winners++;
      a.grossProfit = a.grossProfit.add(net);
      if (a.largestWin === null || net.cmp(a.largestWin) > 0) a.largestWin = net;
    } else if (o < 0) {
      a.losers++;
      a.grossLoss = a.grossLoss.add(net);
      if (a.largestLoss === null || net.cmp(a.largestLoss) < 0) a.largestLoss = net;
    } else a.scratches++;
  }
  return a;
}

/** Money at the edge: cents, half to even (EDGE_ROUNDING). */
export function money(d: Decimal): string {
  return d.toFixed(2);
}

/** An average of money, rounded once to cents from the exact sum. */
export function moneyMean(sum: Decimal, n: number): string | null {
  return n === 0 ? null : sum.div(Decimal.fromInt(n), 2).toFixed(2);
}

/** a / b as a number from exact decimals; null when b = 0. */
export function ratio(a: Decimal, b: Decimal): number | null {
  return b.isZero() ? null : a.div(b, 16).toNumber();
}

export function winRate(a: Aggregate): number | null {
  return a.count === 0 ? null : a.winners / a.count;
}

export function profitFactor(a: Aggregate): number | null {
  return ratio(a.grossProfit, a.grossLoss.abs());
}

export function expectancy(a: Aggregate): string | null {
  return moneyMean(a.netPnl, a.count);
}
