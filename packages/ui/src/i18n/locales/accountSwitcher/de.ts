import type { JournalkitStringOverrides } from '../../types';

/** German strings of AccountSwitcher. */
export const accountSwitcher: JournalkitStringOverrides['accountSwitcher'] = {
  label: 'Konto',
  placeholder: 'Konto auswählen',
  all: 'Alle Konten',
  active: 'Konten',
  archived: 'Archiviert',
  option: '{{name}} · {{broker}} · {{currency}}',
};
