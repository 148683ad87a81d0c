import { resolveTheme } from './resolveTheme';
import type { CreateThemeOptions, Theme } from './resolveTheme';
import { InvalidTenantThemeError, validateTenantTheme } from './schema/validate';
import type { ColorMode, TenantThemeDoc } from './schema/types';

const checked = new WeakSet<object>();

function assertValid(doc: TenantThemeDoc): void {
  if (checked.has(doc)) return;
  const result = validateTenantTheme(doc);
  if (!result.ok) throw new InvalidTenantThemeError(result.errors);
  checked.add(doc);
}

/**
 * Validate a tenant document (throwing `InvalidTenantThemeError` with every error) and resolve
 * every token for one colour mode. Pure and deterministic, so server and client produce the same
 * CSS; results are cached per document object.
 */
export function createTheme(doc: TenantThemeDoc, options: CreateThemeOptions): Theme {
  assertValid(doc);
  return resolveTheme(doc, options);
}

/** Both modes at once; what `toThemeCss` needs for light/dark/auto switching. */
export function createThemes(doc: TenantThemeDoc): Record<ColorMode, Theme> {
  assertValid(doc);
  return { light: resolveTheme(doc, { mode: 'light' }), dark: resolveTheme(doc, { mode: 'dark' }) };
}
