export { Drawer, drawerVariants } from './Drawer';
export type { DrawerContentProps, DrawerRootProps } from './Drawer';
