export type BreakdownBy = 'symbol' | 'side' | 'tag' | 'setup' | 'mistake' | 'weekday' | 'hour' | 'holding';

/** One bucket of `getAnalyticsBreakdown` (money as decimal strings, ratios as numbers). */
export interface BreakdownBucket {
  key: string;
  currency: string;
  tradeCount: number;
  netPnl: string;
  winRate: number | null;
  profitFactor: number | null;
  expectancy: string | null;
}

export type BreakdownMetric = 'netPnl' | 'winRate' | 'profitFactor' | 'expectancy';
export type BreakdownSort = 'natural' | 'value';
