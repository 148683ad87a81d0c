import type { JournalkitStrings } from './locales/en';

export type { JournalkitStrings };

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** A locale's strings or a tenant's overrides: any subset of the English tree. */
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
