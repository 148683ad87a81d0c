/**
 * Tier 2 — semantic names. What a colour is *for*, independent of its value. Tenants override
 * this tier only (the `colors.light` / `colors.dark` objects of a tenant theme document).
 */

/** Colour families derived from one seed each: solid fill, its hover/active, text on the solid,
 * the family colour used as text on surfaces, and a subtle tinted background. */
export const colorFamilies = ['accent', 'secondary', 'positive', 'negative', 'warning', 'info'] as const;
export type ColorFamily = (typeof colorFamilies)[number];

export const neutralColorNames = [
  'canvas',
  'surface',
  'surfaceRaised',
  'surfaceSunken',
  'surfaceHover',
  'surfaceActive',
  'inverseSurface',
  'inverseText',
  'text',
  'textMuted',
  'textDisabled',
  'border',
  'borderStrong',
  'focus',
] as const;

export const familyColorNames = [
  'accent',
  'accentHover',
  'accentActive',
  'onAccent',
  'accentText',
  'accentSubtle',
  'secondary',
  'secondaryHover',
  'secondaryActive',
  'onSecondary',
  'secondaryText',
  'secondarySubtle',
  'positive',
  'positiveHover',
  'positiveActive',
  'onPositive',
  'positiveText',
  'positiveSubtle',
  'negative',
  'negativeHover',
  'negativeActive',
  'onNegative',
  'negativeText',
  'negativeSubtle',
  'warning',
  'warningHover',
  'warningActive',
  'onWarning',
  'warningText',
  'warningSubtle',
  'info',
  'infoHover',
  'infoActive',
  'onInfo',
  'infoText',
  'infoSubtle',
] as const;

/** Every semantic colour a tenant may override, each a hex colour. */
export const semanticColorNames = [...neutralColorNames, ...familyColorNames] as const;
export type SemanticColorName = (typeof semanticColorNames)[number];

/** Semantic colours that are not overridable hex values (translucent scrim, shadow channels). */
export const derivedOnlyColorNames = ['overlay', 'shadow'] as const;
export type DerivedOnlyColorName = (typeof derivedOnlyColorNames)[number];

export type SemanticColors = Record<SemanticColorName | DerivedOnlyColorName, string>;

/** Backgrounds on which any text may sit. */
export const surfaceNames = [
  'canvas',
  'surface',
  'surfaceRaised',
  'surfaceSunken',
  'surfaceHover',
  'surfaceActive',
] as const satisfies readonly SemanticColorName[];

export type ContrastKind = 'text' | 'non-text';
export interface ContrastPair {
  fg: SemanticColorName;
  bg: SemanticColorName;
  kind: ContrastKind;
}

const textOnSurfaces = ['text', 'textMuted', ...colorFamilies.map((f) => `${f}Text` as const)] as const;

/**
 * Every foreground/background pair a component may render, and whether it is text (WCAG 1.4.3:
 * 4.5:1, or 7:1 with `contrast: "more"`) or a UI boundary/indicator (WCAG 1.4.11: 3:1, or 4.5:1).
 * The palette derivation guarantees each of these; tests check them over hundreds of brands.
 * A component that puts a new pair on screen must add it here.
 */
export const contrastPairs: readonly ContrastPair[] = [
  ...textOnSurfaces.flatMap((fg) => surfaceNames.map((bg) => ({ fg, bg, kind: 'text' as const }))),
  ...colorFamilies.flatMap((f) =>
    (['', 'Hover', 'Active'] as const).map((s) => ({
      fg: `on${f[0]!.toUpperCase()}${f.slice(1)}` as SemanticColorName,
      bg: `${f}${s}` as SemanticColorName,
      kind: 'text' as const,
    })),
  ),
  ...colorFamilies.flatMap((f) => [
    { fg: `${f}Text` as SemanticColorName, bg: `${f}Subtle` as SemanticColorName, kind: 'text' as const },
    { fg: 'text' as const, bg: `${f}Subtle` as SemanticColorName, kind: 'text' as const },
  ]),
  { fg: 'inverseText', bg: 'inverseSurface', kind: 'text' },
  ...(['borderStrong', 'focus', 'accent', 'positive', 'negative'] as const).flatMap((fg) =>
    surfaceNames.map((bg) => ({ fg, bg, kind: 'non-text' as const })),
  ),
];

export const contrastLevels = ['standard', 'more'] as const;
export type ContrastLevel = (typeof contrastLevels)[number];

/** Minimum ratios per contrast level. */
export const contrastMinimums: Record<ContrastLevel, Record<ContrastKind, number>> = {
  standard: { text: 4.5, 'non-text': 3 },
  more: { text: 7, 'non-text': 4.5 },
};
