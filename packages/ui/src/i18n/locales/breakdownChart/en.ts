/** English strings of BreakdownChart, registered by `useT(breakdownChart)` on first render. */

export const breakdownChartStrings = {
  label: '{{metric}} by {{by}}',
  empty: 'No trades to break down',
  noValue: 'Not available',
  sortByValue: 'Sort by value',
  trades_one: '{{count}} trade',
  trades_other: '{{count}} trades',
  metric: { netPnl: 'Net P&L', winRate: 'Win rate', profitFactor: 'Profit factor', expectancy: 'Expectancy' },
  by: {
    symbol: 'symbol',
    side: 'side',
    tag: 'tag',
    setup: 'setup',
    mistake: 'mistake',
    weekday: 'weekday',
    hour: 'hour',
    holding: 'holding time',
  },
  side: { long: 'Long', short: 'Short' },
  holding: {
    lt1m: 'Under 1 min',
    m1to5: '1–5 min',
    m5to30: '5–30 min',
    m30toh2: '30 min – 2 h',
    h2tod1: '2 h – 1 day',
    gt1d: 'Over 1 day',
  },
};

export const breakdownChart = { breakdownChart: breakdownChartStrings };
