import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Slider. */
export const slider: JournalkitStringOverrides['slider'] = {
  start: '{{label}}، الحد الأدنى',
  end: '{{label}}، الحد الأقصى',
};
