import { defaultPreset, resolveThemes, toThemeCss, vars } from '@journalkit/theme';
import type { ColorModePreference, TenantThemeDoc } from '@journalkit/theme';
import type { i18n as I18n } from 'i18next';
import { Direction as RadixDirection } from 'radix-ui';
import { forwardRef, useMemo } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ThemeProvider as StyledThemeProvider } from 'styled-components';
import { addJournalkitStrings, createJournalkitI18n } from '../i18n/createI18n';
import { isRtlLocale, safeLocale } from '../i18n/rtl';
import type { JournalkitLocaleStrings } from '../i18n/types';
import { JournalkitContext } from './context';
import type { Direction, JournalkitContextValue } from './context';
import { ScopeRoot } from './ScopeRoot.styles';
import { themeKey } from './themeKey';

export interface JournalkitThemeProviderProps extends ComponentPropsWithoutRef<'div'> {
  /** A tenant theme document (a preset from `@journalkit/theme` or the tenant's stored JSON). */
  theme?: TenantThemeDoc;
  /** Overrides the tenant's preferred mode. `auto` follows the OS (`prefers-color-scheme`). */
  colorMode?: ColorModePreference;
  /** Text direction; defaults from the locale (ar, he, fa, ur … are right to left). */
  dir?: Direction;
  /** BCP 47 locale for strings and Intl formatting. Default `en`. */
  locale?: string;
  /** Extra locales' strings, e.g. `{ de, ar }` from `@journalkit/ui`, or your own. */
  resources?: JournalkitLocaleStrings;
  /** Per-tenant string overrides by locale, applied over everything else. */
  strings?: JournalkitLocaleStrings;
  /** Use the host app's i18next instance instead of a private one (Journalkit adds its namespace). */
  i18n?: I18n;
  /** Paint the tenant canvas colour behind the content. Default true. */
  hasBackground?: boolean;
}

/**
 * Root of every Journalkit UI. Scopes a tenant's CSS variables to its own element (so two tenants
 * can share a page, and providers nest), and provides direction, locale, strings and the
 * styled-components theme. Changing tenant or mode swaps a stylesheet and attributes; the
 * component tree below stays the same, and the HTML is identical on server and client.
 */
export const JournalkitThemeProvider = forwardRef<HTMLDivElement, JournalkitThemeProviderProps>(
  function JournalkitThemeProvider(
    {
      theme = defaultPreset,
      colorMode,
      dir,
      locale: localeProp,
      resources,
      strings,
      i18n,
      hasBackground = true,
      className,
      children,
      ...rest
    },
    ref,
  ) {
    const locale = safeLocale(localeProp);
    // Keyed by content, not identity: inline documents and string objects do not redo the work.
    const key = themeKey(theme);
    const stringsKey = JSON.stringify([resources, strings]);
    /* eslint-disable react-hooks/exhaustive-deps -- memoised on content keys on purpose */
    const themes = useMemo(() => resolveThemes(theme), [key]);
    const css = useMemo(() => toThemeCss(themes, { selector: `[data-jk-key="${key}"]` }), [themes, key]);
    const i18nInstance = useMemo(
      () =>
        i18n
          ? addJournalkitStrings(i18n, { ...(resources && { resources }), ...(strings && { strings }) })
          : createJournalkitI18n({ locale, ...(resources && { resources }), ...(strings && { strings }) }),
      [i18n, locale, stringsKey],
    );
    /* eslint-enable react-hooks/exhaustive-deps */
    const direction: Direction = dir ?? (isRtlLocale(locale) ? 'rtl' : 'ltr');
    const mode = colorMode ?? theme.colorMode ?? 'auto';
    const ctx = useMemo<JournalkitContextValue>(
      () => ({ tenantId: theme.id, themeKey: key, colorMode: mode, dir: direction, locale, themes }),
      [theme.id, key, mode, direction, locale, themes],
    );

    return (
      <JournalkitContext.Provider value={ctx}>
        <I18nextProvider i18n={i18nInstance} defaultNS="journalkit">
          <StyledThemeProvider theme={vars}>
            <RadixDirection.Provider dir={direction}>
              <ScopeRoot
                ref={ref}
                {...rest}
                className={className}
                data-component="JournalkitThemeProvider"
                data-jk-theme={theme.id}
                data-jk-key={key}
                data-color-mode={mode}
                data-has-background={hasBackground}
                dir={direction}
                lang={locale}
              >
                <style data-part="theme-css">{css}</style>
                {children}
              </ScopeRoot>
            </RadixDirection.Provider>
          </StyledThemeProvider>
        </I18nextProvider>
      </JournalkitContext.Provider>
    );
  },
);
