import type { Decimal } from './decimal';
import type { AssetClass } from './instruments';

export type { AssetClass } from './instruments';
export type Side = 'buy' | 'sell';
export type Direction = 'long' | 'short';
export type TradeStatus = 'open' | 'closed';

export const FORMAT_IDS = [
  'generic',
  'ibkr-flex',
  'tradovate',
  'ninjatrader',
  'mt5',
  'thinkorswim',
  'binance',
  'mt4',
  'schwab',
  'webull',
  'tastytrade',
  'tradezero',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** One fill as the broker reported it, normalized. */
export interface Execution {
  /** brokerExecutionId: the broker's id, or `h:` + a hash (journal.md) where the format has none. */
  readonly id: string;
  /** Epoch milliseconds, UTC. */
  readonly executedAt: number;
  /** Canonical symbol (futures `ESH24`). */
  readonly symbol: string;
  readonly assetClass: AssetClass;
  readonly side: Side;
  /** > 0 */
  readonly quantity: Decimal;
  readonly price: Decimal;
  /** A cost in the account currency, ≥ 0 (MT5: −(Commission + Fee + Swap), negative for a swap credit). */
  readonly fees: Decimal;
  readonly multiplier: Decimal;
  readonly currency: string;
  /**
   * Tie-break order for equal executedAt: the source order. Parsers set the physical line of the
   * row; when executions of several files are combined, the caller numbers them so that a later
   * file sorts after an earlier one (see README).
   */
  readonly seq: number;
  /** Physical line in the source file (1-based), for reports. */
  readonly line: number;
  /** The broker's account number where the file names one (IBKR ClientAccountID, NinjaTrader Account). */
  readonly brokerAccount?: string;
  /** MT5: the broker's realized profit on this deal, in the account currency. */
  readonly realizedPnl?: Decimal;
  /** Binance: a fee paid in a third asset, kept as reported, not in `fees`. */
  readonly unvaluedFee?: { readonly amount: Decimal; readonly asset: string };
  /**
   * MT4: the broker's position this execution opens or closes. Executions with a position are
   * not netted (hedging accounts): each position is one trade (trades/positions.ts).
   */
  readonly position?: PositionLeg;
  /** The broker's comment on the row (MT4 `[sl]`, `[tp]`), kept as a note. */
  readonly note?: string;
}

/**
 * An execution's part in a broker-reported position (MT4's ticket chain: a ticket closed in parts
 * and the tickets its rest continued as).
 */
export interface PositionLeg {
  /**
   * The position, the same in every statement that shows any part of it (MT4: direction, open
   * time and open price, which every ticket of a chain repeats).
   */
  readonly key: string;
  /** open: it opened the position (one per statement showing it); close: it closed a part. */
  readonly effect: 'open' | 'close';
  /**
   * A part closed while the rest went on as another ticket (`to #N`): that ticket. The position
   * stays open until a closing of that ticket is known.
   */
  readonly next?: string;
}

/** A row problem: the whole file is not imported while any exists. */
export interface RowError {
  /** 1-based physical line of the row (or of the header for file-level problems). */
  readonly line: number;
  readonly reason: string;
}

/**
 * A row deliberately not imported, and why: cash movements (MT5, Schwab, tastytrade), another
 * account's rows, totals rows, orders that filled nothing (Webull), corporate actions
 * (tastytrade's symbol changes and splits).
 */
export interface SkippedRow {
  readonly line: number;
  readonly reason: string;
  /** order: a pending order that never filled (MT4 `buy limit` … cancelled or deleted). */
  readonly kind: 'cash' | 'other-account' | 'summary' | 'order' | 'unfilled' | 'corporate-action';
}

/**
 * Something imported as the file says but worth a look: a fee that cannot be valued (Binance), a
 * local time that occurs twice, a rebate larger than the row's fees (booked as 0 fees; the
 * surplus is named in the reason: TradeZero, tastytrade).
 */
export interface ImportWarning {
  readonly line: number;
  readonly reason: string;
  /** open-position: a position closed in part whose rest the file does not show (MT4 `to #N`). */
  readonly kind: 'unvalued-fee' | 'ambiguous-time' | 'open-position' | 'rebate-surplus';
}

export interface DuplicateRow {
  readonly line: number;
  readonly executionId: string;
  /** Line of the first row with this id in the same file. */
  readonly firstLine: number;
}

export interface ParseResult {
  readonly format: FormatId;
  /** No errors: the file may be imported. With errors, import nothing (executions are for dry-run counts only). */
  readonly ok: boolean;
  readonly executions: Execution[];
  readonly errors: RowError[];
  readonly skipped: SkippedRow[];
  readonly warnings: ImportWarning[];
  /** Rows repeating an execution id already seen in the same file, with identical content. */
  readonly duplicates: DuplicateRow[];
  /** Data rows read (executions + errors + skipped + duplicates). */
  readonly rowCount: number;
}

export interface ImportOptions {
  /** IANA timezone of the account: local times in the file are read in it. Default `UTC`. */
  timezone?: string;
  /** ISO 4217 (or the quote asset for crypto): default currency of rows that name none. Default `USD`. */
  currency?: string;
  /**
   * The account's number at the broker (IBKR ClientAccountID, NinjaTrader Account). Rows of other
   * accounts are skipped and reported. Without it, a file holding several accounts is rejected.
   */
  brokerAccount?: string;
  /** Extra futures roots → multiplier (strings), added to journal.md's table. */
  futureMultipliers?: Readonly<Record<string, string>>;
  /** MT5 / MT4 contract size per symbol (one lot); default 100000 for six-letter symbols, else 1. */
  contractSizes?: Readonly<Record<string, string>>;
}

export interface TradeLeg {
  readonly executionId: string;
  readonly executedAt: number;
  readonly seq: number;
  readonly side: Side;
  /** The part of the execution in this trade (a flip splits an execution in two legs). */
  readonly quantity: Decimal;
  readonly price: Decimal;
  /** Its fees (pro rata for a flip's parts). */
  readonly fees: Decimal;
  readonly multiplier: Decimal;
  /** open: it grew the position; close: it shrank it. */
  readonly effect: 'open' | 'close';
  /** MT5: the profit this leg realized (an in/out deal's profit is all its closing leg's). */
  readonly realizedPnl?: Decimal;
}

export interface Trade {
  /** The id of the execution that opened it (unique: an execution opens at most one trade). */
  readonly id: string;
  readonly brokerAccount?: string;
  readonly symbol: string;
  readonly assetClass: AssetClass;
  readonly currency: string;
  readonly multiplier: Decimal;
  readonly direction: Direction;
  readonly status: TradeStatus;
  readonly openedAt: number;
  /** Last execution; null while open. */
  readonly closedAt: number | null;
  /** Largest absolute position held. */
  readonly quantity: Decimal;
  /** Σ quantity × price and Σ quantity of the legs that grew / shrank the position (exact). */
  readonly entryValue: Decimal;
  readonly entryQuantity: Decimal;
  readonly exitValue: Decimal;
  readonly exitQuantity: Decimal;
  /** Source order (seq) of the opening execution: with openedAt, the listing order. */
  readonly openSeq: number;
  /** Quantity-weighted means, to 10 decimals (use entryValue/entryQuantity for other precisions). */
  readonly entryPrice: Decimal;
  /** null while open. */
  readonly exitPrice: Decimal | null;
  /** null while open. */
  readonly grossPnl: Decimal | null;
  /** Σ fees of its legs (known for open trades too). */
  readonly fees: Decimal;
  readonly netPnl: Decimal | null;
  readonly holdingSeconds: number | null;
  /** MT5: grossPnl is the broker's Σ realized profit, not the price formula. */
  readonly pnlSource: 'prices' | 'broker';
  readonly legs: readonly TradeLeg[];
}
