import type { ThemeVars } from '@journalkit/theme';

// The styled-components theme Journalkit provides is the token tree with every value a
// `var(--jk-…)` reference. Kept in a .ts module (not a lone .d.ts) so consumers keep it.
declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefaultTheme extends ThemeVars {}
}

/** The shape of `useTheme()` / `${({ theme }) => …}` under a JournalkitThemeProvider. */
export type JournalkitStyledTheme = ThemeVars;
