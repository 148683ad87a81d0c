import type { JournalkitStringOverrides } from '../../types';

/** German strings of Select. */
export const select: JournalkitStringOverrides['select'] = {
  placeholder: 'Option auswählen',
};
