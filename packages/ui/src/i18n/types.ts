import type { JournalkitStrings } from './locales/en';

export type { JournalkitStrings };

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Any subset of a tree; a plural key (`x_one`, `x_other`) may come in every CLDR form (`x_zero`, `x_two`, `x_few`, `x_many`). */
type DeepPartial<T> = {
  [K in keyof T as K extends `${infer B}_${PluralForm}` ? `${B}_${PluralForm}` : K]?: T[K] extends object
    ? DeepPartial<T[K]>
    : string;
};

/**
 * A locale's strings or a tenant's overrides: any subset of the English tree, with plural keys in
 * the forms the language needs (Arabic has six, German two).
 */
export type JournalkitStringOverrides = DeepPartial<JournalkitStrings>;

/** Strings by locale (`{ de: {...}, 'pt-BR': {...} }`). */
export type JournalkitLocaleStrings = Record<string, JournalkitStringOverrides>;

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends object ? Paths<T[K], `${P}${K}.`> : `${P}${K}`;
}[keyof T & string];

type StripPlural<K extends string> =
  K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;

/** Every translation key (plural forms collapsed: `field.characterCount`). */
export type JournalkitKey = StripPlural<Paths<JournalkitStrings>>;
