/** English strings of AppShell, registered by `useT(appShell)` on first render. */

export const appShellStrings = {
  skipToContent: 'Skip to main content',
  primaryNavigation: 'Primary',
  openMenu: 'Open menu',
  menu: 'Menu',
  home: '{{name}} home',
  signOut: 'Sign out',
};

export const appShell = { appShell: appShellStrings };
