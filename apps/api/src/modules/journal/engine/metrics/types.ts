import type { Decimal } from '../decimal';
import type { Direction, TradeStatus } from '../types';

/** What a user's journal entry adds to a trade for the metrics. */
export interface TradeJournal {
  tags?: readonly string[];
  setup?: string | null;
  mistakes?: readonly string[];
  /** Amount at risk, in the trade's currency. Wins over initialStop. */
  initialRisk?: Decimal | null;
  /** A price: initialRisk = |entryPrice − initialStop| × quantity × multiplier. */
  initialStop?: Decimal | null;
}

/** The fields of a trade the metrics read (a built Trade has them; add `journal` and `accountId`). */
export interface MetricsTrade {
  readonly id: string;
  readonly accountId?: string;
  readonly symbol: string;
  readonly currency: string;
  readonly direction: Direction;
  readonly status: TradeStatus;
  readonly openedAt: number;
  readonly closedAt: number | null;
  readonly grossPnl: Decimal | null;
  readonly fees: Decimal;
  readonly netPnl: Decimal | null;
  readonly holdingSeconds: number | null;
  readonly entryPrice: Decimal;
  readonly quantity: Decimal;
  readonly multiplier: Decimal;
  readonly journal?: TradeJournal;
}

type OneOrMany = string | readonly string[];

export interface MetricsOptions {
  /** Timezone of calendar days, weekdays and hours: the account's, or the tenant's setting. Default `UTC`. */
  timezone?: string;
  /** |netPnl| ≤ band counts as a scratch (tenant setting). Default 0: exactly journal.md. */
  breakevenBand?: Decimal | string;
  /** For maxDrawdownPercent; null/absent → null. */
  startingBalance?: Decimal | string | null;
  /** Window on closedAt, epoch ms: from ≤ closedAt < to. Either end may be open. */
  from?: number | null;
  to?: number | null;
  /** Filters (a list means any of them). */
  accountId?: OneOrMany;
  symbol?: OneOrMany;
  side?: Direction;
  tag?: OneOrMany;
  setup?: OneOrMany;
}

/** Money as cents strings ("1744.92"), ratios as unrounded numbers, counts as numbers. */
export interface MetricsSummary {
  tradeCount: number;
  openTradeCount: number;
  winners: number;
  losers: number;
  scratches: number;
  winRate: number | null;
  netPnl: string;
  grossPnl: string;
  totalFees: string;
  grossProfit: string;
  grossLoss: string;
  profitFactor: number | null;
  averageWin: string | null;
  averageLoss: string | null;
  payoffRatio: number | null;
  expectancy: string | null;
  largestWin: string | null;
  largestLoss: string | null;
  maxConsecutiveWins: number;
  maxConsecutiveLosses: number;
  maxDrawdown: string;
  /** Percent (12.5 = 12.5 %) of the peak balance when the largest drawdown happened. */
  maxDrawdownPercent: number | null;
  averageHoldingSeconds: number | null;
  averageR: number | null;
}

export interface EquityPoint {
  tradeId: string;
  closedAt: string;
  netPnl: string;
  cumulativeNetPnl: string;
  drawdown: string;
}

export interface DailyPoint {
  date: string;
  tradeCount: number;
  netPnl: string;
  winRate: number;
}

export interface Bucket {
  key: string;
  tradeCount: number;
  netPnl: string;
  winRate: number | null;
  profitFactor: number | null;
  expectancy: string | null;
}

export const BREAKDOWNS = [
  'symbol',
  'side',
  'tag',
  'setup',
  'mistake',
  'weekday',
  'hour',
  'holding',
] as const;
export type BreakdownBy = (typeof BREAKDOWNS)[number];

export interface JournalMetrics {
  currency: string | null;
  summary: MetricsSummary;
  equity: EquityPoint[];
  daily: DailyPoint[];
  breakdowns: Record<BreakdownBy, Bucket[]>;
}
