import { fitLightness, minContrast, pickReadable } from './color/contrast';
import { hexToOklch, hexToRgb, oklchToHex, rgbToHex } from './color/oklch';
import type { ColorMode, TenantThemeDoc } from './schema/types';
import { statusSeeds } from './tokens/base';
import { colorFamilies, contrastMinimums, surfaceNames } from './tokens/semantic';
import type { ColorFamily, ContrastKind, SemanticColorName, SemanticColors } from './tokens/semantic';

/** A partner-chosen colour the derivation had to change to meet contrast. */
export interface ContrastAdjustment {
  mode: ColorMode;
  token: SemanticColorName;
  /** Where the requested colour came from. */
  source: 'brand' | 'override';
  requested: string;
  used: string;
  /** The colour(s) it has to contrast with, by semantic name. */
  against: SemanticColorName[];
  kind: ContrastKind;
  required: number;
  ratioBefore: number;
  ratioAfter: number;
  /** False only when no lightness of that hue reaches the ratio (then the best one is used). */
  met: boolean;
  reason: string;
}

export interface Palette {
  colors: SemanticColors;
  adjustments: ContrastAdjustment[];
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const normalize = (hex: string) => rgbToHex(hexToRgb(hex));
const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

const statusL = {
  light: { positive: 0.56, negative: 0.58, warning: 0.8, info: 0.56 },
  dark: { positive: 0.72, negative: 0.7, warning: 0.82, info: 0.72 },
} as const;

const backgroundL = {
  light: {
    canvas: 0.975,
    surface: 1,
    surfaceRaised: 1,
    surfaceSunken: 0.958,
    surfaceHover: 0.94,
    surfaceActive: 0.915,
  },
  dark: {
    canvas: 0.17,
    surface: 0.21,
    surfaceRaised: 0.25,
    surfaceSunken: 0.15,
    surfaceHover: 0.27,
    surfaceActive: 0.31,
  },
} as const;

/** Families whose solid colour marks a control state (checkbox, switch, P&L bar): 3:1 on surfaces. */
const indicatorFamilies: readonly ColorFamily[] = ['accent', 'positive', 'negative'];

/**
 * Derive one mode's full semantic palette from a tenant document. Every pair in `contrastPairs`
 * meets the document's contrast level; partner colours (brand, overrides) that had to move are
 * listed in `adjustments`.
 */
export function derivePalette(doc: TenantThemeDoc, mode: ColorMode): Palette {
  const dark = mode === 'dark';
  const min = contrastMinimums[doc.contrast ?? 'standard'];
  const overrides: Partial<Record<SemanticColorName, string>> = doc.colors?.[mode] ?? {};
  const brand = normalize(doc.brand.primary);
  const { c: brandC, h: H } = hexToOklch(brand);
  // Neutrals carry a hint of the brand hue (never more than a hint: partners' content sits on them).
  const nc = Math.min(brandC * 0.1, 0.014);
  const ok = (l: number, c: number, h: number) => oklchToHex({ l, c, h });
  const c = {} as SemanticColors;
  const adjustments: ContrastAdjustment[] = [];
  const override = (name: SemanticColorName) => {
    const v = overrides[name];
    return v ? normalize(v) : undefined;
  };
  const pick = (name: SemanticColorName, derived: string) => (c[name] = override(name) ?? derived);
  const src = (name: SemanticColorName) => (override(name) ? ('override' as const) : undefined);

  /** Set `name` to `requested` moved (lightness only) until it contrasts with `against`. */
  const ensure = (
    name: SemanticColorName,
    requested: string,
    against: readonly SemanticColorName[],
    kind: ContrastKind,
    source?: ContrastAdjustment['source'],
  ) => {
    const bgs = against.map((n) => c[n]);
    const fit = fitLightness(requested, bgs, min[kind]);
    if (fit.changed && source) {
      const ratioBefore = round(minContrast(requested, bgs));
      const prior = adjustments.find((a) => a.token === name);
      const entry: ContrastAdjustment = prior ?? {
        mode,
        token: name,
        source,
        requested,
        used: fit.hex,
        against: [],
        kind,
        required: min[kind],
        ratioBefore,
        ratioAfter: 0,
        met: true,
        reason: '',
      };
      if (!prior) adjustments.push(entry);
      entry.against = [...new Set([...entry.against, ...against])];
      if (min[kind] > entry.required) Object.assign(entry, { kind, required: min[kind] });
      entry.used = fit.hex;
      entry.ratioAfter = round(fit.ratio);
      entry.met &&= fit.met;
      const because = `${ratioBefore}:1 against ${against.join(', ')} (${kind} needs ${min[kind]}:1)`;
      const [from, to] = [hexToOklch(entry.requested).l, hexToOklch(fit.hex).l];
      entry.reason =
        `${prior ? `${prior.reason.split(' → ')[0]}; ${because}` : `${name} ${requested} in ${mode} mode has ${because}`}` +
        ` → kept the hue, moved OKLCH lightness ${round(from)} to ${round(to)}: now ${fit.hex}.`;
    }
    c[name] = fit.hex;
    return fit.hex;
  };

  // Backgrounds: partner overrides are used exactly; everything else is derived against them.
  for (const [name, l] of Object.entries(backgroundL[mode]) as [SemanticColorName, number][]) {
    const chroma = dark
      ? nc
      : name === 'surface' || name === 'surfaceRaised'
        ? 0
        : name === 'canvas'
          ? nc * 0.5
          : nc;
    pick(name, ok(l, chroma, H));
  }
  c.overlay = dark ? 'rgb(0 0 0 / 0.62)' : 'rgb(15 23 42 / 0.45)';
  c.shadow = dark ? '0 0 0' : '16 24 40';
  pick('inverseSurface', ok(dark ? 0.93 : 0.27, nc, H));
  ensure(
    'inverseText',
    override('inverseText') ?? ok(dark ? 0.2 : 0.97, nc, H),
    ['inverseSurface'],
    'text',
    src('inverseText'),
  );

  const seeds = {} as Record<ColorFamily, { hex: string; source?: 'brand' | 'override' }>;
  for (const f of colorFamilies) {
    const o = override(f);
    if (f === 'accent') seeds[f] = { hex: o ?? brand, source: o ? 'override' : 'brand' };
    else if (f === 'secondary')
      seeds[f] = {
        hex: o ?? normalize(doc.brand.secondary ?? doc.brand.primary),
        source: o ? 'override' : 'brand',
      };
    else {
      const s = statusSeeds[f];
      seeds[f] = o ? { hex: o, source: 'override' } : { hex: ok(statusL[mode][f], s.c, s.h) };
    }
    const seed = hexToOklch(seeds[f].hex);
    pick(`${f}Subtle`, ok(dark ? 0.3 : 0.955, Math.min(seed.c, dark ? 0.07 : 0.045), seed.h));
  }
  const subtles = colorFamilies.map((f) => `${f}Subtle` as const);

  ensure(
    'text',
    override('text') ?? ok(dark ? 0.96 : 0.2, nc, H),
    [...surfaceNames, ...subtles],
    'text',
    src('text'),
  );
  ensure(
    'textMuted',
    override('textMuted') ?? ok(dark ? 0.76 : 0.46, nc * 1.5, H),
    surfaceNames,
    'text',
    src('textMuted'),
  );
  pick('textDisabled', ok(dark ? 0.5 : 0.68, nc, H));
  pick('border', ok(dark ? 0.33 : 0.905, nc, H));
  ensure(
    'borderStrong',
    override('borderStrong') ?? ok(dark ? 0.55 : 0.64, nc * 1.5, H),
    surfaceNames,
    'non-text',
    src('borderStrong'),
  );
  ensure('focus', override('focus') ?? brand, surfaceNames, 'non-text', src('focus'));

  for (const f of colorFamilies) deriveFamily(f);

  function deriveFamily(f: ColorFamily) {
    const F = cap(f);
    const seed = seeds[f];
    const solid = indicatorFamilies.includes(f)
      ? ensure(f, seed.hex, surfaceNames, 'non-text', seed.source)
      : (c[f] = seed.hex);
    const step = (hex: string, d: number) => {
      const lch = hexToOklch(hex);
      return ok(lch.l + (dark ? d : -d), lch.c, lch.h);
    };
    pick(`${f}Hover`, step(solid, 0.05));
    pick(`${f}Active`, step(solid, 0.1));
    const solids = [f, `${f}Hover`, `${f}Active`] as SemanticColorName[];
    const onName = `on${F}` as SemanticColorName;
    const on =
      override(onName) ??
      pickReadable(
        [ok(0.995, nc * 0.5, H), ok(0.16, nc, H)],
        solids.map((n) => c[n]),
        min.text,
      );
    c[onName] = on;
    // The text colour on a solid is fixed; where it fails, the solid moves (keeping its hue).
    for (const name of solids) {
      const source = name === f ? seed.source : src(name);
      ensure(name, c[name], [onName], 'text', source);
    }
    const textSeed = override(`${f}Text`) ?? seed.hex;
    ensure(`${f}Text`, textSeed, [...surfaceNames, `${f}Subtle`], 'text', src(`${f}Text`));
  }

  return { colors: c, adjustments };
}
