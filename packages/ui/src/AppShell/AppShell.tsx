import { forwardRef, useState } from 'react';
import type { ComponentPropsWithoutRef, MouseEvent, ReactNode } from 'react';
import { appShell as appShellStrings } from '../i18n/locales/appShell/en';
import { useT } from '../i18n/useT';
import { useJkId } from '../internal/ids';
import { useJournalkit } from '../provider/context';
import { Actions, Brand, Header, Main, Nav, ShellRoot, SkipLink, Spacer } from './AppShell.styles';
import { defaultRenderLink, NavDrawer, NavLinks, UserMenu } from './parts';
import type { AppShellMenuAction, AppShellNavItem, AppShellRenderLink, AppShellUser } from './parts';

export interface AppShellProps extends ComponentPropsWithoutRef<'div'> {
  /** Primary destinations, in order. */
  navigation?: readonly AppShellNavItem[];
  /**
   * Renders every link (brand and navigation) with your router, e.g.
   * `renderLink={(props) => <RouterLink to={props.href} {...props} />}`. Default: a plain `<a>`.
   */
  renderLink?: AppShellRenderLink;
  /** Where the brand links to. Default `/`. */
  homeHref?: string;
  /** The brand's name (the logo's text alternative). Default: the tenant theme's `name`. */
  brandName?: string;
  /** Logo URL. Default: the tenant theme's logo for the current colour mode; none shows the name. */
  logoUrl?: string;
  /** Replaces the brand (logo or name) entirely. */
  brand?: ReactNode;
  /** The signed-in user; omit to hide the user menu. */
  user?: AppShellUser;
  /** Adds "Sign out" to the user menu. */
  onSignOut?: () => void;
  /** Extra user-menu entries, above Sign out. */
  userMenuActions?: readonly AppShellMenuAction[];
  /** Header content at the end, before the user menu (a search button, notifications). */
  actions?: ReactNode;
  /** Name of the navigation landmark. Default "Primary". */
  navigationLabel?: string;
  /** Id of the `<main>` the skip link targets. */
  mainId?: string;
  /** The page. */
  children?: ReactNode;
}

function TenantLogo({ logoUrl, name }: { logoUrl: string | undefined; name: string }) {
  const { themes, colorMode } = useJournalkit();
  if (logoUrl) return <img src={logoUrl} alt={name} data-part="logo" />;
  const light = themes.light.logo;
  const dark = themes.dark.logo;
  if (!light) return <span data-part="brand-name">{name}</span>;
  const dims = { width: light.width, height: light.height };
  if (colorMode === 'dark') return <img src={dark?.url ?? light.url} alt={name} data-part="logo" {...dims} />;
  if (colorMode === 'auto' && dark && dark.url !== light.url)
    return (
      <picture data-part="logo">
        <source srcSet={dark.url} media="(prefers-color-scheme: dark)" />
        <img src={light.url} alt={name} {...dims} />
      </picture>
    );
  return <img src={light.url} alt={name} data-part="logo" {...dims} />;
}

/**
 * The application frame: a skip link, a header (banner) with the tenant's logo or name, the
 * primary navigation, header actions and the user menu, and the `<main>` landmark for the page.
 * Works with any router through `renderLink`. On narrow containers the navigation collapses into a
 * menu button that opens it in a panel from the start edge (right in RTL); all layout uses logical
 * properties, so right-to-left locales mirror it.
 *
 *   <AppShell navigation={[{ id: 'journal', label: t('nav.journal'), href: '/journal', current: true }]}
 *             user={{ name: 'Ana Lima', email: 'ana@example.com' }} onSignOut={signOut}
 *             renderLink={(p) => <RouterLink {...p} />}>
 *     <h1>Journal</h1>
 *   </AppShell>
 */
export const AppShell = forwardRef<HTMLDivElement, AppShellProps>(function AppShell(
  {
    navigation = [],
    renderLink = defaultRenderLink,
    homeHref = '/',
    brandName,
    logoUrl,
    brand,
    user,
    onSignOut,
    userMenuActions,
    actions,
    navigationLabel,
    mainId: mainIdProp,
    children,
    ...rest
  },
  ref,
) {
  const t = useT(appShellStrings);
  const { themes } = useJournalkit();
  const mainId = useJkId(mainIdProp);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const name = brandName ?? themes.light.name;
  const navLabel = navigationLabel ?? t('appShell.primaryNavigation');

  // Moves focus to <main> without touching the URL (hash links fight client-side routers).
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(mainId);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView?.({ block: 'start' });
  };

  return (
    <ShellRoot ref={ref} {...rest} data-component="AppShell">
      <SkipLink href={`#${mainId}`} onClick={skip} data-part="skip-link">
        {t('appShell.skipToContent')}
      </SkipLink>
      <Header data-part="header">
        {navigation.length > 0 && (
          <NavDrawer open={drawerOpen} onOpenChange={setDrawerOpen} navigationLabel={navLabel}>
            <NavLinks
              items={navigation}
              renderLink={renderLink}
              orientation="vertical"
              onNavigate={() => setDrawerOpen(false)}
            />
          </NavDrawer>
        )}
        <Brand data-part="brand">
          {brand ??
            renderLink({
              href: homeHref,
              'data-part': 'brand-link',
              'aria-label': t('appShell.home', { name }),
              children: <TenantLogo logoUrl={logoUrl} name={name} />,
            })}
        </Brand>
        {navigation.length > 0 && (
          <Nav aria-label={navLabel} data-part="nav">
            <NavLinks items={navigation} renderLink={renderLink} orientation="horizontal" />
          </Nav>
        )}
        <Spacer />
        {actions && <Actions data-part="actions">{actions}</Actions>}
        {user && <UserMenu user={user} actions={userMenuActions} onSignOut={onSignOut} />}
      </Header>
      <Main id={mainId} tabIndex={-1} data-part="main">
        {children}
      </Main>
    </ShellRoot>
  );
});
