import type { JournalkitStringOverrides } from '../../types';

/** German strings of StatsGrid. */
export const statsGrid: JournalkitStringOverrides['statsGrid'] = {
  label: 'Performance-Kennzahlen',
  currencyLabel: 'Kennzahlen in {{currency}}',
  noValue: 'Nicht verfügbar',
  netPnl: 'Netto-G/V',
  winRate: 'Trefferquote',
  profitFactor: 'Profitfaktor',
  expectancy: 'Erwartungswert',
  averageWin: 'Durchschnittlicher Gewinn',
  averageLoss: 'Durchschnittlicher Verlust',
  payoffRatio: 'Gewinn-Verlust-Verhältnis',
  maxDrawdown: 'Maximaler Drawdown',
  drawdownWithPercent: '{{amount}} ({{percent}})',
  largestWin: 'Größter Gewinn',
  largestLoss: 'Größter Verlust',
  winStreak: 'Längste Gewinnserie',
  lossStreak: 'Längste Verlustserie',
  trades: 'Anzahl Trades',
  openTrades: 'Offene Trades',
  averageHold: 'Durchschnittliche Haltedauer',
  averageR: 'Durchschnittliches R',
  rValue: '{{value}}R',
};
