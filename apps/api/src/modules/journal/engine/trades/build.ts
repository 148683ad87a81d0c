import { Decimal } from '../decimal';
import { DecimalSum } from '../decimalSum';
import type { Execution, Trade, TradeLeg } from '../types';
import { buildPositionTrades, hasPositions } from './positions';
import { BuiltTrade, type Part } from './trade';

/** Precision of a flip's fee split (the two parts still add up exactly). */
export const FEE_SPLIT_SCALE = 10;

type Ordered = { executedAt: number; seq: number; id: string };

/** Execution order: executedAt, ties by source order (seq), then id (so the order is total). */
export function compareExecutions(a: Ordered, b: Ordered): number {
  return a.executedAt - b.executedAt || a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The execution-order key of a trade leg. */
export function legOrder(l: TradeLeg): Ordered {
  return { executedAt: l.executedAt, seq: l.seq, id: l.executionId };
}

/** Instrument identity: (broker account,) asset class + canonical symbol. */
export function instrumentKey(e: { brokerAccount?: string; assetClass: string; symbol: string }): string {
  return `${e.brokerAccount ?? ''}\u0001${e.assetClass}\u0001${e.symbol}`;
}

/** In execution order, sorting a copy only when needed. */
export function inExecutionOrder(executions: readonly Execution[]): readonly Execution[] {
  for (let i = 1; i < executions.length; i++) {
    if (compareExecutions(executions[i - 1] as Execution, executions[i] as Execution) > 0) {
      return [...executions].sort(compareExecutions);
    }
  }
  return executions;
}

/** Executions per instrument key, each list in execution order. */
export function groupByInstrument(executions: readonly Execution[]): Map<string, Execution[]> {
  const groups = new Map<string, Execution[]>();
  for (const e of inExecutionOrder(executions)) {
    const key = instrumentKey(e);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  }
  return groups;
}

/**
 * The open trade of one instrument while its executions are walked: exact running sums, updated
 * in place. One per instrument, reset when a trade is finished.
 */
class TradeAccumulator {
  executions: Execution[] = [];
  firstPart: Part | null = null;
  lastPart: Part | null = null;
  readonly entryValue = new DecimalSum();
  readonly entryQuantity = new DecimalSum();
  readonly exitValue = new DecimalSum();
  readonly exitQuantity = new DecimalSum();
  readonly fees = new DecimalSum();
  /** |position| */
  readonly held = new DecimalSum();
  maxAbs: Decimal = Decimal.ZERO;
  realized: DecimalSum | null = null;
  sameMultiplier = true;
  first!: Execution;
  long = true;
  /** Index of this trade's slot in the output (trades are listed in opening order). */
  slot = -1;

  start(first: Execution, long: boolean, slot: number): void {
    this.executions = [];
    this.firstPart = this.lastPart = null;
    this.entryValue.reset();
    this.entryQuantity.reset();
    this.exitValue.reset();
    this.exitQuantity.reset();
    this.fees.reset();
    this.held.reset();
    this.maxAbs = Decimal.ZERO;
    this.realized = null;
    this.sameMultiplier = true;
    this.first = first;
    this.long = long;
    this.slot = slot;
  }

  /** Adds an execution, or the part of it given (a flip's part). */
  leg(e: Execution, effect: 'open' | 'close', part: Part | null): void {
    const quantity = part ? part.quantity : e.quantity;
    if (effect === 'open') {
      this.entryValue.addProduct(quantity, e.price);
      this.entryQuantity.add(quantity);
      this.held.add(quantity);
      if (this.held.cmp(this.maxAbs) > 0) this.maxAbs = this.held.value();
    } else {
      this.exitValue.addProduct(quantity, e.price);
      this.exitQuantity.add(quantity);
      this.held.sub(quantity);
    }
    const fees = part ? part.fees : e.fees;
    if (!fees.isZero()) this.fees.add(fees);
    const realized = part ? part.realizedPnl : e.realizedPnl;
    if (realized !== undefined) (this.realized ??= new DecimalSum()).add(realized);
    if (e.multiplier !== this.first.multiplier && !e.multiplier.eq(this.first.multiplier))
      this.sameMultiplier = false;
    if (part) {
      if (this.executions.length === 0) this.firstPart = part;
      else this.lastPart = part;
    }
    this.executions.push(e);
  }

  finish(closed: boolean): Trade {
    if (!closed) return this.trade(false, null);
    if (this.realized !== null) return this.trade(true, this.realized.value());
    if (this.sameMultiplier) {
      const entry = this.entryValue.value();
      const exit = this.exitValue.value();
      return this.trade(true, (this.long ? exit.sub(entry) : entry.sub(exit)).mul(this.first.multiplier));
    }
    // Legs with different multipliers: Σ (sell +, buy −) quantity × price × multiplier.
    const cash = new DecimalSum();
    for (const l of this.trade(true, null).legs) {
      const v = l.quantity.mul(l.price).mul(l.multiplier);
      if (l.side === 'sell') cash.add(v);
      else cash.sub(v);
    }
    return this.trade(true, cash.value());
  }

  private trade(closed: boolean, grossPnl: Decimal | null): Trade {
    return new BuiltTrade(this.executions, this.firstPart, this.lastPart, this.long, closed, {
      quantity: this.maxAbs,
      entryValue: this.entryValue.value(),
      entryQuantity: this.entryQuantity.value(),
      exitValue: this.exitValue.value(),
      exitQuantity: this.exitQuantity.value(),
      grossPnl,
      fees: this.fees.value(),
      pnlSource: this.realized !== null ? 'broker' : 'prices',
    });
  }
}

/**
 * The position walk of one instrument (journal.md "From executions to trades"). Feed executions
 * in execution order from a flat position; closed trades go to their slot in `out`.
 */
export class PositionWalker {
  private readonly acc = new TradeAccumulator();
  private open = false;

  push(e: Execution, out: (Trade | null)[]): void {
    const acc = this.acc;
    const buy = e.side === 'buy';
    if (!this.open) {
      acc.start(e, buy, out.push(null) - 1);
      acc.leg(e, 'open', null);
      this.open = true;
      return;
    }
    if (acc.long === buy) {
      acc.leg(e, 'open', null);
      return;
    }
    const q = e.quantity;
    const c = acc.held.cmp(q);
    if (c >= 0) {
      acc.leg(e, 'close', null);
      if (c === 0) {
        out[acc.slot] = acc.finish(true);
        this.open = false;
      }
      return;
    }
    // A flip: `held` closes this trade, the rest opens the next one. Fees pro rata by quantity
    // (the opening part takes the remainder, so the two parts add up exactly); a broker's
    // realized profit belongs to the part that closes.
    const held = acc.held.value();
    const rest = q.sub(held);
    const closeFees = e.fees.isZero() ? e.fees : e.fees.mul(held).div(q, FEE_SPLIT_SCALE);
    acc.leg(e, 'close', { quantity: held, fees: closeFees, realizedPnl: e.realizedPnl });
    out[acc.slot] = acc.finish(true);
    acc.start(e, buy, out.push(null) - 1);
    const realizedPnl = e.realizedPnl === undefined ? undefined : Decimal.ZERO;
    acc.leg(e, 'open', { quantity: rest, fees: e.fees.sub(closeFees), realizedPnl });
  }

  /** At the end of the data: the trade still open, if any, goes to its slot. */
  end(out: (Trade | null)[]): void {
    if (this.open) out[this.acc.slot] = this.acc.finish(false);
    this.open = false;
  }
}

/**
 * journal.md's algorithm for ONE instrument. `ordered` must be in execution order (see
 * compareExecutions) and start from a flat position. The last trade is `open` when the position
 * is not flat at the end. Executions of broker-reported positions (MT4) make one trade per
 * position instead (trades/positions.ts), with all of that position's executions given.
 */
export function buildInstrumentTrades(ordered: readonly Execution[]): Trade[] {
  if (hasPositions(ordered)) return withPositionTrades(ordered, buildInstrumentTrades);
  const out: (Trade | null)[] = [];
  const w = new PositionWalker();
  for (const e of ordered) w.push(e, out);
  w.end(out);
  return out as Trade[];
}

/**
 * Executions (in execution order) some of which are broker-reported positions' (MT4): those make a
 * trade per position (trades/positions.ts), the others are netted by `net`; all in listing order.
 */
function withPositionTrades(
  ordered: readonly Execution[],
  net: (rest: readonly Execution[]) => Trade[],
): Trade[] {
  const rest = ordered.filter((e) => e.position === undefined);
  return [...net(rest), ...buildPositionTrades(ordered)].sort(compareTrades);
}

/** Listing order: openedAt, then the opening execution's source order, then id. */
export function compareTrades(a: Trade, b: Trade): number {
  return a.openedAt - b.openedAt || a.openSeq - b.openSeq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * All trades of a set of executions (one account's), in listing order. One pass in execution
 * order with a walker per instrument; a trade takes its output slot when it opens, so the
 * result comes out in listing order without sorting.
 */
export function buildTrades(executions: readonly Execution[]): Trade[] {
  const ordered = inExecutionOrder(executions);
  if (hasPositions(ordered)) return withPositionTrades(ordered, buildTrades);
  const out: (Trade | null)[] = [];
  // symbol → walkers of that symbol (usually one; more with other asset classes or accounts)
  const bySymbol = new Map<
    string,
    { assetClass: string; account: string | undefined; w: PositionWalker }[]
  >();
  for (const e of ordered) {
    let list = bySymbol.get(e.symbol);
    if (list === undefined) bySymbol.set(e.symbol, (list = []));
    let entry = list[0];
    if (entry === undefined || entry.assetClass !== e.assetClass || entry.account !== e.brokerAccount) {
      entry = list.find((x) => x.assetClass === e.assetClass && x.account === e.brokerAccount);
      if (entry === undefined) {
        entry = { assetClass: e.assetClass, account: e.brokerAccount, w: new PositionWalker() };
        list.push(entry);
      }
    }
    entry.w.push(e, out);
  }
  for (const list of bySymbol.values()) for (const x of list) x.w.end(out);
  return out as Trade[];
}
