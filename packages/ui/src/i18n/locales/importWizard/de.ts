import type { JournalkitStringOverrides } from '../../types';

/** German strings of ImportWizard. */
export const importWizard: JournalkitStringOverrides['importWizard'] = {
  label: 'Trades importieren',
  stepSource: 'Datei',
  stepMapping: 'Spalten',
  stepPreview: 'Prüfen',
  stepImport: 'Importieren',
  account: 'Konto',
  format: 'Dateiformat',
  formats: {
    generic: 'Journalkit-CSV',
    'ibkr-flex': 'Interactive Brokers (Flex-Abfrage)',
    tradovate: 'Tradovate',
    ninjatrader: 'NinjaTrader',
    mt5: 'MetaTrader 5',
    thinkorswim: 'thinkorswim',
    binance: 'Binance',
    schwab: 'Charles Schwab',
    other: 'Andere CSV (Spalten zuordnen)',
  },
  file: 'Broker-Datei',
  next: 'Weiter',
  back: 'Zurück',
  checkFile: 'Datei prüfen',
  mappingHelp:
    'Wählen Sie für jedes Feld die Spalte Ihrer Datei, die es enthält, oder geben Sie einen festen Wert ein.',
  notMapped: 'Nicht in der Datei',
  fixedValue: 'Fester Wert…',
  fixedValueFor: 'Fester Wert für {{field}}',
  timeFormat: 'Zeitformat',
  timeIso: 'ISO 8601 mit UTC-Versatz',
  fields: {
    executed_at: 'Ausführungszeit',
    symbol: 'Symbol',
    asset_class: 'Anlageklasse',
    side: 'Richtung (Kauf/Verkauf)',
    quantity: 'Menge',
    price: 'Kurs',
    fees: 'Gebühren',
  },
  missing: 'Noch erforderlich: {{fields}}',
  previewHelp: 'Noch ist nichts gespeichert. Das würde der Import tun:',
  inserted: 'Neue Ausführungen',
  duplicates: 'Duplikate',
  skipped: 'Übersprungene Zeilen',
  tradesAffected: 'Betroffene Trades',
  warnings: 'Warnungen',
  warningsTable: 'Warnungen nach Zeile',
  errorsTable: 'Zeilen, die nicht gelesen werden konnten',
  rowsRefused:
    'Einige Zeilen konnten nicht gelesen werden. Korrigieren Sie die Datei oder die Zuordnung und prüfen Sie erneut.',
  line: 'Zeile',
  reason: 'Grund',
  import: 'Importieren',
  progress: 'Importfortschritt',
  done: 'Import abgeschlossen.',
  doneFailed: 'Der Import ist fehlgeschlagen.',
  another: 'Weitere Datei importieren',
  failed: 'Etwas ist schiefgelaufen. Bitte erneut versuchen.',
  fileTooLarge: 'Diese Datei ist {{fileSize}} groß; importieren können Sie höchstens {{maxSize}}.',
  fileTooLargeNoLimit: 'Diese Datei ist {{fileSize}} groß, größer als der Server für einen Import annimmt.',
  fileKinds: {
    pdf: 'Das ist ein PDF, kein Broker-Export: Exportieren Sie Ihre Trades bei Ihrem Broker als CSV und laden Sie diese Datei hoch.',
    spreadsheet:
      'Das ist eine Tabelle (etwa Excel), keine CSV-Datei: Exportieren Sie Ihre Trades bei Ihrem Broker als CSV oder speichern Sie die Tabelle als CSV, und laden Sie diese Datei hoch.',
    image:
      'Das ist ein Bild, kein Broker-Export: Exportieren Sie Ihre Trades bei Ihrem Broker als CSV und laden Sie diese Datei hoch.',
    archive:
      'Das ist ein komprimiertes Archiv (etwa ZIP): Entpacken Sie es und laden Sie die CSV-Datei darin hoch.',
    binary:
      'Das ist keine Textdatei und damit kein Broker-Export: Exportieren Sie Ihre Trades bei Ihrem Broker als CSV und laden Sie diese Datei hoch.',
  },
  formatMismatch: 'Das sieht nach einem Export aus {{format}} aus: Wählen Sie dieses Format.',
  formatMismatchOther:
    'Das sieht nach einem Export in einem anderen Format aus ({{format}}), nicht {{chosen}}: Wählen Sie das Format Ihres Brokers.',
  useFormat: '{{format}} verwenden und erneut prüfen',
};
