import type admin from './catalogs/en/admin';
import type common from './catalogs/en/common';
import type community from './catalogs/en/community';
import type journal from './catalogs/en/journal';
import type learn from './catalogs/en/learn';
import type signIn from './catalogs/en/signIn';

/**
 * The portal's string catalogs, one namespace per section (plus `common`, the shell's), typed by
 * their English files in `catalogs/en/`. A section's pages load its namespace with them
 * (`usePortalT('journal')`); `common` loads with every page.
 */
export interface PortalCatalogs {
  common: typeof common;
  signIn: typeof signIn;
  journal: typeof journal;
  learn: typeof learn;
  community: typeof community;
  admin: typeof admin;
}

export type PortalNamespace = keyof PortalCatalogs;

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type LocaleStrings<T> = {
  [K in keyof T]: T[K] extends object ? LocaleStrings<T[K]> : string;
} & { [plural: `${string}_${PluralForm}`]: string };

/**
 * One namespace in another language: every English key (the compiler lists a missing one), plus the
 * plural forms the language has and English does not (`_zero`, `_two`, `_few`, `_many` in Arabic).
 */
export type LocaleCatalog<N extends PortalNamespace> = LocaleStrings<PortalCatalogs[N]>;

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends object ? Paths<T[K], `${P}${K}.`> : `${P}${K}`;
}[keyof T & string];

type StripPlural<K extends string> = K extends `${infer B}_${PluralForm}` ? B : K;

/** Every key of one namespace (`accounts.create` in `journal`; plural forms collapsed: `tradesLoadedAll`). */
export type PortalKey<N extends PortalNamespace> = StripPlural<Paths<PortalCatalogs[N]>>;

/** A key named with its namespace (`journal:nav.trades`), as route tables name page titles. */
export type NamespacedKey<N extends PortalNamespace> = { [M in N]: `${M}:${PortalKey<M>}` }[N];
