import type { BreakdownBucket } from './types';

const bucket = (
  key: string,
  tradeCount: number,
  netPnl: string,
  winRate: number | null,
): BreakdownBucket => ({
  key,
  currency: 'USD',
  tradeCount,
  netPnl,
  winRate,
  profitFactor: winRate === null ? null : Math.round(winRate * 300) / 100,
  expectancy: tradeCount ? (Number(netPnl) / tradeCount).toFixed(2) : null,
});

export const weekdayBuckets: BreakdownBucket[] = [
  bucket('1', 12, '640.50', 0.58),
  bucket('2', 9, '-210.00', 0.44),
  bucket('3', 14, '1120.25', 0.64),
  bucket('4', 8, '-480.75', 0.38),
  bucket('5', 5, '95.00', 0.6),
];

export const hourBuckets: BreakdownBucket[] = [
  bucket('9', 18, '820.00', 0.61),
  bucket('10', 11, '260.40', 0.55),
  bucket('13', 6, '-140.00', 0.33),
  bucket('15', 9, '-35.10', 0.44),
];

export const holdingBuckets: BreakdownBucket[] = [
  bucket('<1m', 4, '-120.00', 0.25),
  bucket('1m-5m', 10, '310.00', 0.6),
  bucket('5m-30m', 16, '905.80', 0.63),
  bucket('30m-2h', 7, '-60.00', 0.43),
  bucket('2h-1d', 3, '420.00', 0.67),
  bucket('>1d', 2, '0.00', null),
];

/** Setup names as traders write them: several words, some long. */
export const setupBuckets: BreakdownBucket[] = [
  bucket('Opening range breakout', 21, '1480.00', 0.62),
  bucket('VWAP reclaim', 13, '615.40', 0.54),
  bucket('Bull flag continuation', 9, '-220.50', 0.44),
  bucket('Failed breakdown reversal on the daily chart', 6, '340.00', 0.5),
  bucket('Counter-trend scalp', 11, '-905.75', 0.27),
  bucket('Earnings-gap-and-go', 4, '75.00', 0.5),
  bucket('MeanReversionAfterNewsSpike', 3, '-40.00', 0.33),
];
