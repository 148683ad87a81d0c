import type { Decimal } from '../decimal';
import { localParts, type Zone } from '../time';
import { aggregate, expectancy, money, profitFactor, winRate } from './aggregate';
import type { ClosedTrade } from './select';
import type { BreakdownBy, Bucket, DailyPoint } from './types';

/** Holding-time buckets (journal.md), lower bound inclusive, in seconds. */
export const HOLDING_BUCKETS = [
  { key: '<1m', upTo: 60 },
  { key: '1m-5m', upTo: 300 },
  { key: '5m-30m', upTo: 1800 },
  { key: '30m-2h', upTo: 7200 },
  { key: '2h-1d', upTo: 86_400 },
  { key: '>1d', upTo: Infinity },
] as const;

export function holdingBucket(seconds: number): string {
  for (const b of HOLDING_BUCKETS) if (seconds < b.upTo) return b.key;
  return '>1d';
}

function holding(t: ClosedTrade): number {
  return t.holdingSeconds ?? (t.closedAt - t.openedAt) / 1000;
}

/** The bucket keys of a trade for one breakdown (several for tags and mistakes, none when absent). */
function keysOf(by: BreakdownBy, t: ClosedTrade, zone: Zone): readonly string[] {
  switch (by) {
    case 'symbol':
      return [t.symbol];
    case 'side':
      return [t.direction];
    case 'tag':
      return [...new Set(t.journal?.tags ?? [])];
    case 'setup':
      return t.journal?.setup ? [t.journal.setup] : [];
    case 'mistake':
      return [...new Set(t.journal?.mistakes ?? [])];
    case 'weekday':
      return [String(localParts(zone, t.openedAt).weekday)];
    case 'hour':
      return [String(localParts(zone, t.openedAt).hour)];
    case 'holding':
      return [holdingBucket(holding(t))];
  }
}

function order(by: BreakdownBy): (a: string, b: string) => number {
  if (by === 'weekday' || by === 'hour') return (a, b) => Number(a) - Number(b);
  if (by === 'holding') {
    const rank = (k: string) => HOLDING_BUCKETS.findIndex((b) => b.key === k);
    return (a, b) => rank(a) - rank(b);
  }
  return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
}

export function breakdown(
  by: BreakdownBy,
  closed: readonly ClosedTrade[],
  band: Decimal,
  zone: Zone,
): Bucket[] {
  const groups = new Map<string, ClosedTrade[]>();
  for (const t of closed) {
    for (const key of keysOf(by, t, zone)) {
      const list = groups.get(key) ?? [];
      list.push(t);
      groups.set(key, list);
    }
  }
  return [...groups.keys()].sort(order(by)).map((key) => {
    const a = aggregate(groups.get(key) as ClosedTrade[], band);
    return {
      key,
      tradeCount: a.count,
      netPnl: money(a.netPnl),
      winRate: winRate(a),
      profitFactor: profitFactor(a),
      expectancy: expectancy(a),
    };
  });
}

/** One point per calendar day of closedAt in the zone. */
export function daily(closed: readonly ClosedTrade[], band: Decimal, zone: Zone): DailyPoint[] {
  const days = new Map<string, ClosedTrade[]>();
  for (const t of closed) {
    const date = localParts(zone, t.closedAt).date;
    const list = days.get(date) ?? [];
    list.push(t);
    days.set(date, list);
  }
  return [...days.keys()].sort().map((date) => {
    const a = aggregate(days.get(date) as ClosedTrade[], band);
    return { date, tradeCount: a.count, netPnl: money(a.netPnl), winRate: winRate(a) as number };
  });
}
