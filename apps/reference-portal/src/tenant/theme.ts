import { defaultPreset, validateTenantTheme } from '@journalkit/theme';
import type { TenantThemeDoc, TenantThemeError } from '@journalkit/theme';

/** A theme document for a tenant without one (or with one that does not validate). */
export function fallbackTheme(slug: string, name: string): TenantThemeDoc {
  const { $schema: _schema, logo: _logo, favicon: _favicon, ...rest } = defaultPreset;
  return { ...rest, id: slug, name };
}

export interface TenantTheme {
  theme: TenantThemeDoc;
  /** Why the stored document was not used (it is shown to admins on the branding page). */
  errors: TenantThemeError[];
}

/**
 * The tenant's stored theme, validated here: the document comes from the network (and the API
 * stores what admins send), so it is checked before its values reach CSS.
 */
export function tenantTheme(stored: unknown, slug: string, name: string): TenantTheme {
  if (stored === null || stored === undefined) return { theme: fallbackTheme(slug, name), errors: [] };
  const result = validateTenantTheme(stored);
  return result.ok
    ? { theme: result.theme, errors: [] }
    : { theme: fallbackTheme(slug, name), errors: result.errors };
}
