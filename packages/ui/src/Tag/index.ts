export { Tag, tagVariants } from './Tag';
export type { TagProps } from './Tag';
