import { Decimal } from '../decimal';
import type { MetricsOptions, MetricsTrade } from './types';

export type ClosedTrade = MetricsTrade & { readonly closedAt: number; readonly netPnl: Decimal };

function anyOf(filter: string | readonly string[] | undefined): ((v: string) => boolean) | null {
  if (filter === undefined) return null;
  const set = new Set(typeof filter === 'string' ? [filter] : filter);
  return (v) => set.has(v);
}

/** Trades passing the account, symbol, side, tag and setup filters (the window aside). */
export function applyFilters(trades: readonly MetricsTrade[], o: MetricsOptions): MetricsTrade[] {
  const account = anyOf(o.accountId);
  const symbol = anyOf(o.symbol);
  const tag = anyOf(o.tag);
  const setup = anyOf(o.setup);
  return trades.filter(
    (t) =>
      (account === null || (t.accountId !== undefined && account(t.accountId))) &&
      (symbol === null || symbol(t.symbol)) &&
      (o.side === undefined || t.direction === o.side) &&
      (tag === null || (t.journal?.tags ?? []).some(tag)) &&
      (setup === null || (t.journal?.setup != null && setup(t.journal.setup))),
  );
}

export function isClosed(t: MetricsTrade): t is ClosedTrade {
  return t.status === 'closed' && t.closedAt !== null && t.netPnl !== null;
}

/** Closed trades in the window, in equity order: closedAt, then openedAt, then trade id. */
export function closedInWindow(trades: readonly MetricsTrade[], o: MetricsOptions): ClosedTrade[] {
  const from = o.from ?? -Infinity;
  const to = o.to ?? Infinity;
  return trades
    .filter(isClosed)
    .filter((t) => t.closedAt >= from && t.closedAt < to)
    .sort(compareEquity);
}

export function compareEquity(a: ClosedTrade, b: ClosedTrade): number {
  return a.closedAt - b.closedAt || a.openedAt - b.openedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** +1 winner, −1 loser, 0 scratch: |netPnl| ≤ band is a scratch (band 0: netPnl = 0). */
export function outcome(netPnl: Decimal, band: Decimal): 1 | -1 | 0 {
  if (netPnl.cmp(band) > 0) return 1;
  if (netPnl.cmp(band.neg()) < 0) return -1;
  return 0;
}

/** rMultiple = netPnl / initialRisk; null without a (positive) risk. */
export function rMultiple(t: ClosedTrade): number | null {
  const j = t.journal;
  let risk: Decimal | null = null;
  if (j?.initialRisk != null) risk = j.initialRisk;
  else if (j?.initialStop != null)
    risk = t.entryPrice.sub(j.initialStop).abs().mul(t.quantity).mul(t.multiplier);
  if (risk === null || risk.sign() <= 0) return null;
  return t.netPnl.toNumber() / risk.toNumber();
}

export function toDecimal(v: Decimal | string | null | undefined): Decimal | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? Decimal.from(v) : v;
}
