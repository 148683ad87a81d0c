/** English strings of Calendar, DatePicker and DateRangePicker, registered by `useT(calendar)` on first render. */

export const calendarStrings = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  clear: 'Clear',
  dialog: 'Choose a date',
  rangeDialog: 'Choose a date range',
  pickStart: 'Select the first day',
  pickEnd: 'Select the last day',
};

export const datePickerStrings = {
  open: 'Choose date',
  change: 'Change date, {{date}} selected',
  invalid: 'Enter a date like {{example}}',
  outOfRange: 'Choose a date between {{min}} and {{max}}',
  formatHint: 'For example {{example}}',
};

export const dateRangePickerStrings = {
  placeholder: 'Select dates',
};

export const calendar = {
  calendar: calendarStrings,
  datePicker: datePickerStrings,
  dateRangePicker: dateRangePickerStrings,
};
