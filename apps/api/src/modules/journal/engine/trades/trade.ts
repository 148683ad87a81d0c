import type { Decimal } from '../decimal';
import type { AssetClass } from '../instruments';
import type { Direction, Execution, Side, Trade, TradeLeg, TradeStatus } from '../types';

/** Precision of the mean prices a Trade exposes (the exact sums stay available). */
export const PRICE_SCALE = 10;

/** A flip's part of an execution at either end of a trade. */
export interface Part {
  quantity: Decimal;
  fees: Decimal;
  realizedPnl: Decimal | undefined;
}

interface Sums {
  quantity: Decimal;
  entryValue: Decimal;
  entryQuantity: Decimal;
  exitValue: Decimal;
  exitQuantity: Decimal;
  grossPnl: Decimal | null;
  fees: Decimal;
  pnlSource: 'prices' | 'broker';
}

/**
 * One execution's part in a trade. Only what is its own is stored (the part's quantity and fees);
 * the rest reads through to the execution, which keeps a million legs small.
 */
export class Leg implements TradeLeg {
  constructor(
    readonly execution: Execution,
    readonly quantity: Decimal,
    readonly fees: Decimal,
    readonly effect: 'open' | 'close',
    readonly realizedPnl: Decimal | undefined,
  ) {}

  get executionId(): string {
    return this.execution.id;
  }
  get executedAt(): number {
    return this.execution.executedAt;
  }
  get seq(): number {
    return this.execution.seq;
  }
  get side(): Side {
    return this.execution.side;
  }
  get price(): Decimal {
    return this.execution.price;
  }
  get multiplier(): Decimal {
    return this.execution.multiplier;
  }

  toJSON() {
    return {
      executionId: this.executionId,
      executedAt: this.executedAt,
      seq: this.seq,
      side: this.side,
      quantity: this.quantity,
      price: this.price,
      fees: this.fees,
      multiplier: this.multiplier,
      effect: this.effect,
      realizedPnl: this.realizedPnl,
    };
  }
}

/**
 * A built trade. What its executions already hold (symbol, instants, ids…) is read through to
 * them, and mean prices are derived from the exact sums when first read: a journal of a million
 * executions keeps a few hundred thousand of these alive, so they stay small.
 */
export class BuiltTrade implements Trade {
  readonly quantity: Decimal;
  readonly entryValue: Decimal;
  readonly entryQuantity: Decimal;
  readonly exitValue: Decimal;
  readonly exitQuantity: Decimal;
  readonly grossPnl: Decimal | null;
  readonly fees: Decimal;
  readonly netPnl: Decimal | null;
  readonly pnlSource: 'prices' | 'broker';
  private readonly long: boolean;
  private readonly closed: boolean;
  private readonly executions: readonly Execution[];
  private readonly firstPart: Part | null;
  private readonly lastPart: Part | null;
  private entry: Decimal | undefined = undefined;
  private exit: Decimal | null | undefined = undefined;

  /**
   * `executions` in order; `firstPart` / `lastPart` when the first / last of them is split by a
   * flip (only the part given belongs to this trade).
   */
  constructor(
    executions: readonly Execution[],
    firstPart: Part | null,
    lastPart: Part | null,
    long: boolean,
    closed: boolean,
    sums: Sums,
  ) {
    this.quantity = sums.quantity;
    this.entryValue = sums.entryValue;
    this.entryQuantity = sums.entryQuantity;
    this.exitValue = sums.exitValue;
    this.exitQuantity = sums.exitQuantity;
    this.grossPnl = sums.grossPnl;
    this.fees = sums.fees;
    this.netPnl = sums.grossPnl === null ? null : sums.grossPnl.sub(sums.fees);
    this.pnlSource = sums.pnlSource;
    this.long = long;
    this.closed = closed;
    this.executions = executions;
    this.firstPart = firstPart;
    this.lastPart = lastPart;
  }

  private get first(): Execution {
    return this.executions[0] as Execution;
  }
  private get last(): Execution {
    return this.executions[this.executions.length - 1] as Execution;
  }

  /** The opening execution's id (an execution opens at most one trade). */
  get id(): string {
    return this.first.id;
  }
  get brokerAccount(): string | undefined {
    return this.first.brokerAccount;
  }
  get symbol(): string {
    return this.first.symbol;
  }
  get assetClass(): AssetClass {
    return this.first.assetClass;
  }
  get currency(): string {
    return this.first.currency;
  }
  get multiplier(): Decimal {
    return this.first.multiplier;
  }
  get direction(): Direction {
    return this.long ? 'long' : 'short';
  }
  get status(): TradeStatus {
    return this.closed ? 'closed' : 'open';
  }
  get openedAt(): number {
    return this.first.executedAt;
  }
  get openSeq(): number {
    return this.first.seq;
  }
  get closedAt(): number | null {
    return this.closed ? this.last.executedAt : null;
  }
  get holdingSeconds(): number | null {
    return this.closed ? (this.last.executedAt - this.first.executedAt) / 1000 : null;
  }

  /**
   * Each execution's part in the trade, in order. Built on each read, not kept: a caller holds
   * on to them if it needs them. (Kept, a million-execution import held a million more objects
   * through every garbage collection.)
   */
  get legs(): readonly TradeLeg[] {
    const long = this.long;
    const n = this.executions.length;
    return this.executions.map((e, i) => {
      const part =
        i === 0 && this.firstPart ? this.firstPart : i === n - 1 && this.lastPart ? this.lastPart : null;
      const effect = (e.side === 'buy') === long ? 'open' : 'close';
      return part
        ? new Leg(e, part.quantity, part.fees, effect, part.realizedPnl)
        : new Leg(e, e.quantity, e.fees, effect, e.realizedPnl);
    });
  }

  toJSON() {
    return {
      id: this.id,
      brokerAccount: this.brokerAccount,
      symbol: this.symbol,
      assetClass: this.assetClass,
      currency: this.currency,
      multiplier: this.multiplier,
      direction: this.direction,
      status: this.status,
      openedAt: this.openedAt,
      openSeq: this.openSeq,
      closedAt: this.closedAt,
      quantity: this.quantity,
      entryValue: this.entryValue,
      entryQuantity: this.entryQuantity,
      exitValue: this.exitValue,
      exitQuantity: this.exitQuantity,
      entryPrice: this.entryPrice,
      exitPrice: this.exitPrice,
      grossPnl: this.grossPnl,
      fees: this.fees,
      netPnl: this.netPnl,
      holdingSeconds: this.holdingSeconds,
      pnlSource: this.pnlSource,
      legs: this.legs,
    };
  }

  /** Σ quantity × price / Σ quantity of the legs that grew the position, to 10 decimals. */
  get entryPrice(): Decimal {
    return (this.entry ??= this.entryValue.div(this.entryQuantity, PRICE_SCALE));
  }

  /** The same over the legs that shrank it; null while open. */
  get exitPrice(): Decimal | null {
    if (this.exit === undefined) {
      this.exit = this.closed ? this.exitValue.div(this.exitQuantity, PRICE_SCALE) : null;
    }
    return this.exit;
  }
}
