import type { JournalkitStringOverrides } from '../../types';

/** German strings of Slider. */
export const slider: JournalkitStringOverrides['slider'] = {
  start: '{{label}}, Minimum',
  end: '{{label}}, Maximum',
};
