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

/** A built trade. Mean prices are derived from the exact sums when first read. */
export class BuiltTrade implements Trade {
  readonly id: string;
  readonly brokerAccount?: string;
  readonly symbol: string;
  readonly assetClass: AssetClass;
  readonly currency: string;
  readonly multiplier: Decimal;
  readonly direction: Direction;
  readonly status: TradeStatus;
  readonly openedAt: number;
  readonly openSeq: number;
  readonly closedAt: number | null;
  readonly quantity: Decimal;
  readonly entryValue: Decimal;
  readonly entryQuantity: Decimal;
  readonly exitValue: Decimal;
  readonly exitQuantity: Decimal;
  readonly grossPnl: Decimal | null;
  readonly fees: Decimal;
  readonly netPnl: Decimal | null;
  readonly holdingSeconds: number | null;
  readonly pnlSource: 'prices' | 'broker';
  private readonly executions: readonly Execution[];
  private readonly firstPart: Part | null;
  private readonly lastPart: Part | null;
  private legList: readonly TradeLeg[] | undefined;
  private entry: Decimal | undefined;
  private exit: Decimal | null | undefined;

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
    const first = executions[0] as Execution;
    this.id = first.id;
    if (first.brokerAccount !== undefined) this.brokerAccount = first.brokerAccount;
    this.symbol = first.symbol;
    this.assetClass = first.assetClass;
    this.currency = first.currency;
    this.multiplier = first.multiplier;
    this.direction = long ? 'long' : 'short';
    this.status = closed ? 'closed' : 'open';
    this.openedAt = first.executedAt;
    this.openSeq = first.seq;
    const lastAt = (executions[executions.length - 1] as Execution).executedAt;
    this.closedAt = closed ? lastAt : null;
    this.quantity = sums.quantity;
    this.entryValue = sums.entryValue;
    this.entryQuantity = sums.entryQuantity;
    this.exitValue = sums.exitValue;
    this.exitQuantity = sums.exitQuantity;
    this.grossPnl = sums.grossPnl;
    this.fees = sums.fees;
    this.netPnl = sums.grossPnl === null ? null : sums.grossPnl.sub(sums.fees);
    this.holdingSeconds = closed ? (lastAt - first.executedAt) / 1000 : null;
    this.pnlSource = sums.pnlSource;
    this.executions = executions;
    this.firstPart = firstPart;
    this.lastPart = lastPart;
  }

  /** Each execution's part in the trade, in order (built when first read). */
  get legs(): readonly TradeLeg[] {
    if (this.legList === undefined) {
      const long = this.direction === 'long';
      const n = this.executions.length;
      this.legList = this.executions.map((e, i) => {
        const part =
          i === 0 && this.firstPart ? this.firstPart : i === n - 1 && this.lastPart ? this.lastPart : null;
        const effect = (e.side === 'buy') === long ? 'open' : 'close';
        return part
          ? new Leg(e, part.quantity, part.fees, effect, part.realizedPnl)
          : new Leg(e, e.quantity, e.fees, effect, e.realizedPnl);
      });
    }
    return this.legList;
  }

  toJSON() {
    const {
      executions: _e,
      firstPart: _f,
      lastPart: _l,
      legList: _ll,
      entry: _en,
      exit: _ex,
      ...fields
    } = this;
    return { ...fields, entryPrice: this.entryPrice, exitPrice: this.exitPrice, legs: this.legs };
  }

  /** Σ quantity × price / Σ quantity of the legs that grew the position, to 10 decimals. */
  get entryPrice(): Decimal {
    return (this.entry ??= this.entryValue.div(this.entryQuantity, PRICE_SCALE));
  }

  /** The same over the legs that shrank it; null while open. */
  get exitPrice(): Decimal | null {
    if (this.exit === undefined) {
      this.exit = this.status === 'open' ? null : this.exitValue.div(this.exitQuantity, PRICE_SCALE);
    }
    return this.exit;
  }
}
