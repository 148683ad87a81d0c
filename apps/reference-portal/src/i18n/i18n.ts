import { createInstance } from 'i18next';
import type { i18n as I18n } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogBackend, FALLBACK_LANGUAGES, KIT_NAMESPACE, PORTAL_LANGUAGES } from './backend';
import type { NamespacedKey, PortalKey, PortalNamespace } from './types';

/**
 * One i18next instance per tenant scope, in the tenant's locale, passed to JournalkitThemeProvider
 * as `i18n`. Nothing is bundled: the shell's strings (`common`) and the kit's load first, a
 * section's namespace when one of its pages renders (`usePortalT`, which suspends until then), all
 * through `catalogBackend` — only in the page's language. A region (`de-AT`) reads its language's
 * catalogs (`de`); a language without catalogs reads English.
 */
export function createPortalI18n(locale: string): I18n {
  const instance = createInstance().use(catalogBackend);
  void instance.init({
    lng: locale,
    supportedLngs: [...PORTAL_LANGUAGES],
    load: 'languageOnly',
    fallbackLng: FALLBACK_LANGUAGES,
    ns: ['common' satisfies PortalNamespace, KIT_NAMESPACE],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // Sets the language now (the catalogs still load asynchronously): a namespace asked for before
    // then would otherwise load in the fallback language.
    initAsync: false,
  });
  return instance;
}

/**
 * The tenant scope's i18next instance, switched to `locale` when it changes (`?lang=`, or the
 * tenant's default once its branding has loaded). `locale` is what the strings are in: it follows
 * only once the new language's catalogs have loaded, so direction, formats and text change together.
 */
export function usePortalI18n(wanted: string): { i18n: I18n; locale: string } {
  const [i18n] = useState(() => createPortalI18n(wanted));
  const [locale, setLocale] = useState(wanted);
  const requested = useRef(wanted);
  useEffect(() => {
    if (requested.current === wanted) return;
    requested.current = wanted;
    void i18n.changeLanguage(wanted).then(() => {
      if (requested.current === wanted) setLocale(wanted);
    });
  }, [i18n, wanted]);
  return { i18n, locale };
}

/** A key of `N`, that key named with its namespace, or a `common:` key (always loaded). */
export type PortalTranslate<N extends PortalNamespace> = (
  key: PortalKey<N> | NamespacedKey<N | 'common'>,
  options?: Record<string, string | number>,
) => string;

/** `t` for one namespace of the portal's strings, typed by its English keys. Suspends until loaded. */
export function usePortalT<N extends PortalNamespace>(namespace: N): PortalTranslate<N> {
  const { t } = useTranslation(namespace);
  return t as unknown as PortalTranslate<N>;
}
