import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NAMESPACE } from './createI18n';
import type { JournalkitKey, JournalkitStringOverrides } from './types';

export type TranslateOptions = Record<string, string | number | undefined> & { count?: number };
export type Translate = (key: JournalkitKey, options?: TranslateOptions) => string;

const registered = new WeakMap<I18n, WeakSet<object>>();

/**
 * Add a component's English strings to an i18next instance once, without overwriting anything it
 * already has (tenant overrides and a host app's own `journalkit` strings win).
 */
export function registerEnglish(instance: I18n, strings: JournalkitStringOverrides): void {
  let seen = registered.get(instance);
  if (!seen) registered.set(instance, (seen = new WeakSet()));
  if (seen.has(strings)) return;
  seen.add(strings);
  instance.addResourceBundle('en', NAMESPACE, strings, true, false);
}

/**
 * The provider's translate function for the `journalkit` namespace, typed by the English keys.
 * Components outside the provider's core pass their English group (`useT(select)` from
 * `locales/select/en`) so it is only bundled, and registered, where it is used.
 */
export function useT(english?: JournalkitStringOverrides): Translate {
  const { t, i18n } = useTranslation(NAMESPACE);
  if (english) registerEnglish(i18n, english);
  return t as unknown as Translate;
}
