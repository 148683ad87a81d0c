import type { JournalkitStringOverrides } from '../../types';

/** German strings of Drawer. */
export const drawer: JournalkitStringOverrides['drawer'] = {
  close: 'Seitenleiste schließen',
};
