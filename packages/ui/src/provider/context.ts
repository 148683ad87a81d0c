import { createContext, useContext } from 'react';
import type { ColorModePreference, Theme } from '@journalkit/theme';

export type Direction = 'ltr' | 'rtl';

export interface JournalkitContextValue {
  /** Tenant id (`data-jk-theme`). */
  tenantId: string;
  /** Content key of the tenant theme (`data-jk-key`); the CSS variables are scoped to it. */
  themeKey: string;
  colorMode: ColorModePreference;
  dir: Direction;
  locale: string;
  /** The tenant resolved for both modes (logo, adjustments, raw token values). */
  themes: { light: Theme; dark: Theme };
}

export const JournalkitContext = createContext<JournalkitContextValue | null>(null);

/** The nearest JournalkitThemeProvider's tenant, mode, direction and locale. */
export function useJournalkit(): JournalkitContextValue {
  const value = useContext(JournalkitContext);
  if (!value) throw new Error('Journalkit components must be rendered inside <JournalkitThemeProvider>.');
  return value;
}

/** Attributes that scope the theme's CSS variables; portals copy them onto their container. */
export function scopeAttributes(ctx: JournalkitContextValue) {
  return {
    'data-jk-theme': ctx.tenantId,
    'data-jk-key': ctx.themeKey,
    'data-color-mode': ctx.colorMode,
    dir: ctx.dir,
    lang: ctx.locale,
  } as const;
}
