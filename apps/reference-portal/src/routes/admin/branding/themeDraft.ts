import { densities, radiusChoices, resolveThemes, validateTenantTheme } from '@journalkit/theme';
import type {
  ColorModePreference,
  ContrastAdjustment,
  Density,
  RadiusChoice,
  TenantThemeDoc,
  TenantThemeError,
} from '@journalkit/theme';

export const colorModes = ['light', 'dark', 'auto'] as const satisfies readonly ColorModePreference[];
export { densities, radiusChoices };

/** What the branding form edits; everything else of the stored document is kept as it is. */
export interface ThemeDraft {
  primary: string;
  colorMode: ColorModePreference;
  radius: RadiusChoice;
  density: Density;
  /** Empty: no logo (the tenant's name shows). */
  logoUrl: string;
}

export function draftFromTheme(doc: TenantThemeDoc): ThemeDraft {
  return {
    primary: doc.brand.primary,
    colorMode: doc.colorMode ?? 'auto',
    radius: doc.radius ?? 'medium',
    density: doc.density ?? 'comfortable',
    logoUrl: doc.logo?.url ?? '',
  };
}

/** The stored document with the draft applied (a changed logo URL drops the old dark variant). */
export function applyDraft(base: TenantThemeDoc, draft: ThemeDraft): TenantThemeDoc {
  const { logo: _logo, ...rest } = base;
  const url = draft.logoUrl.trim();
  const logo = url ? (base.logo && base.logo.url === url ? base.logo : { url }) : undefined;
  return {
    ...rest,
    brand: { ...base.brand, primary: draft.primary.trim() },
    colorMode: draft.colorMode,
    radius: draft.radius,
    density: draft.density,
    ...(logo && { logo }),
  };
}

export interface DraftCheck {
  doc: TenantThemeDoc;
  errors: TenantThemeError[];
  /** Colours the theme moved to meet WCAG AA, light mode first. Empty while invalid. */
  adjustments: ContrastAdjustment[];
}

/** Validates the edited document with @journalkit/theme and lists its contrast adjustments. */
export function checkDraft(base: TenantThemeDoc, draft: ThemeDraft): DraftCheck {
  const doc = applyDraft(base, draft);
  const result = validateTenantTheme(doc);
  if (!result.ok) return { doc, errors: result.errors, adjustments: [] };
  const { light, dark } = resolveThemes(result.theme);
  return { doc: result.theme, errors: [], adjustments: [...light.adjustments, ...dark.adjustments] };
}

/** Which form field an error path belongs to (`/brand/primary` → `primary`), if any. */
export function fieldOf(path: string): keyof ThemeDraft | undefined {
  if (path.startsWith('/brand')) return 'primary';
  if (path.startsWith('/logo')) return 'logoUrl';
  if (path === '/colorMode') return 'colorMode';
  if (path === '/radius') return 'radius';
  if (path === '/density') return 'density';
  return undefined;
}

/** `#abc` → `#aabbcc` (what `<input type="color">` accepts); anything else → undefined. */
export function toColorInputValue(hex: string): string | undefined {
  const v = hex.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return undefined;
}
