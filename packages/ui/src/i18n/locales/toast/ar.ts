import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Toast. */
export const toast: JournalkitStringOverrides['toast'] = {
  region: 'الإشعارات ({hotkey})',
  dismiss: 'إغلاق الإشعار',
};
