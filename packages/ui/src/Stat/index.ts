export { Stat } from './Stat';
export type { StatFormat, StatProps } from './Stat';
