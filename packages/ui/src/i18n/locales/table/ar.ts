import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Table. */
export const table: JournalkitStringOverrides['table'] = {
  empty: 'لا يوجد ما يُعرض',
  loading: 'جارٍ تحميل الصفوف…',
  columns: 'الأعمدة',
  chooseColumns: 'اختيار الأعمدة',
  selectAll: 'تحديد كل الصفوف',
  selectRow: 'تحديد {{label}}',
  rowNumber: 'الصف {{index}}',
};
