export { DatePicker, datePickerVariants } from './DatePicker';
export type { DatePickerProps } from './DatePicker';
export { Calendar } from './Calendar';
export type { CalendarProps, DateRange } from './Calendar';
export { addDays, addMonths, firstDayOfWeek, fromIso, isIsoDate, toIso, todayIso } from './dates';
export type { IsoDate } from './dates';
export { parseDate } from './parseDate';
