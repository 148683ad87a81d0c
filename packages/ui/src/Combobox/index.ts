export { Combobox, comboboxVariants } from './Combobox';
export type { ComboboxProps } from './Combobox';
export type { ComboboxInputReason, ComboboxItem } from './useCombobox';
