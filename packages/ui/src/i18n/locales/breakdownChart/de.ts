import type { JournalkitStringOverrides } from '../../types';

/** German strings of BreakdownChart. */
export const breakdownChart: JournalkitStringOverrides['breakdownChart'] = {
  label: '{{metric}} nach {{by}}',
  empty: 'Keine Trades zum Aufschlüsseln',
  noValue: 'Nicht verfügbar',
  sortByValue: 'Nach Wert sortieren',
  trades_one: '{{count}} Trade',
  trades_other: '{{count}} Trades',
  metric: {
    netPnl: 'Netto-G/V',
    winRate: 'Trefferquote',
    profitFactor: 'Profitfaktor',
    expectancy: 'Erwartungswert',
  },
  by: {
    symbol: 'Symbol',
    side: 'Richtung',
    tag: 'Schlagwort',
    setup: 'Setup',
    mistake: 'Fehler',
    weekday: 'Wochentag',
    hour: 'Stunde',
    holding: 'Haltedauer',
  },
  side: {
    long: 'Long',
    short: 'Short',
  },
  holding: {
    lt1m: 'Unter 1 Min.',
    m1to5: '1–5 Min.',
    m5to30: '5–30 Min.',
    m30toh2: '30 Min. – 2 Std.',
    h2tod1: '2 Std. – 1 Tag',
    gt1d: 'Über 1 Tag',
  },
};
