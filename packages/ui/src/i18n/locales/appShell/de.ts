import type { JournalkitStringOverrides } from '../../types';

/** German strings of AppShell. */
export const appShell: JournalkitStringOverrides['appShell'] = {
  skipToContent: 'Zum Hauptinhalt springen',
  primaryNavigation: 'Hauptnavigation',
  openMenu: 'Menü öffnen',
  menu: 'Menü',
  home: '{{name}} Startseite',
  signOut: 'Abmelden',
};
