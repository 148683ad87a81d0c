import type { EquityPoint } from './chart';

/** A deterministic walk of closed trades (as `getAnalyticsEquity` returns them). */
export function makeEquity(count: number, seed = 7): EquityPoint[] {
  let x = seed;
  const rand = () => ((x = (x * 16807) % 2147483647) - 1) / 2147483646;
  let equity = 0;
  let peak = 0;
  return Array.from({ length: count }, (_, i) => {
    const pnl = Math.round((rand() - 0.42) * 40000) / 100;
    equity += pnl;
    peak = Math.max(peak, equity);
    return {
      tradeId: `t${i}`,
      closedAt: new Date(Date.UTC(2026, 8, 1) + i * 86_400_000 * 0.7).toISOString(),
      netPnl: pnl.toFixed(2),
      cumulativeNetPnl: equity.toFixed(2),
      drawdown: (peak - equity).toFixed(2),
    };
  });
}

export const threePoints: EquityPoint[] = [
  {
    tradeId: 'a',
    closedAt: '2026-11-02T15:30:00.000Z',
    netPnl: '250.00',
    cumulativeNetPnl: '250.00',
    drawdown: '0.00',
  },
  {
    tradeId: 'b',
    closedAt: '2026-11-03T15:30:00.000Z',
    netPnl: '-400.00',
    cumulativeNetPnl: '-150.00',
    drawdown: '400.00',
  },
  {
    tradeId: 'c',
    closedAt: '2026-11-04T15:30:00.000Z',
    netPnl: '900.50',
    cumulativeNetPnl: '750.50',
    drawdown: '0.00',
  },
];

/** Several trades a day (as a day trader closes them), from 14:30 UTC on, `perDay` a day. */
export function makeIntradayEquity(days: number, perDay: number, seed = 11): EquityPoint[] {
  return makeEquity(days * perDay, seed).map((p, i) => ({
    ...p,
    closedAt: new Date(
      Date.UTC(2024, 3, 8) + Math.floor(i / perDay) * 86_400_000 + (14.5 + (i % perDay) * 1.25) * 3_600_000,
    ).toISOString(),
  }));
}

/** Only winners: the drawdown stays at zero all along. */
export const allWinners: EquityPoint[] = [120, 80.5, 310, 45.25].map((pnl, i, all) => {
  const equity = all.slice(0, i + 1).reduce((a, b) => a + b, 0);
  return {
    tradeId: `w${i}`,
    closedAt: new Date(Date.UTC(2026, 10, 2 + i, 15)).toISOString(),
    netPnl: pnl.toFixed(2),
    cumulativeNetPnl: equity.toFixed(2),
    drawdown: '0.00',
  };
});
