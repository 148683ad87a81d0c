import { derivePalette } from './palette';
import type { ContrastAdjustment } from './palette';
import type { ColorMode, ColorModePreference, TenantThemeDoc } from './schema/types';
import {
  controlScale,
  defaultFonts,
  durationScale,
  easingScale,
  fontSizeScale,
  fontWeightScale,
  lineHeightScale,
  radiusScale,
  shadowScale,
  spaceScale,
  zScale,
} from './tokens/base';
import type { Density, RadiusChoice } from './tokens/base';
import { componentTokens } from './tokens/component';
import type { ContrastLevel } from './tokens/semantic';
import type { ThemeTokens } from './tokens/tree';

/** A tenant theme resolved for one colour mode. */
export interface Theme {
  id: string;
  name: string;
  mode: ColorMode;
  /** The mode the tenant prefers (`auto` follows the OS). */
  colorMode: ColorModePreference;
  contrast: ContrastLevel;
  density: Density;
  radius: RadiusChoice;
  tokens: ThemeTokens;
  /** Partner colours moved to meet contrast in this mode (empty when none were). */
  adjustments: ContrastAdjustment[];
  logo?: { url: string; width?: number; height?: number };
  favicon?: string;
}

export interface CreateThemeOptions {
  mode: ColorMode;
}

const px = (n: number) => `${n}px`;
const mapValues = <K extends string | number, V>(o: Record<K, V>, fn: (v: V) => string) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fn(v as V)])) as Record<K, string>;

const cache = new WeakMap<TenantThemeDoc, Partial<Record<ColorMode, Theme>>>();

/**
 * Resolve a tenant document into every token for one colour mode, without validating it (for
 * documents already validated where they were stored, and for the UI provider, which keeps its
 * bundle small this way). Malformed colours still throw, and unsafe CSS values are refused by
 * `toCssText`/`toThemeCss`. Pure and deterministic; cached per document object.
 */
export function resolveTheme(doc: TenantThemeDoc, { mode }: CreateThemeOptions): Theme {
  const cached = cache.get(doc)?.[mode];
  if (cached) return cached;
  const density = doc.density ?? 'comfortable';
  const radius = doc.radius ?? 'medium';
  const contrast = doc.contrast ?? 'standard';
  const { colors, adjustments } = derivePalette(doc, mode);
  const radii = radiusScale[radius];
  const control = controlScale[density];
  const more = contrast === 'more';
  const tokens: ThemeTokens = {
    color: colors,
    space: mapValues({ ...spaceScale[density] } as unknown as ThemeTokens['space'], (v) => px(Number(v))),
    font: {
      family: {
        body: doc.fonts?.body ?? defaultFonts.body,
        heading: doc.fonts?.heading ?? doc.fonts?.body ?? defaultFonts.heading,
        mono: doc.fonts?.mono ?? defaultFonts.mono,
      },
      size: { ...fontSizeScale },
      weight: { ...fontWeightScale },
      lineHeight: { ...lineHeightScale },
    },
    radius: {
      sm: px(radii.sm),
      md: px(radii.md),
      lg: px(radii.lg),
      xl: px(radii.xl),
      control: px(radii.control),
      full: '9999px',
    },
    shadow: mapValues(shadowScale, (v) => v.replaceAll('%c', colors.shadow)),
    duration: { ...durationScale },
    easing: { ...easingScale },
    z: { ...zScale },
    control: { height: mapValues(control.height, px), paddingInline: mapValues(control.paddingInline, px) },
    borderWidth: { default: '1px', strong: more ? '2px' : '1px' },
    outline: { width: more ? '3px' : '2px', offset: '2px' },
    component: componentTokens,
  };
  const theme: Theme = {
    id: doc.id,
    name: doc.name,
    mode,
    colorMode: doc.colorMode ?? 'auto',
    contrast,
    density,
    radius,
    tokens,
    adjustments,
    ...(doc.logo && {
      logo: {
        url: mode === 'dark' ? (doc.logo.darkUrl ?? doc.logo.url) : doc.logo.url,
        ...(doc.logo.width !== undefined && { width: doc.logo.width }),
        ...(doc.logo.height !== undefined && { height: doc.logo.height }),
      },
    }),
    ...(doc.favicon && { favicon: doc.favicon }),
  };
  cache.set(doc, { ...cache.get(doc), [mode]: theme });
  return theme;
}

/** Both modes at once, unvalidated (see `resolveTheme`). */
export function resolveThemes(doc: TenantThemeDoc): Record<ColorMode, Theme> {
  return { light: resolveTheme(doc, { mode: 'light' }), dark: resolveTheme(doc, { mode: 'dark' }) };
}
