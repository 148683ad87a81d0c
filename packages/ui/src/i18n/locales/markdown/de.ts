import type { JournalkitStringOverrides } from '../../types';

/** German strings of Markdown. */
export const markdown: JournalkitStringOverrides['markdown'] = {
  image: 'Bild',
};
