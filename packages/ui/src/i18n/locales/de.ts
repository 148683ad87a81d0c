import type { JournalkitStringOverrides } from '../types';

/** German (partial: missing keys fall back to English). */
export const de: JournalkitStringOverrides = {
  common: {
    loading: 'Wird geladen…',
    close: 'Schließen',
    required: 'Pflichtfeld',
    optional: 'optional',
    opensInNewTab: '(öffnet in neuem Tab)',
  },
  button: { loading: 'Wird geladen' },
  field: {
    characterCount_one: '{{count}} von {{max}} Zeichen',
    characterCount_other: '{{count}} von {{max}} Zeichen',
    errorPrefix: 'Fehler:',
  },
  tag: { remove: '{{label}} entfernen' },
  stat: { increase: 'Gestiegen', decrease: 'Gesunken', unchanged: 'Unverändert' },
  pnl: { profit: 'Gewinn', loss: 'Verlust', breakeven: 'Ausgeglichen' },
  progress: { complete: 'Abgeschlossen' },
  dialog: { close: 'Dialog schließen' },
  skeleton: { loading: 'Inhalt wird geladen' },
  table: {
    empty: 'Nichts anzuzeigen',
    loading: 'Zeilen werden geladen…',
    columns: 'Spalten',
    chooseColumns: 'Spalten auswählen',
    selectAll: 'Alle Zeilen auswählen',
    selectRow: '{{label}} auswählen',
    rowNumber: 'Zeile {{index}}',
    sortedAscending: 'aufsteigend sortiert',
    sortedDescending: 'absteigend sortiert',
    selectedCount_one: '{{count}} Zeile ausgewählt',
    selectedCount_other: '{{count}} Zeilen ausgewählt',
  },
  appShell: {
    skipToContent: 'Zum Hauptinhalt springen',
    primaryNavigation: 'Hauptnavigation',
    openMenu: 'Menü öffnen',
    menu: 'Menü',
    home: '{{name}} Startseite',
    signOut: 'Abmelden',
  },
};
