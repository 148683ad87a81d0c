import type { JournalkitStringOverrides } from '../../types';

/** German strings of Pagination. */
export const pagination: JournalkitStringOverrides['pagination'] = {
  label: 'Seitennavigation',
  previous: 'Vorherige',
  next: 'Nächste',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  page: 'Seite {{page}}',
  pageSize: 'Zeilen pro Seite',
  range: '{{start}}–{{end}} von {{total}}',
  rangeOpen: '{{start}}–{{end}}',
};
