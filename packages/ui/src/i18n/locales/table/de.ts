import type { JournalkitStringOverrides } from '../../types';

/** German strings of Table. */
export const table: JournalkitStringOverrides['table'] = {
  empty: 'Nichts anzuzeigen',
  loading: 'Zeilen werden geladen…',
  columns: 'Spalten',
  chooseColumns: 'Spalten auswählen',
  selectAll: 'Alle Zeilen auswählen',
  selectRow: '{{label}} auswählen',
  rowNumber: 'Zeile {{index}}',
};
