import {
  controlSizes,
  durationScale,
  easingScale,
  fontSizes,
  fontWeightScale,
  lineHeightScale,
  radiusSteps,
  shadowSteps,
  spaceSteps,
  zScale,
} from './base';
import type {
  ControlSize,
  Duration,
  Easing,
  FontSize,
  FontWeight,
  LineHeight,
  RadiusStep,
  ShadowStep,
  SpaceStep,
  ZLayer,
} from './base';
import { componentTokens } from './component';
import type { ComponentTokens } from './component';
import { derivedOnlyColorNames, semanticColorNames } from './semantic';
import type { SemanticColors } from './semantic';

/** Every token of a resolved theme, one string per CSS custom property. */
export interface ThemeTokens {
  color: SemanticColors;
  space: Record<SpaceStep, string>;
  font: {
    family: { body: string; heading: string; mono: string };
    size: Record<FontSize, string>;
    weight: Record<FontWeight, string>;
    lineHeight: Record<LineHeight, string>;
  };
  radius: Record<RadiusStep | 'control' | 'full', string>;
  shadow: Record<ShadowStep, string>;
  duration: Record<Duration, string>;
  easing: Record<Easing, string>;
  z: Record<ZLayer, string>;
  control: { height: Record<ControlSize, string>; paddingInline: Record<ControlSize, string> };
  borderWidth: { default: string; strong: string };
  /** Focus outline geometry (its colour is `color.focus`). */
  outline: { width: string; offset: string };
  component: ComponentTokens;
}

type Tree = { [key: string]: string | Tree };

const kebab = (s: string) => s.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);

/** `['color', 'onAccent']` → `--jk-color-on-accent`; component tokens drop the `component` segment. */
export function cssVarName(path: readonly string[]): string {
  const parts = path[0] === 'component' ? path.slice(1) : path;
  return `--jk-${parts.map(kebab).join('-')}`;
}

export function mapLeaves<T>(tree: T, fn: (path: string[], value: string) => string, path: string[] = []): T {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree as Tree)) {
    out[key] = typeof value === 'string' ? fn([...path, key], value) : mapLeaves(value, fn, [...path, key]);
  }
  return out as T;
}

export function flattenLeaves(
  tree: unknown,
  path: string[] = [],
  out: [string[], string][] = [],
): [string[], string][] {
  for (const [key, value] of Object.entries(tree as Tree)) {
    if (typeof value === 'string') out.push([[...path, key], value]);
    else flattenLeaves(value, [...path, key], out);
  }
  return out;
}

const keys = <K extends string | number>(list: readonly K[]) =>
  Object.fromEntries(list.map((k) => [k, ''])) as Record<K, string>;

/** The token tree with empty leaves: the shape shared by every theme and by `vars`. */
export function tokenShape(): ThemeTokens {
  return {
    color: keys([...semanticColorNames, ...derivedOnlyColorNames]),
    space: keys(spaceSteps),
    font: {
      family: { body: '', heading: '', mono: '' },
      size: keys(fontSizes),
      weight: keys(Object.keys(fontWeightScale) as FontWeight[]),
      lineHeight: keys(Object.keys(lineHeightScale) as LineHeight[]),
    },
    radius: keys([...radiusSteps, 'control', 'full']),
    shadow: keys(shadowSteps),
    duration: keys(Object.keys(durationScale) as Duration[]),
    easing: keys(Object.keys(easingScale) as Easing[]),
    z: keys(Object.keys(zScale) as ZLayer[]),
    control: { height: keys(controlSizes), paddingInline: keys(controlSizes) },
    borderWidth: { default: '', strong: '' },
    outline: { width: '', offset: '' },
    component: componentTokens,
  };
}

/**
 * The styled-components theme: the token tree with every leaf a `var(--jk-…)` reference. It is
 * the same object for every tenant and mode — switching either changes CSS variables, never the
 * React tree — so components may import it statically instead of reading the theme context.
 */
export const vars: ThemeTokens = /* @__PURE__ */ mapLeaves(
  tokenShape(),
  (path) => `var(${cssVarName(path)})`,
);

export type ThemeVars = ThemeTokens;
