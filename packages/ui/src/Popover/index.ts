export { Popover, popoverVariants } from './Popover';
export type { PopoverContentProps, PopoverRootProps } from './Popover';
