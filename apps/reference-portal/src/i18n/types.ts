import type { PortalStrings } from './en';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** Any subset of the portal's strings (a partner's overrides). */
export type PortalStringOverrides = DeepPartial<PortalStrings>;

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A translation of the portal: every English key (the compiler lists a missing one), plus the
 * plural forms the language has and English does not (`_zero`, `_two`, `_few`, `_many` in Arabic).
 */
export type PortalLocaleStrings<T = PortalStrings> = {
  [K in keyof T]: T[K] extends object ? PortalLocaleStrings<T[K]> : string;
} & { [plural: `${string}_${PluralForm}`]: string };

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends object ? Paths<T[K], `${P}${K}.`> : `${P}${K}`;
}[keyof T & string];

type StripPlural<K extends string> = K extends `${infer B}_${PluralForm}` ? B : K;

/** Every key of the portal's strings (`signIn.title`; plural forms collapsed: `journal.tradesLoadedAll`). */
export type PortalKey = StripPlural<Paths<PortalStrings>>;
