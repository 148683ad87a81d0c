import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Calendar, DatePicker and DateRangePicker. */
export const calendar: JournalkitStringOverrides['calendar'] = {
  previousMonth: 'الشهر السابق',
  nextMonth: 'الشهر التالي',
  clear: 'مسح',
  dialog: 'اختر تاريخًا',
  rangeDialog: 'اختر فترة زمنية',
  pickStart: 'اختر اليوم الأول',
  pickEnd: 'اختر اليوم الأخير',
};
export const datePicker: JournalkitStringOverrides['datePicker'] = {
  open: 'اختر التاريخ',
  change: 'تغيير التاريخ، المحدد {{date}}',
  invalid: 'أدخل تاريخًا مثل {{example}}',
  outOfRange: 'اختر تاريخًا بين {{min}} و{{max}}',
  formatHint: 'مثال: {{example}}',
};
export const dateRangePicker: JournalkitStringOverrides['dateRangePicker'] = {
  placeholder: 'اختر التواريخ',
};
