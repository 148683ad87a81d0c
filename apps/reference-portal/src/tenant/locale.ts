/** Reads and remembers the user's language choice for one tenant. */
const key = (slug: string) => `journalkit.locale.${slug}`;

function stored(slug: string): string | null {
  try {
    return window.localStorage.getItem(key(slug));
  } catch {
    return null;
  }
}

export function rememberLocale(slug: string, locale: string): void {
  try {
    window.localStorage.setItem(key(slug), locale);
  } catch {
    // storage disabled: the choice lasts for this page
  }
}

/**
 * `?lang=` (when the tenant supports it) → the remembered choice → the tenant's default locale.
 * Tenants list their locales in settings (`supportedLocales`); the default is always allowed.
 */
export function pickLocale(
  { search, slug }: { search: string; slug: string },
  { defaultLocale, supportedLocales }: { defaultLocale: string; supportedLocales: readonly string[] },
  remembered: string | null = stored(slug),
): string {
  const allowed = new Set([defaultLocale, ...supportedLocales]);
  const asked = new URLSearchParams(search).get('lang');
  if (asked && allowed.has(asked)) return asked;
  if (remembered && allowed.has(remembered)) return remembered;
  return defaultLocale;
}

/**
 * The locale to show before the tenant's branding has loaded (its splash, or "we could not find
 * this portal"): `?lang=`, the remembered choice, the browser's language — so that, most often,
 * the catalogs fetched first are those of the page to come.
 */
export function guessLocale({ search, slug }: { search: string; slug: string }): string {
  const asked = new URLSearchParams(search).get('lang');
  return asked || stored(slug) || (typeof navigator === 'undefined' ? '' : navigator.language) || 'en';
}
