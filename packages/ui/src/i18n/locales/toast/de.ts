import type { JournalkitStringOverrides } from '../../types';

/** German strings of Toast. */
export const toast: JournalkitStringOverrides['toast'] = {
  region: 'Benachrichtigungen ({hotkey})',
  dismiss: 'Benachrichtigung schließen',
};
