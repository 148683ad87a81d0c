import { Decimal } from '../decimal';
import type { Execution, Trade, TradeLeg } from '../types';

/** Internal precision of the mean prices and of a flip's fee split (the split stays exact in sum). */
export const PRICE_SCALE = 10;
export const FEE_SPLIT_SCALE = 10;

/** Execution order within an instrument: executedAt, ties by source order (seq). */
export function compareExecutions(
  a: { executedAt: number; seq: number },
  b: { executedAt: number; seq: number },
): number {
  return a.executedAt - b.executedAt || a.seq - b.seq;
}

/** Instrument identity: (broker account,) asset class + canonical symbol. */
export function instrumentKey(e: { brokerAccount?: string; assetClass: string; symbol: string }): string {
  return `${e.brokerAccount ?? ''}\u0001${e.assetClass}\u0001${e.symbol}`;
}

/** Executions per instrument, each list in execution order. */
export function groupByInstrument(executions: readonly Execution[]): Map<string, Execution[]> {
  const groups = new Map<string, Execution[]>();
  // Keyed by symbol first: one string lookup per execution instead of building a key each time.
  const bySymbol = new Map<string, { key: string; list: Execution[]; e: Execution }[]>();
  for (const e of executions) {
    let slots = bySymbol.get(e.symbol);
    if (slots === undefined) {
      slots = [];
      bySymbol.set(e.symbol, slots);
    }
    let slot = slots.find((s) => s.e.assetClass === e.assetClass && s.e.brokerAccount === e.brokerAccount);
    if (slot === undefined) {
      const key = instrumentKey(e);
      const list = groups.get(key) ?? [];
      groups.set(key, list);
      slot = { key, list, e };
      slots.push(slot);
    }
    slot.list.push(e);
  }
  for (const list of groups.values()) sortInPlace(list);
  return groups;
}

function sortInPlace(list: Execution[]): void {
  for (let i = 1; i < list.length; i++) {
    if (compareExecutions(list[i - 1] as Execution, list[i] as Execution) > 0) {
      list.sort(compareExecutions); // stable; only when not already in order
      return;
    }
  }
}

/** Accumulates one trade while its executions are walked. */
class TradeBuilder {
  readonly legs: TradeLeg[] = [];
  entryValue = Decimal.ZERO;
  entryQuantity = Decimal.ZERO;
  exitValue = Decimal.ZERO;
  exitQuantity = Decimal.ZERO;
  /** Σ (sell: +, buy: −) quantity × price × multiplier */
  cash = Decimal.ZERO;
  fees = Decimal.ZERO;
  realized = Decimal.ZERO;
  broker = false;
  maxAbs = Decimal.ZERO;
  lastAt: number;

  constructor(
    readonly first: Execution,
    readonly direction: 'long' | 'short',
  ) {
    this.lastAt = first.executedAt;
  }

  leg(e: Execution, quantity: Decimal, fees: Decimal, effect: 'open' | 'close', realized?: Decimal): void {
    const value = quantity.mul(e.price);
    if (effect === 'open') {
      this.entryValue = this.entryValue.add(value);
      this.entryQuantity = this.entryQuantity.add(quantity);
    } else {
      this.exitValue = this.exitValue.add(value);
      this.exitQuantity = this.exitQuantity.add(quantity);
    }
    const cash = value.mul(e.multiplier);
    this.cash = e.side === 'sell' ? this.cash.add(cash) : this.cash.sub(cash);
    this.fees = this.fees.add(fees);
    if (realized !== undefined) {
      this.realized = this.realized.add(realized);
      this.broker = true;
    }
    this.lastAt = e.executedAt;
    const leg: TradeLeg = {
      executionId: e.id,
      executedAt: e.executedAt,
      seq: e.seq,
      side: e.side,
      quantity,
      price: e.price,
      fees,
      multiplier: e.multiplier,
      effect,
      ...(realized !== undefined ? { realizedPnl: realized } : {}),
    };
    this.legs.push(leg);
  }

  finish(closed: boolean): Trade {
    const f = this.first;
    const grossPnl = closed ? (this.broker ? this.realized : this.cash) : null;
    return {
      id: f.id,
      ...(f.brokerAccount !== undefined ? { brokerAccount: f.brokerAccount } : {}),
      symbol: f.symbol,
      assetClass: f.assetClass,
      currency: f.currency,
      multiplier: f.multiplier,
      direction: this.direction,
      status: closed ? 'closed' : 'open',
      openedAt: f.executedAt,
      closedAt: closed ? this.lastAt : null,
      quantity: this.maxAbs,
      entryValue: this.entryValue,
      entryQuantity: this.entryQuantity,
      exitValue: this.exitValue,
      exitQuantity: this.exitQuantity,
      entryPrice: this.entryValue.div(this.entryQuantity, PRICE_SCALE),
      exitPrice: closed ? this.exitValue.div(this.exitQuantity, PRICE_SCALE) : null,
      grossPnl,
      fees: this.fees,
      netPnl: grossPnl === null ? null : grossPnl.sub(this.fees),
      holdingSeconds: closed ? (this.lastAt - f.executedAt) / 1000 : null,
      pnlSource: this.broker ? 'broker' : 'prices',
      legs: this.legs,
    };
  }
}

/**
 * journal.md "From executions to trades" for one instrument. `ordered` must be in execution
 * order (see compareExecutions) and start from a flat position. The last trade is `open` when
 * the position is not flat at the end.
 */
export function buildInstrumentTrades(ordered: readonly Execution[]): Trade[] {
  const trades: Trade[] = [];
  let pos = Decimal.ZERO; // signed: long > 0
  let cur: TradeBuilder | null = null;
  for (const e of ordered) {
    const q = e.quantity;
    const buy = e.side === 'buy';
    if (cur === null || pos.isZero()) {
      cur = new TradeBuilder(e, buy ? 'long' : 'short');
      cur.leg(e, q, e.fees, 'open', e.realizedPnl);
      pos = buy ? q : q.neg();
      cur.maxAbs = q;
      continue;
    }
    const long = pos.sign() > 0;
    if (long === buy) {
      cur.leg(e, q, e.fees, 'open', e.realizedPnl);
      pos = buy ? pos.add(q) : pos.sub(q);
      const abs = pos.abs();
      if (abs.cmp(cur.maxAbs) > 0) cur.maxAbs = abs;
      continue;
    }
    const held = pos.abs();
    const c = q.cmp(held);
    if (c <= 0) {
      cur.leg(e, q, e.fees, 'close', e.realizedPnl);
      pos = buy ? pos.add(q) : pos.sub(q);
      if (c === 0) {
        trades.push(cur.finish(true));
        cur = null;
      }
      continue;
    }
    // A flip: `held` closes this trade, the rest opens the next one. Fees pro rata by quantity
    // (the opening part takes the remainder, so the two parts add up exactly); a broker's
    // realized profit belongs to the part that closes.
    const rest = q.sub(held);
    const closeFees = e.fees.isZero() ? e.fees : e.fees.mul(held).div(q, FEE_SPLIT_SCALE);
    cur.leg(e, held, closeFees, 'close', e.realizedPnl);
    trades.push(cur.finish(true));
    cur = new TradeBuilder(e, buy ? 'long' : 'short');
    cur.leg(e, rest, e.fees.sub(closeFees), 'open', e.realizedPnl === undefined ? undefined : Decimal.ZERO);
    cur.maxAbs = rest;
    pos = buy ? rest : rest.neg();
  }
  if (cur !== null && !pos.isZero()) trades.push(cur.finish(false));
  return trades;
}

/** Trade order for listings: openedAt, then the opening execution's source order, then id. */
export function compareTrades(a: Trade, b: Trade): number {
  return (
    a.openedAt - b.openedAt ||
    (a.legs[0]?.seq ?? 0) - (b.legs[0]?.seq ?? 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** All trades of a set of executions (one account's), in listing order. */
export function buildTrades(executions: readonly Execution[]): Trade[] {
  const trades: Trade[] = [];
  for (const list of groupByInstrument(executions).values()) {
    for (const t of buildInstrumentTrades(list)) trades.push(t);
  }
  return trades.sort(compareTrades);
}
