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
