export { PnLCalendar } from './PnLCalendar';
export type { DailyPnl, PnLCalendarProps } from './PnLCalendar';
