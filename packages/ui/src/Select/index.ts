export { Select, selectVariants } from './Select';
export type { SelectGroup, SelectOption, SelectProps } from './Select';
