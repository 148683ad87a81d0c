import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of PnLCalendar. */
export const pnlCalendar: JournalkitStringOverrides['pnlCalendar'] = {
  previousMonth: 'الشهر السابق',
  nextMonth: 'الشهر التالي',
  dayLabel: '{{date}}: {{result}} {{pnl}}، {{trades}}{{winRate}}',
  noTrades: '{{date}}: لا توجد صفقات',
  trades_zero: 'لا صفقات',
  trades_one: 'صفقة واحدة',
  trades_two: 'صفقتان',
  trades_few: '{{count}} صفقات',
  trades_many: '{{count}} صفقة',
  trades_other: '{{count}} صفقة',
  winRate: '، نسبة الصفقات الرابحة {{value}}',
};
