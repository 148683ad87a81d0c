import { createInstance } from 'i18next';
import type { i18n as I18n, Resource } from 'i18next';
import { en } from './locales/en';
import type { JournalkitLocaleStrings } from './types';

export const NAMESPACE = 'journalkit';

type Tree = { [key: string]: string | Tree };

function deepMerge(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const prev = out[k];
    out[k] = typeof v === 'object' && typeof prev === 'object' ? deepMerge(prev, v) : v;
  }
  return out;
}

export interface CreateI18nOptions {
  locale: string;
  /** Extra locales (or fuller copies of built-in ones). */
  resources?: JournalkitLocaleStrings;
  /** Per-tenant overrides by locale, applied last (e.g. `{ en: { button: { loading: 'Hang on' } } }`). */
  strings?: JournalkitLocaleStrings;
}

function bundles({ resources = {}, strings = {} }: CreateI18nOptions): Record<string, Tree> {
  const out: Record<string, Tree> = { en: en as Tree };
  for (const source of [resources, strings])
    for (const [lng, tree] of Object.entries(source)) out[lng] = deepMerge(out[lng] ?? {}, tree as Tree);
  return out;
}

/**
 * A fresh i18next instance for one provider (never a module singleton: two tenants on one page
 * keep their own strings). Synchronous: every string is bundled, nothing is fetched.
 */
export function createJournalkitI18n(options: CreateI18nOptions): I18n {
  const resources: Resource = {};
  for (const [lng, tree] of Object.entries(bundles(options))) resources[lng] = { [NAMESPACE]: tree };
  const instance = createInstance();
  void instance.init({
    lng: options.locale,
    fallbackLng: 'en',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/**
 * Add Journalkit's strings to an app's own i18next instance (its existing `journalkit` bundles win,
 * then `strings` overrides). Use when the host app already runs i18next.
 */
export function addJournalkitStrings(instance: I18n, options: Omit<CreateI18nOptions, 'locale'> = {}): I18n {
  for (const [lng, tree] of Object.entries(bundles({ locale: 'en', resources: options.resources ?? {} })))
    instance.addResourceBundle(lng, NAMESPACE, tree, true, false);
  for (const [lng, tree] of Object.entries(options.strings ?? {}))
    instance.addResourceBundle(lng, NAMESPACE, tree, true, true);
  return instance;
}
