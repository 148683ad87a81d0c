import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Combobox. */
export const combobox: JournalkitStringOverrides['combobox'] = {
  showOptions: 'إظهار الخيارات',
  noResults: 'لا توجد نتائج',
  loading: 'جارٍ تحميل النتائج…',
  results_zero: 'لا توجد نتائج',
  results_one: 'نتيجة واحدة متاحة',
  results_two: 'نتيجتان متاحتان',
  results_few: '{{count}} نتائج متاحة',
  results_many: '{{count}} نتيجة متاحة',
  results_other: '{{count}} نتيجة متاحة',
};
