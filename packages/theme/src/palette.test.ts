import { describe, expect, it } from 'vitest';
import { contrastRatio } from './color/contrast';
import {
  hexToOklch,
  hexToRgb,
  linearToSrgb,
  oklchToHex,
  rgbToHex,
  srgbToLinear,
  deltaEOk,
} from './color/oklch';
import { createTheme } from './createTheme';
import { derivePalette } from './palette';
import { presets } from './presets';
import type { ColorMode, TenantThemeDoc } from './schema/types';
import { contrastMinimums, contrastPairs, semanticColorNames } from './tokens/semantic';
import type { ContrastLevel } from './tokens/semantic';

/** Deterministic spread of brand colours: every 10° of hue × 3 lightness × 2 chroma, plus edge cases. */
function brandColours(): string[] {
  const out = new Set<string>([
    '#000000',
    '#ffffff',
    '#808080',
    '#767676',
    '#ffff00',
    '#00ffff',
    '#ff00ff',
    '#ff0000',
    '#00ff00',
    '#0000ff',
    '#f0b90b',
    '#ffd400',
    '#7fff00',
  ]);
  for (let h = 0; h < 360; h += 10)
    for (const l of [0.35, 0.6, 0.85]) for (const c of [0.08, 0.25]) out.add(oklchToHex({ l, c, h }));
  return [...out];
}

const brands = brandColours();
const modes: ColorMode[] = ['light', 'dark'];

function failures(doc: TenantThemeDoc, mode: ColorMode, level: ContrastLevel) {
  const { colors } = derivePalette(doc, mode);
  const min = contrastMinimums[level];
  return contrastPairs
    .map((p) => ({ ...p, ratio: contrastRatio(colors[p.fg], colors[p.bg]) }))
    .filter((p) => p.ratio < min[p.kind])
    .map((p) => `${mode} ${doc.brand.primary}: ${p.fg} on ${p.bg} = ${p.ratio.toFixed(2)} (${p.kind})`);
}

describe('derived palettes', () => {
  it(`meet AA for every pair across ${brands.length} brand colours in light and dark`, () => {
    expect(brands.length).toBeGreaterThan(200);
    const all: string[] = [];
    for (const primary of brands)
      for (const mode of modes)
        all.push(...failures({ id: 'b', name: 'B', brand: { primary } }, mode, 'standard'));
    expect(all).toEqual([]);
  });

  it('meet the "more" level (7:1 text, 4.5:1 boundaries) for the same colours', () => {
    const all: string[] = [];
    for (const primary of brands)
      for (const mode of modes)
        all.push(...failures({ id: 'b', name: 'B', brand: { primary }, contrast: 'more' }, mode, 'more'));
    expect(all).toEqual([]);
  });

  it('meet AA with a secondary colour and hostile overrides', () => {
    const all: string[] = [];
    for (const [i, primary] of brands.entries()) {
      const secondary = brands[(i * 7) % brands.length]!;
      const other = brands[(i * 13) % brands.length]!;
      const doc: TenantThemeDoc = {
        id: 'b',
        name: 'B',
        brand: { primary, secondary },
        colors: {
          light: { text: other, accentText: other, positive: other, onAccent: '#ffffff' },
          dark: { textMuted: other, negativeText: other, focus: other, onNegative: '#000000' },
        },
      };
      for (const mode of modes) all.push(...failures(doc, mode, 'standard'));
    }
    expect(all).toEqual([]);
  });

  it('fill every semantic colour with a hex value', () => {
    const { colors } = derivePalette(presets.default, 'light');
    for (const name of semanticColorNames) expect(colors[name], name).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('use the brand colour unchanged where it already passes', () => {
    const theme = createTheme({ id: 'b', name: 'B', brand: { primary: '#1d4ed8' } }, { mode: 'light' });
    expect(theme.tokens.color.accent).toBe('#1d4ed8');
    expect(theme.adjustments).toEqual([]);
  });

  it('are deterministic', () => {
    const doc = { id: 'b', name: 'B', brand: { primary: '#e11d48' } };
    expect(derivePalette(doc, 'dark')).toEqual(derivePalette({ ...doc }, 'dark'));
  });
});

describe('adjustment reports', () => {
  it('keep the hue of a failing partner pair, change lightness and say so', () => {
    const doc: TenantThemeDoc = {
      id: 'y',
      name: 'Y',
      brand: { primary: '#ffd400' },
      colors: { light: { onAccent: '#ffffff' } },
    };
    const { colors, adjustments } = derivePalette(doc, 'light');
    expect(colors.onAccent).toBe('#ffffff');
    expect(contrastRatio(colors.accent, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(Math.abs(hexToOklch(colors.accent).h - hexToOklch('#ffd400').h)).toBeLessThan(4);
    expect(adjustments).toEqual([
      expect.objectContaining({
        mode: 'light',
        token: 'accent',
        source: 'brand',
        requested: '#ffd400',
        used: colors.accent,
        kind: 'text',
        required: 4.5,
        met: true,
        against: expect.arrayContaining(['surface', 'onAccent']),
      }),
    ]);
    expect(adjustments[0]!.ratioBefore).toBeLessThan(3);
    expect(adjustments[0]!.reason).toMatch(
      /accent #ffd400 in light mode has 1\.\d+:1 against .*kept the hue/,
    );
  });

  it('report overridden text colours by token and mode', () => {
    const doc: TenantThemeDoc = {
      id: 'o',
      name: 'O',
      brand: { primary: '#2563eb' },
      colors: { light: { textMuted: '#bbbbbb' }, dark: { accentText: '#1e3a8a' } },
    };
    const light = createTheme(doc, { mode: 'light' });
    const dark = createTheme(doc, { mode: 'dark' });
    const fromOverrides = (t: typeof light) => t.adjustments.filter((a) => a.source === 'override');
    expect(fromOverrides(light)).toEqual([
      expect.objectContaining({ token: 'textMuted', requested: '#bbbbbb' }),
    ]);
    expect(fromOverrides(dark)).toEqual([
      expect.objectContaining({ token: 'accentText', requested: '#1e3a8a' }),
    ]);
    expect(
      contrastRatio(light.tokens.color.textMuted, light.tokens.color.surfaceSunken),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('do not report colours the theme chose itself', () => {
    expect(createTheme(presets.default, { mode: 'light' }).adjustments).toEqual([]);
    expect(createTheme(presets['dark-brokerage'], { mode: 'dark' }).adjustments).toEqual([]);
  });

  it('use overridden backgrounds exactly and derive the rest against them', () => {
    const theme = createTheme(presets['dark-brokerage'], { mode: 'dark' });
    expect(theme.tokens.color.canvas).toBe('#0b0e11');
    expect(theme.tokens.color.positive).toBe('#0ecb81');
  });
});

// Machado et al. (2009) full-severity simulation matrices, applied to linear sRGB.
const cvd = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
} as const;
function simulate(hex: string, m: readonly number[]): string {
  const [r, g, b] = srgbToLinear(hexToRgb(hex));
  const row = (i: number) => m[i]! * r + m[i + 1]! * g + m[i + 2]! * b;
  return rgbToHex(linearToSrgb([row(0), row(3), row(6)]));
}

describe('profit and loss colours', () => {
  // Partners may pick their own P&L colours (the brokerage preset does); components never rely on
  // colour alone (sign and icon too), but Journalkit's own defaults must also survive colour blindness.
  const ownDefaults: TenantThemeDoc[] = [
    ...Object.values(presets).filter((d) => !d.colors?.light?.positive && !d.colors?.dark?.positive),
    ...brands.filter((_, i) => i % 5 === 0).map((primary) => ({ id: 'b', name: 'B', brand: { primary } })),
  ];
  it.each(Object.keys(cvd) as (keyof typeof cvd)[])('stay apart under %s with the default hues', (kind) => {
    for (const doc of ownDefaults)
      for (const mode of modes) {
        const { colors } = derivePalette(doc, mode);
        for (const [p, n] of [
          ['positiveText', 'negativeText'],
          ['positive', 'negative'],
        ] as const) {
          const d = deltaEOk(simulate(colors[p], cvd[kind]), simulate(colors[n], cvd[kind]));
          expect(d, `${doc.id} ${doc.brand.primary} ${mode} ${p}/${n}`).toBeGreaterThan(0.05);
        }
      }
  });
});
