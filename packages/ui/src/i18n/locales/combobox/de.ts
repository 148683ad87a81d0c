import type { JournalkitStringOverrides } from '../../types';

/** German strings of Combobox. */
export const combobox: JournalkitStringOverrides['combobox'] = {
  showOptions: 'Optionen anzeigen',
  noResults: 'Keine Treffer',
  loading: 'Ergebnisse werden geladen…',
  results_one: '{{count}} Ergebnis verfügbar',
  results_other: '{{count}} Ergebnisse verfügbar',
};
