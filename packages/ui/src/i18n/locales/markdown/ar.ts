import type { JournalkitStringOverrides } from '../../types';

/** Arabic strings of Markdown. */
export const markdown: JournalkitStringOverrides['markdown'] = {
  image: 'صورة',
};
