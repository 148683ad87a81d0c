export { AppShell } from './AppShell';
export type { AppShellProps } from './AppShell';
export type {
  AppShellLinkProps,
  AppShellMenuAction,
  AppShellNavItem,
  AppShellRenderLink,
  AppShellUser,
} from './parts';
