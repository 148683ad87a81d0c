export { Menu } from './Menu';
export type {
  MenuCheckboxItemProps,
  MenuContentProps,
  MenuItemProps,
  MenuRadioItemProps,
  MenuRootProps,
} from './Menu';
