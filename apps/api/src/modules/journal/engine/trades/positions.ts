import { Decimal } from '../decimal';
import { DecimalSum } from '../decimalSum';
import type { Execution, Trade } from '../types';
import { BuiltTrade } from './trade';

/*
 * Trades of broker-reported positions (executions with a `position`: MT4's ticket chains),
 * built per position instead of by netting (brokers.md `mt4`: hedging accounts hold a buy and a
 * sell of one symbol at once).
 *
 * A position's executions are its openings — one per statement that showed it, each with the
 * size that statement saw (Σ Size of its rows) — and one closing per closed part. The trade:
 * - opens with the opening that saw the most (the largest; ties by execution order): its time,
 *   price and side are the trade's openedAt, entry price and direction;
 * - is closed when its closings add up to at least that size and every part closed "to #N" has
 *   its ticket N closed too (else the rest is still open, or not known yet);
 * - quantity = the larger of that size and Σ closed sizes; exit price = the closings' size-weighted
 *   mean; grossPnl = Σ the broker's Profit; fees = Σ fees; closedAt = the latest closing.
 * The result depends only on the set of executions, not on the order they arrived in, so
 * importing statements in any order, or again, gives the same trades.
 */

/** Whether any execution is a position's (built by {@link buildPositionTrades}). */
export function hasPositions(executions: readonly Execution[]): boolean {
  for (const e of executions) if (e.position !== undefined) return true;
  return false;
}

/**
 * The trades of the position executions among `ordered` (in execution order; any instruments: a
 * position's key is per instrument), in no particular order.
 */
export function buildPositionTrades(ordered: readonly Execution[]): Trade[] {
  const groups = new Map<string, Execution[]>();
  for (const e of ordered) {
    const p = e.position;
    if (p === undefined) continue;
    const key = `${e.brokerAccount ?? ''}\u0001${e.assetClass}\u0001${e.symbol}\u0001${p.key}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  }
  const trades: Trade[] = [];
  for (const list of groups.values()) trades.push(positionTrade(list));
  return trades;
}

/** One position's trade, from its executions in execution order. */
function positionTrade(ordered: readonly Execution[]): Trade {
  let opening: Execution | null = null;
  const openings: Execution[] = [];
  const closings: Execution[] = [];
  for (const e of ordered) {
    if ((e.position as NonNullable<Execution['position']>).effect === 'open') {
      openings.push(e);
      if (opening === null || e.quantity.cmp(opening.quantity) > 0) opening = e;
    } else closings.push(e);
  }
  if (opening === null) {
    throw new TypeError(`position ${String(ordered[0]?.position?.key)} has no opening execution`);
  }
  const closedIds = new Set(closings.map((e) => e.id));
  const exitValue = new DecimalSum();
  const exitQuantity = new DecimalSum();
  const fees = new DecimalSum();
  const realized = new DecimalSum();
  let restKnown = true;
  for (const e of closings) {
    exitValue.addProduct(e.quantity, e.price);
    exitQuantity.add(e.quantity);
    realized.add(e.realizedPnl ?? Decimal.ZERO);
    const next = e.position?.next;
    if (next !== undefined && !closedIds.has(next)) restKnown = false;
  }
  for (const e of ordered) if (!e.fees.isZero()) fees.add(e.fees);
  const closedQuantity = exitQuantity.value();
  const closed = closings.length > 0 && restKnown && closedQuantity.cmp(opening.quantity) >= 0;
  // The trade's opening first, then the other openings, then the closings: the last is the
  // latest closing (openings never come after a part closed).
  const legs = [opening, ...openings.filter((e) => e !== opening), ...closings];
  return new BuiltTrade(legs, null, null, opening.side === 'buy', closed, {
    quantity: closedQuantity.cmp(opening.quantity) > 0 ? closedQuantity : opening.quantity,
    entryValue: opening.quantity.mul(opening.price),
    entryQuantity: opening.quantity,
    exitValue: exitValue.value(),
    exitQuantity: closedQuantity,
    grossPnl: closed ? realized.value() : null,
    fees: fees.value(),
    pnlSource: 'broker',
  });
}
