/** English strings of PnLCalendar, registered by `useT(pnlCalendar)` on first render. */

export const pnlCalendarStrings = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  dayLabel: '{{date}}: {{result}} {{pnl}}, {{trades}}{{winRate}}',
  noTrades: '{{date}}: no trades',
  trades_one: '{{count}} trade',
  trades_other: '{{count}} trades',
  winRate: ', win rate {{value}}',
};

export const pnlCalendar = { pnlCalendar: pnlCalendarStrings };
