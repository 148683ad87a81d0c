import type { JournalkitStringOverrides } from '../../types';

/** German strings of Calendar, DatePicker and DateRangePicker. */
export const calendar: JournalkitStringOverrides['calendar'] = {
  previousMonth: 'Vorheriger Monat',
  nextMonth: 'Nächster Monat',
  clear: 'Zurücksetzen',
  dialog: 'Datum auswählen',
  rangeDialog: 'Zeitraum auswählen',
  pickStart: 'Ersten Tag auswählen',
  pickEnd: 'Letzten Tag auswählen',
};
export const datePicker: JournalkitStringOverrides['datePicker'] = {
  open: 'Datum auswählen',
  change: 'Datum ändern, {{date}} ausgewählt',
  invalid: 'Geben Sie ein Datum wie {{example}} ein',
  outOfRange: 'Wählen Sie ein Datum zwischen {{min}} und {{max}}',
  formatHint: 'Zum Beispiel {{example}}',
};
export const dateRangePicker: JournalkitStringOverrides['dateRangePicker'] = {
  placeholder: 'Zeitraum wählen',
};
