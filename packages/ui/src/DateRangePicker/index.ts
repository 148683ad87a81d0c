export { DateRangePicker, dateRangePickerVariants } from './DateRangePicker';
export type { DateRangePickerProps, DateRangePreset, DateRangeValue } from './DateRangePicker';
