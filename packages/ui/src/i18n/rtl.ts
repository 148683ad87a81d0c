/** Languages written right to left (ISO 639-1/3 primary subtags). */
export const rtlLanguages: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'fa',
  'ur',
  'ps',
  'sd',
  'ug',
  'yi',
  'dv',
  'ckb',
]);

/** `ar`, `ar-EG`, `he-IL`, `fa`, `ur-PK` … → true. */
export function isRtlLocale(locale: string): boolean {
  return rtlLanguages.has(locale.split(/[-_]/)[0]!.toLowerCase());
}

/** A BCP 47 tag Intl accepts, or `en` for anything malformed. */
export function safeLocale(locale: string | undefined): string {
  if (!locale) return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
