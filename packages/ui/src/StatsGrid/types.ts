/** One currency's metrics, as in `getAnalyticsSummary` (money as decimal strings, ratios as numbers). */
export interface AnalyticsSummaryMetrics {
  currency: string | null;
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
  /** A percentage, as the API sends it: 4.83 means 4.83 %. */
  maxDrawdownPercent: number | null;
  averageHoldingSeconds: number | null;
  averageR: number | null;
}

/** The `getAnalyticsSummary` response: `currency` is null when accounts of several currencies mix. */
export interface AnalyticsSummary extends AnalyticsSummaryMetrics {
  currencies?: readonly (AnalyticsSummaryMetrics & { currency: string })[];
}
