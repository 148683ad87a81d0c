export { AccountSwitcher } from './AccountSwitcher';
export type { AccountSummary, AccountSwitcherProps } from './AccountSwitcher';
