/** English strings of StatsGrid, registered by `useT(statsGrid)` on first render. */

export const statsGridStrings = {
  label: 'Performance summary',
  currencyLabel: 'Performance in {{currency}}',
  noValue: 'Not available',
  netPnl: 'Net P&L',
  winRate: 'Win rate',
  profitFactor: 'Profit factor',
  expectancy: 'Expectancy',
  averageWin: 'Average win',
  averageLoss: 'Average loss',
  payoffRatio: 'Payoff ratio',
  maxDrawdown: 'Max drawdown',
  drawdownWithPercent: '{{amount}} ({{percent}})',
  largestWin: 'Largest win',
  largestLoss: 'Largest loss',
  winStreak: 'Longest winning streak',
  lossStreak: 'Longest losing streak',
  trades: 'Trades',
  openTrades: 'Open trades',
  averageHold: 'Average hold',
  averageR: 'Average R',
  rValue: '{{value}}R',
};

export const statsGrid = { statsGrid: statsGridStrings };
