import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Pagination. */
export const pagination: JournalkitStringOverrides['pagination'] = {
  label: 'التنقل بين الصفحات',
  previous: 'السابق',
  next: 'التالي',
  previousPage: 'الصفحة السابقة',
  nextPage: 'الصفحة التالية',
  page: 'الصفحة {{page}}',
  pageSize: 'عدد الصفوف في الصفحة',
  range: '{{start}}–{{end}} من {{total}}',
  rangeOpen: '{{start}}–{{end}}',
};
