import type { PortalStrings } from './en';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export type PortalStringOverrides = DeepPartial<PortalStrings>;

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends object ? Paths<T[K], `${P}${K}.`> : `${P}${K}`;
}[keyof T & string];

/** Every key of the portal's strings (`signIn.title`). */
export type PortalKey = Paths<PortalStrings>;
