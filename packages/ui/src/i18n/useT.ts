import { useTranslation } from 'react-i18next';
import { NAMESPACE } from './createI18n';
import type { JournalkitKey } from './types';

export type TranslateOptions = Record<string, string | number | undefined> & { count?: number };
export type Translate = (key: JournalkitKey, options?: TranslateOptions) => string;

/** The provider's translate function for the `journalkit` namespace, typed by the English keys. */
export function useT(): Translate {
  const { t } = useTranslation(NAMESPACE);
  return t as unknown as Translate;
}
