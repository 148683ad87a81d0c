import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Select. */
export const select: JournalkitStringOverrides['select'] = {
  placeholder: 'اختر خيارًا',
};
