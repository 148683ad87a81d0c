import type { JournalkitStringOverrides } from '../../types';

/** German strings of FileDrop. */
export const fileDrop: JournalkitStringOverrides['fileDrop'] = {
  label_one: 'Datei hierher ziehen',
  label_other: 'Dateien hierher ziehen',
  browse_one: 'oder Datei auswählen',
  browse_other: 'oder Dateien auswählen',
  dropNow: 'Zum Hinzufügen loslassen',
  accepts: 'Erlaubt: {{types}}',
  maxSize: 'Bis {{size}} pro Datei',
  rejectedType: '{{name}} hat keinen erlaubten Dateityp ({{types}}).',
  rejectedSize: '{{name}} ist {{fileSize}} groß; Dateien dürfen höchstens {{maxSize}} groß sein.',
  rejectedCount_one: 'Es kann nur {{count}} Datei hinzugefügt werden.',
  rejectedCount_other: 'Es können nur {{count}} Dateien hinzugefügt werden.',
  selected: 'Ausgewählte Dateien',
  remove: '{{name}} entfernen',
};
