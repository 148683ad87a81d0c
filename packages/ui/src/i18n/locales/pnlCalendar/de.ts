import type { JournalkitStringOverrides } from '../../types';

/** German strings of PnLCalendar. */
export const pnlCalendar: JournalkitStringOverrides['pnlCalendar'] = {
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  dayLabel: '{{date}}: {{result}} {{pnl}}, {{trades}}{{winRate}}',
  noTrades: '{{date}}: keine Trades',
  trades_one: '{{count}} Trade',
  trades_other: '{{count}} Trades',
  winRate: ', Trefferquote {{value}}',
};
