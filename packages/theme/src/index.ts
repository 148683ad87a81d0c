// Public surface of @journalkit/theme. Everything not listed here is internal.

// Tenant documents
export { validateTenantTheme, InvalidTenantThemeError } from './schema/validate';
export { tenantThemeSchema } from './schema/definition';
export type {
  ColorMode,
  ColorModePreference,
  HexColor,
  TenantThemeDoc,
  TenantThemeError,
  TenantThemeValidation,
} from './schema/types';

// Resolving and emitting
export { createTheme, createThemes } from './createTheme';
export { resolveTheme, resolveThemes } from './resolveTheme';
export type { Theme, CreateThemeOptions } from './resolveTheme';
export { derivePalette } from './palette';
export type { Palette, ContrastAdjustment } from './palette';
export { toCssVars, toCssText, toThemeCss } from './css';
export type { ThemeCssOptions } from './css';
export { vars, cssVarName } from './tokens/tree';
export type { ThemeTokens, ThemeVars } from './tokens/tree';

// Token tiers
export { controlSizes, densities, fontSizes, radiusChoices, spaceSteps, statusSeeds } from './tokens/base';
export type {
  ControlSize,
  Density,
  Duration,
  Easing,
  FontSize,
  FontWeight,
  LineHeight,
  RadiusChoice,
  RadiusStep,
  ShadowStep,
  SpaceStep,
  ZLayer,
} from './tokens/base';
export {
  colorFamilies,
  contrastLevels,
  contrastMinimums,
  contrastPairs,
  semanticColorNames,
  surfaceNames,
} from './tokens/semantic';
export type {
  ColorFamily,
  ContrastKind,
  ContrastLevel,
  ContrastPair,
  SemanticColorName,
  SemanticColors,
} from './tokens/semantic';
export { componentTokens } from './tokens/component';
export type { ComponentTokens } from './tokens/component';

// Colour utilities
export { contrastRatio, relativeLuminance, fitLightness } from './color/contrast';
export type { LightnessFit } from './color/contrast';
export { hexToOklch, oklchToHex, isHexColor, deltaEOk } from './color/oklch';
export type { Oklch } from './color/oklch';

// Presets
export {
  presets,
  presetNames,
  defaultPreset,
  darkBrokeragePreset,
  lightEducationPreset,
  highContrastPreset,
} from './presets';
export type { PresetName } from './presets';
