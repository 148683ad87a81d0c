import type { Density, RadiusChoice } from '../tokens/base';
import type { ContrastLevel, SemanticColorName } from '../tokens/semantic';

export type ColorMode = 'light' | 'dark';
export type ColorModePreference = ColorMode | 'auto';
/** A hex colour, `#rgb` or `#rrggbb`. */
export type HexColor = string;

/**
 * A tenant theme document: the small JSON a partner edits and the API stores. Validated by
 * `validateTenantTheme` and by `schema/tenant-theme.schema.json` (the same rules).
 */
export interface TenantThemeDoc {
  /** Optional pointer to the JSON Schema, for editors. */
  $schema?: string;
  /** Document format version; only 1 exists. */
  version?: 1;
  /** Stable slug: lowercase letters, digits, hyphens. */
  id: string;
  /** Display name of the brand (also the logo's alt text). */
  name: string;
  brand: {
    /** The one colour everything else can be derived from. */
    primary: HexColor;
    /** Optional second brand colour; defaults to `primary`. */
    secondary?: HexColor;
  };
  /** Which mode users get unless they choose; `auto` follows the OS. Default `auto`. */
  colorMode?: ColorModePreference;
  /** `more` raises text to 7:1 and UI boundaries to 4.5:1. Default `standard`. */
  contrast?: ContrastLevel;
  /** Semantic colour overrides per mode. Adjusted (hue kept) where they would fail contrast. */
  colors?: {
    light?: Partial<Record<SemanticColorName, HexColor>>;
    dark?: Partial<Record<SemanticColorName, HexColor>>;
  };
  /** CSS font-family stacks. Load web fonts yourself (the portal does it from the tenant). */
  fonts?: { body?: string; heading?: string; mono?: string };
  /** Corner style. Default `medium`. */
  radius?: RadiusChoice;
  /** Spacing and control size. Default `comfortable`. */
  density?: Density;
  logo?: { url: string; darkUrl?: string; width?: number; height?: number };
  favicon?: string;
}

export interface TenantThemeError {
  /** JSON Pointer to the offending value (`/brand/primary`); `""` is the document itself. */
  path: string;
  /** What is wrong, in words a partner can act on. */
  reason: string;
}

export type TenantThemeValidation =
  { ok: true; theme: TenantThemeDoc } | { ok: false; errors: TenantThemeError[] };
