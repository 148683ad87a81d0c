import { hexToOklch, hexToRgb, oklchToHex, srgbToLinear } from './oklch';
import type { Oklch } from './oklch';

/** WCAG 2.x relative luminance of a hex colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = srgbToLinear(hexToRgb(hex));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The smallest contrast of `fg` against any of `backgrounds`. */
export function minContrast(fg: string, backgrounds: readonly string[]): number {
  let min = Infinity;
  for (const bg of backgrounds) min = Math.min(min, contrastRatio(fg, bg));
  return min;
}

export interface LightnessFit {
  /** The colour to use: `seed` itself when it already met `minimum`. */
  hex: string;
  /** Its smallest contrast against the backgrounds. */
  ratio: number;
  /** Whether `minimum` was reached (false only for impossible requests, e.g. 7:1 on mid grey). */
  met: boolean;
  /** Whether the colour differs from the seed. */
  changed: boolean;
}

function search(seed: Oklch, backgrounds: readonly string[], minimum: number, towards: 0 | 1) {
  const at = (l: number) => oklchToHex({ ...seed, l });
  // Contrast grows monotonically as lightness moves away from the backgrounds, so bisect for the
  // lightness closest to the seed that still reaches the minimum.
  if (minContrast(at(towards), backgrounds) < minimum) return undefined;
  let near = seed.l;
  let far: number = towards;
  for (let i = 0; i < 24; i++) {
    const mid = (near + far) / 2;
    if (minContrast(at(mid), backgrounds) >= minimum) far = mid;
    else near = mid;
  }
  const hex = at(far);
  return { hex, ratio: minContrast(hex, backgrounds) };
}

/**
 * Keep the hue (and as much chroma as sRGB allows) of `seed` and move only its OKLCH lightness
 * until it has at least `minimum` contrast against every background. Tries the direction away
 * from the backgrounds first, then the other one; if neither reaches the minimum, returns the
 * best extreme with `met: false`.
 */
export function fitLightness(seed: string, backgrounds: readonly string[], minimum: number): LightnessFit {
  const ratio = minContrast(seed, backgrounds);
  if (ratio >= minimum) return { hex: seed, ratio, met: true, changed: false };
  const lch = hexToOklch(seed);
  const avg = backgrounds.reduce((sum, bg) => sum + relativeLuminance(bg), 0) / backgrounds.length;
  const first: 0 | 1 = avg > 0.18 ? 0 : 1;
  const found = search(lch, backgrounds, minimum, first) ?? search(lch, backgrounds, minimum, first ? 0 : 1);
  if (found) return { ...found, met: true, changed: found.hex !== seed };
  const candidates = [oklchToHex({ ...lch, l: 0 }), oklchToHex({ ...lch, l: 1 })];
  const best = candidates
    .map((hex) => ({ hex, ratio: minContrast(hex, backgrounds) }))
    .sort((a, b) => b.ratio - a.ratio)[0] ?? { hex: seed, ratio };
  return { ...best, met: false, changed: best.hex !== seed };
}

/**
 * The first candidate that reaches `minimum` against all backgrounds, or else whichever has the
 * most contrast.
 */
export function pickReadable(
  candidates: readonly string[],
  backgrounds: readonly string[],
  minimum: number,
): string {
  const enough = candidates.find((c) => minContrast(c, backgrounds) >= minimum);
  if (enough) return enough;
  let best = candidates[0] ?? '#000000';
  let bestRatio = -1;
  for (const c of candidates) {
    const r = minContrast(c, backgrounds);
    if (r > bestRatio) {
      best = c;
      bestRatio = r;
    }
  }
  return best;
}
