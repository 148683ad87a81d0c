export { Tabs, tabsVariants } from './Tabs';
export type { TabsListProps, TabsRootProps, TabsTriggerProps } from './Tabs';
