import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Avatar } from '../Avatar/Avatar';
import { Drawer } from '../Drawer/Drawer';
import { Square } from '../IconButton/IconButton.styles';
import { appShell as appShellStrings } from '../i18n/locales/appShell/en';
import { useT } from '../i18n/useT';
import { Menu } from '../Menu/Menu';
import { MenuButtonSlot, NavList, UserButton, UserSummary } from './AppShell.styles';
import { ChevronDownIcon, MenuIcon } from './icons';

/** One primary destination. `current` marks the page the user is on (`aria-current="page"`). */
export interface AppShellNavItem {
  id: string;
  /** Already translated. */
  label: ReactNode;
  href: string;
  current?: boolean;
  icon?: ReactNode;
}

/** What `renderLink` receives: spread it on your router's link (it must render an `<a>`). */
export interface AppShellLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  children: ReactNode;
  'data-part': string;
}

export type AppShellRenderLink = (props: AppShellLinkProps) => ReactNode;

export const defaultRenderLink: AppShellRenderLink = (props) => <a {...props} />;

export interface AppShellUser {
  name: string;
  email?: string | null;
  avatarUrl?: string;
}

/** An extra entry of the user menu (profile, settings…). */
export interface AppShellMenuAction {
  id: string;
  /** Already translated. */
  label: ReactNode;
  onSelect: () => void;
}

export function NavLinks({
  items,
  renderLink,
  orientation,
  onNavigate,
}: {
  items: readonly AppShellNavItem[];
  renderLink: AppShellRenderLink;
  orientation: 'horizontal' | 'vertical';
  onNavigate?: () => void;
}) {
  return (
    <NavList data-part="nav-list" data-orientation={orientation}>
      {items.map((item) => (
        <li key={item.id} data-part="nav-item">
          {renderLink({
            href: item.href,
            'data-part': 'nav-link',
            ...(item.current && { 'aria-current': 'page' as const }),
            ...(onNavigate && { onClick: onNavigate }),
            children: (
              <>
                {item.icon}
                {item.label}
              </>
            ),
          })}
        </li>
      ))}
    </NavList>
  );
}

/** Narrow screens: a menu button opening the navigation in a modal Drawer from the start edge. */
export function NavDrawer({
  open,
  onOpenChange,
  navigationLabel,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  navigationLabel: string;
  children: ReactNode;
}) {
  const t = useT(appShellStrings);
  return (
    <Drawer.Root open={open} onOpenChange={onOpenChange}>
      <MenuButtonSlot data-part="menu-button-slot">
        <Drawer.Trigger asChild>
          <Square
            aria-label={t('appShell.openMenu')}
            variant="ghost"
            tone="neutral"
            data-component="IconButton"
            data-part="menu-button"
          >
            <MenuIcon />
          </Square>
        </Drawer.Trigger>
      </MenuButtonSlot>
      <Drawer.Content side="start" size="sm" aria-describedby={undefined} data-part="nav-drawer">
        <Drawer.Header>
          <Drawer.Title>{t('appShell.menu')}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body>
          <nav aria-label={navigationLabel} data-part="drawer-nav">
            {children}
          </nav>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

/** Avatar + name; opens a Menu with the user's name and email, extra actions and Sign out. */
export function UserMenu({
  user,
  actions = [],
  onSignOut,
}: {
  user: AppShellUser;
  actions?: readonly AppShellMenuAction[] | undefined;
  onSignOut?: (() => void) | undefined;
}) {
  const t = useT(appShellStrings);
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger asChild>
        <UserButton type="button" data-part="user-button">
          <Avatar name={user.name} {...(user.avatarUrl && { src: user.avatarUrl })} size="sm" decorative />
          <span data-part="user-name">{user.name}</span>
          <ChevronDownIcon data-part="chevron" />
        </UserButton>
      </Menu.Trigger>
      <Menu.Content align="end" sideOffset={6} data-part="user-menu">
        <UserSummary data-part="user-summary">
          <strong>{user.name}</strong>
          {user.email && <span data-part="user-email">{user.email}</span>}
        </UserSummary>
        {(actions.length > 0 || onSignOut) && <Menu.Separator />}
        {actions.map((action) => (
          <Menu.Item key={action.id} onSelect={action.onSelect} data-action={action.id}>
            {action.label}
          </Menu.Item>
        ))}
        {onSignOut && (
          <Menu.Item onSelect={onSignOut} data-action="sign-out">
            {t('appShell.signOut')}
          </Menu.Item>
        )}
      </Menu.Content>
    </Menu.Root>
  );
}
