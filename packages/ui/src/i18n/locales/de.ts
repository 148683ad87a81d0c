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
};
