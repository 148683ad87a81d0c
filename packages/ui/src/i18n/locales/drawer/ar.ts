import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Drawer. */
export const drawer: JournalkitStringOverrides['drawer'] = {
  close: 'إغلاق اللوحة',
};
