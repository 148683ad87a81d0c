import { ar as uiAr, createJournalkitI18n, de as uiDe } from '@journalkit/ui';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import type { PortalKey } from './types';

export const PORTAL_NAMESPACE = 'portal';

/** Locales the portal ships strings for (UI kit and portal); others fall back to English. */
export const bundledLocales = ['en', 'de', 'ar'] as const;

/**
 * One i18next instance per tenant scope: the kit's `journalkit` namespace plus the portal's own
 * `portal` namespace, in the tenant's locale. Passed to JournalkitThemeProvider as `i18n`.
 */
export function createPortalI18n(locale: string): I18n {
  const instance = createJournalkitI18n({ locale, resources: { de: uiDe, ar: uiAr } });
  for (const [lng, bundle] of Object.entries({ en, de, ar }))
    instance.addResourceBundle(lng, PORTAL_NAMESPACE, bundle, true, true);
  return instance;
}

export type PortalTranslate = (key: PortalKey, options?: Record<string, string | number>) => string;

/** `t` for the portal's strings, keys typed from the English ones. */
export function usePortalT(): PortalTranslate {
  const { t } = useTranslation(PORTAL_NAMESPACE);
  return t as unknown as PortalTranslate;
}
