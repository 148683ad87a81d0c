import type { ColorMode, TenantThemeDoc } from './schema/types';
import { resolveThemes } from './resolveTheme';
import type { Theme } from './resolveTheme';
import { cssVarName, flattenLeaves } from './tokens/tree';

/** Every `--jk-*` custom property of a theme (one colour mode), in a stable order. */
export function toCssVars(theme: Theme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, value] of flattenLeaves(theme.tokens)) out[cssVarName(path)] = value;
  return out;
}

const SAFE_VALUE = /^[^;{}<>\\]*$/;

function declarations(entries: Iterable<[string, string]>): string {
  let css = '';
  for (const [name, value] of entries) {
    // Values come from validated documents and our own scales; refuse anything that could end a
    // declaration or a <style> element, so a bad value can never inject CSS or HTML.
    if (!SAFE_VALUE.test(value)) throw new Error(`Unsafe CSS value for ${name}: ${JSON.stringify(value)}`);
    css += `${name}:${value};`;
  }
  return css;
}

/** `selector{--jk-…:…;…}` for one theme. */
export function toCssText(theme: Theme, selector: string): string {
  return `${selector}{${declarations(Object.entries(toCssVars(theme)))}color-scheme:${theme.mode};}`;
}

export interface ThemeCssOptions {
  /** The element(s) carrying the variables, e.g. `[data-jk-key="acme"]` or `:root`. */
  selector: string;
  /**
   * Attribute that holds the colour mode on that element (`light` | `dark` | `auto`).
   * Default `data-color-mode`.
   */
  modeAttribute?: string;
}

/**
 * The complete stylesheet for a tenant: shared tokens and light colours on `selector`, dark colours
 * when `[data-color-mode="dark"]`, and again under `prefers-color-scheme: dark` for `"auto"`.
 * Switching mode is an attribute change; the CSS text is identical on server and client.
 */
export function toThemeCss(
  input: TenantThemeDoc | Record<ColorMode, Theme>,
  options: ThemeCssOptions,
): string {
  const themes = 'brand' in input ? resolveThemes(input) : input;
  const { selector } = options;
  const attr = options.modeAttribute ?? 'data-color-mode';
  const light = toCssVars(themes.light);
  const dark = toCssVars(themes.dark);
  const darkOnly = Object.entries(dark).filter(([k, v]) => light[k] !== v);
  const darkRule = `${declarations(darkOnly)}color-scheme:dark;`;
  const motion = Object.keys(light)
    .filter((k) => k.startsWith('--jk-duration-'))
    .map((k) => `${k}:0ms;`)
    .join('');
  return (
    `${selector}{${declarations(Object.entries(light))}color-scheme:light;}` +
    `${selector}[${attr}="dark"]{${darkRule}}` +
    `@media (prefers-color-scheme: dark){${selector}[${attr}="auto"]{${darkRule}}}` +
    `@media (prefers-reduced-motion: reduce){${selector}{${motion}}}`
  );
}
