/**
 * Tier 1 — base scales. Raw values with no meaning attached. Nothing outside this package should
 * use them directly: components read semantic (tier 2) or component (tier 3) tokens.
 */

export const spaceSteps = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type SpaceStep = (typeof spaceSteps)[number];

/** Spacing in px per density. Step 4 is the "default gap" (8px / 12px / 16px). */
export const spaceScale = {
  compact: [0, 2, 4, 6, 8, 12, 16, 20, 28, 40],
  comfortable: [0, 2, 4, 8, 12, 16, 20, 24, 32, 48],
  spacious: [0, 4, 6, 10, 14, 20, 24, 32, 40, 56],
} as const satisfies Record<string, readonly number[]>;

export const densities = ['compact', 'comfortable', 'spacious'] as const;
export type Density = (typeof densities)[number];

export const controlSizes = ['sm', 'md', 'lg'] as const;
export type ControlSize = (typeof controlSizes)[number];

/** Control (button, input) heights and inline padding in px per density. */
export const controlScale = {
  compact: { height: { sm: 24, md: 32, lg: 40 }, paddingInline: { sm: 8, md: 12, lg: 16 } },
  comfortable: { height: { sm: 32, md: 40, lg: 48 }, paddingInline: { sm: 10, md: 14, lg: 20 } },
  spacious: { height: { sm: 36, md: 44, lg: 52 }, paddingInline: { sm: 12, md: 16, lg: 24 } },
} as const satisfies Record<
  Density,
  { height: Record<ControlSize, number>; paddingInline: Record<ControlSize, number> }
>;

export const fontSizes = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl'] as const;
export type FontSize = (typeof fontSizes)[number];
/** rem so partners' and users' root font size (zoom, accessibility settings) is respected. */
export const fontSizeScale = {
  xs: '0.75rem',
  sm: '0.875rem',
  md: '1rem',
  lg: '1.125rem',
  xl: '1.25rem',
  '2xl': '1.5rem',
  '3xl': '1.875rem',
  '4xl': '2.25rem',
} as const satisfies Record<FontSize, string>;

export const fontWeightScale = { regular: '400', medium: '500', semibold: '600', bold: '700' } as const;
export type FontWeight = keyof typeof fontWeightScale;

export const lineHeightScale = { tight: '1.25', normal: '1.5', relaxed: '1.7' } as const;
export type LineHeight = keyof typeof lineHeightScale;

export const defaultFonts = {
  body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Noto Sans Arabic", Arial, sans-serif',
  heading:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Noto Sans Arabic", Arial, sans-serif',
  mono: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
} as const;

export const radiusChoices = ['none', 'small', 'medium', 'large', 'full'] as const;
export type RadiusChoice = (typeof radiusChoices)[number];
export const radiusSteps = ['sm', 'md', 'lg', 'xl'] as const;
export type RadiusStep = (typeof radiusSteps)[number];
/** px per tenant radius choice; `control` is what buttons and inputs use (pill shapes for "full"). */
export const radiusScale = {
  none: { sm: 0, md: 0, lg: 0, xl: 0, control: 0 },
  small: { sm: 2, md: 3, lg: 4, xl: 6, control: 3 },
  medium: { sm: 4, md: 6, lg: 10, xl: 14, control: 6 },
  large: { sm: 6, md: 10, lg: 16, xl: 22, control: 10 },
  full: { sm: 6, md: 10, lg: 16, xl: 24, control: 9999 },
} as const satisfies Record<RadiusChoice, Record<RadiusStep | 'control', number>>;

export const shadowSteps = ['sm', 'md', 'lg'] as const;
export type ShadowStep = (typeof shadowSteps)[number];
/** `%c` is replaced with the mode's shadow colour channels. */
export const shadowScale = {
  sm: '0 1px 2px rgb(%c / 0.10)',
  md: '0 2px 4px rgb(%c / 0.08), 0 4px 12px rgb(%c / 0.10)',
  lg: '0 4px 8px rgb(%c / 0.10), 0 16px 40px rgb(%c / 0.18)',
} as const satisfies Record<ShadowStep, string>;

export const durationScale = { instant: '0ms', fast: '120ms', normal: '200ms', slow: '320ms' } as const;
export type Duration = keyof typeof durationScale;
export const easingScale = {
  standard: 'cubic-bezier(0.2, 0, 0, 1)',
  enter: 'cubic-bezier(0, 0, 0, 1)',
  exit: 'cubic-bezier(0.3, 0, 1, 1)',
} as const;
export type Easing = keyof typeof easingScale;

/** Stacking layers. Overlays are portalled, so these only need to beat the partner's own page. */
export const zScale = {
  base: '0',
  raised: '1',
  dropdown: '1000',
  sticky: '1100',
  overlay: '1300',
  modal: '1310',
  popover: '1400',
  toast: '1500',
  tooltip: '1600',
} as const;
export type ZLayer = keyof typeof zScale;

/** Seed hues (OKLCH degrees) and chroma for status colours. Positive leans teal and negative
 * vermilion so they differ in more than the red/green axis; components add a sign and an icon. */
export const statusSeeds = {
  positive: { h: 178, c: 0.14 },
  negative: { h: 30, c: 0.2 },
  warning: { h: 70, c: 0.16 },
  info: { h: 250, c: 0.14 },
} as const;
